-- V2: indexes for the order screens.

-- Built without ONLINE: blocks inserts, updates and deletes on ORDERS until it finishes.
CREATE INDEX orders_customer_ix ON orders (customer_id);

-- NOLOGGING: the index cannot be recovered from the redo stream; take a backup afterwards.
CREATE INDEX order_lines_product_ix ON order_lines (product_code) NOLOGGING PARALLEL 4;
ALTER INDEX order_lines_product_ix NOPARALLEL;

-- The online way.
CREATE INDEX orders_status_ix ON orders (status, ordered_at) ONLINE;

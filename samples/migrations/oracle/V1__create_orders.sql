-- V1: customers, their orders and the order lines (Flyway migration, Oracle 19c).
-- Deleting a customer deletes its orders, and deleting an order deletes its lines.

CREATE TABLE customers (
    customer_id   NUMBER(12)     NOT NULL,
    email         VARCHAR2(320)  NOT NULL,
    created_at    TIMESTAMP      DEFAULT SYSTIMESTAMP NOT NULL,
    CONSTRAINT customers_pk PRIMARY KEY (customer_id),
    CONSTRAINT customers_email_uk UNIQUE (email)
);

CREATE TABLE orders (
    order_id      NUMBER(12)     NOT NULL,
    customer_id   NUMBER(12)     NOT NULL,
    status        VARCHAR2(20)   DEFAULT 'NEW' NOT NULL,
    ordered_at    TIMESTAMP      DEFAULT SYSTIMESTAMP NOT NULL,
    CONSTRAINT orders_pk PRIMARY KEY (order_id),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)
        REFERENCES customers (customer_id) ON DELETE CASCADE,
    CONSTRAINT orders_status_ck CHECK (status IN ('NEW', 'PAID', 'SHIPPED', 'CANCELLED'))
);

CREATE TABLE order_lines (
    order_id      NUMBER(12)     NOT NULL,
    line_no       NUMBER(4)      NOT NULL,
    product_code  VARCHAR2(40)   NOT NULL,
    quantity      NUMBER(6)      NOT NULL,
    unit_price    NUMBER(12,2)   NOT NULL,
    CONSTRAINT order_lines_pk PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id)
        REFERENCES orders (order_id) ON DELETE CASCADE
);

CREATE SEQUENCE orders_seq START WITH 1 INCREMENT BY 1 CACHE 100;

COMMENT ON TABLE orders IS 'One row per customer order';
COMMENT ON COLUMN order_lines.unit_price IS 'Price of one unit when the order was placed';

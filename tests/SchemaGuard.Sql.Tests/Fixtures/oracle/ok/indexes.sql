-- CREATE INDEX: plain, unique, bitmap, function-based, partitioned, with physical attributes.
CREATE INDEX emp_department_ix ON employees (department_id);
CREATE UNIQUE INDEX hr.emp_email_uk ON hr.employees (email) TABLESPACE users NOLOGGING;
CREATE INDEX emp_name_ix ON employees (last_name, first_name DESC) ONLINE PARALLEL 8 COMPUTE STATISTICS;
CREATE BITMAP INDEX sales_channel_bix ON sales (channel_id) LOCAL NOLOGGING COMPUTE STATISTICS;
CREATE BITMAP INDEX sales_cust_city_bix
  ON sales (customers.cust_city)
  FROM sales, customers
  WHERE sales.cust_id = customers.cust_id
  LOCAL NOLOGGING COMPUTE STATISTICS;
CREATE INDEX upper_name_ix ON employees (UPPER(last_name), salary * 12) REVERSE INVISIBLE;
CREATE INDEX ord_date_ix ON orders (order_date) LOCAL (PARTITION p1 TABLESPACE t1, PARTITION p2 TABLESPACE t2) UNUSABLE;
CREATE INDEX cost_ix ON sales (amount_sold)
  GLOBAL PARTITION BY RANGE (amount_sold)
  (PARTITION p1 VALUES LESS THAN (1000), PARTITION p2 VALUES LESS THAN (MAXVALUE));
CREATE INDEX ord_cust_ix ON orders (customer_id) PCTFREE 10 INITRANS 2 STORAGE (INITIAL 1M NEXT 1M) COMPRESS 1 NOPARALLEL;
CREATE INDEX doc_text_ix ON docs (body) INDEXTYPE IS ctxsys.context PARAMETERS ('sync (on commit)');
CREATE INDEX idx_personnel ON CLUSTER personnel;
CREATE INDEX &&owner..emp_ix ON &&owner..employees (employee_id) UNRECOVERABLE;
-- ALTER INDEX
ALTER INDEX emp_name_ix REBUILD ONLINE;
ALTER INDEX emp_name_ix REBUILD PARTITION p1 TABLESPACE users NOLOGGING PARALLEL 4;
ALTER INDEX emp_name_ix INVISIBLE;
ALTER INDEX emp_name_ix VISIBLE;
ALTER INDEX emp_name_ix UNUSABLE ONLINE;
ALTER INDEX emp_name_ix COALESCE CLEANUP;
ALTER INDEX emp_name_ix SHRINK SPACE COMPACT CASCADE;
ALTER INDEX emp_name_ix RENAME TO emp_full_name_ix;
ALTER INDEX emp_name_ix LOGGING;
ALTER INDEX emp_name_ix MONITORING USAGE;
ALTER INDEX emp_name_ix NOPARALLEL;
ALTER INDEX ord_date_ix MODIFY PARTITION p1 UNUSABLE;
-- DROP INDEX
DROP INDEX emp_name_ix;
DROP INDEX hr.emp_email_uk ONLINE;
DROP INDEX doc_text_ix FORCE;

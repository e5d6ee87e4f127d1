DELETE FROM employees;
DELETE employees WHERE employee_id = 100;
DELETE /*+ PARALLEL(e 4) */ FROM hr.employees e WHERE e.department_id IN (SELECT department_id FROM departments WHERE location_id = 1700);
DELETE FROM (SELECT * FROM employees WHERE department_id = 10) WHERE salary < 1000;
DELETE FROM orders WHERE order_date < ADD_MONTHS(SYSDATE, -12) RETURNING order_id INTO :ids;
DELETE FROM orders WHERE status = 'X' LOG ERRORS INTO err$_orders ('purge') REJECT LIMIT UNLIMITED;
UPDATE employees SET salary = salary * 1.1;
UPDATE /*+ INDEX(e emp_ix) */ employees e SET e.salary = e.salary + 100, e.updated = SYSDATE WHERE e.job_id = 'SA_REP';
UPDATE employees e SET (salary, commission_pct) = (SELECT AVG(salary), MAX(commission_pct) FROM employees x WHERE x.department_id = e.department_id) WHERE e.hire_date > DATE '2020-01-01';
UPDATE orders SET total = NVL(total, 0) WHERE CURRENT OF c_orders;
INSERT INTO regions VALUES (1, 'Europe');
INSERT INTO regions (region_id, region_name) VALUES (2, q'[Americas]');
INSERT /*+ APPEND */ INTO sales_hist SELECT * FROM sales WHERE sale_date < TRUNC(SYSDATE, 'YYYY');
INSERT INTO t (SELECT * FROM u);
INSERT ALL
  INTO sales (prod_id, amount) VALUES (product_id, amount)
  INTO costs (prod_id, cost) VALUES (product_id, cost)
SELECT product_id, amount, cost FROM src;
INSERT FIRST
  WHEN amount > 1000 THEN INTO big_sales VALUES (id, amount)
  ELSE INTO small_sales VALUES (id, amount)
SELECT id, amount FROM src;
MERGE INTO bonuses b
USING (SELECT employee_id, salary FROM employees WHERE department_id = 80) e
ON (b.employee_id = e.employee_id)
WHEN MATCHED THEN UPDATE SET b.bonus = e.salary * 0.1 DELETE WHERE (e.salary > 8000)
WHEN NOT MATCHED THEN INSERT (b.employee_id, b.bonus) VALUES (e.employee_id, e.salary * 0.1) WHERE (e.salary <= 8000);
MERGE /*+ USE_HASH(t s) */ INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.v = s.v;
TRUNCATE TABLE employees;
TRUNCATE TABLE hr.orders PRESERVE MATERIALIZED VIEW LOG DROP STORAGE CASCADE;
TRUNCATE CLUSTER personnel REUSE STORAGE;

CREATE MATERIALIZED VIEW LOG ON sh.sales
  NOLOGGING
  WITH ROWID, SEQUENCE (prod_id, time_id, amount_sold)
  INCLUDING NEW VALUES;

CREATE MATERIALIZED VIEW LOG ON sh.times WITH ROWID, PRIMARY KEY;

CREATE MATERIALIZED VIEW sh.cal_month_sales_mv
  ON PREBUILT TABLE WITH REDUCED PRECISION
  NOLOGGING TABLESPACE mv_data
  BUILD DEFERRED
  REFRESH FAST ON COMMIT WITH ROWID
  ENABLE QUERY REWRITE
AS
SELECT t.calendar_month_desc, SUM(s.amount_sold) AS dollars, COUNT(*) AS cnt
FROM   sh.sales s
JOIN   sh.times t ON s.time_id = t.time_id
GROUP BY t.calendar_month_desc;

CREATE MATERIALIZED VIEW fweek_pscat_sales_mv
  PARTITION BY RANGE (week_ending_day) (PARTITION p1 VALUES LESS THAN (DATE '2020-01-01') NOLOGGING)
  REFRESH COMPLETE ON DEMAND START WITH SYSDATE NEXT SYSDATE + 1
  AS
  SELECT t.week_ending_day, p.prod_subcategory, SUM(s.amount_sold) AS dollars
  FROM   sh.sales s, sh.times t, sh.products p
  WHERE  s.time_id = t.time_id AND s.prod_id = p.prod_id
  GROUP BY t.week_ending_day, p.prod_subcategory;

CREATE MATERIALIZED VIEW orders_union_mv NEVER REFRESH AS
  SELECT id FROM orders_2023
  UNION ALL
  SELECT id FROM orders_2024 o LEFT JOIN (SELECT * FROM returns) r ON r.id = o.id;

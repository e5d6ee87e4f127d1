DELETE FROM sessions;
DELETE FROM ONLY sessions s WHERE s.expires_at < now() - interval '1 day';
DELETE FROM orders o USING customers c WHERE o.customer_id = c.id AND c.deleted RETURNING o.id;
DELETE FROM jobs WHERE CURRENT OF job_cursor;
WITH old AS (SELECT id FROM logs WHERE at < now() - interval '30 days') DELETE FROM logs WHERE id IN (SELECT id FROM old);
UPDATE accounts SET balance = balance - 100 WHERE id = $1;
UPDATE ONLY orders AS o SET total = s.sum, updated_at = DEFAULT FROM sums s WHERE s.id = o.id RETURNING o.*;
UPDATE t SET (a, b) = (SELECT x, y FROM u WHERE u.id = t.id), tags[1] = 'x';
INSERT INTO t VALUES (1, 'a');
INSERT INTO t (a, b) VALUES (1, 'a'), (2, 'b') ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b WHERE t.b IS DISTINCT FROM EXCLUDED.b;
INSERT INTO t AS x (id) OVERRIDING SYSTEM VALUE VALUES (1) ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO t DEFAULT VALUES;
INSERT INTO archive SELECT * FROM live WHERE created_at < now() - interval '1 year';
INSERT INTO t (id) WITH ids AS (SELECT 1 AS id) SELECT id FROM ids;
MERGE INTO stock s USING deliveries d ON s.item = d.item
WHEN MATCHED AND s.qty + d.qty = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET qty = s.qty + d.qty
WHEN NOT MATCHED THEN INSERT (item, qty) VALUES (d.item, d.qty);
TRUNCATE logs;
TRUNCATE TABLE ONLY a, b * RESTART IDENTITY CASCADE;
TRUNCATE c CONTINUE IDENTITY RESTRICT;

\set ON_ERROR_STOP on
\echo creating tables; please wait
CREATE TABLE audit_log (id bigint, msg text);
\i other_script.sql
BEGIN;
INSERT INTO audit_log VALUES (1, 'start');
COMMIT;

-- Broken PL/SQL: each unit must be reported and partial, and never cost the next unit.
BEGIN
  p1;
  IF x THEN
    p2;
END;
/

DECLARE
  l_x NUMBER;
BEGIN
  l_x := ;
  ELSE
  p3;
END;
/

CREATE OR REPLACE PROCEDURE broken IS
BEGIN
  WHILE TRUE
    p4;
  END LOOP;
/

CREATE OR REPLACE PACKAGE BODY half AS
  PROCEDURE a IS BEGIN NULL; END;
  PROCEDURE b IS
  BEGIN
/

<<lonely_label>>
/

BEGIN
  EXCEPTION WHEN THEN NULL;
END;
/

BEGIN
  pkg.proc(1, 2;
END;
/

ALTER SYSTEM SET = 5;
ALTER TABLESPACE;
ALTER DATABASE DATAFILE;
CREATE MATERIALIZED VIEW mv_without_query REFRESH FAST;

BEGIN
  p_after_errors_is_still_read;
END;
/

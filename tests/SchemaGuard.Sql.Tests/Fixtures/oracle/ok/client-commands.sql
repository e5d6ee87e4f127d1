SET ECHO ON
SET DEFINE ON
PROMPT Creating the audit table; don't stop on "quotes"
REM A remark with an unbalanced ' quote
WHENEVER SQLERROR EXIT SQL.SQLCODE
DEFINE owner = APP
CREATE TABLE &owner..audit_log (id NUMBER, msg VARCHAR2(100))
/
BEGIN
  INSERT INTO &&owner..audit_log VALUES (1, 'start; of work');
  COMMIT;
END;
/
@@next_script.sql
EXEC dbms_stats.gather_table_stats(USER, 'AUDIT_LOG')
SPOOL OFF

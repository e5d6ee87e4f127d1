-- Anonymous blocks, calls and program units as SQL*Plus runs them.
SET SERVEROUTPUT ON
PROMPT Redefining HR.EMPLOYEES online

DECLARE
  l_errors PLS_INTEGER;
BEGIN
  DBMS_REDEFINITION.CAN_REDEF_TABLE('HR', 'EMPLOYEES', DBMS_REDEFINITION.CONS_USE_PK);
  DBMS_REDEFINITION.START_REDEF_TABLE(
    uname      => 'HR',
    orig_table => 'EMPLOYEES',
    int_table  => 'EMPLOYEES_INT');
  DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS('HR', 'EMPLOYEES', 'EMPLOYEES_INT',
    copy_indexes => DBMS_REDEFINITION.CONS_ORIG_PARAMS,
    num_errors   => l_errors);
  IF l_errors > 0 THEN
    RAISE_APPLICATION_ERROR(-20001, l_errors || ' dependents failed');
  END IF;
  DBMS_REDEFINITION.SYNC_INTERIM_TABLE('HR', 'EMPLOYEES', 'EMPLOYEES_INT');
  DBMS_REDEFINITION.FINISH_REDEF_TABLE('HR', 'EMPLOYEES', 'EMPLOYEES_INT');
EXCEPTION
  WHEN OTHERS THEN
    DBMS_REDEFINITION.ABORT_REDEF_TABLE('HR', 'EMPLOYEES', 'EMPLOYEES_INT');
    RAISE;
END;
/

EXEC DBMS_STATS.GATHER_TABLE_STATS(ownname => 'HR', tabname => 'EMPLOYEES', cascade => TRUE);
EXECUTE dbms_output.put_line('done')

<<purge>>
BEGIN
  FOR r IN (SELECT id FROM orders WHERE status = 'X') LOOP
    DELETE FROM order_items WHERE order_id = r.id;
    <<retry>>
    WHILE l_tries < 3 LOOP
      BEGIN
        DELETE FROM orders WHERE id = r.id;
        EXIT retry;
      EXCEPTION
        WHEN DUP_VAL_ON_INDEX OR ut_utils.ex_busy THEN
          l_tries := l_tries + 1;
      END;
    END LOOP retry;
  END LOOP;
  CASE l_mode
    WHEN 'FAST' THEN EXECUTE IMMEDIATE 'ALTER TABLE orders NOLOGGING';
    ELSE NULL;
  END CASE;
  FORALL i IN 1 .. l_ids.COUNT SAVE EXCEPTIONS
    UPDATE orders SET status = 'Y' WHERE id = l_ids(i);
  COMMIT;
END purge;
/

CREATE OR REPLACE PROCEDURE secure_dml
IS
BEGIN
  IF TO_CHAR (SYSDATE, 'HH24:MI') NOT BETWEEN '08:00' AND '18:00'
        OR TO_CHAR (SYSDATE, 'DY') IN ('SAT', 'SUN') THEN
    RAISE_APPLICATION_ERROR (-20205, 'You may only make changes during normal office hours');
  END IF;
END secure_dml;
/

CREATE OR REPLACE TRIGGER update_job_history
  AFTER UPDATE OF job_id, department_id ON employees
  FOR EACH ROW
BEGIN
  add_job_history(:old.employee_id, :old.hire_date, sysdate, :old.job_id, :old.department_id);
END;
/

CREATE OR REPLACE PACKAGE rentals AUTHID DEFINER AS
  FUNCTION get_actor(p_actor_id INT) RETURN actor_t;
  PROCEDURE refresh;
END rentals;
/

CREATE OR REPLACE PACKAGE BODY rentals AS
  g_calls PLS_INTEGER := 0;

  FUNCTION get_actor(p_actor_id INT) RETURN actor_t IS
    v_result actor_t;
  BEGIN
    SELECT actor_t(a.actor_id, a.first_name) INTO v_result FROM actor a WHERE a.actor_id = p_actor_id;
    RETURN v_result;
  END get_actor;

  PROCEDURE refresh IS
    PROCEDURE log(p_msg VARCHAR2) IS
    BEGIN
      $if $$trace $then
        dbms_output.put_line(p_msg);
      $else
        NULL;
      $end
    END log;
  BEGIN
    log('refresh');
    g_calls := g_calls + 1;
  END refresh;
BEGIN
  g_calls := 0;
END rentals;
/

CREATE OR REPLACE TYPE stack_t AS OBJECT (
  top INTEGER,
  CONSTRUCTOR FUNCTION stack_t RETURN SELF AS RESULT,
  MEMBER PROCEDURE push(p VARCHAR2)
) NOT FINAL;
/

CREATE OR REPLACE TYPE BODY stack_t AS
  CONSTRUCTOR FUNCTION stack_t RETURN SELF AS RESULT IS
  BEGIN
    self.top := 0;
    RETURN;
  END;
  MEMBER PROCEDURE push(p VARCHAR2) IS
  BEGIN
    self.top := self.top + 1;
  END push;
END;
/

CREATE OR REPLACE TRIGGER orders_ct
  FOR INSERT OR UPDATE ON orders
  COMPOUND TRIGGER
  g_ids id_list := id_list();
  AFTER EACH ROW IS
  BEGIN
    g_ids.extend;
    g_ids(g_ids.last) := :new.id;
  END AFTER EACH ROW;
  AFTER STATEMENT IS
  BEGIN
    FORALL i IN 1 .. g_ids.COUNT
      DELETE FROM staging WHERE id = g_ids(i);
  END AFTER STATEMENT;
END orders_ct;
/

CREATE OR REPLACE TRIGGER ddl_audit AFTER CREATE OR ALTER OR DROP ON SCHEMA
CALL audit_pkg.log_ddl(ora_dict_obj_name)
/

CALL hr.refresh_stats(1, 'x');
COMMIT WORK;
SAVEPOINT before_load;
ROLLBACK TO SAVEPOINT before_load;
SET TRANSACTION READ ONLY;

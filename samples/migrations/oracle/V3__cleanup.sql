SET ECHO ON
SET SERVEROUTPUT ON SIZE UNLIMITED
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK

PROMPT Removing test customers (their orders and order lines go with them)

-- ON DELETE CASCADE (see V1) turns this into deletes on ORDERS and ORDER_LINES as well.
DELETE FROM customers WHERE email LIKE '%@example.test';

PROMPT Removing cancelled orders older than two years

DECLARE
  l_removed PLS_INTEGER := 0;
BEGIN
  FOR r IN (SELECT order_id
              FROM orders
             WHERE status = 'CANCELLED'
               AND ordered_at < ADD_MONTHS(SYSTIMESTAMP, -24)) LOOP
    DELETE FROM orders WHERE order_id = r.order_id;
    l_removed := l_removed + 1;
  END LOOP;
  COMMIT;
  DBMS_OUTPUT.PUT_LINE('Cancelled orders removed: ' || l_removed);
END;
/

PROMPT Done

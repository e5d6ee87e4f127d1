DELIMITER $$
CREATE PROCEDURE bump()
BEGIN
  UPDATE counters SET n = n + 1;
  SELECT n FROM counters;
END$$
DELIMITER ;
CALL bump();
SOURCE other_script.sql
SELECT 1;

DELIMITER $$

CREATE DEFINER=`root`@`localhost` PROCEDURE `archive_orders`(IN cutoff DATE, OUT moved INT)
    MODIFIES SQL DATA
    COMMENT 'Moves old orders to the archive'
main: BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE c CURSOR FOR SELECT id FROM orders;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION, SQLSTATE '23000'
  BEGIN
    ROLLBACK;
    RESIGNAL;
  END;
  START TRANSACTION;
  IF cutoff IS NULL THEN
    LEAVE main;
  ELSEIF cutoff > NOW() THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'cutoff in the future';
  ELSE
    SET moved = 0;
  END IF;
  lp: WHILE done = 0 DO
    DELETE FROM orders WHERE created < cutoff LIMIT 1000;
    SET moved = moved + ROW_COUNT();
  END WHILE lp;
  REPEAT
    UPDATE stats SET runs = runs + 1;
  UNTIL done = 1 END REPEAT;
  CASE WHEN moved > 0 THEN CALL log_event('moved'); ELSE BEGIN END; END CASE;
  COMMIT;
END$$

CREATE FUNCTION order_total(p_id INT) RETURNS DECIMAL(10,2)
    DETERMINISTIC READS SQL DATA
RETURN (SELECT SUM(qty * price) FROM order_items WHERE order_id = p_id)$$

CREATE TRIGGER orders_bi BEFORE INSERT ON shop.orders
FOR EACH ROW SET NEW.created = NOW()$$

CREATE TRIGGER orders_au AFTER UPDATE ON orders FOR EACH ROW FOLLOWS orders_bi
BEGIN
  IF NEW.status <> OLD.status THEN
    INSERT INTO order_log (order_id, status) VALUES (NEW.id, NEW.status);
  END IF;
END$$

DELIMITER ;

CALL archive_orders('2020-01-01', @moved);
CALL refresh_stats;

# MySQL basics: hash comments, backticks, executable comments, backslash escapes
CREATE TABLE `order lines` (
  `id` INT NOT NULL AUTO_INCREMENT,
  note VARCHAR(200) DEFAULT 'it\'s; fine',
  label VARCHAR(50) DEFAULT "double; quoted string",
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET @saved_cs_client = @@character_set_client */;
-- a dash comment needs a space after the dashes
INSERT INTO `order lines` (note, label) VALUES (0x414243, X'41'), (b'101', 'a\\b');
UPDATE `order lines` SET note = CONCAT(note, '#not a comment') WHERE id = 1;
SET @x := 1;

-- MySQL / MariaDB table DDL: the forms rules read.
CREATE TABLE `film` (
  `film_id` SMALLINT(5) UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `description` TEXT,
  `release_year` YEAR DEFAULT NULL,
  `language_id` TINYINT UNSIGNED NOT NULL,
  `rental_rate` DECIMAL(4,2) NOT NULL DEFAULT 4.99,
  `rating` ENUM('G','PG','PG-13','R','NC-17') DEFAULT 'G',
  `special_features` SET('Trailers','Commentaries','Deleted Scenes') DEFAULT NULL,
  `price` DOUBLE PRECISION(10,2) ZEROFILL,
  `total` DECIMAL(10,2) AS (`rental_rate` * 2) STORED,
  `slug` VARCHAR(64) GENERATED ALWAYS AS (LOWER(`title`)) VIRTUAL,
  `hidden_note` VARCHAR(10) INVISIBLE COMMENT 'not shown',
  `last_update` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`film_id`),
  UNIQUE KEY `uk_title` (`title`),
  KEY `idx_title` (`title`(20)),
  INDEX `idx_rating` USING BTREE (`rating`, `last_update` DESC),
  FULLTEXT KEY `ft_description` (`description`),
  CONSTRAINT `fk_film_language` FOREIGN KEY (`language_id`) REFERENCES `language` (`language_id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `ck_rate` CHECK (`rental_rate` >= 0)
) ENGINE=InnoDB AUTO_INCREMENT=1001 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci ROW_FORMAT=DYNAMIC COMMENT='films';

CREATE TABLE IF NOT EXISTS payment (
  payment_id INT KEY,
  customer_id SMALLINT UNSIGNED NOT NULL,
  amount DECIMAL(5,2) NOT NULL,
  CONSTRAINT fk_payment_customer FOREIGN KEY (customer_id) REFERENCES customer (customer_id) ON DELETE CASCADE
) ENGINE = InnoDB, DEFAULT CHARACTER SET = utf8mb4;

CREATE TEMPORARY TABLE tmp_ids (id INT NOT NULL) ENGINE=MEMORY;

CREATE TABLE film_copy LIKE film;

CREATE TABLE recent_payments (note TEXT) ENGINE=InnoDB AS
  SELECT p.*, c.email FROM payment p JOIN customer c ON c.customer_id = p.customer_id WHERE p.amount > 0;

CREATE TABLE orders (
  id BIGINT NOT NULL,
  placed DATE NOT NULL,
  PRIMARY KEY (id, placed)
) PARTITION BY RANGE COLUMNS (placed) (
  PARTITION p2023 VALUES LESS THAN ('2024-01-01') ENGINE = InnoDB COMMENT = 'old',
  PARTITION pmax VALUES LESS THAN MAXVALUE
);

CREATE TABLE hashed (id INT NOT NULL) PARTITION BY LINEAR KEY ALGORITHM=2 (id) PARTITIONS 4;

ALTER TABLE film ADD COLUMN original_language_id TINYINT UNSIGNED NULL DEFAULT NULL AFTER language_id, ALGORITHM=INSTANT, LOCK=NONE;

ALTER TABLE film ADD INDEX idx_lang (language_id), ADD UNIQUE KEY uk_slug (slug), ADD FULLTEXT ft_title (title), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE film MODIFY COLUMN rental_rate DECIMAL(6,2) NOT NULL DEFAULT 4.99;

ALTER TABLE film CHANGE COLUMN hidden_note internal_note VARCHAR(100) CHARACTER SET utf8mb4 NULL FIRST;

ALTER TABLE film ALTER COLUMN rating SET DEFAULT 'PG', ALTER release_year DROP DEFAULT;

ALTER TABLE film DROP FOREIGN KEY fk_film_language, DROP INDEX idx_title, DROP KEY idx_rating, DROP CHECK ck_rate;

ALTER TABLE film DROP PRIMARY KEY, DROP COLUMN price, DROP total;

ALTER TABLE film ADD CONSTRAINT fk_film_language FOREIGN KEY (language_id) REFERENCES language (language_id) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE film ADD (a INT, b INT);

ALTER TABLE film CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE film ENGINE=InnoDB, DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE film COMMENT = 'all films', AUTO_INCREMENT = 5000;

ALTER TABLE film RENAME INDEX idx_lang TO idx_language, RENAME COLUMN a TO alpha, RENAME AS films;

ALTER TABLE films FORCE;

ALTER TABLE orders PARTITION BY HASH (id) PARTITIONS 8;

ALTER TABLE orders EXCHANGE PARTITION p2023 WITH TABLE orders_2023 WITHOUT VALIDATION;

ALTER TABLE orders TRUNCATE PARTITION p2023, pmax;

ALTER TABLE orders REORGANIZE PARTITION pmax INTO (PARTITION p2024 VALUES LESS THAN ('2025-01-01'), PARTITION pmax VALUES LESS THAN MAXVALUE);

ALTER TABLE orders DROP PARTITION p2023;

RENAME TABLE films TO film, payment TO payments;

DROP TEMPORARY TABLE IF EXISTS tmp_ids;

DROP TABLE IF EXISTS film_copy, recent_payments CASCADE;

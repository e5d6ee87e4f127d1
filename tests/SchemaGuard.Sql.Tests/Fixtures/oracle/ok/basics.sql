-- Basics: comments, strings and quoted names the lexer must get right.
/* A block comment
   over two lines; with a semicolon */
CREATE TABLE app_owner."Order Lines" (
  id     NUMBER(10) NOT NULL,
  note   VARCHAR2(200) DEFAULT 'it''s fine',
  label  NVARCHAR2(50) DEFAULT N'naïve',
  price  NUMBER(12,2) DEFAULT 1.5e2
);

INSERT INTO app_owner."Order Lines" (id, note) VALUES (1, q'[it's "quoted" ; here]');
UPDATE app_owner."Order Lines" SET note = q'{a;b}' WHERE id = :id;
COMMENT ON TABLE app_owner."Order Lines" IS 'Lines; with a semicolon in the text';
SELECT /*+ FULL(l) */ COUNT(*) FROM app_owner."Order Lines" l WHERE note LIKE '%--%';
DELETE FROM app_owner."Order Lines" WHERE id = :1; -- trailing comment
COMMIT;

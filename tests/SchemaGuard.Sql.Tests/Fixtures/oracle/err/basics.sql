-- Things the front end must get past without losing the statements around them.
FROBNICATE the database;
CREATE TABLE ok_after_error (id NUMBER);
INSERT INTO t VALUES ('never closed);
SELECT 1 FROM dual;
SELECT q'[never closed either FROM dual;
CREATE TABLE "unclosed name (id NUMBER);
DROP TABLE still_read;
/* a comment that is never closed
SELECT 2 FROM dual;

# Things the front end must get past without losing the statements around them.
CREATE TABLE before_errors (id INT);
FROBNICATE everything;
SELECT `never closed FROM t;
SELECT 'also never closed;
CREATE TABLE after_errors (id INT);

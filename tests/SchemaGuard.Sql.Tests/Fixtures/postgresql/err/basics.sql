-- Things the front end must get past without losing the statements around them.
CREATE TABLE before_errors (id int);
FROBNICATE everything;
SELECT 'never closed;
SELECT E'also never closed;
CREATE TABLE after_errors (id int);
SELECT $tag$ a dollar quote that is never closed;

-- PostgreSQL lexical basics
CREATE TABLE IF NOT EXISTS public."Order" (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note text DEFAULT E'line\nbreak and \'quote\'',
    payload jsonb DEFAULT '{}'::jsonb
);
/* outer /* nested; */ still a comment; */
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();  -- semicolons inside the body
  RETURN NEW;
END;
$$;
DO $body$ BEGIN PERFORM 1; END $body$;
SELECT U&'d\0061t\+000061' AS unicode, B'1010' AS bits, X'1F' AS hex, 'it''s' AS quoted;
DELETE FROM public."Order" WHERE id = $1;

CREATE OR REPLACE FUNCTION audit_orders() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
BEGIN
  INSERT INTO audit (order_id, changed_at) VALUES (NEW.id, now());
  RETURN NEW;
END;
$$;

CREATE TRIGGER orders_audit
    AFTER INSERT OR UPDATE OF status ON public.orders
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION audit_orders();

CREATE OR REPLACE PROCEDURE archive_orders(cutoff timestamptz)
LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < cutoff;
  DELETE FROM orders WHERE created_at < cutoff;
END;

CREATE FUNCTION add_one(integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN $1 + 1;

CREATE FUNCTION legacy(text) RETURNS text AS 'select upper($1)' LANGUAGE sql;

CALL archive_orders(cutoff => now() - interval '1 year');

DO $$ BEGIN RAISE NOTICE 'hello'; END $$;

CREATE MATERIALIZED VIEW IF NOT EXISTS daily_sales
    WITH (fillfactor = 90) TABLESPACE fast AS
    WITH o AS (SELECT * FROM orders WHERE created_at > now() - interval '1 day')
    SELECT c.region, sum(o.total) FROM o JOIN customers c USING (customer_id) GROUP BY c.region
    WITH NO DATA;

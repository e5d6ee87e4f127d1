using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class PostgreSqlCreateTableTests
    {
        private static readonly SqlDialect Pg = SqlDialect.PostgreSql;

        [Fact]
        public void Reads_columns_with_pg_types_defaults_and_identity()
        {
            const string sql = @"CREATE TABLE IF NOT EXISTS public.identities (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq bigint GENERATED ALWAYS AS IDENTITY,
    traits jsonb NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    matrix integer[][],
    name character varying(255) COLLATE ""C"",
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    ""key"" text,
    serial_id bigserial
)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Pg);

            Assert.True(create.IfNotExists);
            Assert.Equal("public.identities", create.Name.Normalized);
            var id = create.Columns[0];
            Assert.Equal("UUID", id.DataType!.Name);
            Assert.Equal(ConstraintKind.PrimaryKey, Assert.Single(id.Constraints).Kind);
            Assert.Equal("gen_random_uuid()", script.Text(id.Default!));
            Assert.Null(id.IsNullable);

            Assert.Equal("GENERATED ALWAYS AS IDENTITY", create.Columns[1].Identity!.Keyword);
            Assert.Equal("GENERATED ALWAYS AS IDENTITY", script.Text(create.Columns[1].Identity!));

            var tags = create.Columns[3];
            Assert.True(tags.DataType!.IsArray);
            Assert.Equal("TEXT", tags.DataType.Name);
            Assert.Equal("text[]", script.Text(tags.DataType));
            Assert.Equal("'{}'", script.Text(tags.Default!));
            Assert.False(tags.IsNullable);
            Assert.True(create.Columns[4].DataType!.IsArray);

            var name = create.Columns[5];
            Assert.Equal("CHARACTER VARYING", name.DataType!.Name);
            Assert.Equal(new[] { "255" }, name.DataType.Arguments);
            Assert.Equal("C", name.Collation!.Value);

            Assert.Equal("TIMESTAMP WITHOUT TIME ZONE", create.Columns[6].DataType!.Name);
            Assert.Equal("now()", script.Text(create.Columns[6].Default!));
            Assert.Equal("key", create.Columns[7].Name.Normalized);
            Assert.Equal("BIGSERIAL", create.Columns[8].DataType!.Name);
            Assert.Null(create.Columns[8].Identity);
        }

        [Fact]
        public void Unquoted_key_and_index_are_column_names_in_postgresql()
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE kv (key varchar(10), index int, value text)", Pg);
            Assert.Equal(new[] { "key", "index", "value" }, create.Columns.Select(c => c.Name.Text));
            Assert.Empty(create.Indexes);
        }

        [Fact]
        public void Table_constraints_with_cascade_and_deferrable_state()
        {
            const string sql = @"CREATE TABLE session_devices (
  id UUID NOT NULL,
  session_id UUID NOT NULL,
  CONSTRAINT session_devices_sessions_fk FOREIGN KEY (session_id) REFERENCES sessions (id) ON UPDATE RESTRICT ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT uq UNIQUE (id, session_id) WITH (fillfactor = 90) USING INDEX TABLESPACE fast,
  CHECK (id IS NOT NULL) NO INHERIT,
  EXCLUDE USING gist (id WITH =)
)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Pg);

            Assert.Equal(4, create.Constraints.Count);
            var fk = create.Constraints[0];
            Assert.Equal("ON DELETE CASCADE", script.Text(fk.References!.OnDelete!));
            Assert.Equal("ON UPDATE RESTRICT", script.Text(fk.References.OnUpdate!));
            Assert.Equal(ReferentialAction.Restrict, fk.References.OnUpdate!.Action);
            Assert.Equal("DEFERRABLE", fk.Deferrable!.Keyword);
            Assert.Equal("INITIALLY DEFERRED", fk.Initially!.Keyword);

            var unique = create.Constraints[1];
            Assert.Equal(ConstraintKind.Unique, unique.Kind);
            Assert.Equal(new[] { "id", "session_id" }, unique.Columns.Names());
            Assert.Equal("FILLFACTOR", Assert.Single(unique.Options).Name);

            var check = create.Constraints[2];
            Assert.Equal(ConstraintKind.Check, check.Kind);
            Assert.Null(check.Name);
            Assert.Equal("(id IS NOT NULL)", script.Text(check.Expression!));
            Assert.Equal(ConstraintKind.Exclude, create.Constraints[3].Kind);
        }

        [Fact]
        public void Declarative_partitioning_and_partition_of()
        {
            var (_, parent) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE measurement (city_id int not null, logdate date not null) PARTITION BY RANGE (logdate)", Pg);
            Assert.Equal("RANGE", parent.Partitioning!.Method);
            Assert.Equal(new[] { "logdate" }, parent.Partitioning.Columns.Names());

            var (_, child) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE measurement_y2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') TABLESPACE fast", Pg);
            Assert.Equal("measurement", child.PartitionOf!.Normalized);
            Assert.Equal("fast", child.Tablespace!.Text);
            Assert.Empty(child.Columns);

            var (_, hash) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE orders_p0 PARTITION OF orders (status WITH OPTIONS NOT NULL) FOR VALUES WITH (MODULUS 4, REMAINDER 0)", Pg);
            Assert.False(Assert.Single(hash.Columns).IsNullable);
        }

        [Fact]
        public void Inherits_like_with_options_and_unlogged()
        {
            const string sql = "CREATE UNLOGGED TABLE cache (LIKE template INCLUDING ALL, extra int) INHERITS (base) WITH (fillfactor=70, autovacuum_enabled = false, toast.autovacuum_enabled = off) TABLESPACE fast";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Pg);

            Assert.Equal("UNLOGGED", create.Temporary!.Keyword);
            Assert.False(create.IsTemporary);
            Assert.Equal(LoggingMode.NoLogging, create.Logging!.Mode);
            Assert.Equal("UNLOGGED", script.Text(create.Logging));
            Assert.Equal("template", Assert.Single(create.LikeTables).Normalized);
            Assert.Equal("extra", Assert.Single(create.Columns).Name.Text);
            Assert.Equal("base", Assert.Single(create.Inherits).Normalized);
            Assert.Equal(new[] { "FILLFACTOR", "AUTOVACUUM_ENABLED", "TOAST.AUTOVACUUM_ENABLED" }, create.Options.Select(o => o.Name));
            Assert.Equal(new[] { "70", "false", "off" }, create.Options.Select(o => o.Value));
            Assert.Equal("fillfactor=70", script.Text(create.Options[0]));
            Assert.Equal("fast", create.Tablespace!.Text);
        }

        [Fact]
        public void Temporary_table_with_on_commit_drop()
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TEMP TABLE scratch (id int) ON COMMIT DROP", Pg);
            Assert.Equal("TEMP", create.Temporary!.Keyword);
            Assert.True(create.IsTemporary);
            Assert.Equal("ON COMMIT DROP", create.OnCommit!.Keyword);
        }

        [Fact]
        public void Create_table_as_with_cte_union_and_with_no_data()
        {
            const string sql = @"CREATE TABLE archive AS
WITH recent AS (SELECT * FROM events WHERE ts > now() - interval '1 day')
SELECT r.* FROM recent r
UNION ALL
SELECT * FROM old_events o LEFT JOIN extra.details d USING (id)
WITH NO DATA";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, Pg);

            var query = create.AsQuery!;
            Assert.StartsWith("WITH recent", script.Text(query));
            Assert.EndsWith("USING (id)", script.Text(query));
            Assert.Equal(new[] { "events", "old_events", "extra.details" }, query.SourceTables.Select(t => t.Normalized));
        }

        [Fact]
        public void Create_table_of_type_and_generated_stored_column()
        {
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED)", Pg);
            Assert.Equal("(a * 2)", script.Text(create.Columns[1].GeneratedAs!));
            Assert.Equal("STORED", create.Columns[1].GeneratedStorage!.Keyword);

            var (_, typed) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE people OF person_type (PRIMARY KEY (id))", Pg);
            Assert.Equal("person_type", typed.ObjectType!.Normalized);
            Assert.Equal(ConstraintKind.PrimaryKey, Assert.Single(typed.Constraints).Kind);
        }
    }
}

using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using Xunit;
using static SchemaGuard.Sql.Tests.Splitting.SplitAssert;

namespace SchemaGuard.Sql.Tests.Splitting
{
    /// <summary>psql: semicolons outside dollar quotes, parentheses and BEGIN ATOMIC bodies; backslash commands.</summary>
    public class PostgreSqlSplitterTests
    {
        private static readonly SqlDialect Pg = SqlDialect.PostgreSql;

        [Fact]
        public void Dollar_quoted_bodies_keep_their_semicolons()
        {
            const string doBlock = "DO $$ BEGIN\n    IF NOT EXISTS (SELECT 1) THEN\n        ALTER TABLE w ADD PRIMARY KEY (id);\n    END IF;\nEND $$";
            const string fn = "CREATE FUNCTION f() RETURNS text\n    AS $_$\n  SELECT 'a;' || $1;\n$_$ LANGUAGE sql";
            Assert.Equal(
                new[] { "Sql|ALTER TABLE w DROP CONSTRAINT IF EXISTS k|;", "Sql|" + doBlock + "|;", "Sql|" + fn + "|;" },
                Describe("-- Phase A\nALTER TABLE w DROP CONSTRAINT IF EXISTS k;\n" + doBlock + ";\n" + fn + ";\n", Pg));
        }

        [Fact]
        public void Begin_atomic_bodies_keep_their_semicolons()
        {
            const string fn =
                "CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n" +
                "  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  SELECT x + 2;\nEND";
            const string proc = "create procedure p() begin atomic insert into t values (1); end";
            Assert.Equal(
                new[] { "Sql|" + fn + "|;", "Sql|" + proc + "|;", "Sql|BEGIN|;", "Sql|SELECT 1|;", "Sql|END|;" },
                Describe(fn + ";\n" + proc + ";\nBEGIN;\nSELECT 1;\nEND;", Pg));
        }

        [Fact]
        public void Case_end_outside_a_body_does_not_open_one()
        {
            Assert.Equal(
                new[] { "Sql|CREATE FUNCTION f(a int) RETURNS int RETURN CASE WHEN a > 0 THEN 1 END|;", "Sql|SELECT 2|;" },
                Describe("CREATE FUNCTION f(a int) RETURNS int RETURN CASE WHEN a > 0 THEN 1 END;\nSELECT 2;", Pg));
        }

        [Fact]
        public void Semicolons_inside_parentheses_do_not_end_the_statement()
        {
            Assert.Equal(
                new[] { "Sql|CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))|;" },
                Describe("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));", Pg));
        }

        [Fact]
        public void Backslash_meta_commands_are_raw_lines()
        {
            Assert.Equal(
                new[]
                {
                    "ClientCommand|\\set ON_ERROR_STOP on|",
                    "ClientCommand|\\connect db|",
                    "Sql|SELECT 'it''s' AS x|",
                    "ClientCommand|\\gset|",
                    "ClientCommand|\\i file's.sql|",
                    "Sql|SELECT 1|;",
                },
                Describe("\\set ON_ERROR_STOP on\n\\connect db\nSELECT 'it''s' AS x \\gset\n\\i file's.sql\nSELECT 1;", Pg));
        }

        [Fact]
        public void Copy_from_stdin_data_belongs_to_no_statement()
        {
            const string script =
                "COPY public.t (id, name) FROM stdin;\n1\tit's\n2\t\"quoted;\n\\.\nSELECT 1;\n";
            var (tokens, ranges, diagnostics) = Split(script, Pg);
            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "Sql|COPY public.t (id, name) FROM stdin|;", "Sql|SELECT 1|;" }, Describe(tokens, ranges));
            int data = ranges[0].TerminatorToken + 1;
            Assert.Equal(SyntaxKind.InlineData, tokens[data].Kind);
            Assert.Equal("1\tit's\n2\t\"quoted;\n\\.", tokens.GetText(data));
        }

        [Fact]
        public void Copy_to_stdout_has_no_data()
        {
            Assert.Equal(
                new[] { "Sql|COPY t TO stdout|;", "Sql|SELECT 1|;" },
                Describe("COPY t TO stdout;\nSELECT 1;", Pg));
        }

        [Fact]
        public void Casts_parameters_and_quoted_identifiers_do_not_split()
        {
            Assert.Equal(
                new[] { "Sql|SELECT $1::int, \"a;b\", E'x\\';y', U&'d\\0061t' /* /* ; */ ; */ FROM t|;" },
                Describe("SELECT $1::int, \"a;b\", E'x\\';y', U&'d\\0061t' /* /* ; */ ; */ FROM t;", Pg));
        }
    }
}

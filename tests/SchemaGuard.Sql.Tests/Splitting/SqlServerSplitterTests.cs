using SchemaGuard.Sql.Dialects;
using Xunit;
using static SchemaGuard.Sql.Tests.Splitting.SplitAssert;

namespace SchemaGuard.Sql.Tests.Splitting
{
    /// <summary>sqlcmd / SSMS: GO batches, colon commands, semicolons within a batch.</summary>
    public class SqlServerSplitterTests
    {
        private static readonly SqlDialect SqlServer = SqlDialect.SqlServer;

        [Fact]
        public void Go_lines_are_batch_separators_that_end_the_statement_before_them()
        {
            const string script =
                "CREATE TABLE actor (\n  actor_id int NOT NULL\n  )\nGO\n" +
                " ALTER TABLE actor ADD CONSTRAINT [DF_actor_last_update] DEFAULT (getdate()) FOR last_update\nGO\n" +
                " CREATE  INDEX idx_actor_last_name ON actor(last_name) \ngo\n";
            Assert.Equal(
                new[]
                {
                    "Sql|CREATE TABLE actor (\n  actor_id int NOT NULL\n  )|",
                    "BatchSeparator|GO|",
                    "Sql|ALTER TABLE actor ADD CONSTRAINT [DF_actor_last_update] DEFAULT (getdate()) FOR last_update|",
                    "BatchSeparator|GO|",
                    "Sql|CREATE  INDEX idx_actor_last_name ON actor(last_name)|",
                    "BatchSeparator|go|",
                },
                Describe(script, SqlServer));
        }

        [Fact]
        public void Go_takes_an_optional_count_and_a_trailing_comment()
        {
            Assert.Equal(
                new[] { "Sql|INSERT INTO t DEFAULT VALUES|;", "BatchSeparator|GO 5|", "Sql|SELECT 1|", "BatchSeparator|GO|" },
                Describe("INSERT INTO t DEFAULT VALUES;\nGO 5\nSELECT 1\nGO -- done", SqlServer));
        }

        [Fact]
        public void Go_that_is_not_alone_on_its_line_is_an_identifier()
        {
            Assert.Equal(
                new[] { "Sql|SELECT go FROM t|;", "Sql|go = 1 FROM x|" },
                Describe("SELECT go FROM t;\ngo = 1 FROM x\n", SqlServer));
            Assert.Equal(
                new[] { "Sql|SELECT 1\nGO 5 x|" },
                Describe("SELECT 1\nGO 5 x\n", SqlServer));
        }

        [Fact]
        public void Statements_in_a_batch_split_at_semicolons_only()
        {
            Assert.Equal(
                new[] { "Sql|CREATE TABLE a (x int)\nCREATE TABLE b (y int)|;", "Sql|DROP TABLE c|", "BatchSeparator|GO|" },
                Describe("CREATE TABLE a (x int)\nCREATE TABLE b (y int);\nDROP TABLE c\nGO\n", SqlServer));
        }

        [Fact]
        public void Routine_bodies_run_to_the_end_of_their_batch()
        {
            const string proc = "CREATE OR ALTER PROCEDURE dbo.p AS\nBEGIN\n  SET NOCOUNT ON;\n  SELECT 1;\nEND;";
            Assert.Equal(
                new[]
                {
                    "Sql|" + proc + "|",
                    "BatchSeparator|GO|",
                    "Sql|ALTER PROC dbo.p AS SELECT 2; SELECT 3;|",
                    "BatchSeparator|GO|",
                    "Sql|CREATE TRIGGER trg ON t AFTER INSERT AS SELECT 1; SELECT 2;|",
                    "BatchSeparator|GO|",
                    "Sql|DROP TABLE t|;",
                },
                Describe(
                    proc + "\nGO\nALTER PROC dbo.p AS SELECT 2; SELECT 3;\nGO\n" +
                    "CREATE TRIGGER trg ON t AFTER INSERT AS SELECT 1; SELECT 2;\nGO\nDROP TABLE t;",
                    SqlServer));
        }

        [Fact]
        public void Sqlcmd_colon_commands_are_raw_lines_even_inside_a_batch()
        {
            Assert.Equal(
                new[]
                {
                    "ClientCommand|:setvar schema dbo|",
                    "Sql|CREATE TABLE $(schema).t (x int)|",
                    "ClientCommand|:r .\\tables\\more.sql|",
                    "ClientCommand|:on error exit|",
                    "ClientCommand|!! dir c:\\|",
                    "BatchSeparator|GO|",
                },
                Describe(":setvar schema dbo\nCREATE TABLE $(schema).t (x int)\n:r .\\tables\\more.sql\n:on error exit\n!! dir c:\\\nGO\n", SqlServer));
        }

        [Fact]
        public void Colons_inside_a_line_are_not_commands()
        {
            Assert.Equal(
                new[] { "Sql|GRANT SELECT ON SCHEMA::dbo TO u|;" },
                Describe("GRANT SELECT ON SCHEMA::dbo TO u;", SqlServer));
        }

        [Fact]
        public void Semicolons_in_brackets_strings_and_comments_do_not_split()
        {
            Assert.Equal(
                new[] { "Sql|SELECT [a;b]]c], N'x;y' /* ; */ -- ;\nFROM t|;" },
                Describe("SELECT [a;b]]c], N'x;y' /* ; */ -- ;\nFROM t;", SqlServer));
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    /// <summary>Broken table statements: the parser keeps what it read, reports what it could not, and never loses the next statement.</summary>
    public class TableRecoveryTests
    {
        public static TheoryData<string, string> Broken => new TheoryData<string, string>
        {
            { "oracle", "CREATE TABLE t (a NUMBER, b VARCHAR2(10)" },
            { "oracle", "CREATE TABLE t (a NUMBER(10, b DATE)" },
            { "oracle", "CREATE TABLE t (a NUMBER CONSTRAINT)" },
            { "oracle", "CREATE TABLE t (a NUMBER REFERENCES)" },
            { "oracle", "CREATE TABLE t (a NUMBER REFERENCES p (id) ON DELETE)" },
            { "oracle", "CREATE TABLE t (a NUMBER) PARTITION BY RANGE (a) (PARTITION p0 VALUES LESS THAN (10" },
            { "oracle", "CREATE TABLE" },
            { "oracle", "CREATE TABLE (a NUMBER)" },
            { "oracle", "ALTER TABLE t ADD (" },
            { "oracle", "ALTER TABLE t MOVE PARTITION" },
            { "oracle", "ALTER TABLE t EXCHANGE PARTITION p WITH" },
            { "oracle", "ALTER TABLE" },
            { "oracle", "ALTER TABLE t" },
            { "oracle", "DROP TABLE" },
            { "oracle", "COMMENT ON TABLE t IS" },
            { "oracle", "COMMENT ON" },
            { "oracle", "RENAME a TO" },
            { "postgresql", "CREATE TABLE t (a int, CONSTRAINT c FOREIGN KEY (a) REFERENCES)" },
            { "postgresql", "ALTER TABLE t ALTER COLUMN a TYPE" },
            { "postgresql", "ALTER TABLE t ALTER COLUMN" },
            { "postgresql", "ALTER TABLE t RENAME COLUMN a" },
            { "mysql", "CREATE TABLE t (a INT, KEY idx (a) ENGINE=" },
            { "mysql", "ALTER TABLE t CHANGE COLUMN a" },
            { "mysql", "ALTER TABLE t CONVERT TO" },
            { "sqlserver", "CREATE TABLE [dbo].[t] ([a] [int] IDENTITY(1,1) NOT NULL" },
            { "sqlserver", "ALTER TABLE t WITH NOCHECK" },
            { "sqlserver", "ALTER TABLE t DROP CONSTRAINT" },
        };

        [Theory]
        [MemberData(nameof(Broken))]
        public void Broken_statements_are_reported_and_the_next_statement_survives(string dialectName, string broken)
        {
            SqlDialect.TryFromName(dialectName, out var dialect);
            var script = SqlScript.Parse(broken + ";\nDROP TABLE next_one;", dialect);

            Assert.Equal(2, script.Statements.Count);
            var first = script.Statements[0];
            Assert.NotEqual(StatementKind.Unknown, first.Kind);
            Assert.True(first.IsPartial || script.Diagnostics.Any(d => d.Id == "SG9001"), "a broken statement must be partial or reported");
            Assert.Contains(script.Diagnostics, d => d.Id == "SG9001" && d.Span.Start >= first.Span.Start && d.Span.Start <= first.Span.End + 1);
            var next = Assert.IsType<DropTableStatement>(script.Statements[1]);
            Assert.Equal("next_one", next.Tables[0].Name.Text);
        }

        [Fact]
        public void Unknown_storage_clause_makes_the_statement_partial_but_keeps_what_was_read()
        {
            var script = SqlScript.Parse("CREATE TABLE t (a NUMBER NOT NULL) FROBNICATE (x y) TABLESPACE users NOLOGGING", SqlDialect.Oracle);
            var create = Assert.IsType<CreateTableStatement>(Assert.Single(script.Statements));

            Assert.True(create.IsPartial);
            Assert.False(create.Columns[0].IsNullable);
            Assert.Equal("users", create.Tablespace!.Text);
            Assert.Equal(LoggingMode.NoLogging, create.Logging!.Mode);
        }

        [Fact]
        public void Unknown_alter_action_is_kept_as_a_partial_other_action_and_later_actions_are_read()
        {
            var script = SqlScript.Parse("ALTER TABLE t FROBNICATE x y, ADD COLUMN c int, ALGORITHM=INPLACE", SqlDialect.MySql);
            var alter = Assert.IsType<AlterTableStatement>(Assert.Single(script.Statements));

            Assert.True(alter.IsPartial);
            Assert.Equal("FROBNICATE", Assert.IsType<OtherTableAction>(alter.Actions[0]).Description);
            Assert.IsType<AddColumnsAction>(alter.Actions[1]);
            Assert.Equal("INPLACE", alter.FindOption("ALGORITHM")!.Value);
        }

        [Fact]
        public void Garbage_inside_a_column_keeps_the_following_columns()
        {
            var script = SqlScript.Parse("CREATE TABLE t (a int @@ $$ b, c int NOT NULL)", SqlDialect.SqlServer);
            var create = Assert.IsType<CreateTableStatement>(Assert.Single(script.Statements));

            Assert.True(create.IsPartial);
            Assert.Equal(new[] { "a", "c" }, create.Columns.Select(c => c.Name.Text));
            Assert.False(create.Columns[1].IsNullable);
        }

        [Fact]
        public void Every_prefix_of_a_complex_statement_parses_without_throwing()
        {
            const string sql = @"CREATE TABLE s.t (id NUMBER GENERATED ALWAYS AS IDENTITY, a VARCHAR2(10 CHAR) DEFAULT 'x' CONSTRAINT c1 NOT NULL,
 CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (a) ON DELETE CASCADE ENABLE NOVALIDATE) TABLESPACE u NOLOGGING
 LOB (a) STORE AS SECUREFILE (CACHE NOLOGGING) PARTITION BY RANGE (id) INTERVAL (100) (PARTITION p0 VALUES LESS THAN (100) NOLOGGING)
 AS SELECT * FROM x JOIN y ON x.id = y.id;
ALTER TABLE t MOVE PARTITION p ONLINE TABLESPACE x UPDATE INDEXES, ADD (c NUMBER) MODIFY PARTITION BY LIST (c) (PARTITION p VALUES (1)) ONLINE;";
            foreach (var dialect in SqlDialect.All)
            {
                for (int i = 0; i <= sql.Length; i++)
                {
                    var script = SqlScript.Parse(sql.Substring(0, i), dialect);
                    Assert.All(script.Statements, s => Assert.True(s.Span.End <= i));
                }
            }
        }

        [Theory]
        [InlineData("CREATE TABLE x AS SELECT * FROM ", "t", ")")]
        [InlineData("CREATE TABLE x AS ", "SELECT * FROM t", ")")]
        [InlineData("CREATE TABLE x (a NUMBER DEFAULT ", "1", ")")]
        [InlineData("CREATE TABLE x (a NUMBER CHECK ", "(a > 0", ")")]
        public void Deep_nesting_does_not_overflow_the_stack(string prefix, string middle, string close)
        {
            const int depth = 20000;
            var sql = prefix + new string('(', depth) + middle + string.Concat(System.Linq.Enumerable.Repeat(close, depth));
            var script = SqlScript.Parse(sql, SqlDialect.Oracle);
            Assert.Equal(StatementKind.CreateTable, Assert.Single(script.Statements).Kind);
        }

        [Fact]
        public void Child_spans_nest_inside_their_parents()
        {
            const string sql = @"CREATE TABLE t (id int PRIMARY KEY, p int REFERENCES parent (id) ON DELETE SET NULL, CONSTRAINT ck CHECK (p > 0))
  PARTITION BY RANGE (id) (PARTITION a VALUES LESS THAN (10) TABLESPACE x NOLOGGING);
ALTER TABLE t ADD (q int DEFAULT 1 NOT NULL) MOVE ONLINE NOLOGGING UPDATE INDEXES;";
            var script = SqlScript.Parse(sql, SqlDialect.Oracle);
            foreach (var statement in script.Statements)
            {
                foreach (var node in statement.DescendantsAndSelf())
                {
                    foreach (var child in node.ChildNodes())
                    {
                        Assert.True(child.Span.Start >= node.Span.Start && child.Span.End <= node.Span.End, child.GetType().Name + " escapes " + node.GetType().Name);
                    }
                }
            }
        }
    }
}

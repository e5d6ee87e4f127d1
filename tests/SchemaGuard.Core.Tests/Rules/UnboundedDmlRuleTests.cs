using System.Linq;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class UnboundedDmlRuleTests
    {
        private const string Id = "SG1004";

        [Fact]
        public void Delete_without_where_points_at_its_head_and_names_the_table()
        {
            const string sql = "DELETE FROM orders;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("DELETE FROM orders", OneRule.Covered(sql, finding));
            Assert.Equal("DELETE on orders has no WHERE clause: it removes every row of orders, locking each one and writing undo and redo for all of them.", finding.Message);
            Assert.Contains("\n  DELETE FROM orders WHERE <condition>\n", finding.Alternative);
            Assert.Contains("ROWNUM <= 10000", finding.Alternative);
            Assert.Contains("TRUNCATE TABLE orders", finding.Alternative);
        }

        [Fact]
        public void Update_split_over_lines_points_from_update_to_set()
        {
            const string sql = "-- deactivate\nUPDATE dbo.customers\n   SET status = 'inactive',\n       changed = GETDATE();";
            var finding = OneRule.Single(Id, sql, SqlDialect.SqlServer);
            Assert.Equal("UPDATE dbo.customers\n   SET", OneRule.Covered(sql, finding));
            Assert.Equal(2, finding.Start.Line);
            Assert.Equal(1, finding.Start.Column);
            Assert.Equal(3, finding.End.Line);
            Assert.Contains("changes every row of dbo.customers", finding.Message);
            Assert.Contains("transaction log", finding.Message);
            Assert.Contains("changed = GETDATE() WHERE <condition>", finding.Alternative);
            Assert.Contains("UPDATE TOP (10000)", finding.Alternative);
        }

        [Theory]
        [InlineData("1 = 1")]
        [InlineData("1=1")]
        [InlineData("'a' = 'a'")]
        [InlineData("TRUE")]
        [InlineData("true")]
        [InlineData("1")]
        [InlineData("42")]
        [InlineData("NOT (1 = 0)")]
        [InlineData("NOT FALSE")]
        [InlineData("status = 'x' OR 1 = 1")]
        [InlineData("1 = 1 OR status = 'x'")]
        [InlineData("(1 = 1) AND ('a' = 'a')")]
        [InlineData("((1 = 1))")]
        [InlineData("2 > 1")]
        [InlineData("1 <> 2")]
        [InlineData("1.0 = 1")]
        public void Always_true_where_fires_on_the_where_clause(string condition)
        {
            string sql = "DELETE FROM sessions WHERE " + condition + ";";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql);
            Assert.Equal("WHERE " + condition, OneRule.Covered(sql, finding));
            Assert.StartsWith("WHERE " + condition + " is always true: this DELETE removes every row of sessions", finding.Message);
            Assert.Contains("DELETE FROM sessions WHERE <condition>", finding.Alternative);
        }

        [Theory]
        [InlineData("1 = 0")]
        [InlineData("0")]
        [InlineData("FALSE")]
        [InlineData("NOT (1 = 1)")]
        [InlineData("1 = 1 AND status = 'x'")]
        [InlineData("status = 'x' OR 1 = 0")]
        [InlineData("'a' = 'A'")]
        [InlineData("id = id")]
        [InlineData("created_at < NOW()")]
        [InlineData("NULL = NULL")]
        [InlineData("1 = @one")]
        public void Conditions_that_are_not_always_true_stay_quiet(string condition)
        {
            Assert.Empty(OneRule.Lint(Id, "UPDATE sessions SET state = 0 WHERE " + condition + ";", SqlDialect.MySql));
        }

        [Fact]
        public void Postgresql_update_with_always_true_where_is_reported_with_its_batch_hint()
        {
            const string sql = "UPDATE accounts SET balance = 0 WHERE 1 = 1;";
            var finding = OneRule.Single(Id, sql, SqlDialect.PostgreSql);
            Assert.Equal("WHERE 1 = 1", OneRule.Covered(sql, finding));
            Assert.Contains("WAL", finding.Message);
            Assert.Contains("UPDATE accounts SET balance = 0 WHERE <condition>", finding.Alternative);
            Assert.Contains("LIMIT 10000", finding.Alternative);
            Assert.Contains("leave out rows already updated", finding.Alternative);
        }

        [Theory]
        [InlineData("CREATE TABLE staging_rows (id bigint);\nDELETE FROM staging_rows;")]
        [InlineData("CREATE TABLE Staging_Rows (id bigint);\nDELETE FROM STAGING_ROWS;")]
        [InlineData("CREATE TABLE app.staging_rows (id bigint);\nUPDATE staging_rows SET id = 0;")]
        [InlineData("CREATE TABLE staging_rows (id bigint);\nDELETE FROM app.staging_rows WHERE TRUE;")]
        [InlineData("CREATE TEMPORARY TABLE t AS SELECT * FROM orders;\nUPDATE t SET total = 0;")]
        public void Tables_created_earlier_in_the_file_are_exempt(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.PostgreSql));
        }

        [Fact]
        public void A_table_created_later_or_in_another_schema_is_not_exempt()
        {
            const string sql = "DELETE FROM staging_rows;\nCREATE TABLE staging_rows (id bigint);\nCREATE TABLE a.t (id int);\nDELETE FROM b.t;";
            var findings = OneRule.Lint(Id, sql, SqlDialect.PostgreSql);
            Assert.Equal(new[] { 1, 4 }, findings.Select(f => f.Start.Line));
        }

        [Theory]
        [InlineData("mysql", "DELETE FROM sessions LIMIT 1000;")]
        [InlineData("sqlserver", "DELETE TOP (1000) FROM dbo.sessions;")]
        [InlineData("sqlserver", "DELETE FROM #work;")]
        [InlineData("sqlserver", "DELETE FROM [#work];")]
        [InlineData("sqlserver", "DELETE FROM @rows;")]
        [InlineData("sqlserver", "UPDATE c SET status = 1 FROM dbo.customers c JOIN dbo.x x ON x.id = c.id;")]
        [InlineData("mysql", "DELETE s FROM sessions s JOIN users u ON u.id = s.user_id;")]
        [InlineData("oracle", "DELETE FROM orders WHERE status = 'CANCELLED' AND created_at < ADD_MONTHS(SYSDATE, -24);")]
        [InlineData("oracle", "SELECT 'DELETE FROM orders' FROM dual;")]
        [InlineData("oracle", "-- DELETE FROM orders;\nSELECT q'[UPDATE orders SET x = 1]' FROM dual; /* DELETE FROM orders */")]
        [InlineData("oracle", "BEGIN\n  FOR r IN c LOOP\n    DELETE FROM orders WHERE CURRENT OF c;\n  END LOOP;\nEND;\n/")]
        public void Batches_session_tables_joins_strings_and_comments_stay_quiet(string dialectName, string sql)
        {
            Assert.True(SqlDialect.TryFromName(dialectName, out var dialect));
            Assert.Empty(OneRule.Lint(Id, sql, dialect));
        }

        [Fact]
        public void An_update_with_a_limit_but_no_where_is_still_reported()
        {
            OneRule.Single(Id, "UPDATE sessions SET state = 0 LIMIT 1000;", SqlDialect.MySql);
        }

        [Fact]
        public void Statements_inside_a_plsql_block_are_checked()
        {
            const string sql = "BEGIN\n  DELETE FROM orders;\n  UPDATE orders o\n     SET o.x = 1\n   WHERE 1 = 1;\nEND;\n/\n";
            var findings = OneRule.Lint(Id, sql, SqlDialect.Oracle);
            Assert.Equal(2, findings.Count);
            Assert.Equal("DELETE FROM orders", OneRule.Covered(sql, findings[0]));
            Assert.Equal((2, 3), (findings[0].Start.Line, findings[0].Start.Column));
            Assert.Equal("WHERE 1 = 1", OneRule.Covered(sql, findings[1]));
            Assert.Equal((5, 4), (findings[1].Start.Line, findings[1].Start.Column));
        }

        [Fact]
        public void Mixed_case_and_crlf()
        {
            const string sql = "-- clean up\r\nDelete From Orders\r\n Where 1 = 1;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("Where 1 = 1", OneRule.Covered(sql, finding));
            Assert.Equal((3, 2), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("every row of Orders", finding.Message);
        }

        [Fact]
        public void An_inline_suppression_by_name_silences_the_whole_file_rule()
        {
            const string sql = "-- schemaguard-disable-next-line unbounded-dml -- reference data is reloaded\nDELETE FROM countries;\nDELETE FROM currencies;";
            var findings = OneRule.LintWithSuppressed(Id, sql, SqlDialect.PostgreSql);
            Assert.Equal(2, findings.Count);
            Assert.True(findings[0].IsSuppressed);
            Assert.False(findings[1].IsSuppressed);
        }
    }
}

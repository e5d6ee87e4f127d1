using System;
using System.Linq;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class MySqlUtf8mb3RuleTests
    {
        private const string Id = "SG6002";

        [Fact]
        public void Table_default_over_many_lines_points_at_the_value()
        {
            const string sql = "CREATE TABLE comments (\r\n  id BIGINT PRIMARY KEY,\r\n  body TEXT\r\n) ENGINE=InnoDB\r\n  DEFAULT CHARSET = utf8\r\n  COLLATE = utf8_general_ci;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql);
            Assert.Equal("utf8", OneRule.Covered(sql, finding));
            Assert.Equal((5, 21), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("comments", finding.Message);
            Assert.EndsWith("DEFAULT CHARSET = utf8mb4\r\n  COLLATE = utf8mb4_general_ci;", finding.Alternative);
        }

        [Theory]
        [InlineData("CREATE TABLE t (a INT) CHARACTER SET utf8mb3;", "utf8mb3")]
        [InlineData("CREATE TABLE t (a INT) CHARSET=`UTF8`;", "`UTF8`")]
        [InlineData("create table t (a int) default character set 'utf8';", "'utf8'")]
        [InlineData("CREATE TABLE t (a VARCHAR(10) CHARACTER SET utf8) DEFAULT CHARSET=utf8mb4;", "utf8")]
        [InlineData("CREATE TABLE t (a VARCHAR(10) COLLATE utf8mb3_bin);", "utf8mb3_bin")]
        [InlineData("ALTER TABLE t DEFAULT CHARSET utf8;", "utf8")]
        [InlineData("ALTER TABLE t MODIFY a TEXT CHARACTER SET utf8mb3 NOT NULL;", "utf8mb3")]
        [InlineData("ALTER TABLE t CHANGE a b VARCHAR(20) CHARSET utf8;", "utf8")]
        public void Each_place_is_found(string sql, string covered)
        {
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql);
            Assert.Equal(covered, OneRule.Covered(sql, finding));
            Assert.Contains("utf8mb4", finding.Alternative, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void Convert_says_it_rewrites_the_table_and_changes_the_collation_too()
        {
            const string sql = "ALTER TABLE comments CONVERT TO CHARACTER SET utf8 COLLATE utf8_unicode_ci;";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql);
            Assert.Contains("rewrites the whole table", finding.Message);
            Assert.Contains("comments", finding.Message);
            Assert.StartsWith("ALTER TABLE comments CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;", finding.Alternative);
        }

        [Fact]
        public void Column_and_table_in_one_statement_give_two_findings_with_one_alternative()
        {
            const string sql = "CREATE TABLE t (\n  a TEXT CHARACTER SET utf8\n) DEFAULT CHARSET=utf8;";
            var findings = OneRule.Lint(Id, sql, SqlDialect.MySql);
            Assert.Equal(new[] { 2, 3 }, findings.Select(f => f.Start.Line).ToArray());
            Assert.Contains("Column a of t", findings[0].Message);
            Assert.Equal(findings[0].Alternative, findings[1].Alternative);
            Assert.Equal("CREATE TABLE t (\n  a TEXT CHARACTER SET utf8mb4\n) DEFAULT CHARSET=utf8mb4;", findings[0].Alternative);
        }

        [Theory]
        [InlineData("CREATE TABLE t (a INT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;")]
        [InlineData("CREATE TABLE t (a VARCHAR(10) CHARACTER SET latin1);")]
        [InlineData("CREATE TABLE utf8 (utf8 VARCHAR(10));")]
        [InlineData("INSERT INTO settings (name, value) VALUES ('charset', 'utf8');")]
        [InlineData("-- DEFAULT CHARSET=utf8\nCREATE TABLE t (a INT);")]
        [InlineData("# CHARACTER SET utf8\nCREATE TABLE t (a INT);")]
        [InlineData("/* ALTER TABLE t CONVERT TO CHARACTER SET utf8 */ SELECT 1;")]
        [InlineData("SELECT _utf8mb4'x', CONVERT('x' USING utf8);")]
        public void Quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.MySql));
    }
}

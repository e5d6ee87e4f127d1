using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class DropTablePurgeRuleTests
    {
        private const string Id = "SG1005";

        [Fact]
        public void Points_at_purge_names_the_table_and_fixes_it()
        {
            const string sql = "DROP TABLE sales.orders_archive\n  PURGE;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("PURGE", OneRule.Covered(sql, finding));
            Assert.Equal((2, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("FLASHBACK TABLE sales.orders_archive TO BEFORE DROP", finding.Message);
            Assert.Equal("DROP TABLE sales.orders_archive;", OneRule.Fixed(sql, finding));
        }

        [Fact]
        public void Mixed_case_and_crlf()
        {
            const string sql = "Drop Table Orders_Archive\r\n  Cascade Constraints Purge;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal((2, 23), (finding.Start.Line, finding.Start.Column));
            Assert.Equal("Drop Table Orders_Archive\r\n  Cascade Constraints;\r\n", OneRule.Fixed(sql, finding));
        }

        [Theory]
        [InlineData("DROP TABLE orders_archive;")]
        [InlineData("PURGE TABLE orders_archive;")]
        [InlineData("COMMENT ON TABLE orders IS 'DROP TABLE x PURGE';")]
        [InlineData("-- DROP TABLE x PURGE;\nSELECT q'[DROP TABLE x PURGE]' FROM dual;")]
        public void Drops_without_purge_strings_and_comments_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }
    }
}

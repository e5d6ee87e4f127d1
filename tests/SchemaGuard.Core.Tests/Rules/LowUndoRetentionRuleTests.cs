using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class LowUndoRetentionRuleTests
    {
        private const string Id = "SG3005";

        [Fact]
        public void Points_at_the_value_and_offers_the_statement_with_the_minimum()
        {
            const string sql = "ALTER SYSTEM\n  SET UNDO_RETENTION =\n      900\n  SCOPE = BOTH SID = '*';";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("900", OneRule.Covered(sql, finding));
            Assert.Equal((3, 7), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("900", finding.Message);
            Assert.Contains("10800", finding.Message);
            Assert.StartsWith("ALTER SYSTEM\n  SET UNDO_RETENTION =\n      10800\n  SCOPE = BOTH SID = '*';", finding.Alternative);
        }

        [Fact]
        public void The_minimum_is_an_option()
        {
            const string sql = "ALTER SYSTEM SET undo_retention = 14400;";
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
            var finding = Assert.Single(OneRule.Lint(Id, sql, SqlDialect.Oracle, option: "min_seconds", value: "21600"));
            Assert.Contains("21600", finding.Message);
            Assert.StartsWith("ALTER SYSTEM SET undo_retention = 21600;", finding.Alternative);
        }

        [Fact]
        public void A_quoted_value_and_crlf_are_read()
        {
            const string sql = "alter system set undo_retention='600'\r\nscope=spfile;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("'600'", OneRule.Covered(sql, finding));
        }

        [Fact]
        public void Reset_returns_to_the_default_of_900()
        {
            const string sql = "ALTER SYSTEM RESET undo_retention SCOPE = SPFILE;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("undo_retention", OneRule.Covered(sql, finding));
            Assert.Contains("900", finding.Message);
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle, option: "min_seconds", value: "600"));
        }

        [Theory]
        [InlineData("ALTER SYSTEM SET undo_retention = 10800;")]
        [InlineData("ALTER SYSTEM SET undo_tablespace = undotbs2;")]
        [InlineData("ALTER SYSTEM SET undo_retention = &retention;")]
        [InlineData("-- ALTER SYSTEM SET undo_retention = 900;\nSELECT 1 FROM dual;")]
        [InlineData("SELECT 'ALTER SYSTEM SET undo_retention = 900' FROM dual;")]
        [InlineData("SELECT q'!ALTER SYSTEM SET undo_retention = 900!' FROM dual;")]
        public void Quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));

        [Fact]
        public void Only_the_undo_setting_of_several_is_reported()
        {
            const string sql = "ALTER SYSTEM SET db_recovery_file_dest_size = 100 undo_retention = 300 SCOPE = MEMORY;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("300", OneRule.Covered(sql, finding));
        }
    }
}

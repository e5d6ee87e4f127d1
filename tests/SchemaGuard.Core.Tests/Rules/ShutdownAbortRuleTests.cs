using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class ShutdownAbortRuleTests
    {
        private const string Id = "SG3004";

        [Fact]
        public void Points_at_abort()
        {
            const string sql = "CONNECT / AS SYSDBA\nShutDown  Abort\nSTARTUP\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("Abort", OneRule.Covered(sql, finding));
            Assert.Equal((2, 11), (finding.Start.Line, finding.Start.Column));
            Assert.DoesNotContain("UPGRADE", finding.Message);
            Assert.StartsWith("SHUTDOWN IMMEDIATE", finding.Alternative);
        }

        [Theory]
        [InlineData("STARTUP UPGRADE", "UPGRADE")]
        [InlineData("startup downgrade", "DOWNGRADE")]
        [InlineData("STARTUP MIGRATE", "MIGRATE")]
        public void A_later_upgrade_startup_makes_the_message_stronger_and_names_its_line(string startup, string mode)
        {
            string sql = "SHUTDOWN ABORT\r\n@@switch_home.sql\r\n" + startup + "\r\n@?/rdbms/admin/catctl.sql\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Contains("STARTUP " + mode + " at line 3", finding.Message);
            Assert.Contains("corrupted", finding.Message);
            Assert.StartsWith("SHUTDOWN IMMEDIATE\nSTARTUP " + mode, finding.Alternative);
        }

        [Fact]
        public void Restrict_then_clean_shutdown_before_the_upgrade_keeps_the_plain_message()
        {
            const string sql = "SHUTDOWN ABORT\nSTARTUP RESTRICT\nSHUTDOWN IMMEDIATE\nSTARTUP UPGRADE\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.DoesNotContain("UPGRADE", finding.Message);
        }

        [Fact]
        public void An_upgrade_before_the_abort_does_not_count()
        {
            var finding = OneRule.Single(Id, "STARTUP UPGRADE\nSHUTDOWN ABORT\n", SqlDialect.Oracle);
            Assert.DoesNotContain("line 1", finding.Message);
        }

        [Theory]
        [InlineData("SHUTDOWN IMMEDIATE\nSTARTUP UPGRADE")]
        [InlineData("SHUTDOWN\nSTARTUP")]
        [InlineData("shutdown transactional local")]
        [InlineData("PROMPT SHUTDOWN ABORT\nSHUTDOWN IMMEDIATE")]
        [InlineData("-- SHUTDOWN ABORT\nSHUTDOWN IMMEDIATE")]
        [InlineData("REM SHUTDOWN ABORT\nSELECT 'SHUTDOWN ABORT' FROM dual;")]
        public void Quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
    }
}

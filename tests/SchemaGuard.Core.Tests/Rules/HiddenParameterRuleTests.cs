using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class HiddenParameterRuleTests
    {
        private const string Id = "SG3006";

        [Fact]
        public void Points_at_the_quoted_parameter_name()
        {
            const string sql = "ALTER SESSION\n  SET \"_use_nosegment_indexes\" = TRUE;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("\"_use_nosegment_indexes\"", OneRule.Covered(sql, finding));
            Assert.Equal((2, 7), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("\"_use_nosegment_indexes\"", finding.Message);
            Assert.Contains("schemaguard-disable-next-line hidden-parameter", finding.Alternative);
        }

        [Fact]
        public void Unquoted_name_in_alter_system_mentions_the_spfile()
        {
            const string sql = "alter system set _fix_control = '12345678:OFF' scope = spfile;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("_fix_control", OneRule.Covered(sql, finding));
            Assert.Contains("SPFILE", finding.Message);
        }

        [Fact]
        public void Each_hidden_parameter_of_a_statement_is_reported()
        {
            Assert.Equal(2, OneRule.Lint(Id, "ALTER SYSTEM SET \"_a\" = 1 open_cursors = 300 \"_b\" = 2;", SqlDialect.Oracle).Count);
        }

        [Fact]
        public void A_suppression_with_a_reason_silences_it()
        {
            const string sql = "-- schemaguard-disable-next-line hidden-parameter -- SR 3-1234567890 asked for it\nALTER SYSTEM SET \"_fix_control\" = '1:OFF' SCOPE = SPFILE;";
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }

        [Theory]
        [InlineData("ALTER SESSION SET optimizer_use_invisible_indexes = TRUE;")]
        [InlineData("ALTER SYSTEM RESET \"_fix_control\" SCOPE = SPFILE;")]
        [InlineData("ALTER SESSION SET EVENTS '10046 trace name context forever, level 12';")]
        [InlineData("ALTER SESSION SET current_schema = \"_app\";")]
        [InlineData("SELECT '\"_allow_resetlogs_corruption\"' FROM dual;")]
        [InlineData("/* ALTER SYSTEM SET \"_x\" = 1; */ SELECT 1 FROM dual;")]
        public void Quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
    }
}

using System.Linq;
using SchemaGuard.Core.Catalog;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary><c>schemaguard rules</c> and <c>schemaguard explain</c>.</summary>
    public class RulesAndExplainTests
    {
        [Fact]
        public void Rules_lists_every_page_with_id_name_severity_dialects_and_title()
        {
            var run = CliRunner.Run("rules");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            var lines = run.Output.TrimEnd('\n').Split('\n');
            Assert.Matches("^ID +NAME +SEVERITY +DIALECTS +TITLE$", lines[0]);
            Assert.Equal(RuleCatalog.Default.Pages.Count + 2, lines.Length);
            var purge = lines.Single(l => l.StartsWith("SG1005 "));
            Assert.Matches("^SG1005 +drop-table-purge +warning +oracle +DROP TABLE \\.\\.\\. PURGE bypasses the recycle bin$", purge);
            Assert.Matches("^SG9001 +unreadable-statement +warning +all +", lines.Single(l => l.StartsWith("SG9001 ")));
        }

        [Theory]
        [InlineData("SG1005")]
        [InlineData("sg1005")]
        [InlineData("drop-table-purge")]
        public void Explain_prints_the_page_by_id_or_name(string key)
        {
            var run = CliRunner.Run("explain", key);

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.StartsWith("# SG1005 drop-table-purge\n", run.Output);
            Assert.Contains("## What to do instead", run.Output);
            Assert.DoesNotContain("severity: warning", run.Output);
            Assert.EndsWith("Page: https://github.com/schemaguard/schemaguard/blob/main/rules/SG1005.md\n", run.Output);
        }

        [Fact]
        public void Explain_suggests_close_names()
        {
            var run = CliRunner.Run("explain", "purge");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains("Did you mean: SG1005 drop-table-purge?", run.Error);
        }
    }
}

using System;
using SchemaGuard.Cli.Output;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>Escaping in the GitHub workflow commands and the Markdown table, where a stray character would break the line or the table.</summary>
    public class ReportEscapingTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        [Theory]
        [InlineData("100% done", "100%25 done")]
        [InlineData("one\ntwo\r\nthree", "one%0Atwo%0D%0Athree")]
        [InlineData("a, b: c", "a, b: c")]
        public void GitHub_messages_escape_percent_cr_and_lf(string value, string expected) =>
            Assert.Equal(expected, GitHubReportWriter.EscapeData(value));

        [Theory]
        [InlineData("db/a,b.sql", "db/a%2Cb.sql")]
        [InlineData("C:\\db\\x.sql", "C%3A\\db\\x.sql")]
        [InlineData("50%\nx", "50%25%0Ax")]
        public void GitHub_properties_also_escape_colon_and_comma(string value, string expected) =>
            Assert.Equal(expected, GitHubReportWriter.EscapeProperty(value));

        [Fact]
        public void GitHub_annotations_for_a_file_with_a_comma_and_percent_in_its_name_stay_one_line()
        {
            _folder.Write("db/V1__a,b 100%.sql", "DROP TABLE t PURGE;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "db", "-d", "oracle", "--format", "github");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Single(run.Output.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("::warning file=db/V1__a%2Cb 100%25.sql,line=1,col=14,endLine=1,endColumn=19,title=SG1005 drop-table-purge::", run.Output);
        }

        [Theory]
        [InlineData("a | b", "a \\| b")]
        [InlineData("line one\nline two\n", "line one<br>line two")]
        [InlineData("<script> & co", "&lt;script&gt; &amp; co")]
        public void Markdown_cells_escape_pipes_breaks_and_html(string value, string expected) =>
            Assert.Equal(expected, MarkdownReportWriter.Cell(value));

        [Fact]
        public void Markdown_without_findings_says_so()
        {
            _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle", "--format", "markdown");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Equal("## SchemaGuard\n\n| Errors | Warnings | Info | Suppressed | Files |\n|---:|---:|---:|---:|---:|\n| 0 | 0 | 0 | 0 | 1 |\n\nNo findings.\n", run.Output);
        }
    }
}

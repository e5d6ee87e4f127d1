using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Findings;

namespace SchemaGuard.Cli.Output
{
    /// <summary>
    /// A Markdown summary for a pull-request comment or <c>$GITHUB_STEP_SUMMARY</c>: counts by severity, then a table of
    /// the unsuppressed findings with location, a link to the rule's page, the message and the alternative.
    /// </summary>
    public sealed class MarkdownReportWriter : IReportWriter
    {
        /// <inheritdoc />
        public void Write(LintReport report, TextWriter writer)
        {
            var sb = new StringBuilder();
            sb.Append("## SchemaGuard\n\n");
            sb.Append("| Errors | Warnings | Info | Suppressed | Files |\n|---:|---:|---:|---:|---:|\n");
            sb.Append("| ").Append(Number(report.Count(Severity.Error)))
                .Append(" | ").Append(Number(report.Count(Severity.Warning)))
                .Append(" | ").Append(Number(report.Count(Severity.Info)))
                .Append(" | ").Append(Number(report.SuppressedCount))
                .Append(" | ").Append(Number(report.FileCount)).Append(" |\n\n");

            var active = report.Active.ToList();
            if (active.Count == 0)
            {
                sb.Append("No findings.\n");
            }
            else
            {
                sb.Append("| Severity | Location | Rule | Message | Instead |\n|---|---|---|---|---|\n");
                foreach (var f in active)
                {
                    var page = report.Catalog.Find(f.RuleId);
                    string rule = f.RuleId + " " + f.RuleName;
                    sb.Append("| ").Append(ReportFormats.SeverityWord(f.Severity));
                    sb.Append(" | `").Append(Cell(report.DisplayPath(f.FilePath)).Replace("`", "'")).Append(':').Append(f.Start.Line).Append(':').Append(f.Start.Column).Append('`');
                    sb.Append(" | ").Append(page == null ? Cell(rule) : "[" + Cell(rule) + "](" + ToolInfo.HelpUri(page) + ")");
                    sb.Append(" | ").Append(Cell(f.Message));
                    sb.Append(" | ").Append(f.Alternative == null ? string.Empty : Cell(f.Alternative));
                    sb.Append(" |\n");
                }
            }

            writer.Write(sb.ToString());
        }

        /// <summary>Text made safe for a table cell: pipes escaped, line breaks as <c>&lt;br&gt;</c>, HTML-significant characters escaped.</summary>
        public static string Cell(string text) =>
            text.Replace("\r\n", "\n").Trim('\n')
                .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
                .Replace("|", "\\|").Replace("\n", "<br>");

        private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}

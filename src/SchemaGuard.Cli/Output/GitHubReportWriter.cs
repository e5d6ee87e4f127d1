using System.IO;
using System.Text;
using SchemaGuard.Core.Findings;

namespace SchemaGuard.Cli.Output
{
    /// <summary>
    /// GitHub Actions workflow commands, one per unsuppressed finding, which the runner turns into annotations on the
    /// pull request: <c>::warning file=db/V1.sql,line=3,col=5,endLine=3,endColumn=22,title=SG1001 fk-on-delete-cascade::message</c>.
    /// Info findings become <c>::notice</c>. Values are escaped as the runner expects: <c>%</c>, CR and LF everywhere,
    /// and <c>:</c> and <c>,</c> too inside properties.
    /// </summary>
    public sealed class GitHubReportWriter : IReportWriter
    {
        /// <inheritdoc />
        public void Write(LintReport report, TextWriter writer)
        {
            foreach (var finding in report.Active)
            {
                var sb = new StringBuilder();
                sb.Append("::").Append(Command(finding.Severity)).Append(' ');
                sb.Append("file=").Append(EscapeProperty(report.RelativeUri(finding.FilePath) ?? finding.FilePath));
                sb.Append(",line=").Append(finding.Start.Line);
                sb.Append(",col=").Append(finding.Start.Column);
                sb.Append(",endLine=").Append(finding.End.Line);
                sb.Append(",endColumn=").Append(finding.End.Column);
                sb.Append(",title=").Append(EscapeProperty(finding.RuleId + " " + finding.RuleName));
                sb.Append("::");
                sb.Append(EscapeData(finding.Alternative == null ? finding.Message : finding.Message + "\nInstead: " + finding.Alternative));
                writer.Write(sb.ToString());
                writer.Write('\n');
            }
        }

        /// <summary>Escapes a command's message.</summary>
        public static string EscapeData(string value) =>
            value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        /// <summary>Escapes a property value.</summary>
        public static string EscapeProperty(string value) =>
            EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");

        private static string Command(Severity severity) =>
            severity == Severity.Error ? "error" : severity == Severity.Warning ? "warning" : "notice";
    }
}

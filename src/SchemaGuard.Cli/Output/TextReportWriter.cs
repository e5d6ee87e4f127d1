using System;
using System.Globalization;
using System.IO;
using System.Text;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Cli.Output
{
    /// <summary>
    /// One compiler-style line per unsuppressed finding, <c>path(line,col): warning SG1005: message [drop-table-purge]</c>,
    /// which IDEs and CI problem matchers read; with excerpts (a terminal), the source line below it with the span
    /// underlined and an <c>instead:</c> line with the alternative; then a summary line.
    /// </summary>
    public sealed class TextReportWriter : IReportWriter
    {
        private const string Reset = "\u001b[0m";
        private const string Bold = "\u001b[1m";
        private const string Red = "\u001b[31m";
        private const string Yellow = "\u001b[33m";
        private const string Cyan = "\u001b[36m";
        private const string Green = "\u001b[32m";
        private const string Dim = "\u001b[2m";

        private readonly TextStyle _style;

        /// <summary>Creates the writer.</summary>
        public TextReportWriter(TextStyle style) => _style = style ?? TextStyle.Plain;

        /// <inheritdoc />
        public void Write(LintReport report, TextWriter writer)
        {
            foreach (var finding in report.Active)
            {
                writer.Write(Paint(Bold, report.DisplayPath(finding.FilePath) + "(" + finding.Start.Line + "," + finding.Start.Column + ")"));
                writer.Write(": ");
                writer.Write(Paint(ColorOf(finding.Severity), ReportFormats.SeverityWord(finding.Severity)));
                writer.Write(" " + finding.RuleId + ": " + finding.Message + " [" + finding.RuleName + "]");
                writer.Write('\n');
                if (_style.ShowExcerpts) WriteExcerpt(report, finding, writer);
            }

            writer.Write(Summary(report));
            writer.Write('\n');
        }

        /// <summary><c>1 error, 2 warnings, 0 info; 1 suppressed; 4 files linted in 0.12 s.</c></summary>
        internal string Summary(LintReport report)
        {
            int errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning), infos = report.Count(Severity.Info);
            var sb = new StringBuilder();
            sb.Append(Paint(errors > 0 ? Red : Green, Plural(errors, "error"))).Append(", ");
            sb.Append(Paint(warnings > 0 ? Yellow : Green, Plural(warnings, "warning"))).Append(", ");
            sb.Append(infos.ToString(CultureInfo.InvariantCulture)).Append(" info");
            if (report.SuppressedCount > 0) sb.Append("; ").Append(report.SuppressedCount.ToString(CultureInfo.InvariantCulture)).Append(" suppressed");
            sb.Append("; ").Append(Plural(report.FileCount, "file")).Append(" linted in ")
                .Append(report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)).Append(" s.");
            return sb.ToString();
        }

        private void WriteExcerpt(LintReport report, Finding finding, TextWriter writer)
        {
            var source = report.GetSource(finding.FilePath);
            if (source != null)
            {
                int lineNumber = finding.Start.Line;
                string line = LineText(source, lineNumber);
                string number = lineNumber.ToString(CultureInfo.InvariantCulture);
                string gutter = new string(' ', number.Length + 3);
                writer.Write(Paint(Dim, "  " + number + " | ") + line + "\n");

                // Whitespace before the span copies the line's own tabs so the caret lands under the clause.
                int column = Math.Min(finding.Start.Column - 1, line.Length);
                int end = finding.End.Line == lineNumber ? Math.Min(finding.End.Column - 1, line.Length) : line.Length;
                var marker = new StringBuilder();
                for (int i = 0; i < column; i++) marker.Append(line[i] == '\t' ? '\t' : ' ');
                marker.Append('^');
                for (int i = column + 1; i < end; i++) marker.Append('~');
                writer.Write(Paint(Dim, gutter + "| ") + Paint(ColorOf(finding.Severity), marker.ToString()) + "\n");
                if (finding.Alternative != null) WriteInstead(finding.Alternative, gutter, writer);
            }
            else if (finding.Alternative != null)
            {
                WriteInstead(finding.Alternative, "    ", writer);
            }

            writer.Write('\n');
        }

        private void WriteInstead(string alternative, string gutter, TextWriter writer)
        {
            const string Label = "= instead: ";
            string[] lines = alternative.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            writer.Write(gutter + Paint(Green, Label) + lines[0] + "\n");
            for (int i = 1; i < lines.Length; i++) writer.Write(gutter + new string(' ', Label.Length) + lines[i] + "\n");
        }

        private static string LineText(SourceText source, int line)
        {
            var lines = source.Lines;
            int start = lines.GetLineStart(line);
            int end = line < lines.LineCount ? lines.GetLineStart(line + 1) : source.Length;
            while (end > start && (source.Text[end - 1] == '\n' || source.Text[end - 1] == '\r')) end--;
            return source.Text.Substring(start, end - start);
        }

        private string Paint(string color, string text) => _style.Color ? color + text + Reset : text;

        private static string ColorOf(Severity severity) =>
            severity == Severity.Error ? Red : severity == Severity.Warning ? Yellow : Cyan;

        private static string Plural(int count, string word) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + word + (count == 1 ? string.Empty : "s");
    }
}

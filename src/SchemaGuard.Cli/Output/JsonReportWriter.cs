using System.IO;
using System.Text.Json;
using SchemaGuard.Core.Findings;

namespace SchemaGuard.Cli.Output
{
    /// <summary>
    /// SchemaGuard's own JSON report, version <see cref="SchemaVersion"/> (documented in docs/cli.md): the tool, a summary,
    /// and every finding with its rule, severity, location, message, alternative, fix edits, fingerprint and suppression.
    /// Fields are only ever added within a version; a change in meaning or a removal raises the version.
    /// </summary>
    public sealed class JsonReportWriter : IReportWriter
    {
        /// <summary>The report format's version.</summary>
        public const int SchemaVersion = 1;

        /// <inheritdoc />
        public void Write(LintReport report, TextWriter writer) => JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("version", ToolInfo.SemanticVersion);
            json.WriteString("informationUri", ToolInfo.InformationUri);
            json.WriteEndObject();

            json.WriteStartObject("summary");
            json.WriteNumber("files", report.FileCount);
            json.WriteNumber("errors", report.Count(Severity.Error));
            json.WriteNumber("warnings", report.Count(Severity.Warning));
            json.WriteNumber("infos", report.Count(Severity.Info));
            json.WriteNumber("suppressed", report.SuppressedCount);
            json.WriteEndObject();

            json.WriteStartArray("findings");
            foreach (var finding in report.Findings) WriteFinding(report, finding, json);
            json.WriteEndArray();
            json.WriteEndObject();
        });

        private static void WriteFinding(LintReport report, Finding finding, Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("ruleName", finding.RuleName);
            json.WriteString("severity", ReportFormats.SeverityWord(finding.Severity));
            json.WriteString("path", report.RelativeUri(finding.FilePath) ?? finding.FilePath);
            json.WriteNumber("startLine", finding.Start.Line);
            json.WriteNumber("startColumn", finding.Start.Column);
            json.WriteNumber("endLine", finding.End.Line);
            json.WriteNumber("endColumn", finding.End.Column);
            json.WriteString("message", finding.Message);
            json.StringOrNull("alternative", finding.Alternative);

            json.WriteStartArray("fix");
            var source = report.GetSource(finding.FilePath);
            if (source != null)
            {
                foreach (var edit in finding.Fix)
                {
                    var start = source.GetPosition(edit.Span.Start);
                    var end = source.GetPosition(edit.Span.End);
                    json.WriteStartObject();
                    json.WriteNumber("startLine", start.Line);
                    json.WriteNumber("startColumn", start.Column);
                    json.WriteNumber("endLine", end.Line);
                    json.WriteNumber("endColumn", end.Column);
                    json.WriteNumber("offset", edit.Span.Start);
                    json.WriteNumber("length", edit.Span.Length);
                    json.WriteString("newText", edit.NewText);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteString("fingerprint", finding.Fingerprint);
            if (finding.Suppression == null)
            {
                json.WriteNull("suppression");
            }
            else
            {
                json.WriteStartObject("suppression");
                json.WriteString("kind", finding.Suppression.Kind == SuppressionKind.Inline ? "inline" : "baseline");
                json.StringOrNull("justification", finding.Suppression.Justification);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }
    }
}

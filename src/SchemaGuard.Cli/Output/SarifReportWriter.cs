using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Cli.Output
{
    /// <summary>
    /// SARIF 2.1.0 as GitHub code scanning reads it: one run whose driver lists every rule with its page's metadata,
    /// and one result per finding, suppressed ones included with their suppression (<c>inSource</c> for comments,
    /// <c>external</c> for the baseline). Locations are relative to <c>%SRCROOT%</c> (the current folder), and
    /// <c>partialFingerprints</c> carries the finding's fingerprint, which does not move when lines do.
    /// </summary>
    public sealed class SarifReportWriter : IReportWriter
    {
        /// <summary>The key of SchemaGuard's fingerprint in <c>partialFingerprints</c>.</summary>
        public const string FingerprintKey = "schemaguardFingerprint/v1";

        private const string SourceRoot = "%SRCROOT%";

        /// <inheritdoc />
        public void Write(LintReport report, TextWriter writer) => JsonOutput.Write(writer, json =>
        {
            var pages = report.Catalog.Pages;
            var ruleIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < pages.Count; i++) ruleIndex[pages[i].Id] = i;

            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolInfo.Name);
            json.WriteString("semanticVersion", ToolInfo.SemanticVersion);
            json.WriteString("informationUri", ToolInfo.InformationUri);
            json.WriteStartArray("rules");
            foreach (var page in pages) WriteRule(page, json);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", report.RootUri);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(report, finding, ruleIndex.TryGetValue(finding.RuleId, out int index) ? index : -1, json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });

        private static void WriteRule(RulePage page, Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("id", page.Id);
            json.WriteString("name", page.Name);
            Message(json, "shortDescription", page.Title);
            Message(json, "fullDescription", page.Description);
            json.WriteStartObject("help");
            json.WriteString("text", HelpText(page));
            json.WriteString("markdown", page.Markdown);
            json.WriteEndObject();
            json.WriteString("helpUri", ToolInfo.HelpUri(page));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(page.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", page.Category.Name);
            json.WriteStartArray("tags");
            json.WriteStringValue(page.Category.Name);
            foreach (var tag in page.Tags.Where(t => !string.Equals(t, page.Category.Name, StringComparison.Ordinal))) json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteResult(LintReport report, Finding finding, int ruleIndex, Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            if (ruleIndex >= 0) json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", Level(finding.Severity));
            Message(json, "message", finding.Alternative == null ? finding.Message : finding.Message + "\nInstead: " + finding.Alternative);

            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            ArtifactLocation(report, finding.FilePath, json);
            Region(json, "region", finding.Start, finding.End);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, finding.Fingerprint);
            json.WriteEndObject();

            var source = report.GetSource(finding.FilePath);
            if (finding.Fix.Count > 0 && source != null) WriteFix(report, finding, source, json);

            if (finding.Suppression != null)
            {
                json.WriteStartArray("suppressions");
                json.WriteStartObject();
                json.WriteString("kind", finding.Suppression.Kind == SuppressionKind.Inline ? "inSource" : "external");
                json.WriteString("status", "accepted");
                if (finding.Suppression.Justification != null) json.WriteString("justification", finding.Suppression.Justification);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteStartObject("properties");
            json.WriteString("ruleName", finding.RuleName);
            if (finding.Alternative != null) json.WriteString("alternative", finding.Alternative);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteFix(LintReport report, Finding finding, SourceText source, Utf8JsonWriter json)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            Message(json, "description", finding.Alternative ?? "Apply SchemaGuard's fix for " + finding.RuleName + ".");
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            ArtifactLocation(report, finding.FilePath, json);
            json.WriteStartArray("replacements");
            foreach (var edit in finding.Fix)
            {
                json.WriteStartObject();
                Region(json, "deletedRegion", source.GetPosition(edit.Span.Start), source.GetPosition(edit.Span.End));
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        private static void ArtifactLocation(LintReport report, string path, Utf8JsonWriter json)
        {
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", report.Uri(path));
            if (report.RelativeUri(path) != null) json.WriteString("uriBaseId", SourceRoot);
            json.WriteEndObject();
        }

        private static void Region(Utf8JsonWriter json, string name, LinePosition start, LinePosition end)
        {
            json.WriteStartObject(name);
            json.WriteNumber("startLine", start.Line);
            json.WriteNumber("startColumn", start.Column);
            json.WriteNumber("endLine", end.Line);
            json.WriteNumber("endColumn", end.Column);
            json.WriteEndObject();
        }

        private static void Message(Utf8JsonWriter json, string name, string text)
        {
            json.WriteStartObject(name);
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        private static string HelpText(RulePage page)
        {
            // The first paragraph of "What to do instead" often leads into a code block ("...:"); as plain text it ends the sentence.
            string instead = page.GetSection(RulePage.InsteadSection)?.FirstParagraph.TrimEnd(':') ?? string.Empty;
            if (instead.Length > 0 && !instead.EndsWith(".", StringComparison.Ordinal)) instead += ".";
            return page.Title + ".\n\n" + page.Description + (instead.Length == 0 ? string.Empty : "\n\nWhat to do instead: " + instead) +
                "\n\nSee " + ToolInfo.HelpUri(page) + ".";
        }

        private static string Level(Severity severity)
        {
            switch (severity)
            {
                case Severity.Error: return "error";
                case Severity.Warning: return "warning";
                case Severity.Info: return "note";
                default: return "none";
            }
        }
    }
}

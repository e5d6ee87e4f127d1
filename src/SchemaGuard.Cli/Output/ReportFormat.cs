using System;
using System.Collections.Generic;
using System.IO;
using SchemaGuard.Core.Findings;

namespace SchemaGuard.Cli.Output
{
    /// <summary>The output formats of <c>lint --format</c>.</summary>
    public enum ReportFormat
    {
        /// <summary>Compiler-style lines and a summary.</summary>
        Text,

        /// <summary>SchemaGuard's versioned JSON (docs/cli.md).</summary>
        Json,

        /// <summary>SARIF 2.1.0.</summary>
        Sarif,

        /// <summary>GitHub Actions workflow commands (annotations).</summary>
        GitHub,

        /// <summary>A Markdown summary for a pull-request comment or <c>$GITHUB_STEP_SUMMARY</c>.</summary>
        Markdown,
    }

    /// <summary>Writes a report in one format.</summary>
    public interface IReportWriter
    {
        /// <summary>Writes the whole report.</summary>
        void Write(LintReport report, TextWriter writer);
    }

    /// <summary>Format names and the writer of each.</summary>
    public static class ReportFormats
    {
        /// <summary>The names <c>--format</c> accepts, in help order.</summary>
        public static IReadOnlyList<string> Names { get; } = new[] { "text", "json", "sarif", "github", "markdown" };

        /// <summary>Reads a format name (as listed in <see cref="Names"/>).</summary>
        public static ReportFormat Parse(string? name)
        {
            switch ((name ?? "text").ToLowerInvariant())
            {
                case "text": return ReportFormat.Text;
                case "json": return ReportFormat.Json;
                case "sarif": return ReportFormat.Sarif;
                case "github": return ReportFormat.GitHub;
                case "markdown": return ReportFormat.Markdown;
                default: throw new UsageException("Unknown format '" + name + "'. Use one of: " + string.Join(", ", Names) + ".");
            }
        }

        /// <summary>The writer of a format; <paramref name="text"/> says how the text format decorates its lines.</summary>
        public static IReportWriter Create(ReportFormat format, TextStyle text)
        {
            switch (format)
            {
                case ReportFormat.Text: return new TextReportWriter(text);
                case ReportFormat.Json: return new JsonReportWriter();
                case ReportFormat.Sarif: return new SarifReportWriter();
                case ReportFormat.GitHub: return new GitHubReportWriter();
                case ReportFormat.Markdown: return new MarkdownReportWriter();
                default: throw new ArgumentOutOfRangeException(nameof(format));
            }
        }

        /// <summary>The word a report uses for a severity: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
        public static string SeverityWord(Severity severity) => SeverityNames.ToPageName(severity);
    }

    /// <summary>How the text format decorates its lines.</summary>
    public sealed class TextStyle
    {
        /// <summary>Creates a style.</summary>
        public TextStyle(bool showExcerpts, bool color)
        {
            ShowExcerpts = showExcerpts;
            Color = color;
        }

        /// <summary>Plain compiler-style lines: no excerpts, no colour (files, pipes, <c>--no-color</c>).</summary>
        public static TextStyle Plain { get; } = new TextStyle(false, false);

        /// <summary>Whether each finding is followed by its source line, underlined, and an <c>instead:</c> line.</summary>
        public bool ShowExcerpts { get; }

        /// <summary>Whether ANSI colours are used.</summary>
        public bool Color { get; }
    }
}

using System;

namespace SchemaGuard.Core.Findings
{
    /// <summary>The words users write for severities, on rule pages and in <c>.editorconfig</c>.</summary>
    public static class SeverityNames
    {
        /// <summary>
        /// Reads a rule page severity: <c>error</c>, <c>warning</c> or <c>info</c> (lower case, as pages write them).
        /// </summary>
        public static bool TryParsePageSeverity(string? text, out Severity severity)
        {
            switch (text)
            {
                case "error": severity = Severity.Error; return true;
                case "warning": severity = Severity.Warning; return true;
                case "info": severity = Severity.Info; return true;
                default: severity = Severity.None; return false;
            }
        }

        /// <summary>
        /// Reads a Roslyn severity value as written after <c>dotnet_diagnostic.&lt;id&gt;.severity</c>, ignoring case:
        /// <c>error</c>, <c>warning</c>, <c>suggestion</c> (or <c>info</c>), <c>silent</c> (or <c>hidden</c>), <c>none</c>.
        /// <c>default</c> gives null: no override.
        /// </summary>
        public static bool TryParseEditorConfigSeverity(string? text, out Severity? severity)
        {
            switch ((text ?? string.Empty).Trim().ToLowerInvariant())
            {
                case "error": severity = Severity.Error; return true;
                case "warning": severity = Severity.Warning; return true;
                case "suggestion": case "info": severity = Severity.Info; return true;
                case "silent": case "hidden": severity = Severity.Hidden; return true;
                case "none": severity = Severity.None; return true;
                case "default": severity = null; return true;
                default: severity = null; return false;
            }
        }

        /// <summary>The page word for a severity (<c>error</c>, <c>warning</c>, <c>info</c>, <c>hidden</c>, <c>none</c>).</summary>
        public static string ToPageName(Severity severity)
        {
            switch (severity)
            {
                case Severity.Error: return "error";
                case Severity.Warning: return "warning";
                case Severity.Info: return "info";
                case Severity.Hidden: return "hidden";
                case Severity.None: return "none";
                default: throw new ArgumentOutOfRangeException(nameof(severity));
            }
        }
    }
}

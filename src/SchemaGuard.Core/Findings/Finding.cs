using System;
using System.Collections.Generic;
using SchemaGuard.Core.Suppression;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Findings
{
    /// <summary>
    /// One thing SchemaGuard reports: which rule, where exactly, what is wrong (naming the objects involved), what
    /// to do instead and, where it is mechanical and safe, the edits that do it. Suppressed findings are kept with
    /// <see cref="Suppression"/> set so that reports (SARIF) can still show them.
    /// </summary>
    public sealed class Finding
    {
        private static readonly IReadOnlyList<TextEdit> NoEdits = new TextEdit[0];

        /// <summary>Creates a finding located in <paramref name="source"/>.</summary>
        /// <param name="ruleId">The SGxxxx id.</param>
        /// <param name="ruleName">The rule's kebab-case name.</param>
        /// <param name="severity">The effective severity (not <see cref="Severity.None"/>).</param>
        /// <param name="source">The file the finding is in; only its path and line map are kept.</param>
        /// <param name="span">The offending clause.</param>
        /// <param name="message">What is wrong, naming the objects involved.</param>
        /// <param name="alternative">What to do instead, ideally the statement to run.</param>
        /// <param name="fix">Edits that apply the alternative, when that is mechanical and safe.</param>
        /// <param name="fingerprint">
        /// The stable identity used by baselines and SARIF; when null it is computed from the rule id and the text of
        /// the lines the span covers (the engine passes one computed from the enclosing statement).
        /// </param>
        public Finding(
            string ruleId,
            string ruleName,
            Severity severity,
            SourceText source,
            TextSpan span,
            string message,
            string? alternative = null,
            IReadOnlyList<TextEdit>? fix = null,
            string? fingerprint = null)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (span.End > source.Length) throw new ArgumentOutOfRangeException(nameof(span), "The span " + span + " lies outside the text (length " + source.Length + ").");
            if (severity == Severity.None) throw new ArgumentOutOfRangeException(nameof(severity), "A finding needs a severity; None switches a rule off.");
            RuleId = ruleId ?? throw new ArgumentNullException(nameof(ruleId));
            RuleName = ruleName ?? throw new ArgumentNullException(nameof(ruleName));
            Severity = severity;
            FilePath = source.Path;
            Span = span;
            Start = source.GetPosition(span.Start);
            End = source.GetPosition(span.End);
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Alternative = string.IsNullOrWhiteSpace(alternative) ? null : alternative;
            Fix = fix ?? NoEdits;
            Fingerprint = fingerprint ?? FindingFingerprint.FromLines(ruleId, source, span);
        }

        /// <summary>The rule's id (<c>SG1005</c>).</summary>
        public string RuleId { get; }

        /// <summary>The rule's kebab-case name (<c>drop-table-purge</c>), used in suppressions and SARIF.</summary>
        public string RuleName { get; }

        /// <summary>The effective severity, after settings.</summary>
        public Severity Severity { get; }

        /// <summary>The path of the file, as the script was given.</summary>
        public string FilePath { get; }

        /// <summary>The offending clause.</summary>
        public TextSpan Span { get; }

        /// <summary>Line and column where the span starts (1-based).</summary>
        public LinePosition Start { get; }

        /// <summary>Line and column just past the span (1-based).</summary>
        public LinePosition End { get; }

        /// <summary>What is wrong, naming the objects involved.</summary>
        public string Message { get; }

        /// <summary>What to do instead, for this case; null when the rule has nothing specific to add.</summary>
        public string? Alternative { get; }

        /// <summary>Edits that apply the alternative (empty when there is no mechanical fix).</summary>
        public IReadOnlyList<TextEdit> Fix { get; }

        /// <summary>
        /// A stable hash (hex) of the rule id and the normalized text of the statement the finding is in: it does not
        /// change when lines move. Baselines match on it; SARIF reports it in <c>partialFingerprints</c>.
        /// </summary>
        public string Fingerprint { get; }

        /// <summary>Set when an inline comment or the baseline suppresses the finding.</summary>
        public SuppressionInfo? Suppression { get; internal set; }

        /// <summary>Whether the finding is suppressed.</summary>
        public bool IsSuppressed => Suppression != null;

        /// <summary>The compiler-style line: <c>path(line,col): warning SG1005: message</c>.</summary>
        public override string ToString() =>
            FilePath + "(" + Start.Line + "," + Start.Column + "): " + SeverityNames.ToPageName(Severity) + " " + RuleId + ": " + Message;
    }
}

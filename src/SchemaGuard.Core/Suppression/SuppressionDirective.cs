using System;
using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Suppression
{
    /// <summary>The kinds of suppression comment.</summary>
    public enum SuppressionDirectiveKind
    {
        /// <summary><c>schemaguard-disable-next-line</c>: the next line that has code.</summary>
        DisableNextLine,

        /// <summary><c>schemaguard-disable</c>: from here to the matching <c>schemaguard-enable</c> or the end of the file.</summary>
        Disable,

        /// <summary><c>schemaguard-enable</c>: ends a <c>schemaguard-disable</c>.</summary>
        Enable,

        /// <summary><c>schemaguard-disable-file</c>: the whole file, wherever the comment is.</summary>
        DisableFile,
    }

    /// <summary>A suppression comment as read from the SQL.</summary>
    public sealed class SuppressionDirective
    {
        internal SuppressionDirective(SuppressionDirectiveKind kind, TextSpan span, IReadOnlyList<string> ruleIds, bool allRules, string? reason, int targetLine)
        {
            Kind = kind;
            Span = span;
            RuleIds = ruleIds;
            AppliesToAllRules = allRules;
            Reason = reason;
            TargetLine = targetLine;
        }

        /// <summary>What it does.</summary>
        public SuppressionDirectiveKind Kind { get; }

        /// <summary>The comment.</summary>
        public TextSpan Span { get; }

        /// <summary>The ids of the rules it names (names resolved to ids; unknown names left out).</summary>
        public IReadOnlyList<string> RuleIds { get; }

        /// <summary>Whether it names no rule and so applies to all of them.</summary>
        public bool AppliesToAllRules { get; }

        /// <summary>The reason written after <c>--</c>, or null.</summary>
        public string? Reason { get; }

        /// <summary>For <see cref="SuppressionDirectiveKind.DisableNextLine"/>, the 1-based line it covers (0 when no code follows).</summary>
        public int TargetLine { get; }

        /// <summary>Whether it concerns the rule.</summary>
        public bool Covers(string ruleId)
        {
            if (AppliesToAllRules) return true;
            foreach (var id in RuleIds)
            {
                if (string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }

    /// <summary>A suppression comment that names an unknown rule or is misspelled (reported as SG9002).</summary>
    public sealed class SuppressionProblem
    {
        internal SuppressionProblem(TextSpan span, string message)
        {
            Span = span;
            Message = message;
        }

        /// <summary>The unknown name or directive.</summary>
        public TextSpan Span { get; }

        /// <summary>What is wrong.</summary>
        public string Message { get; }
    }
}

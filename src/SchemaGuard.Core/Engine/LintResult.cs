using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Findings;

namespace SchemaGuard.Core.Engine
{
    /// <summary>What a lint run found: every finding, suppressed ones included, by file in the order given, then by position.</summary>
    public sealed class LintResult
    {
        internal LintResult(IReadOnlyList<Finding> findings) => Findings = findings;

        /// <summary>Every finding, suppressed ones included.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>The findings no comment or baseline suppresses.</summary>
        public IEnumerable<Finding> Unsuppressed => Findings.Where(f => !f.IsSuppressed);

        /// <summary>Whether an unsuppressed finding has at least <paramref name="severity"/> (the CLI's <c>--fail-on</c>).</summary>
        public bool HasUnsuppressedAtOrAbove(Severity severity) => Findings.Any(f => !f.IsSuppressed && f.Severity >= severity);
    }
}

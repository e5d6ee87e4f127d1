using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;

namespace SchemaGuard.Core.Engine
{
    /// <summary>What a lint run found: every finding, suppressed ones included, by file in the order given, then by position.</summary>
    public sealed class LintResult
    {
        private static readonly IReadOnlyList<ReplayNote> NoNotes = new ReplayNote[0];

        internal LintResult(IReadOnlyList<Finding> findings, SchemaCatalog? schema = null, IReadOnlyList<ReplayNote>? replayNotes = null)
        {
            Findings = findings;
            Schema = schema ?? new SchemaCatalog();
            ReplayNotes = replayNotes ?? NoNotes;
        }

        /// <summary>The schema as the snapshot and every linted file left it.</summary>
        public SchemaCatalog Schema { get; }

        /// <summary>
        /// What did not fit the catalog while replaying (a table no replayed statement created, a table created twice), in
        /// order, snapshot first. Usually a sign of partial history; for verbose output, never findings.
        /// </summary>
        public IReadOnlyList<ReplayNote> ReplayNotes { get; }

        /// <summary>Every finding, suppressed ones included.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>The findings no comment or baseline suppresses.</summary>
        public IEnumerable<Finding> Unsuppressed => Findings.Where(f => !f.IsSuppressed);

        /// <summary>Whether an unsuppressed finding has at least <paramref name="severity"/> (the CLI's <c>--fail-on</c>).</summary>
        public bool HasUnsuppressedAtOrAbove(Severity severity) => Findings.Any(f => !f.IsSuppressed && f.Severity >= severity);
    }
}

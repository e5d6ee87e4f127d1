using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Rules;

namespace SchemaGuard.Cli.Linting
{
    /// <summary>
    /// The one place the CLI calls the rule engine. Everything before it (selection, settings, migration order, parsing)
    /// and after it (baseline, --changed-since, reports) works on engine-neutral types: <see cref="LintRequest"/> in,
    /// <see cref="Finding"/>s out. When the engine's API changes, only this class changes.
    /// </summary>
    public sealed class LintRunner
    {
        private readonly LintEngine _engine;

        /// <summary>A runner over every rule of SchemaGuard.Core.</summary>
        public LintRunner()
            : this(RuleSet.Default)
        {
        }

        /// <summary>A runner over the given rules.</summary>
        public LintRunner(RuleSet rules) => _engine = new LintEngine(rules);

        /// <summary>The rule pages: SARIF rule metadata, <c>rules</c>, <c>explain</c>.</summary>
        public RuleCatalog Catalog => _engine.Rules.Catalog;

        /// <summary>
        /// Lints the request's readable files in order and returns every finding (suppressed ones included, marked), by
        /// file in the request's order, then by position. Unreadable files are the caller's to report.
        /// </summary>
        public IReadOnlyList<Finding> Run(LintRequest request)
        {
            var files = request.Files
                .Where(f => f.Script != null)
                .Select(f => new LintFile(f.Script!, f.Settings, f.IsReplayed));
            var snapshot = request.SchemaSnapshot?.Script is { } script ? new[] { script } : null;
            return _engine.Lint(new Core.Engine.LintRequest(files, snapshot, request.IndexUsage)).Findings;
        }
    }
}

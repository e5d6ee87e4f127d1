using System;
using System.Collections.Generic;
using SchemaGuard.Core.Engine;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// Base of every rule. A rule is one class marked <c>[Rule("SGxxxx")]</c> plus its page; it reads statements, the schema
    /// catalog (<see cref="AnalysisContext.Schema"/>: as it was before the statement) and the index-usage export, and reports
    /// findings through its context. It never reads raw SQL text.
    /// <para>
    /// Two ways in, both optional to override: <see cref="Analyze"/> is called for each statement whose kind is in
    /// <see cref="Kinds"/> (nested statements in PL/SQL blocks included); <see cref="AnalyzeScript"/> is called once per
    /// file, after the statements, for rules that look at sequences (a CTAS, then a DROP, then a RENAME).
    /// </para>
    /// Instances are shared across files and threads: keep no state in fields.
    /// </summary>
    public abstract class SqlRule
    {
        private static readonly IReadOnlyCollection<StatementKind> NoKinds = new StatementKind[0];
        private RuleDescriptor? _descriptor;

        /// <summary>The descriptor from the rule's page; set when the rule joins a <see cref="RuleSet"/>.</summary>
        public RuleDescriptor Descriptor
        {
            get => _descriptor ?? throw new InvalidOperationException(GetType().Name + " has no descriptor yet: rules get theirs when a RuleSet is built.");
            internal set => _descriptor = value;
        }

        /// <summary>Whether the descriptor is set.</summary>
        internal bool HasDescriptor => _descriptor != null;

        /// <summary>The statement kinds <see cref="Analyze"/> wants; empty for rules that only use <see cref="AnalyzeScript"/>.</summary>
        public abstract IReadOnlyCollection<StatementKind> Kinds { get; }

        /// <summary>Looks at one statement of a kind in <see cref="Kinds"/>.</summary>
        public virtual void Analyze(RuleContext context)
        {
        }

        /// <summary>Looks at a whole file once, after every statement was analyzed.</summary>
        public virtual void AnalyzeScript(ScriptContext context)
        {
        }

        /// <summary>Builds a <see cref="Kinds"/> value.</summary>
        protected static IReadOnlyCollection<StatementKind> KindsOf(params StatementKind[] kinds) => kinds.Length == 0 ? NoKinds : kinds;

        /// <inheritdoc />
        public override string ToString() => _descriptor?.ToString() ?? GetType().Name;
    }
}

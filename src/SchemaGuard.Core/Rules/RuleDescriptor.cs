using System;
using System.Collections.Generic;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// What everyone outside a rule needs to know about it (analyzer descriptors, SARIF rule metadata, listings),
    /// taken from its page.
    /// </summary>
    public sealed class RuleDescriptor
    {
        private RuleDescriptor(RulePage page) => Page = page;

        /// <summary>The page it was read from.</summary>
        public RulePage Page { get; }

        /// <summary>The id (<c>SG1005</c>).</summary>
        public string Id => Page.Id;

        /// <summary>The kebab-case name (<c>drop-table-purge</c>).</summary>
        public string Name => Page.Name;

        /// <summary>The one-line title.</summary>
        public string Title => Page.Title;

        /// <summary>The first paragraph of "Why it is dangerous".</summary>
        public string Description => Page.Description;

        /// <summary>The category.</summary>
        public RuleCategory Category => Page.Category;

        /// <summary>The severity when settings do not change it.</summary>
        public Severity DefaultSeverity => Page.Severity;

        /// <summary>The dialect names it applies to.</summary>
        public IReadOnlyList<string> Dialects => Page.Dialects;

        /// <summary>The options with their defaults.</summary>
        public IReadOnlyList<RuleOptionDefinition> Options => Page.Options;

        /// <summary>The page's path in the repository (<c>rules/SG1005.md</c>), for help links.</summary>
        public string HelpPath => "rules/" + Page.FileName;

        /// <summary>Whether the engine itself reports it (SG9xxx diagnostics) rather than a <see cref="SqlRule"/>.</summary>
        public bool IsEngineReported => Engine.EngineDiagnostics.IsEngineReported(Id);

        /// <summary>Builds the descriptor of a page.</summary>
        public static RuleDescriptor FromPage(RulePage page) => new RuleDescriptor(page ?? throw new ArgumentNullException(nameof(page)));

        /// <summary>Whether the rule applies to a dialect.</summary>
        public bool AppliesTo(SqlDialect dialect) => Page.AppliesTo(dialect);

        /// <inheritdoc />
        public override string ToString() => Id + " " + Name;
    }
}

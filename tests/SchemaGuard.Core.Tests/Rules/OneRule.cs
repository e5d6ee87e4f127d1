using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    /// <summary>Runs one real rule through the engine over one file parsed by the real front end, the way the CLI would.</summary>
    internal static class OneRule
    {
        /// <summary>The unsuppressed findings of rule <paramref name="id"/> on <paramref name="sql"/>.</summary>
        internal static IReadOnlyList<Finding> Lint(
            string id, string sql, SqlDialect dialect, string? version = null, Edition edition = Edition.Unspecified, string? option = null, string? value = null) =>
            Run(id, sql, dialect, version, edition, option, value).Where(f => !f.IsSuppressed).ToList();

        /// <summary>The findings of rule <paramref name="id"/> on <paramref name="sql"/>, suppressed ones included (and marked so).</summary>
        internal static IReadOnlyList<Finding> LintWithSuppressed(string id, string sql, SqlDialect dialect, string? version = null, Edition edition = Edition.Unspecified) =>
            Run(id, sql, dialect, version, edition, null, null);

        /// <summary>The single finding of rule <paramref name="id"/> on <paramref name="sql"/>.</summary>
        internal static Finding Single(string id, string sql, SqlDialect dialect, string? version = null, Edition edition = Edition.Unspecified) =>
            Assert.Single(Lint(id, sql, dialect, version, edition));

        /// <summary>The text a finding covers.</summary>
        internal static string Covered(string sql, Finding finding) => sql.Substring(finding.Span.Start, finding.Span.Length);

        /// <summary>The file with the finding's fix applied.</summary>
        internal static string Fixed(string sql, Finding finding)
        {
            Assert.NotEmpty(finding.Fix);
            return TextEdit.Apply(sql, finding.Fix);
        }

        private static List<Finding> Run(string id, string sql, SqlDialect dialect, string? version, Edition edition, string? option, string? value)
        {
            var settings = new LintSettings(dialect, version == null ? null : EngineVersion.Parse(version), edition);
            if (option != null) settings = settings.WithOption(id, option, value);
            var engine = new LintEngine(RuleSet.Default.Only(id));
            var result = engine.Lint(SqlScript.Parse(sql, dialect, "test.sql"), settings);

            // A rule that throws becomes an SG9009 finding, which the filter below would hide.
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "SG9009");
            return result.Findings.Where(f => f.RuleId == id).ToList();
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.Tests.RuleTests
{
    /// <summary>Runs one real rule of SchemaGuard.Core over a script parsed by the real front end.</summary>
    internal static class RuleLint
    {
        internal const string Path = "V1__test.sql";

        /// <summary>The findings of rule <paramref name="id"/> for <paramref name="sql"/>.</summary>
        internal static List<Finding> Run(string id, string sql, SqlDialect dialect, string? version = null, Edition edition = Edition.Unspecified)
        {
            var engine = new LintEngine(RuleSet.Default.Only(id));
            var settings = new LintSettings(dialect, version == null ? null : EngineVersion.Parse(version), edition);
            var result = engine.Lint(SqlScript.Parse(sql, dialect, Path), settings);
            return result.Findings.Where(f => f.RuleId == id).ToList();
        }

        /// <summary>The text a finding underlines.</summary>
        internal static string Underlined(string sql, Finding finding) => sql.Substring(finding.Span.Start, finding.Span.Length);

        /// <summary>The script with the finding's fix applied.</summary>
        internal static string Fixed(string sql, Finding finding) => TextEdit.Apply(sql, finding.Fix);
    }
}

using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.Tests.RuleCases
{
    /// <summary>Runs one real rule over earlier migrations and a checked file, through the parser and the engine.</summary>
    internal static class SchemaRuleRunner
    {
        internal const string CheckedFile = "V9__checked.sql";

        /// <summary>The rule's unsuppressed findings in the checked file; <paramref name="setup"/> are earlier migrations, in order.</summary>
        internal static IReadOnlyList<Finding> Run(string ruleId, SqlDialect dialect, string code, params string[] setup) =>
            Run(ruleId, new LintSettings(dialect), code, setup);

        internal static IReadOnlyList<Finding> Run(string ruleId, LintSettings settings, string code, params string[] setup)
        {
            var files = setup.Select((text, i) => new LintFile(SqlScript.Parse(text, settings.Dialect, "V" + (i + 1) + "__setup.sql"), settings)).ToList();
            files.Add(new LintFile(SqlScript.Parse(code, settings.Dialect, CheckedFile), settings));
            LintResult result = new LintEngine(RuleSet.Default.Only(ruleId)).Lint(new LintRequest(files));
            return result.Findings.Where(f => f.FilePath == CheckedFile && f.RuleId == ruleId && !f.IsSuppressed).ToList();
        }
    }
}

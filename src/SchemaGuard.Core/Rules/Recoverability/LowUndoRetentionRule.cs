using System;
using System.Collections.Generic;
using System.Globalization;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.Recoverability
{
    /// <summary>SG3005: <c>ALTER SYSTEM SET undo_retention</c> below the configured minimum. See rules/SG3005.md.</summary>
    [Rule("SG3005")]
    public sealed class LowUndoRetentionRule : SqlRule
    {
        /// <summary>Oracle's default undo_retention, which <c>ALTER SYSTEM RESET</c> returns to.</summary>
        private const long OracleDefault = 900;

        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.AlterSystem);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            if (!(context.Statement is AlterSystemStatement alter)) return;
            bool reset = alter.Action == "RESET";
            if (alter.Action != "SET" && !reset) return;

            long minimum = context.Options.GetInt64("min_seconds");
            foreach (var setting in alter.Settings)
            {
                if (!string.Equals(setting.Name.Text, "undo_retention", StringComparison.OrdinalIgnoreCase)) continue;
                string setTo = "ALTER SYSTEM SET " + context.GetText(setting.Name) + " = " + minimum.ToString(CultureInfo.InvariantCulture) +
                    (setting.Scope != null ? " SCOPE = " + setting.Scope : string.Empty) + ";";
                if (reset)
                {
                    if (OracleDefault >= minimum) continue;
                    context.Report(
                        setting.Name,
                        "ALTER SYSTEM RESET undo_retention returns it to the default of " + OracleDefault + " seconds, below the minimum of " + minimum +
                        " seconds: a bad DELETE or UPDATE noticed later than that can no longer be undone with flashback query or FLASHBACK TABLE.",
                        setTo + "\n-- and size the undo tablespace for it (or let it autoextend).");
                    continue;
                }

                if (!TryReadSeconds(setting, out long seconds) || seconds >= minimum) continue;
                context.Report(
                    setting.ValueSpan,
                    "undo_retention = " + seconds.ToString(CultureInfo.InvariantCulture) + " keeps committed undo for " + Describe(seconds) + " only, below the minimum of " +
                    minimum.ToString(CultureInfo.InvariantCulture) + " seconds: a bad DELETE or UPDATE noticed later than that can no longer be undone with flashback query or FLASHBACK TABLE.",
                    RuleText.RewriteStatement(context, alter, new[] { new TextEdit(setting.ValueSpan, minimum.ToString(CultureInfo.InvariantCulture)) }) +
                    "\n-- and size the undo tablespace for it (or let it autoextend); ALTER TABLESPACE <undo_tablespace> RETENTION GUARANTEE keeps unexpired undo from being overwritten.");
            }
        }

        /// <summary>The value when it is a whole number (also quoted); false for anything else (a substitution variable, an expression).</summary>
        private static bool TryReadSeconds(ParameterSetting setting, out long seconds)
        {
            seconds = 0;
            return setting.ValueText != null &&
                   long.TryParse(setting.ValueText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
        }

        private static string Describe(long seconds) =>
            seconds < 120 ? seconds + " seconds" : seconds < 7200 ? (seconds / 60) + " minutes" : (seconds / 3600.0).ToString("0.#", CultureInfo.InvariantCulture) + " hours";
    }
}

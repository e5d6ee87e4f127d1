using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

// The namespace is plural: a namespace named EngineVersion would hide the Settings.EngineVersion type from every rule.
namespace SchemaGuard.Core.Rules.EngineVersions
{
    /// <summary>
    /// SG6001: an instant ALTER TABLE (explicit, or ADD/DROP COLUMN by default) when the target is MySQL 8.0.29 to 8.0.31.
    /// Without a configured target version the rule cannot tell and stays quiet. See rules/SG6001.md.
    /// </summary>
    [Rule("SG6001")]
    public sealed class MySqlInstantDdlBuggyVersionRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.AlterTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            if (!(context.Statement is AlterTableStatement alter)) return;
            var version = context.TargetVersion;
            if (version == null || !version.IsInRange("8.0.29", "8.0.32")) return;

            string target = "MySQL " + version.ToNumericString();
            const string Why = "the INSTANT DDL of 8.0.29 to 8.0.31 (row versions for ADD and DROP COLUMN in any position) has bugs that have corrupted tables and crashed servers, fixed in 8.0.32";
            var algorithm = alter.FindOption("ALGORITHM");
            if (algorithm != null && algorithm.ValueIs("INSTANT"))
            {
                context.Report(
                    algorithm,
                    "ALTER TABLE " + context.GetText(alter.Name) + " with ALGORITHM=INSTANT on " + target + ": " + Why + ".",
                    "Upgrade to MySQL 8.0.32 or later first, or force an in-place rebuild, which writes no row versions: " + RuleText.RewriteStatement(context, alter, Inplace(alter, algorithm)));
                return;
            }

            // ALGORITHM=DEFAULT, or none written, lets the server pick INSTANT; a partly read statement may hide an ALGORITHM.
            if ((algorithm != null && !algorithm.ValueIs("DEFAULT")) || alter.IsPartial || CannotBeInstant(alter)) return;
            var columnActions = alter.Actions.Where(a => a is AddColumnsAction || a is DropColumnsAction).ToList();
            if (columnActions.Count == 0) return;

            string what = string.Join(", ", columnActions.Select(Describe));
            var edits = algorithm != null
                ? Inplace(alter, algorithm)
                : new[] { new TextEdit(new TextSpan(alter.Span.End, 0), ", ALGORITHM=INPLACE" + (alter.FindOption("LOCK") == null ? ", LOCK=NONE" : string.Empty)) };
            context.Report(
                columnActions[0],
                "ALTER TABLE " + context.GetText(alter.Name) + " " + what + " runs with ALGORITHM=INSTANT by default on " + target + ": " + Why + ".",
                "Upgrade to MySQL 8.0.32 or later first, or force an in-place rebuild, which writes no row versions: " + RuleText.RewriteStatement(context, alter, edits));
        }

        /// <summary>
        /// Whether another action of the statement rules INSTANT out, so the server picks INPLACE or COPY for the whole
        /// statement: adding an index or constraint, converting the character set, repartitioning; or an added column
        /// that is AUTO_INCREMENT or a STORED generated column.
        /// </summary>
        private static bool CannotBeInstant(AlterTableStatement alter)
        {
            foreach (var action in alter.Actions)
            {
                switch (action)
                {
                    case AddIndexAction _:
                    case AddConstraintAction _:
                    case ConvertCharsetAction _:
                    case ModifyPartitioningAction _:
                        return true;
                    case AddColumnsAction add when add.Columns.Any(c => c.Identity != null || (c.GeneratedStorage != null && c.GeneratedStorage.Keyword == "STORED")):
                        return true;
                }
            }

            return false;
        }

        private static string Describe(AlterTableAction action)
        {
            switch (action)
            {
                case AddColumnsAction add: return "ADD COLUMN " + string.Join(", ", add.Columns.Select(c => c.Name.Text));
                case DropColumnsAction drop: return "DROP COLUMN " + string.Join(", ", drop.Columns.Select(c => c.Text));
                default: return string.Empty;
            }
        }

        /// <summary>ALGORITHM=INPLACE in place of the written algorithm, with LOCK=NONE so that the server refuses rather than blocks writes.</summary>
        private static IReadOnlyList<TextEdit> Inplace(AlterTableStatement alter, OptionSetting algorithm)
        {
            var edits = new List<TextEdit> { new TextEdit(algorithm.ValueSpan, "INPLACE") };
            if (alter.FindOption("LOCK") == null) edits.Add(new TextEdit(new TextSpan(algorithm.Span.End, 0), ", LOCK=NONE"));
            return edits;
        }
    }
}

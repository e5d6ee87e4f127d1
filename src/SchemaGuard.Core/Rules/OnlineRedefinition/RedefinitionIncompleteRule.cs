using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.OnlineRedefinition
{
    /// <summary>
    /// SG4003: a DBMS_REDEFINITION.START_REDEF_TABLE whose file lacks one of the steps that make the redefinition safe.
    /// One finding per START_REDEF_TABLE call, naming every missing step. See rules/SG4003.md.
    /// </summary>
    [Rule("SG4003")]
    public sealed class RedefinitionIncompleteRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf();

        /// <inheritdoc />
        public override void AnalyzeScript(ScriptContext context)
        {
            var calls = RedefinitionCall.All(context.OfKind(StatementKind.Call));
            foreach (var start in calls.Where(c => c.Procedure == RedefinitionProcedure.StartRedefTable))
            {
                var missing = MissingSteps(context, calls, start);
                if (missing.Count == 0) continue;
                context.Report(
                    start.Call.Procedure,
                    "START_REDEF_TABLE of " + Describe(context, start) + " is missing " + (missing.Count == 1 ? "a step" : missing.Count + " steps") + ": " +
                    string.Join("; ", missing.Select((m, i) => "(" + (i + 1) + ") " + m)) + ".",
                    Alternative(context, start));
            }
        }

        private static List<string> MissingSteps(ScriptContext context, List<RedefinitionCall> calls, RedefinitionCall start)
        {
            int at = start.Call.Span.Start;
            var missing = new List<string>();
            if (!calls.Any(c => c.Procedure == RedefinitionProcedure.CanRedefTable && c.Call.Span.Start < at && c.SameTableAs(start)))
            {
                missing.Add("CAN_REDEF_TABLE before it, which proves the table qualifies before anything changes");
            }

            bool copies = calls.Any(c => (c.Procedure == RedefinitionProcedure.CopyTableDependents || c.Procedure == RedefinitionProcedure.RegisterDependentObject) && c.SameTableAs(start));
            if (!copies && !HasExplicitCopies(context, start))
            {
                missing.Add("COPY_TABLE_DEPENDENTS (or explicit copies of the indexes, triggers, constraints and grants), without which the swapped table has none of them");
            }

            var finish = calls.FirstOrDefault(c => c.Procedure == RedefinitionProcedure.FinishRedefTable && c.Call.Span.Start > at && c.SameTableAs(start));
            if (finish != null && !calls.Any(c => c.Procedure == RedefinitionProcedure.SyncInterimTable && c.Call.Span.Start > at && c.Call.Span.Start < finish.Call.Span.Start && c.SameTableAs(start)))
            {
                missing.Add("SYNC_INTERIM_TABLE before FINISH_REDEF_TABLE (line " + RuleText.LineOf(context, finish.Call.Span.Start) +
                    "), which applies most changes while the table is still online and keeps the final lock short");
            }

            var outermost = Outermost(context, start.Call);
            if (outermost == start.Call)
            {
                missing.Add("ABORT_REDEF_TABLE on the error path: a script of EXEC lines has none, since WHENEVER SQLERROR can only exit or continue and cannot call " +
                    "ABORT_REDEF_TABLE; run the steps in one PL/SQL block whose exception handler calls it");
            }
            else if (!AbortsOnError(outermost, start))
            {
                missing.Add("ABORT_REDEF_TABLE in an exception handler, which drops the materialized view log and interim state a failed redefinition leaves behind");
            }

            return missing;
        }

        /// <summary>Dependents copied by hand: an index, constraint or trigger created on the interim table in this file.</summary>
        private static bool HasExplicitCopies(ScriptContext context, RedefinitionCall start)
        {
            if (start.InterimKey == null || start.InterimKey.StartsWith(":", System.StringComparison.Ordinal)) return false;
            bool IsInterim(ObjectName? name) => name != null && name.Name.Normalized.ToUpperInvariant() == start.InterimKey;
            return context.OfKind(StatementKind.CreateIndex).OfType<CreateIndexStatement>().Any(c => IsInterim(c.Table)) ||
                   context.OfKind(StatementKind.AlterTable).OfType<AlterTableStatement>().Any(a => IsInterim(a.Name) && a.Actions.OfType<AddConstraintAction>().Any()) ||
                   context.OfKind(StatementKind.CreateProgramUnit).OfType<CreateProgramUnitStatement>().Any(p => IsInterim(p.TriggerTable));
        }

        private static Statement Outermost(ScriptContext context, Statement statement)
        {
            var current = statement;
            for (var parent = context.GetEnclosingStatement(current); parent != null; parent = context.GetEnclosingStatement(current)) current = parent;
            return current;
        }

        /// <summary>
        /// Whether a block around the call (not one of whose handlers the call itself sits in) has an exception handler
        /// that calls ABORT_REDEF_TABLE for the same table.
        /// </summary>
        private static bool AbortsOnError(Statement outermost, RedefinitionCall start)
        {
            var span = start.Call.Span;
            foreach (var block in outermost.DescendantsAndSelf().OfType<PlSqlBlock>())
            {
                if (!block.Span.Contains(span) || block.ExceptionHandlers.Any(h => h.Span.Contains(span))) continue;
                foreach (var handler in block.ExceptionHandlers)
                {
                    foreach (var statement in handler.DescendantsAndSelf().OfType<CallStatement>())
                    {
                        var call = RedefinitionCall.TryRead(statement);
                        if (call != null && call.Procedure == RedefinitionProcedure.AbortRedefTable && call.SameTableAs(start)) return true;
                    }
                }
            }

            return false;
        }

        private static string Describe(AnalysisContext context, RedefinitionCall start)
        {
            string table = start.Owner != null && start.Table != null
                ? (start.OwnerName ?? context.GetText(start.Owner)) + "." + (start.TableName ?? context.GetText(start.Table))
                : start.Table != null ? start.TableName ?? context.GetText(start.Table) : "the table";
            return start.Interim != null ? table + " (interim " + (start.InterimName ?? context.GetText(start.Interim)) + ")" : table;
        }

        /// <summary>The full sequence in one block, with the user's own arguments and START_REDEF_TABLE call.</summary>
        private static string Alternative(AnalysisContext context, RedefinitionCall start)
        {
            string owner = start.Owner != null ? context.GetText(start.Owner) : "'<owner>'";
            string table = start.Table != null ? context.GetText(start.Table) : "'<table>'";
            string interim = start.Interim != null ? context.GetText(start.Interim) : "'<interim_table>'";
            var options = start.Call.FindArgument("options_flag", 4);
            string names = "uname => " + owner + ", orig_table => " + table + ", int_table => " + interim;
            var startCall = TextSpan.FromBounds(start.Call.Procedure.Span.Start, start.Call.Span.End);

            var sb = new StringBuilder();
            sb.Append("DECLARE\n  num_errors PLS_INTEGER;\nBEGIN\n");
            sb.Append("  DBMS_REDEFINITION.CAN_REDEF_TABLE(uname => ").Append(owner).Append(", tname => ").Append(table);
            if (options != null) sb.Append(", options_flag => ").Append(context.GetText(options.Value));
            sb.Append(");\n");
            sb.Append("  ").Append(context.GetText(startCall)).Append(";\n");
            sb.Append("  DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS(").Append(names).Append(", num_errors => num_errors);\n");
            sb.Append("  DBMS_REDEFINITION.SYNC_INTERIM_TABLE(").Append(names).Append(");\n");
            sb.Append("  DBMS_REDEFINITION.FINISH_REDEF_TABLE(").Append(names).Append(");\n");
            sb.Append("EXCEPTION\n  WHEN OTHERS THEN\n");
            sb.Append("    DBMS_REDEFINITION.ABORT_REDEF_TABLE(").Append(names).Append(");\n");
            sb.Append("    RAISE;\nEND;\n/");
            return sb.ToString();
        }
    }
}

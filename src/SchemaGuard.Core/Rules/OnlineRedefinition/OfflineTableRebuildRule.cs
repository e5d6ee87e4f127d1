using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.OnlineRedefinition
{
    /// <summary>
    /// SG4004: table rebuilds that block DML: Oracle MOVE and MODIFY PARTITION BY without ONLINE, MySQL/MariaDB
    /// ALGORITHM=COPY or LOCK=SHARED/EXCLUSIVE, SQL Server REBUILD without ONLINE = ON. See rules/SG4004.md.
    /// </summary>
    [Rule("SG4004")]
    public sealed class OfflineTableRebuildRule : SqlRule
    {
        /// <summary>Assumed when no target version is set: a current long-term release.</summary>
        private const string AssumedOracleVersion = "19c";

        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.AlterTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            if (!(context.Statement is AlterTableStatement alter)) return;
            var dialect = context.Dialect;
            if (dialect == SqlDialect.Oracle)
            {
                foreach (var action in alter.Actions)
                {
                    if (action is MoveAction move && move.Online == null) ReportMove(context, alter, move);
                    else if (action is ModifyPartitioningAction modify && modify.Online == null) ReportModifyPartitioning(context, alter, modify);
                }
            }
            else if (dialect == SqlDialect.MySql || dialect == SqlDialect.MariaDb)
            {
                CheckMySqlOptions(context, alter);
            }
            else if (dialect == SqlDialect.SqlServer)
            {
                var rebuild = alter.Actions.FirstOrDefault(a =>
                    (a is OtherTableAction other && other.Description == "REBUILD") || (a is PartitionMaintenanceAction p && p.Operation == "REBUILD"));
                if (rebuild != null && alter.FindOption("ONLINE")?.ValueIs("ON") != true) ReportSqlServerRebuild(context, alter, rebuild);
            }
        }

        // ---- Oracle ----------------------------------------------------------------------------------------------

        private static void ReportMove(RuleContext context, AlterTableStatement alter, MoveAction move)
        {
            string table = RuleText.Quote(context, alter.Name.Span);
            var moveWord = move.KeywordSpan;
            var span = move.Partition != null ? TextSpan.FromBounds(move.Span.Start, move.Partition.Span.End) : moveWord;
            string partition = move.Partition == null ? string.Empty : RuleText.Quote(context, move.Partition.Span);
            bool standard = context.Edition == Edition.Standard;

            // Partitions and subpartitions move online from 12.1, whole tables from 12.2.
            string onlineFrom = move.Partition != null ? "12.1" : "12.2";
            bool onlineExists = context.TargetVersion == null || context.TargetVersion.IsAtLeast(onlineFrom);

            var message = new StringBuilder();
            message.Append("ALTER TABLE ").Append(table).Append(move.Partition != null ? " MOVE PARTITION " + partition : " MOVE").Append(" without ONLINE blocks every insert, update and delete on ")
                .Append(move.Partition != null ? "partition " + partition + " of " + table : table).Append(" until the segment is copied");
            if (move.UpdateIndexes == null) message.Append(", and leaves ").Append(move.Partition != null ? "the global indexes and the partition's local index partitions" : "its indexes").Append(" UNUSABLE until rebuilt");
            message.Append('.').Append(VersionNote(context, onlineFrom, onlineExists)).Append(standard ? " ONLINE needs Enterprise Edition, and the target is Standard Edition." : string.Empty);

            string alternative;
            IReadOnlyList<TextEdit>? fix = null;
            if (standard)
            {
                alternative = StandardEditionAdvice(context, table, "the move");
            }
            else if (onlineExists)
            {
                TextEdit edit = move.Partition == null
                    ? new TextEdit(new TextSpan(moveWord.End, 0), " " + RuleText.InCaseOf(context.GetText(moveWord), "ONLINE"))
                    : new TextEdit(new TextSpan(move.Span.End, 0), " " + RuleText.InCaseOf(context.GetText(moveWord), move.UpdateIndexes == null ? "UPDATE INDEXES ONLINE" : "ONLINE"));
                alternative = "Move it online" + (move.Partition == null ? " (indexes stay usable, DML goes on)" : " and keep the indexes usable") + ":\n  " +
                              Rewrite(context, edit) + Assumed(context, onlineFrom);
                if (move.Partition == null && !alter.IsPartial) fix = new[] { edit };
            }
            else
            {
                alternative = "ALTER TABLE ... MOVE" + (move.Partition != null ? " PARTITION" : string.Empty) + " ONLINE needs Oracle " + onlineFrom + "; on " + context.TargetVersion +
                              " redefine " + table + " online with DBMS_REDEFINITION: check it can be, create the interim table shaped as the move wants, start, copy the dependents, sync, finish (abort on error):\n" +
                              Redefinition(context, alter.Name, move.Tablespace == null ? string.Empty : " TABLESPACE " + RuleText.Quote(context, move.Tablespace.Span), move.Partition);
            }

            context.Report(span, message.ToString(), alternative, fix);
        }

        private static void ReportModifyPartitioning(RuleContext context, AlterTableStatement alter, ModifyPartitioningAction modify)
        {
            string table = RuleText.Quote(context, alter.Name.Span);
            var span = modify.KeywordSpan;
            bool standard = context.Edition == Edition.Standard;
            bool onlineExists = context.TargetVersion == null || context.TargetVersion.IsAtLeast("12.2");

            string message = "ALTER TABLE " + table + " MODIFY PARTITION BY without ONLINE rebuilds " + table + " into its new partitions while blocking every insert, update and delete on it." +
                             (onlineExists ? string.Empty : " Oracle " + context.TargetVersion + " has no MODIFY PARTITION BY at all (it came, with its ONLINE form, in 12.2).") + (standard ? " ONLINE needs Enterprise Edition, and the target is Standard Edition." : string.Empty);

            string alternative;
            if (standard)
            {
                alternative = StandardEditionAdvice(context, table, "the repartitioning");
            }
            else if (onlineExists)
            {
                var word = SourceTokens.TokenAt(context.Script, modify.KeywordSpan.Start);
                var edit = new TextEdit(new TextSpan(modify.Partitioning.Span.End, 0), " " + RuleText.InCaseOf(context.GetText(word), "ONLINE"));
                alternative = "Repartition it online (add UPDATE INDEXES to say how the indexes are partitioned):\n  " + Rewrite(context, edit) + Assumed(context, "12.2");
            }
            else
            {
                alternative = "MODIFY PARTITION BY needs Oracle 12.2; on " + context.TargetVersion + " redefine " + table +
                              " online with DBMS_REDEFINITION into an interim table partitioned the new way: check, create the interim table, start, copy the dependents, sync, finish (abort on error):\n" +
                              Redefinition(context, alter.Name, " " + RuleText.OneLine(context.GetText(modify.Partitioning)), null);
            }

            context.Report(span, message, alternative);
        }

        private static string VersionNote(RuleContext context, string onlineFrom, bool onlineExists)
        {
            if (context.TargetVersion == null) return string.Empty;
            return onlineExists ? string.Empty : " Oracle " + context.TargetVersion + " has no ONLINE form for it (it came in " + onlineFrom + ").";
        }

        private static string Assumed(RuleContext context, string onlineFrom) =>
            context.TargetVersion == null
                ? "\n(No target version is set, so Oracle " + AssumedOracleVersion + " is assumed; ONLINE needs " + onlineFrom + " or later and Enterprise Edition. Set schemaguard.target_version to be sure.)"
                : string.Empty;

        private static string StandardEditionAdvice(RuleContext context, string table, string what) =>
            "Standard Edition has neither ONLINE nor online redefinition (DBMS_REDEFINITION): run " + what + " of " + table +
            " in a maintenance window, with UPDATE INDEXES so the indexes stay usable, or plan the change on Enterprise Edition.";

        /// <summary>The DBMS_REDEFINITION sequence for a table, the interim table built with <paramref name="interimShape"/> (a tablespace or a partitioning clause).</summary>
        private static string Redefinition(RuleContext context, ObjectName table, string interimShape, Identifier? partition)
        {
            string owner = table.Schema == null ? "USER" : Literal(table.Schema.Normalized);
            string original = Literal(table.Name.Normalized);
            string baseName = table.Name.Text.Length > 24 ? table.Name.Text.Substring(0, 24) : table.Name.Text;
            string interim = table.Name.IsQuoted ? "\"" + baseName + "_INT\"" : baseName + "_int";
            string interimQualified = table.Schema == null ? interim : RuleText.Quote(context, table.Schema.Span) + "." + interim;
            string interimLiteral = Literal(table.Name.IsQuoted ? baseName + "_INT" : (baseName + "_INT").ToUpperInvariant());
            string args = owner + ", " + original + ", " + interimLiteral;
            string tableText = RuleText.Quote(context, table.Span);

            var sb = new StringBuilder();
            sb.Append("  EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE(").Append(owner).Append(", ").Append(original).Append(");\n");
            sb.Append("  CREATE TABLE ").Append(interimQualified).Append(interimShape).Append(" AS SELECT * FROM ").Append(tableText).Append(" WHERE 1 = 0;\n");
            sb.Append("  DECLARE\n    errors PLS_INTEGER;\n  BEGIN\n");
            sb.Append("    DBMS_REDEFINITION.START_REDEF_TABLE(").Append(args);
            if (partition != null) sb.Append(", part_name => ").Append(Literal(partition.Normalized));
            sb.Append(");\n");
            if (partition == null) sb.Append("    DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS(").Append(args).Append(", num_errors => errors);\n");
            sb.Append("    DBMS_REDEFINITION.SYNC_INTERIM_TABLE(").Append(args).Append(");\n");
            sb.Append("    DBMS_REDEFINITION.FINISH_REDEF_TABLE(").Append(args).Append(");\n");
            sb.Append("  EXCEPTION\n    WHEN OTHERS THEN\n      DBMS_REDEFINITION.ABORT_REDEF_TABLE(").Append(args).Append(");\n      RAISE;\n  END;\n  /\n");
            if (partition != null) sb.Append("  (for a partition, create the interim table's indexes to match the local indexes before FINISH_REDEF_TABLE)\n");
            sb.Append("  DROP TABLE ").Append(interimQualified).Append(";  -- after FINISH it holds the old segment");
            return sb.ToString();
        }

        private static string Literal(string value) => "'" + value.Replace("'", "''") + "'";

        // ---- MySQL and MariaDB -----------------------------------------------------------------------------------

        private static void CheckMySqlOptions(RuleContext context, AlterTableStatement alter)
        {
            var offending = alter.Options.Where(o => (o.Name == "ALGORITHM" && o.ValueIs("COPY")) || (o.Name == "LOCK" && (o.ValueIs("SHARED") || o.ValueIs("EXCLUSIVE")))).ToList();
            if (offending.Count == 0) return;

            string table = RuleText.Quote(context, alter.Name.Span);
            var parts = new List<string>();
            var edits = new List<TextEdit>();
            foreach (var option in offending)
            {
                if (option.Name == "ALGORITHM")
                {
                    parts.Add("ALGORITHM=COPY copies " + table + " row by row into a new table and blocks every write to it until the copy is done");
                    edits.Add(new TextEdit(option.ValueSpan, RuleText.InCaseOf(context.GetText(option.ValueSpan), "INPLACE")));
                }
                else
                {
                    parts.Add("LOCK=" + option.Value!.ToUpperInvariant() + (option.ValueIs("SHARED") ? " blocks every write to " : " blocks every read and write of ") + table + " for the whole ALTER");
                    edits.Add(new TextEdit(option.ValueSpan, RuleText.InCaseOf(context.GetText(option.ValueSpan), "NONE")));
                }
            }

            string message = string.Join("; ", parts) + ".";
            string alternative = "Let the change run in place without blocking DML, and say so, so that the server refuses rather than falls back to a blocking copy:\n  " +
                                 Rewrite(context, edits.ToArray()) +
                                 "\nIf the server answers that the change needs a copy, run it with an online schema-change tool (pt-online-schema-change, gh-ost) instead.";
            context.Report(offending[0], message, alternative);
        }

        // ---- SQL Server ------------------------------------------------------------------------------------------

        private static void ReportSqlServerRebuild(RuleContext context, AlterTableStatement alter, AlterTableAction rebuild)
        {
            string table = RuleText.Quote(context, alter.Name.Span);
            bool standard = context.Edition == Edition.Standard;
            string message = "ALTER TABLE " + table + " REBUILD without ONLINE = ON holds a schema-modification lock on " + table +
                             " for the whole rebuild: every query and every write on it waits." + (standard ? " ONLINE = ON needs Enterprise Edition, and the target is Standard Edition." : string.Empty);

            TextEdit edit;
            var online = alter.FindOption("ONLINE");
            var withOptions = alter.Actions.OfType<TableOptionsAction>().FirstOrDefault(a => a.Span.Start > rebuild.Span.Start && a.Options.Count > 0);
            string word = context.GetText(SourceTokens.TokenAt(context.Script, rebuild.Span.Start));
            if (online != null && !online.ValueSpan.IsEmpty) edit = new TextEdit(online.ValueSpan, RuleText.InCaseOf(context.GetText(online.ValueSpan), "ON"));
            else if (withOptions != null) edit = new TextEdit(new TextSpan(withOptions.Options[0].Span.Start, 0), RuleText.InCaseOf(word, "ONLINE = ON") + ", ");
            else edit = new TextEdit(new TextSpan(rebuild.Span.End, 0), " " + RuleText.InCaseOf(word, "WITH (ONLINE = ON)"));

            string alternative = standard
                ? "Standard Edition cannot rebuild online: run the rebuild of " + table + " in a maintenance window, or on Enterprise Edition as:\n  " + Rewrite(context, edit)
                : "Rebuild it online (Enterprise Edition, Azure SQL):\n  " + Rewrite(context, edit);
            context.Report(rebuild, message, alternative);
        }

        private static string Rewrite(RuleContext context, params TextEdit[] edits) =>
            RuleText.RewriteStatement(context, context.Statement, edits).Replace("\n", "\n  ");
    }
}

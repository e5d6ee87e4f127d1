using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Schema;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.Recoverability
{
    /// <summary>
    /// SG3001: NOLOGGING or UNRECOVERABLE in DDL (CREATE TABLE, CREATE INDEX, ALTER TABLE, ALTER INDEX, materialized views
    /// and their logs), and direct-path inserts into a table the catalog knows as NOLOGGING. One finding per statement, on
    /// its first such clause (or the hint). See rules/SG3001.md.
    /// </summary>
    [Rule("SG3001")]
    public sealed class NologgingOperationRule : SqlRule
    {
        private const string Consequence =
            " Blocks written without redo cannot be rebuilt by media recovery and never reach a physical standby: after a restore or a switchover, " +
            "reading them fails with ORA-01578 and ORA-26040 until the object is rebuilt or reloaded.";

        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(
            StatementKind.CreateTable,
            StatementKind.CreateIndex,
            StatementKind.AlterTable,
            StatementKind.AlterIndex,
            StatementKind.CreateMaterializedView,
            StatementKind.CreateMaterializedViewLog,
            StatementKind.Insert);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            if (IsForcedLogging(context)) return;
            switch (context.Statement)
            {
                case CreateTableStatement create when !create.IsTemporary:
                    CheckCreateTable(context, create);
                    break;
                case CreateIndexStatement index:
                    CheckCreateIndex(context, index);
                    break;
                case AlterTableStatement alter:
                    CheckAlterTable(context, alter);
                    break;
                case AlterIndexStatement alter:
                    CheckAlterIndex(context, alter);
                    break;
                case CreateMaterializedViewStatement view when view.Logging != null && view.Logging.SkipsRedo:
                    string viewName = RuleText.Quote(context, view.Name.Span);
                    Report(
                        context,
                        new[] { view.Logging },
                        "CREATE MATERIALIZED VIEW " + viewName + " runs " + Keyword(view.Logging) + ": its build, and every complete refresh after it, is written without redo.",
                        Target.Create(viewName, "ALTER MATERIALIZED VIEW " + viewName + " LOGGING;"));
                    break;
                case CreateMaterializedViewLogStatement log when log.Logging != null && log.Logging.SkipsRedo:
                    string master = RuleText.Quote(context, log.Table.Span);
                    Report(
                        context,
                        new[] { log.Logging },
                        "CREATE MATERIALIZED VIEW LOG ON " + master + " declares " + Keyword(log.Logging) + ": direct-path work on the log's segment is written without redo.",
                        Target.Create("the materialized view log on " + master, "ALTER MATERIALIZED VIEW LOG ON " + master + " LOGGING;"));
                    break;
                case InsertStatement insert:
                    CheckDirectPathInsert(context, insert);
                    break;
            }
        }

        // ---- DDL ----

        private static void CheckCreateTable(RuleContext context, CreateTableStatement create)
        {
            var clauses = Offending(create.AllLoggingClauses);
            if (clauses.Count == 0) return;
            string table = RuleText.Quote(context, create.Name.Span);
            var first = clauses[0];
            string keyword = Keyword(first);
            bool tableOnly = clauses.Count == 1 && first == create.Logging;
            string scope = tableOnly ? string.Empty : " on " + RuleText.List(clauses.OrderBy(c => c == create.Logging ? 0 : 1).Select(c => Segment(context, create, c)).Distinct().ToList());
            string what = create.AsQuery != null
                ? "CREATE TABLE " + table + " AS SELECT runs with " + keyword + scope + ": the rows it copies are written without redo."
                : "CREATE TABLE " + table + " declares " + keyword + scope + ": every direct-path load into it (INSERT /*+ APPEND */, SQL*Loader direct path, " +
                  "ALTER TABLE ... MOVE) will be written without redo.";

            var switchBack = new List<string> { "ALTER TABLE " + table + " LOGGING;" };
            foreach (var partition in create.Partitioning?.Partitions ?? new PartitionDefinition[0])
            {
                if (partition.Name != null && partition.Logging != null && clauses.Contains(partition.Logging))
                    switchBack.Add("ALTER TABLE " + table + " MODIFY PARTITION " + RuleText.Quote(context, partition.Name.Span) + " LOGGING;");
            }

            Report(context, clauses, what, Target.Create(table, switchBack, create.Tablespace));
        }

        private static void CheckCreateIndex(RuleContext context, CreateIndexStatement create)
        {
            if (create.Logging == null || !create.Logging.SkipsRedo) return;
            string table = RuleText.Quote(context, create.Table.Span);
            string index = create.Name != null ? RuleText.Quote(context, create.Name.Span) : "the index";
            Report(
                context,
                new[] { create.Logging },
                "CREATE INDEX " + (create.Name != null ? index + " " : string.Empty) + "on " + table + " runs " + Keyword(create.Logging) + ": the index is built without redo.",
                Target.Create(index, create.Name != null ? new[] { "ALTER INDEX " + index + " LOGGING;" } : new string[0], create.Tablespace));
        }

        private static void CheckAlterIndex(RuleContext context, AlterIndexStatement alter)
        {
            if (alter.Logging == null || !alter.Logging.SkipsRedo) return;
            string index = RuleText.Quote(context, alter.Name.Span);
            string keyword = Keyword(alter.Logging);
            string what;
            bool attributeOnly = alter.Action != AlterIndexAction.Rebuild;
            if (!attributeOnly)
            {
                string rebuilt = alter.Partition != null ? "REBUILD PARTITION " + RuleText.Quote(context, alter.Partition.Span) : "REBUILD";
                what = "ALTER INDEX " + index + " " + rebuilt + " runs " + keyword + ": the rebuilt index is written without redo.";
            }
            else
            {
                what = "ALTER INDEX " + index + " " + keyword + " makes every later rebuild of " + index + " write it without redo.";
            }

            Report(context, new[] { alter.Logging }, what, Target.Create(index, new[] { "ALTER INDEX " + index + " LOGGING;" }, alter.Tablespace, attributeOnly));
        }

        private static void CheckAlterTable(RuleContext context, AlterTableStatement alter)
        {
            var clauses = Offending(alter.AllLoggingClauses);
            if (clauses.Count == 0) return;
            string table = RuleText.Quote(context, alter.Name.Span);
            var first = clauses[0];
            string keyword = Keyword(first);
            var action = OwningAction(alter, first);

            // A LoggingAction read inside another action (ADD PARTITION ... NOLOGGING, MODIFY LOB (c) (NOLOGGING)) is that action's.
            var outer = action is LoggingAction ? alter.Actions.FirstOrDefault(a => a != action && a.Span.Contains(action.Span)) : null;
            var switchBack = new List<string>();
            Identifier? tablespace = null;
            string what;
            string name = table;
            bool attributeOnly = false;
            switch (outer ?? action)
            {
                case MoveAction move:
                    string moved = move.Partition != null ? "MOVE PARTITION " + RuleText.Quote(context, move.Partition.Span) : "MOVE";
                    what = "ALTER TABLE " + table + " " + moved + " runs " + keyword + ": every row it moves is written without redo.";
                    switchBack.Add(move.Partition != null
                        ? "ALTER TABLE " + table + " MODIFY PARTITION " + RuleText.Quote(context, move.Partition.Span) + " LOGGING;"
                        : "ALTER TABLE " + table + " LOGGING;");
                    tablespace = move.Tablespace;
                    break;
                case PartitionMaintenanceAction maintenance:
                    what = "ALTER TABLE " + table + " " + maintenance.Operation + " PARTITION runs " + keyword + ": the partition segments it writes are written without redo.";

                    // Only ADD names the partitions it writes; SPLIT and MERGE name the ones they replace.
                    if (maintenance.Operation == "ADD" && maintenance.Partitions.Count > 0)
                    {
                        foreach (var partition in maintenance.Partitions)
                            switchBack.Add("ALTER TABLE " + table + " MODIFY PARTITION " + RuleText.Quote(context, partition.Span) + " LOGGING;");
                    }
                    else
                    {
                        switchBack.Add("ALTER TABLE " + table + " MODIFY PARTITION <partition> LOGGING;   -- for each partition it writes");
                    }

                    break;
                case LoggingAction logging when logging.Partition != null:
                    string partitionName = RuleText.Quote(context, logging.Partition.Span);
                    what = "ALTER TABLE " + table + " MODIFY PARTITION " + partitionName + " " + keyword + ": every later direct-path load into that partition " +
                           "(INSERT /*+ APPEND */, SQL*Loader direct path, partition maintenance) will be written without redo.";
                    switchBack.Add("ALTER TABLE " + table + " MODIFY PARTITION " + partitionName + " LOGGING;");
                    attributeOnly = true;
                    name = "partition " + partitionName + " of " + table;
                    break;
                case LoggingAction _:
                    what = "ALTER TABLE " + table + " " + keyword + ": every later direct-path load into " + table +
                           " (INSERT /*+ APPEND */, SQL*Loader direct path, ALTER TABLE ... MOVE) will be written without redo.";
                    switchBack.Add("ALTER TABLE " + table + " LOGGING;");
                    attributeOnly = true;
                    break;
                default:
                    var storage = outer ?? action;
                    string description = storage is OtherTableAction other ? other.Description : "this action";
                    what = "ALTER TABLE " + table + " " + description + " sets " + keyword + ": later direct-path writes to that storage will be written without redo.";
                    if (storage != null)
                    {
                        var inside = clauses.Where(c => storage.Span.Contains(c.Span)).Select(c => new TextEdit(c.Span, SqlKeywordCase(context, c)));
                        switchBack.Add("ALTER TABLE " + table + " " + RuleText.OneLine(RuleText.Rewrite(context, storage.Span, inside)) + ";");
                    }

                    attributeOnly = true;
                    break;
            }

            if (clauses.Count > 1) what += " The statement has " + clauses.Count + " such clauses.";
            attributeOnly &= alter.Actions.All(a => a is LoggingAction || a is OtherTableAction);
            Report(context, clauses, what, Target.Create(name, switchBack, tablespace, attributeOnly));
        }

        // ---- direct-path INSERT ----

        private static void CheckDirectPathInsert(RuleContext context, InsertStatement insert)
        {
            if (insert.Hints.Count == 0 || insert.Table == null) return;
            TextSpan? hint = DirectPathHint(context, insert);
            if (hint == null) return;
            TableInfo? table = context.Schema.FindTable(insert.Table);
            if (table == null || table.Logging != TableLogging.NoLogging) return;
            if (table.Kind == TableKind.Temporary || table.Kind == TableKind.GlobalTemporary) return;

            string name = RuleText.Quote(context, insert.Table.Span);
            string declared = table.LoggingDeclaredAt != null ? " (declared at " + table.LoggingDeclaredAt + ")" : string.Empty;
            string message = "INSERT " + RuleText.Quote(context, hint.Value) + " into " + name + " is a direct-path load, and " + name + " is NOLOGGING" + declared +
                             ": every row it loads is written without redo." + Consequence;

            var sb = new StringBuilder();
            sb.Append("Switch ").Append(name).Append(" to LOGGING before the load; the hint still loads direct-path, only with redo:\n");
            sb.Append("  ALTER TABLE ").Append(name).Append(" LOGGING;\n");
            AppendForceLogging(sb);
            sb.Append("If the load must run without redo, back up the affected datafiles right after it:\n");
            AppendBackup(sb, null);
            context.Report(hint.Value, message, sb.ToString());
        }

        /// <summary>
        /// The hint comment that makes the INSERT direct-path: APPEND on an INSERT ... SELECT (and, before 11.2, on VALUES too),
        /// APPEND_VALUES on an INSERT ... VALUES; NOAPPEND cancels both.
        /// </summary>
        private static TextSpan? DirectPathHint(RuleContext context, InsertStatement insert)
        {
            var source = context.Script.Source;
            if (insert.Hints.Any(h => HintText.Contains(source, h, "NOAPPEND"))) return null;
            bool values = insert.Source == InsertSourceKind.Values;
            bool appendOnValues = context.TargetVersion != null && !context.TargetVersion.IsAtLeast("11.2");
            foreach (var hint in insert.Hints)
            {
                if (values && HintText.Contains(source, hint, "APPEND_VALUES")) return hint;
                if ((!values || appendOnValues) && HintText.Contains(source, hint, "APPEND")) return hint;
            }

            return null;
        }

        // ---- reporting ----

        /// <summary>What the alternative says about the object: its name, how to switch it back, where it is stored.</summary>
        private sealed class Target
        {
            private Target(string name, IReadOnlyList<string> switchBack, Identifier? tablespace, bool attributeOnly)
            {
                Name = name;
                SwitchBack = switchBack;
                Tablespace = tablespace;
                AttributeOnly = attributeOnly;
            }

            internal string Name { get; }

            internal IReadOnlyList<string> SwitchBack { get; }

            internal Identifier? Tablespace { get; }

            /// <summary>Whether the statement only sets the attribute (nothing is written yet), so the alternative is not to run it.</summary>
            internal bool AttributeOnly { get; }

            internal static Target Create(string name, string switchBack) => new Target(name, new[] { switchBack }, null, false);

            internal static Target Create(string name, IReadOnlyList<string> switchBack, Identifier? tablespace, bool attributeOnly = false) =>
                new Target(name, switchBack, tablespace, attributeOnly);
        }

        private static void Report(RuleContext context, IReadOnlyList<LoggingClause> clauses, string what, Target target)
        {
            var sb = new StringBuilder();
            if (target.AttributeOnly)
            {
                sb.Append("Leave ").Append(target.Name).Append(" LOGGING: remove this statement;\n");
            }
            else
            {
                var edits = clauses.Select(c => new TextEdit(c.Span, SqlKeywordCase(context, c))).ToList();
                sb.Append("Keep LOGGING (the default):\n  ").Append(RuleText.RewriteStatement(context, context.Statement, edits).Replace("\n", "\n  ")).Append('\n');
            }

            AppendForceLogging(sb);
            sb.Append("If it must run without redo, switch ").Append(target.Name).Append(" back to LOGGING right after and back up the affected datafiles at once:\n");
            foreach (string statement in target.SwitchBack) sb.Append("  ").Append(statement).Append('\n');
            AppendBackup(sb, target.Tablespace == null ? null : RuleText.Quote(context, target.Tablespace.Span));
            context.Report(clauses[0], what + Consequence, sb.ToString());
        }

        private static void AppendForceLogging(StringBuilder sb) =>
            sb.Append("or enforce logging for the whole database, so that no statement can skip redo:\n  ALTER DATABASE FORCE LOGGING;\n");

        private static void AppendBackup(StringBuilder sb, string? tablespace)
        {
            sb.Append("  -- RMAN: REPORT UNRECOVERABLE; lists the datafiles that need a backup, then:\n");
            sb.Append(tablespace != null ? "  BACKUP TABLESPACE " + tablespace + ";\n" : "  BACKUP DATAFILE <file#>;   -- for each file listed\n");
            sb.Append("and refresh those datafiles on every standby database.");
        }

        /// <summary>LOGGING written in the case of the user's own NOLOGGING.</summary>
        private static string SqlKeywordCase(AnalysisContext context, LoggingClause clause) => RuleText.InCaseOf(context.GetText(clause), "LOGGING");

        private static string Keyword(LoggingClause clause) => clause.Mode == LoggingMode.Unrecoverable ? "UNRECOVERABLE" : "NOLOGGING";

        private static List<LoggingClause> Offending(IEnumerable<LoggingClause> clauses) =>
            clauses.Where(c => c.SkipsRedo).OrderBy(c => c.Span.Start).ToList();

        /// <summary>The first action (in order) whose span holds the clause.</summary>
        private static AlterTableAction? OwningAction(AlterTableStatement alter, LoggingClause clause)
        {
            AlterTableAction? best = null;
            foreach (var action in alter.Actions)
            {
                if (!action.Span.Contains(clause.Span)) continue;
                if (best == null || best.Span.Contains(action.Span)) best = action;
            }

            return best;
        }

        /// <summary>What a CREATE TABLE logging clause applies to, for the message.</summary>
        private static string Segment(AnalysisContext context, CreateTableStatement create, LoggingClause clause)
        {
            if (clause == create.Logging) return "the table";
            foreach (var partition in create.Partitioning?.Partitions ?? new PartitionDefinition[0])
            {
                if (partition.Logging == clause) return partition.Name != null ? "partition " + RuleText.Quote(context, partition.Name.Span) : "a partition";
            }

            return "its other storage (LOB, overflow, subpartition or index)";
        }

        /// <summary>
        /// Whether the file switched the database to FORCE LOGGING before this statement (and not back): Oracle then writes
        /// redo whatever the statement says.
        /// </summary>
        private static bool IsForcedLogging(RuleContext context)
        {
            bool forced = false;
            int at = context.Statement.Span.Start;
            foreach (var statement in context.Script.Statements)
            {
                if (statement.Span.Start >= at) break;
                if (statement is AlterDatabaseStatement database && database.ForceLogging != null)
                    forced = database.ForceLogging.Keyword == "FORCE LOGGING";
            }

            return forced;
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.OnlineRedefinition
{
    /// <summary>
    /// SG4005: a table replaced by a <c>CREATE TABLE x AS SELECT ... FROM t</c> copy: t is then dropped or renamed away
    /// and x renamed to t, later in the same file. See rules/SG4005.md.
    /// </summary>
    [Rule("SG4005")]
    public sealed class CtasTableSwapRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf();

        /// <inheritdoc />
        public override void AnalyzeScript(ScriptContext context)
        {
            var events = Events(context.Statements);
            foreach (var statement in context.Statements)
            {
                if (!(statement is CreateTableStatement ctas) || ctas.AsQuery == null) continue;
                foreach (var source in ctas.AsQuery.SourceTables)
                {
                    if (TableNameMatch.Same(source, ctas.Name)) continue;
                    var removal = events.FirstOrDefault(e => e.Offset > ctas.Span.Start && e.IsRemovalOf(source));
                    if (removal == null) continue;
                    var swap = events.FirstOrDefault(e => e.Offset > removal.Offset && e.IsRenameOf(ctas.Name, source));
                    if (swap == null) continue;
                    Report(context, ctas, source, removal, swap);
                    break;
                }
            }
        }

        private static void Report(ScriptContext context, CreateTableStatement ctas, ObjectName source, Change removal, Change swap)
        {
            string t = context.GetText(source);
            string x = context.GetText(ctas.Name);
            context.Report(
                TextSpan.FromBounds(ctas.Span.Start, ctas.Name.Span.End),
                "CREATE TABLE " + x + " AS SELECT ... FROM " + t + ", then " + removal.Describe(context) + " and " + swap.Describe(context) +
                ", replaces " + t + " with a copy: the copy has none of " + t + "'s grants, triggers, constraints (other than NOT NULL), indexes, comments or statistics, " +
                "rows written to " + t + " while the copy ran are lost, dependent code is invalidated, and foreign keys that pointed at " + t + " now point at the old table or are gone.",
                Alternative(context, ctas, source));
        }

        private static string Alternative(ScriptContext context, CreateTableStatement ctas, ObjectName source)
        {
            string t = context.GetText(source);
            var dialect = context.Dialect;
            if (dialect == SqlDialect.Oracle)
            {
                string owner = source.Schema != null ? "'" + source.Schema.Normalized + "'" : "USER";
                string names = "uname => " + owner + ", orig_table => '" + source.Name.Normalized + "', int_table => '" + ctas.Name.Name.Normalized + "'";
                return "Redefine " + t + " online instead: create " + context.GetText(ctas.Name) + " empty with the new structure (the same CREATE TABLE with WHERE 1 = 0, or explicit columns), then\n" +
                    "DECLARE\n  num_errors PLS_INTEGER;\nBEGIN\n" +
                    "  DBMS_REDEFINITION.CAN_REDEF_TABLE(uname => " + owner + ", tname => '" + source.Name.Normalized + "');\n" +
                    "  DBMS_REDEFINITION.START_REDEF_TABLE(" + names + ");  -- add col_mapping => '...' when the SELECT list changes columns\n" +
                    "  DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS(" + names + ", num_errors => num_errors);\n" +
                    "  DBMS_REDEFINITION.SYNC_INTERIM_TABLE(" + names + ");\n" +
                    "  DBMS_REDEFINITION.FINISH_REDEF_TABLE(" + names + ");\n" +
                    "EXCEPTION\n  WHEN OTHERS THEN\n" +
                    "    DBMS_REDEFINITION.ABORT_REDEF_TABLE(" + names + ");\n    RAISE;\nEND;\n/\n" +
                    "It keeps the name " + t + ", copies grants, triggers, constraints and indexes, and replays the writes made during the copy.";
            }

            if (dialect == SqlDialect.PostgreSql)
            {
                return "Change " + t + " in place with ALTER TABLE (adding or dropping columns and most type changes need no copy), or rebuild it with pg_repack, " +
                    "which keeps its indexes, constraints, grants and the writes made meanwhile. If a copy is unavoidable, stop writes to " + t +
                    " for the whole swap and re-create its indexes, constraints, triggers, grants and the foreign keys that point at it.";
            }

            if (dialect == SqlDialect.MySql || dialect == SqlDialect.MariaDb)
            {
                return "Change " + t + " in place with ALTER TABLE ... ALGORITHM=INPLACE, LOCK=NONE, or use an online schema-change tool (pt-online-schema-change, gh-ost) " +
                    "that keeps the copy in sync with " + t + " and swaps them atomically, then re-create grants and triggers the tool does not carry over.";
            }

            return "Change " + t + " in place with ALTER TABLE (SQL Server: ALTER TABLE " + t + " REBUILD WITH (ONLINE = ON) for a rebuild). If a copy is unavoidable, " +
                "stop writes to " + t + " for the whole swap and re-create its indexes, constraints, triggers, grants and the foreign keys that point at it.";
        }

        /// <summary>The drops and renames of the file, in text order (each pair of a multi-table RENAME is its own change).</summary>
        private static List<Change> Events(IReadOnlyList<Statement> statements)
        {
            var changes = new List<Change>();
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case DropTableStatement drop:
                        foreach (var table in drop.Tables) changes.Add(new Change(statement, statement.Span.Start, table, null));
                        break;
                    case RenameStatement rename:
                        foreach (var pair in rename.Pairs) changes.Add(new Change(statement, pair.Span.Start, pair.From, pair.To));
                        break;
                    case AlterTableStatement alter:
                        foreach (var action in alter.Actions.OfType<RenameTableAction>()) changes.Add(new Change(statement, action.Span.Start, alter.Name, action.NewName));
                        break;
                }
            }

            return changes;
        }

        /// <summary>A DROP (no new name) or a RENAME of one table.</summary>
        private sealed class Change
        {
            internal Change(Statement statement, int offset, ObjectName table, ObjectName? newName)
            {
                Statement = statement;
                Offset = offset;
                Table = table;
                NewName = newName;
            }

            internal Statement Statement { get; }

            internal int Offset { get; }

            internal ObjectName Table { get; }

            internal ObjectName? NewName { get; }

            internal bool IsRemovalOf(ObjectName table) => TableNameMatch.Same(Table, table);

            /// <summary>Whether this renames <paramref name="copy"/> to the original's name (a rename target carries no schema in most dialects).</summary>
            internal bool IsRenameOf(ObjectName copy, ObjectName original) =>
                NewName != null && TableNameMatch.Same(Table, copy) && NewName.Name.Normalized == original.Name.Normalized;

            internal string Describe(AnalysisContext context)
            {
                int line = RuleText.LineOf(context, Statement.Span.Start);
                string table = context.GetText(Table);
                string what = NewName == null
                    ? "DROP TABLE " + table
                    : (Statement is AlterTableStatement ? "ALTER TABLE " + table + " RENAME TO " : RenameKeyword(context) + table + " TO ") + context.GetText(NewName);
                return what + " (line " + line + ")";
            }

            private static string RenameKeyword(AnalysisContext context) =>
                context.Dialect == SqlDialect.MySql || context.Dialect == SqlDialect.MariaDb ? "RENAME TABLE " : "RENAME ";
        }
    }
}

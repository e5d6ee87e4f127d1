using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Schema;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.DataLoss
{
    /// <summary>
    /// SG1002: a DELETE, TRUNCATE ... CASCADE or MERGE ... DELETE on a table whose children cascade, found through the
    /// replayed schema. See rules/SG1002.md.
    /// </summary>
    [Rule("SG1002")]
    public sealed class DeleteCascadesToChildrenRule : SqlRule
    {
        private const int BatchSize = 10000;

        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Delete, StatementKind.Truncate, StatementKind.Merge);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            switch (context.Statement)
            {
                case DeleteStatement delete when delete.Table != null:
                    CheckDelete(context, delete);
                    break;
                case TruncateStatement truncate when truncate.Cascade != null && !truncate.IsCluster:
                    foreach (ObjectName table in truncate.Tables) CheckTruncate(context, truncate, table);
                    break;
                case MergeStatement merge when merge.DeleteAction != null && merge.Target != null:
                    CheckMerge(context, merge, merge.DeleteAction);
                    break;
            }
        }

        private static void CheckDelete(RuleContext context, DeleteStatement delete)
        {
            TableInfo? root = context.Schema.FindTable(delete.Table);
            if (root == null) return;
            CascadeResult cascade = context.Schema.GetCascadingChildren(root.Name);
            ConstraintInfo? self = SelfCascade(root);
            if (cascade.Deleted.Count == 0 && self == null) return;

            string written = DisplayNames.Of(delete.Table, context.Dialect);
            var message = new StringBuilder();
            message.Append("DELETE FROM ").Append(written).Append(" also deletes ");
            AppendLosses(message, context.Schema, root, cascade, self, "rows in", "through ON DELETE CASCADE");
            AppendUpdates(message, context.Schema, root, cascade);
            message.Append(" The statement names only ").Append(written)
                .Append(": nothing in it shows ").Append(WhoLoses(cascade)).Append(", and once committed they come back only ").Append(WayBack(context.Dialect)).Append('.');

            // Keys of the deleted rows: the DELETE's own condition, unless it joins other tables it would not carry along.
            string? filter = delete.HasJoinOrUsing || delete.CurrentOf != null ? null
                : delete.Where == null ? string.Empty
                : context.GetText(delete.Where.Condition);
            string from = delete.Alias == null ? written : written + " " + DisplayNames.Of(delete.Alias, context.Dialect);

            int start = delete.Span.Start;
            TextSpan head = delete.Table.Span.End > start ? TextSpan.FromBounds(start, delete.Table.Span.End) : delete.Table.Span;
            context.Report(head, message.ToString(), Alternative(context, root, written, from, filter, false, cascade, context.GetText(delete)));
        }

        private static void CheckTruncate(RuleContext context, TruncateStatement truncate, ObjectName table)
        {
            TableInfo? root = context.Schema.FindTable(table);
            if (root == null) return;

            // PostgreSQL empties every referencing table whatever its ON DELETE action; Oracle follows ON DELETE CASCADE only.
            bool everyReference = context.Dialect == SqlDialect.PostgreSql;
            CascadeResult cascade = everyReference ? context.Schema.GetAllReferencingTables(root.Name) : context.Schema.GetCascadingChildren(root.Name);
            if (cascade.Deleted.Count == 0) return;

            string written = DisplayNames.Of(table, context.Dialect);
            var message = new StringBuilder();
            message.Append("TRUNCATE ").Append(written).Append(" ... CASCADE also empties ");
            AppendLosses(message, context.Schema, root, cascade, null, "every row of", everyReference
                ? "through their foreign keys, whatever their ON DELETE action"
                : "through ON DELETE CASCADE");
            message.Append(" The statement names only ").Append(written)
                .Append(", and TRUNCATE cannot be rolled back: those rows come back only ").Append(context.Dialect == SqlDialect.Oracle ? "by flashing back the database or from a backup." : "from a backup.");

            context.Report(table, message.ToString(), Alternative(context, root, written, written, string.Empty, true, cascade, context.GetText(truncate)));
        }

        private static void CheckMerge(RuleContext context, MergeStatement merge, OptionClause deleteAction)
        {
            TableInfo? root = context.Schema.FindTable(merge.Target);
            if (root == null) return;
            CascadeResult cascade = context.Schema.GetCascadingChildren(root.Name);
            ConstraintInfo? self = SelfCascade(root);
            if (cascade.Deleted.Count == 0 && self == null) return;

            string written = DisplayNames.Of(merge.Target, context.Dialect);
            var message = new StringBuilder();
            message.Append("This MERGE deletes rows of ").Append(written).Append(", and so also ");
            AppendLosses(message, context.Schema, root, cascade, self, "rows in", "through ON DELETE CASCADE");
            AppendUpdates(message, context.Schema, root, cascade);
            message.Append(" The MERGE names only ").Append(written)
                .Append(": nothing in it shows ").Append(WhoLoses(cascade)).Append(", and once committed they come back only ").Append(WayBack(context.Dialect)).Append('.');

            context.Report(deleteAction, message.ToString(), Alternative(context, root, written, written, null, false, cascade, context.GetText(merge)));
        }

        private static string WayBack(SqlDialect dialect) => dialect == SqlDialect.Oracle ? "by flashback or from a backup" : "from a backup";

        private static ConstraintInfo? SelfCascade(TableInfo table) =>
            table.ForeignKeys.FirstOrDefault(fk => fk.OnDelete == DeleteRule.Cascade && fk.ReferencedTable == table.Name);

        // ---- the message ----

        /// <summary><c>rows in 2 other tables through ON DELETE CASCADE: orders (fk_orders_customer), order_items (via orders, fk_items_order).</c></summary>
        /// <summary><c>that orders loses rows</c> or <c>that those tables lose rows</c>.</summary>
        private static string WhoLoses(CascadeResult cascade) =>
            cascade.Deleted.Count == 1 ? "that " + cascade.Deleted[0].Table.DisplayName + " loses rows" : cascade.Deleted.Count == 0 ? "that more rows go" : "that those tables lose rows";

        private static void AppendLosses(StringBuilder message, SchemaCatalog schema, TableInfo root, CascadeResult cascade, ConstraintInfo? self, string what, string how)
        {
            if (cascade.Deleted.Count > 0)
            {
                int count = cascade.Deleted.Count;
                message.Append(what).Append(' ').Append(count.ToString(CultureInfo.InvariantCulture))
                    .Append(count == 1 ? " other table " : " other tables ").Append(how).Append(": ");
                message.Append(string.Join(", ", cascade.Deleted.Select(p => Describe(schema, p, withColumn: false)))).Append('.');
            }
            else
            {
                message.Append("more rows of ").Append(root.DisplayName).Append(" than it selects.");
            }

            if (self != null)
            {
                message.Append(' ').Append(root.DisplayName).Append(" references itself with ON DELETE CASCADE (")
                    .Append(ForeignKeyLabel(self, root)).Append("), so every row below a deleted row goes too.");
            }
        }

        /// <summary><c>It also sets invoices.customer_id to NULL (fk_invoices_customer).</c></summary>
        private static void AppendUpdates(StringBuilder message, SchemaCatalog schema, TableInfo root, CascadeResult cascade)
        {
            List<CascadePath> setNull = cascade.Updated.Where(p => p.Effect == DeleteRule.SetNull).ToList();
            List<CascadePath> setDefault = cascade.Updated.Where(p => p.Effect == DeleteRule.SetDefault).ToList();
            if (setNull.Count > 0)
                message.Append(" It also sets ").Append(string.Join(", ", setNull.Select(p => Describe(schema, p, withColumn: true)))).Append(" to NULL (ON DELETE SET NULL) in the rows that referenced deleted ones.");
            if (setDefault.Count > 0)
                message.Append(" It also sets ").Append(string.Join(", ", setDefault.Select(p => Describe(schema, p, withColumn: true)))).Append(" to its default (ON DELETE SET DEFAULT) in the rows that referenced deleted ones.");
        }

        /// <summary><c>orders (fk_orders_customer)</c>, <c>order_items (via orders, fk_items_order)</c>; with the column: <c>invoices.customer_id (fk_invoices_customer)</c>.</summary>
        private static string Describe(SchemaCatalog schema, CascadePath path, bool withColumn)
        {
            IReadOnlyList<ConstraintInfo> chain = path.ForeignKeys;
            ConstraintInfo last = chain[chain.Count - 1];
            var parts = new List<string>();
            if (chain.Count > 1)
                parts.Add("via " + string.Join(", ", chain.Take(chain.Count - 1).Select(fk => DisplayOf(schema, fk.Table))));
            if (!withColumn || last.WrittenName != null) parts.Add(ForeignKeyLabel(last, path.Table));
            string name = withColumn ? path.Table.DisplayName + "." + ColumnList(last.Columns.Select(c => ColumnName(path.Table, c)).ToList()) : path.Table.DisplayName;
            return parts.Count == 0 ? name : name + " (" + string.Join(", ", parts) + ")";
        }

        /// <summary>The foreign key's name as written, or the child's column(s) when it has none: <c>orders.customer_id</c>.</summary>
        private static string ForeignKeyLabel(ConstraintInfo fk, TableInfo child)
        {
            if (fk.WrittenName != null) return fk.WrittenName;
            IEnumerable<string> columns = fk.Columns.Select(c => ColumnName(child, c));
            return fk.Columns.Count == 1 ? child.DisplayName + "." + columns.First() : child.DisplayName + " (" + string.Join(", ", columns) + ")";
        }

        private static string DisplayOf(SchemaCatalog schema, SchemaObjectName table) => schema.FindTable(table)?.DisplayName ?? table.ToString();

        private static string ColumnName(TableInfo? table, string normalized) => table?.FindColumn(normalized)?.DisplayName ?? normalized;

        // ---- the alternative ----

        /// <summary>
        /// A way back, then the children deleted explicitly, deepest first, in batches, with the real tables and foreign-key
        /// columns; then the statement itself, which by then cascades to nothing.
        /// </summary>
        /// <param name="filter">The root rows' condition as written; empty for every row; null when it cannot be carried over.</param>
        /// <param name="allRows">Whether every row of every reached table goes (TRUNCATE), not only those referencing deleted rows.</param>
        private static string Alternative(RuleContext context, TableInfo root, string written, string from, string? filter, bool allRows, CascadeResult cascade, string statement)
        {
            SchemaCatalog schema = context.Schema;
            SqlDialect dialect = context.Dialect;
            var text = new StringBuilder();

            var plans = cascade.Deleted.Select(p => new ChildPlan(p, Predicate(schema, root, from, filter, allRows, p))).ToList();
            if (filter == null)
                text.Append("(:keys below stands for the ").Append(KeyColumns(root)).Append(" values of the ").Append(written).Append(" rows the statement deletes.)\n");
            text.Append("First make sure there is a way back:\n");
            AppendWayBack(text, dialect, root, written, filter, allRows, plans);

            if (allRows && dialect == SqlDialect.PostgreSql)
            {
                // PostgreSQL truncates a list of tables together; naming them all says what the statement does.
                text.Append("Then name every table the statement empties, so the script says what it does (it fails if any other table still references them):\n");
                text.Append("TRUNCATE ").Append(string.Join(", ", plans.OrderByDescending(p => p.Path.Depth).Select(p => p.Path.Table.DisplayName).Concat(new[] { written }))).Append(';');
                return text.ToString();
            }

            text.Append("Then delete the children explicitly, deepest first, in batches you can watch and stop (repeat each until it deletes no rows, committing in between):\n");
            foreach (ChildPlan plan in plans.OrderByDescending(p => p.Path.Depth))
                text.Append(BatchedDelete(dialect, plan.Path.Table.DisplayName, plan.Predicate)).Append('\n');

            foreach (CascadePath updated in allRows ? Enumerable.Empty<CascadePath>() : cascade.Updated)
            {
                ConstraintInfo fk = updated.ForeignKeys[updated.ForeignKeys.Count - 1];
                text.Append("-- ").Append(updated.Table.DisplayName).Append('.').Append(ColumnList(fk.Columns.Select(c => ColumnName(updated.Table, c)).ToList()))
                    .Append(" will be set to ").Append(updated.Effect == DeleteRule.SetNull ? "NULL" : "its default")
                    .Append(fk.WrittenName == null ? string.Empty : " by " + fk.WrittenName).Append("; update it explicitly first if that is what you mean.\n");
            }

            text.Append("Finally the statement itself, which then cascades to nothing:\n").Append(statement.TrimEnd()).Append(";\n");
            text.Append("Once the data is clean, consider ON DELETE NO ACTION for these foreign keys (fk-on-delete-cascade, SG1001), so that a future DELETE fails instead of cascading.");
            return text.ToString();
        }

        private sealed class ChildPlan
        {
            internal ChildPlan(CascadePath path, string predicate)
            {
                Path = path;
                Predicate = predicate;
            }

            internal CascadePath Path { get; }

            internal string Predicate { get; }
        }

        private static void AppendWayBack(StringBuilder text, SqlDialect dialect, TableInfo root, string written, string? filter, bool allRows, List<ChildPlan> plans)
        {
            if (dialect == SqlDialect.Oracle)
            {
                text.Append("CREATE RESTORE POINT ").Append(RestorePointName(root, allRows)).Append(" GUARANTEE FLASHBACK DATABASE;\n");
                text.Append("-- and an undo_retention long enough for flashback query over the whole job (SHOW PARAMETER undo_retention; see low-undo-retention, SG3005).\n");
                return;
            }

            text.Append("-- a fresh backup, or copies of the rows that will go:\n");
            string rootWhere = filter == null ? " WHERE " + KeyColumns(root) + " IN (:keys)" : filter.Length == 0 ? string.Empty : " WHERE " + filter;
            text.Append(CopyRows(dialect, root.DisplayName, written, rootWhere)).Append('\n');
            foreach (ChildPlan plan in plans)
            {
                string table = plan.Path.Table.DisplayName;
                text.Append(CopyRows(dialect, table, table, plan.Predicate.Length == 0 ? string.Empty : " WHERE " + plan.Predicate)).Append('\n');
            }
        }

        private static string CopyRows(SqlDialect dialect, string table, string from, string where) =>
            dialect == SqlDialect.SqlServer
                ? "SELECT * INTO " + BackupName(table) + " FROM " + from + where + ";"
                : "CREATE TABLE " + BackupName(table) + " AS SELECT * FROM " + from + where + ";";

        private static string BackupName(string table)
        {
            string name = table.Trim('"', '`', '[', ']');
            int dot = name.LastIndexOf('.');
            return (dot >= 0 ? name.Substring(dot + 1) : name).Trim('"', '`', '[', ']') + "_bak";
        }

        private static string RestorePointName(TableInfo root, bool truncate)
        {
            var name = new StringBuilder(truncate ? "before_truncate_" : "before_delete_");
            foreach (char c in root.Name.Name)
                name.Append(char.IsLetterOrDigit(c) && c < 128 ? char.ToLowerInvariant(c) : '_');
            return name.Length > 30 ? name.ToString(0, 30) : name.ToString();
        }

        /// <summary>
        /// The condition selecting the child rows of one step of the cascade: its foreign-key columns in the parent keys of
        /// the rows deleted one step up, back to the root's own condition.
        /// </summary>
        private static string Predicate(SchemaCatalog schema, TableInfo root, string rootFrom, string? rootFilter, bool allRows, CascadePath path)
        {
            if (allRows) return string.Empty;
            IReadOnlyList<ConstraintInfo> chain = path.ForeignKeys;
            string? parentRows = null;
            for (int i = 0; i < chain.Count; i++)
            {
                ConstraintInfo fk = chain[i];
                TableInfo? parent = i == 0 ? root : schema.FindTable(fk.ReferencedTable!);
                TableInfo? child = schema.FindTable(fk.Table);
                string childColumns = ColumnList(fk.Columns.Select(c => ColumnName(child, c)).ToList());
                List<string> parentKey = fk.ReferencedColumns.Count > 0 ? fk.ReferencedColumns.ToList() : parent?.PrimaryKey?.Columns.ToList() ?? new List<string>();
                string parentColumns = parentKey.Count == 0 ? "<primary key of " + (parent?.DisplayName ?? fk.ReferencedTable!.ToString()) + ">"
                    : string.Join(", ", parentKey.Select(c => ColumnName(parent, c)));

                string inner;
                if (i == 0)
                {
                    inner = rootFilter == null ? ":keys"
                        : "SELECT " + parentColumns + " FROM " + rootFrom + (rootFilter.Length == 0 ? string.Empty : " WHERE " + rootFilter);
                }
                else
                {
                    inner = "SELECT " + parentColumns + " FROM " + (parent?.DisplayName ?? fk.ReferencedTable!.ToString()) + " WHERE " + parentRows;
                }

                parentRows = childColumns + " IN (" + inner + ")";
            }

            return parentRows ?? string.Empty;
        }

        private static string ColumnList(IReadOnlyList<string> columns) => columns.Count == 1 ? columns[0] : "(" + string.Join(", ", columns) + ")";

        private static string KeyColumns(TableInfo table)
        {
            ConstraintInfo? key = table.PrimaryKey;
            return key == null || key.Columns.Count == 0 ? "key" : string.Join(", ", key.Columns.Select(c => ColumnName(table, c)));
        }

        private static string BatchedDelete(SqlDialect dialect, string table, string predicate)
        {
            string batch = BatchSize.ToString(CultureInfo.InvariantCulture);
            string where = predicate.Length == 0 ? string.Empty : " WHERE " + predicate;
            if (dialect == SqlDialect.Oracle)
                return "DELETE FROM " + table + (predicate.Length == 0 ? " WHERE ROWNUM <= " : where + " AND ROWNUM <= ") + batch + ";";
            if (dialect == SqlDialect.PostgreSql)
                return "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table + where + " LIMIT " + batch + ");";
            if (dialect == SqlDialect.SqlServer)
                return "DELETE TOP (" + batch + ") FROM " + table + where + ";";
            return "DELETE FROM " + table + where + " LIMIT " + batch + ";";
        }
    }
}

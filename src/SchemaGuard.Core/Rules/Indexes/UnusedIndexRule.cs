using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using SchemaGuard.Core.Schema.Replay.FromSyntax;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.Indexes
{
    /// <summary>
    /// SG5002: an index declared in the migrations (CREATE INDEX, ALTER TABLE ADD INDEX, an index inside CREATE TABLE) that
    /// the index-usage export shows was never read, unless the export also shows its table is never written. Indexes that
    /// enforce uniqueness, support a foreign key or hold the table's rows (SQL Server clustered) are kept. See rules/SG5002.md.
    /// </summary>
    [Rule("SG5002")]
    public sealed class UnusedIndexRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.CreateIndex, StatementKind.CreateTable, StatementKind.AlterTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            IndexUsageData? usage = context.IndexUsage;
            if (usage == null) return;
            List<IReadOnlyList<string>>? foreignKeys = null;
            foreach (DeclaredIndex index in Declared(context))
            {
                if (index.Unique || index.HoldsRows) continue;
                string? name = LookupName(context, index);
                if (name == null) continue;
                string table = index.Table.Name.Normalized;
                string? schema = index.Table.Schema?.Normalized ?? index.Name?.Schema?.Normalized;
                if (usage.IsNeverRead(name, table, schema) != true) continue;
                IndexUsageEntry? entry = usage.Find(name, table, schema);
                if (IsTableNeverWritten(usage, table, schema)) continue;

                foreignKeys ??= ForeignKeys(context, index.Table);
                if (foreignKeys.Any(fk => Supports(index, fk))) continue;
                if (IsDroppedLaterInFile(context, index, name)) continue;
                Report(context, usage, entry, index);
            }
        }

        // ---- what the statement declares ----

        /// <summary>An index a statement declares, read from its syntax.</summary>
        private sealed class DeclaredIndex
        {
            internal DeclaredIndex(ObjectName table, ObjectName? name, Identifier? ownName, IReadOnlyList<Identifier?> columns, bool unique, bool holdsRows, bool hidden, TextSpan reportAt)
            {
                Table = table;
                Name = name;
                OwnName = ownName;
                Columns = columns;
                Unique = unique;
                HoldsRows = holdsRows;
                Hidden = hidden;
                ReportAt = reportAt;
            }

            internal ObjectName Table { get; }

            /// <summary>The index name as CREATE INDEX wrote it (schema-qualified or not), or null for an inline index.</summary>
            internal ObjectName? Name { get; }

            /// <summary>The index's own name, or null when none was written.</summary>
            internal Identifier? OwnName { get; }

            /// <summary>The key columns in order; null for an expression key.</summary>
            internal IReadOnlyList<Identifier?> Columns { get; }

            internal bool Unique { get; }

            /// <summary>A SQL Server clustered index: it is the table.</summary>
            internal bool HoldsRows { get; }

            internal bool Hidden { get; }

            internal TextSpan ReportAt { get; }
        }

        private static IEnumerable<DeclaredIndex> Declared(RuleContext context)
        {
            switch (context.Statement)
            {
                case CreateIndexStatement create when create.Table != null && create.Cluster == null && create.Table.DatabaseLink == null:
                    yield return new DeclaredIndex(
                        create.Table,
                        create.Name,
                        create.Name?.Name,
                        create.Columns.Select(c => c.Column).ToList(),
                        create.Unique != null,
                        create.Clustered != null,
                        create.Invisible != null,
                        create.Name?.Span ?? create.Table.Span);
                    break;
                case CreateTableStatement table:
                    foreach (var inline in table.Indexes)
                    {
                        yield return new DeclaredIndex(
                            table.Name, null, inline.Name, inline.Columns.Cast<Identifier?>().ToList(), inline.Unique, IsClustered(inline.Category), false, inline.Name?.Span ?? inline.Span);
                    }

                    break;
                case AlterTableStatement alter:
                    foreach (var add in alter.Actions.OfType<AddIndexAction>())
                    {
                        yield return new DeclaredIndex(
                            alter.Name, null, add.Name, add.Columns.Cast<Identifier?>().ToList(), add.Unique, IsClustered(add.Category), false, add.Name?.Span ?? add.Span);
                    }

                    break;
            }
        }

        private static bool IsClustered(string category) => string.Equals(category, "CLUSTERED", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The name the export lists the index under: its own, or for an unnamed MySQL/MariaDB index the one the server
        /// gives it (its first column's). Elsewhere an unnamed index has a generated name no migration can know.
        /// </summary>
        private static string? LookupName(RuleContext context, DeclaredIndex index)
        {
            if (index.OwnName != null) return index.OwnName.Normalized;
            bool namedAfterColumn = context.Dialect == SqlDialect.MySql || context.Dialect == SqlDialect.MariaDb;
            return namedAfterColumn && index.Columns.Count > 0 ? index.Columns[0]?.Normalized : null;
        }

        // ---- why an unread index may still be needed ----

        /// <summary>Whether the export has write counts for the table's indexes and all of them are zero.</summary>
        private static bool IsTableNeverWritten(IndexUsageData usage, string table, string? schema)
        {
            var comparison = usage.NameCase == IndexNameCase.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            bool known = false;
            foreach (IndexUsageEntry row in usage.Indexes)
            {
                if (row.WriteCount == null || row.Table == null || !string.Equals(row.Table, table, comparison)) continue;
                if (schema != null && row.Schema != null && !string.Equals(row.Schema, schema, comparison)) continue;
                if (row.WriteCount.Value > 0) return false;
                known = true;
            }

            return known;
        }

        /// <summary>The foreign keys of the table, known before the statement or declared by it, as index-like column lists.</summary>
        private static List<IReadOnlyList<string>> ForeignKeys(RuleContext context, ObjectName table)
        {
            var keys = new List<IReadOnlyList<string>>();
            if (!(context.Statement is CreateTableStatement))
            {
                TableInfo? known = context.Schema.FindTable(table);
                if (known != null) keys.AddRange(known.ForeignKeys.Select(fk => fk.Columns));
            }

            var source = SchemaSource.FromText(context.Script.Source, context.Statement.Span);
            foreach (SchemaChange change in StatementToChanges.Translate(context.Statement, source, context.Script, context.Schema))
            {
                if (change is CreateTableChange created) keys.AddRange(created.Constraints.Where(c => c.Kind == ConstraintType.ForeignKey).Select(c => c.Columns));
                else if (change is AddConstraintChange added && added.Constraint.Kind == ConstraintType.ForeignKey) keys.Add(added.Constraint.Columns);
            }

            return keys.Where(k => k.Count > 0).ToList();
        }

        /// <summary>Whether the index's leading columns are exactly the foreign key's, in any order: the index the child side of the key needs.</summary>
        private static bool Supports(DeclaredIndex index, IReadOnlyList<string> fk)
        {
            if (fk.Count == 0 || index.Columns.Count < fk.Count) return false;
            var leading = index.Columns.Take(fk.Count).Select(c => c?.Normalized).ToList();
            return fk.All(c => leading.Contains(c));
        }

        /// <summary>Whether a later statement of the file drops the index or its table: the export cannot list an index that is gone.</summary>
        private static bool IsDroppedLaterInFile(RuleContext context, DeclaredIndex index, string name)
        {
            int after = context.Statement.Span.End;
            foreach (var top in context.Script.Statements)
            {
                if (top.Span.End <= after) continue;
                foreach (var statement in top.DescendantsAndSelf().OfType<Statement>())
                {
                    if (statement.Span.Start < after) continue;
                    switch (statement)
                    {
                        case DropIndexStatement drop when drop.Names.Any(n => n.Name.Normalized == name):
                            return true;
                        case AlterTableStatement alter when TableNameMatch.Same(alter.Name, index.Table) && alter.Actions.OfType<DropIndexAction>().Any(d => d.Name.Normalized == name):
                            return true;
                        case DropTableStatement dropTable when dropTable.Tables.Any(t => TableNameMatch.Same(t, index.Table)):
                            return true;
                    }
                }
            }

            return false;
        }

        // ---- reporting ----

        private static void Report(RuleContext context, IndexUsageData usage, IndexUsageEntry? entry, DeclaredIndex index)
        {
            SqlDialect dialect = context.Dialect;
            string table = DisplayNames.Of(index.Table, dialect);
            string own = index.OwnName != null ? DisplayNames.Of(index.OwnName, dialect) : (index.Columns[0] != null ? DisplayNames.Of(index.Columns[0]!, dialect) : "the index");
            string qualified = index.Name != null ? DisplayNames.Of(index.Name, dialect) : own;
            string label = index.OwnName != null ? "Index " + own : "Index " + own + " (named by " + (dialect == SqlDialect.MariaDb ? "MariaDB" : "MySQL") + " after its first column)";

            bool expressions = index.Columns.Any(c => c == null);
            string columns = expressions ? "the columns it indexes" : RuleText.List(index.Columns.Select(c => DisplayNames.Of(c!, dialect)).ToList());
            string message = label + " on " + table + " is never read: " + Evidence(usage, entry) + ". Yet every INSERT and DELETE on " + table + ", and every UPDATE of " + columns +
                             ", maintains it: index blocks, latches, redo and undo, for no query.";

            bool sqlServerOrMySql = dialect == SqlDialect.SqlServer || dialect == SqlDialect.MySql || dialect == SqlDialect.MariaDb;
            string steps = IndexRetirement.Steps(context, table, sqlServerOrMySql ? own : qualified, index.Hidden);
            string alternative = (index.Hidden
                    ? "It is invisible already: once a full business cycle (month-end included) has passed without a plan needing it, drop it online:\n"
                    : "Retire it safely: make it invisible, watch a full business cycle (month-end included), then drop it online:\n") + steps +
                "\nCheck first that no foreign key declared outside these migrations relies on it.";
            context.Report(index.ReportAt, message, alternative);
        }

        /// <summary>What the export says, in the view's own terms, with the row it says it on.</summary>
        private static string Evidence(IndexUsageData usage, IndexUsageEntry? entry)
        {
            string where = entry == null ? string.Empty : " (" + FileName(usage.Path) + ", line " + entry.Line + ")";
            switch (usage.Format)
            {
                case IndexUsageFormat.OracleObjectUsage:
                    return "V$OBJECT_USAGE shows USED = NO" + where;
                case IndexUsageFormat.OracleIndexUsage:
                    return entry == null
                        ? "DBA_INDEX_USAGE does not list it, and that view lists only indexes that were accessed"
                        : "DBA_INDEX_USAGE shows TOTAL_ACCESS_COUNT = 0" + where;
                case IndexUsageFormat.PostgreSqlStatUserIndexes:
                    return "pg_stat_user_indexes shows idx_scan = 0" + where;
                case IndexUsageFormat.MySqlSchemaUnusedIndexes:
                    return "sys.schema_unused_indexes lists it" + where;
                default:
                    string updates = entry?.WriteCount > 0 ? " against " + entry.WriteCount.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " updates" : string.Empty;
                    return "sys.dm_db_index_usage_stats shows no seeks, scans or lookups" + updates + where;
            }
        }

        private static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash < 0 ? path : path.Substring(slash + 1);
        }
    }
}

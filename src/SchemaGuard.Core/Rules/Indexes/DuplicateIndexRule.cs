using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using SchemaGuard.Core.Schema.Replay.FromSyntax;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.Indexes
{
    /// <summary>
    /// SG5001: a new index (CREATE INDEX, ALTER TABLE ADD INDEX or ADD CONSTRAINT PRIMARY KEY/UNIQUE, an index inside
    /// CREATE TABLE) whose key columns equal, or are a leading prefix of, another index or key of the same table; or one
    /// that makes an existing index such a prefix. See rules/SG5001.md.
    /// </summary>
    [Rule("SG5001")]
    public sealed class DuplicateIndexRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.CreateIndex, StatementKind.AlterTable, StatementKind.CreateTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            SchemaSource source = SchemaSource.FromText(context.Script.Source, context.Statement.Span);
            IReadOnlyList<SchemaChange> changes = StatementToChanges.Translate(context.Statement, source, context.Script, context.Schema);

            SchemaObjectName? tableName = null;
            TableInfo? existingTable = null;
            var created = new List<Key>();
            var columnNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (SchemaChange change in changes)
            {
                switch (change)
                {
                    case CreateTableChange createTable:
                        tableName = createTable.Table;
                        foreach (ColumnSpec column in createTable.Columns) columnNames[column.Name] = column.DisplayName;
                        foreach (ConstraintSpec constraint in createTable.Constraints) AddNew(created, context, constraint, source);
                        foreach (IndexSpec index in createTable.Indexes) created.Add(Key.FromSpec(index, ReportSpan(context, index.DeclaredAt, source)));
                        break;
                    case CreateIndexChange index:
                        tableName ??= index.Table;
                        created.Add(Key.FromSpec(index.Index, ReportSpan(context, index.Index.DeclaredAt, source), index.IfNotExists));
                        break;
                    case AddConstraintChange add:
                        tableName ??= add.Table;
                        AddNew(created, context, add.Constraint, source);
                        break;
                }
            }

            if (created.Count == 0 || tableName == null) return;
            if (!(context.Statement is CreateTableStatement)) existingTable = context.Schema.FindTable(tableName);
            if (existingTable != null)
                foreach (ColumnInfo column in existingTable.Columns) columnNames[column.Name] = column.DisplayName;

            var existing = new List<Key>();
            if (existingTable != null)
            {
                existing.AddRange(existingTable.Constraints.Where(c => c.Kind == ConstraintType.PrimaryKey || c.Kind == ConstraintType.Unique).Select(Key.FromConstraint));
                // MySQL names an unnamed index after its first column; elsewhere the catalog's made-up name means nothing to the server.
                bool generatedNamesAreReal = context.Dialect == SqlDialect.MySql || context.Dialect == SqlDialect.MariaDb;
                existing.AddRange(existingTable.Indexes.Select(i => Key.FromIndex(i, generatedNamesAreReal)));
            }

            // Oracle backs a new primary key or unique constraint with an existing index that starts with its columns,
            // and otherwise builds one no other index duplicates: such a constraint never adds a redundant index.
            if (context.Dialect == SqlDialect.Oracle)
                created.RemoveAll(k => k.IsConstraint && !(context.Statement is CreateTableStatement) && existing.Any(e => !e.IsConstraint && StartsWithSet(e, k)));

            // A new index named like an existing one replaces it (or, with IF NOT EXISTS, is not created): no pair to compare.
            foreach (Key key in created.Where(k => k.NormalizedName != null).ToList())
            {
                if (existing.RemoveAll(e => e.NormalizedName == key.NormalizedName) > 0 && key.IfNotExists) created.Remove(key);
            }

            // A table has one primary key: a new one replaces the old one (or fails), it does not duplicate it.
            if (created.Any(k => k.IsPrimaryKey)) existing.RemoveAll(e => e.IsPrimaryKey);

            string table = existingTable?.DisplayName ?? DisplayOfStatementTable(context.Statement, context.Dialect) ?? tableName.ToString();
            var reported = new HashSet<Key>();
            foreach (Key candidate in created)
            {
                Key? other = existing.Concat(created).FirstOrDefault(o => o != candidate && IsRedundantGiven(candidate, o) && !(created.Contains(o) && PrefersToReport(o, candidate, created)));
                if (other == null) continue;
                reported.Add(candidate);
                ReportRedundantNew(context, table, candidate, other, columnNames);
            }

            foreach (Key old in existing.Where(e => !e.IsConstraint && !e.Unique && e.Visible))
            {
                Key? wider = created.FirstOrDefault(n => !reported.Contains(n) && IsRedundantGiven(old, n) && !IsRedundantGiven(n, old));
                if (wider == null) continue;
                reported.Add(wider);
                ReportMadeRedundant(context, table, wider, old, columnNames);
            }
        }

        private static void AddNew(List<Key> created, RuleContext context, ConstraintSpec constraint, SchemaSource source)
        {
            if (constraint.Kind != ConstraintType.PrimaryKey && constraint.Kind != ConstraintType.Unique) return;
            created.Add(Key.FromConstraintSpec(constraint, ReportSpan(context, constraint.DeclaredAt, source)));
        }

        private static TextSpan ReportSpan(RuleContext context, SchemaSource? declaredAt, SchemaSource statement)
        {
            if (declaredAt != null && declaredAt.Span != statement.Span) return declaredAt.Span;
            if (context.Statement is CreateIndexStatement create) return create.Name?.Span ?? create.Table.Span;
            return context.Statement.Span;
        }

        private static string? DisplayOfStatementTable(Statement statement, SqlDialect dialect) =>
            statement is CreateTableStatement create ? DisplayNames.Of(create.Name, dialect)
            : statement is AlterTableStatement alter ? DisplayNames.Of(alter.Name, dialect)
            : statement is CreateIndexStatement index ? DisplayNames.Of(index.Table, dialect)
            : null;

        // ---- comparison ----

        /// <summary>
        /// Whether <paramref name="index"/> answers no query <paramref name="other"/> cannot: same kind, both over all rows,
        /// its keys a leading prefix of (or equal to) the other's, its included columns covered, and it enforces no
        /// uniqueness the other does not (a unique key is kept unless the other is unique on exactly the same columns).
        /// </summary>
        private static bool IsRedundantGiven(Key index, Key other)
        {
            if (!other.Visible || index.Columns.Count == 0 || index.Columns.Count > other.Columns.Count) return false;
            if (!string.Equals(index.Kind, other.Kind, StringComparison.Ordinal) || index.Partial || other.Partial) return false;
            for (int i = 0; i < index.Columns.Count; i++)
                if (!index.Columns[i].Equals(other.Columns[i])) return false;
            if (index.Unique && !(other.Unique && other.Columns.Count == index.Columns.Count)) return false;
            return index.Included.All(c => other.Included.Contains(c) || other.Columns.Any(k => !k.IsExpression && k.Text == c));
        }

        /// <summary>Of two new keys with the same columns, the one reported is the plain index over the constraint, else the later one.</summary>
        private static bool PrefersToReport(Key other, Key candidate, List<Key> created)
        {
            if (!IsRedundantGiven(other, candidate)) return false;
            if (other.IsConstraint != candidate.IsConstraint) return candidate.IsConstraint;
            return created.IndexOf(other) > created.IndexOf(candidate);
        }

        /// <summary>Whether the existing index's leading columns are the constraint's, in any order (Oracle's rule for reusing it).</summary>
        private static bool StartsWithSet(Key index, Key constraint)
        {
            if (index.Columns.Count < constraint.Columns.Count || index.Kind != null) return false;
            var leading = index.Columns.Take(constraint.Columns.Count).ToList();
            return constraint.Columns.All(leading.Contains);
        }

        // ---- reporting ----

        private static void ReportRedundantNew(RuleContext context, string table, Key index, Key other, Dictionary<string, string> columns)
        {
            bool same = index.Columns.Count == other.Columns.Count;
            string message = Capitalize(index.Describe(columns)) + " on " + table + " is redundant: its key columns " + (same ? "are the same as those of " : "are a leading prefix of ")
                + other.Describe(columns) + Where(other) + ". Every INSERT and DELETE, and every UPDATE of "
                + (index.Columns.Any(c => c.IsExpression) ? "the columns it indexes" : string.Join(", ", index.Columns.Select(c => Column(c, columns))))
                + ", pays to maintain it, and it answers no query the other cannot.";
            if (same && OracleRefuses(context, index, other)) message += " Oracle refuses it anyway (ORA-01408: such column list already indexed).";

            string serves = " already " + (index.Unique ? "enforces that uniqueness and " : string.Empty) + "serves every query it would.";
            string alternative = index.IsConstraint
                ? "Do not add it: " + other.Describe(columns) + serves
                : "Remove this index from the migration: " + other.Describe(columns) + serves
                  + (index.Name == null ? string.Empty : " If the migration has already run, retire it safely:\n" + Retire(context, table, index.Name));
            context.Report(index.ReportAt, message, alternative);
        }

        private static void ReportMadeRedundant(RuleContext context, string table, Key wider, Key old, Dictionary<string, string> columns)
        {
            bool same = wider.Columns.Count == old.Columns.Count;
            string message = Capitalize(wider.Describe(columns)) + " on " + table + " makes " + old.Describe(columns) + Where(old)
                + (old.DeclaredAt == null ? string.Empty : ",") + " redundant: the old index's key columns are " + (same ? "the same as" : "a leading prefix of")
                + " the new one's, so every query it serves, the new one serves too, while every write keeps paying for both.";
            if (same && OracleRefuses(context, wider, old)) message += " Oracle refuses the new one while the old one is visible (ORA-01408: such column list already indexed).";
            string alternative = old.Name == null
                ? "Once the new index is in place, make the old one invisible, watch a full business cycle, then drop it online."
                : "Once the new index is in place, retire the old one safely:\n" + Retire(context, table, old.Name);
            context.Report(wider.ReportAt, message, alternative);
        }

        /// <summary>Oracle allows a second index on one column list only when it is invisible (and differs in kind, uniqueness or partitioning).</summary>
        private static bool OracleRefuses(RuleContext context, Key created, Key other) =>
            context.Dialect == SqlDialect.Oracle && !created.IsConstraint && created.Visible && other.Visible && created.Kind == other.Kind;

        private static string Where(Key key) => key.DeclaredAt == null ? string.Empty : ", declared at " + key.DeclaredAt;

        /// <summary>The invisible-then-drop sequence for the dialect: watch with the index unused before dropping it online.</summary>
        private static string Retire(RuleContext context, string table, string index) => IndexRetirement.Steps(context, table, index);

        private static string Column(IndexKeyColumn key, Dictionary<string, string> columns) =>
            !key.IsExpression && columns.TryGetValue(key.Text, out string? display) ? display : key.Text;

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        /// <summary>An index or a key that has one, new in this statement or known from earlier ones.</summary>
        private sealed class Key
        {
            private Key(string label, string? name, string? normalizedName, IReadOnlyList<IndexKeyColumn> columns, bool unique, bool isConstraint)
            {
                Label = label;
                Name = name;
                NormalizedName = normalizedName;
                Columns = columns;
                Unique = unique;
                IsConstraint = isConstraint;
            }

            /// <summary><c>index ix_orders_customer</c>, <c>the primary key pk_orders</c>, <c>unique constraint uq_email</c>.</summary>
            internal string Label { get; }

            /// <summary>The name a DROP can use, or null when the engine named it.</summary>
            internal string? Name { get; }

            /// <summary>The name as the catalog keys it, or null.</summary>
            internal string? NormalizedName { get; }

            /// <summary>Whether the statement creates it only if no index of its name exists.</summary>
            internal bool IfNotExists { get; private set; }

            internal IReadOnlyList<IndexKeyColumn> Columns { get; }

            internal bool Unique { get; }

            internal bool IsConstraint { get; }

            internal bool IsPrimaryKey { get; private set; }

            internal string? Kind { get; private set; }

            internal bool Partial { get; private set; }

            internal bool Visible { get; private set; } = true;

            internal IReadOnlyList<string> Included { get; private set; } = new string[0];

            internal SchemaSource? DeclaredAt { get; private set; }

            internal TextSpan ReportAt { get; private set; }

            internal string Describe(Dictionary<string, string> columns) => Label + " (" + string.Join(", ", Columns.Select(c => Column(c, columns))) + ")";

            internal static Key FromSpec(IndexSpec spec, TextSpan reportAt, bool ifNotExists = false) =>
                new Key(
                    spec.DisplayName == null ? (spec.IsUnique ? "the new unnamed unique index" : "the new unnamed index") : (spec.IsUnique ? "unique index " : "index ") + spec.DisplayName,
                    spec.DisplayName,
                    spec.Name?.Name,
                    spec.Columns,
                    spec.IsUnique,
                    false)
                {
                    IfNotExists = ifNotExists,
                    Kind = spec.Kind,
                    Partial = spec.IsPartial,
                    Visible = spec.IsVisible,
                    Included = spec.IncludedColumns,
                    ReportAt = reportAt,
                };

            internal static Key FromConstraintSpec(ConstraintSpec spec, TextSpan reportAt) =>
                new Key(ConstraintLabel(spec.Kind, spec.DisplayName), spec.DisplayName, spec.Name, spec.Columns.Select(IndexKeyColumn.Column).ToList(), true, true)
                {
                    IsPrimaryKey = spec.Kind == ConstraintType.PrimaryKey,
                    ReportAt = reportAt,
                };

            internal static Key FromConstraint(ConstraintInfo constraint) =>
                new Key(ConstraintLabel(constraint.Kind, constraint.WrittenName), constraint.WrittenName, constraint.Name, constraint.Columns.Select(IndexKeyColumn.Column).ToList(), true, true)
                {
                    IsPrimaryKey = constraint.Kind == ConstraintType.PrimaryKey,
                    DeclaredAt = constraint.DeclaredAt,
                };

            internal static Key FromIndex(IndexInfo index, bool generatedNameIsReal)
            {
                bool named = !index.IsNameGenerated || generatedNameIsReal;
                string label = named ? (index.IsUnique ? "unique index " : "index ") + index.DisplayName : (index.IsUnique ? "the unnamed unique index" : "the unnamed index");
                return new Key(label, named ? index.DisplayName : null, named ? index.Name.Name : null, index.Columns, index.IsUnique, false)
                {
                    Kind = index.Kind,
                    Partial = index.IsPartial,
                    Visible = index.IsVisible,
                    Included = index.IncludedColumns,
                    DeclaredAt = index.DeclaredAt,
                };
            }

            private static string ConstraintLabel(ConstraintType kind, string? name) =>
                (kind == ConstraintType.PrimaryKey ? "the primary key" : "unique constraint") + (name == null ? string.Empty : " " + name);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema
{
    /// <summary>
    /// The schema as the replayed migrations (and an optional snapshot before them) left it: tables with their columns,
    /// constraints, indexes, kind, logging and partitioning; materialized views and their logs. Rules ask it questions;
    /// only <see cref="Replay.SchemaReplayer"/> changes it.
    /// </summary>
    /// <remarks>
    /// Names are keys already normalized the way the dialect compares them, compared ordinally. A name written without a
    /// schema means the table in <see cref="DefaultSchema"/> or, failing that, the one table of that name in any schema.
    /// When the default schema is not known, tables created without a schema are keyed without one, and a qualified name
    /// finds them too.
    /// </remarks>
    public sealed partial class SchemaCatalog
    {
        private static readonly IReadOnlyList<ColumnInfo> NoColumns = new ColumnInfo[0];
        private static readonly IReadOnlyList<IndexInfo> NoIndexes = new IndexInfo[0];

        private readonly Dictionary<SchemaObjectName, TableInfo> _tables = new Dictionary<SchemaObjectName, TableInfo>();
        private readonly Dictionary<string, List<SchemaObjectName>> _tablesByName = new Dictionary<string, List<SchemaObjectName>>(StringComparer.Ordinal);
        private readonly Dictionary<SchemaObjectName, MaterializedViewInfo> _views = new Dictionary<SchemaObjectName, MaterializedViewInfo>();
        private readonly Dictionary<SchemaObjectName, MaterializedViewLogInfo> _viewLogs = new Dictionary<SchemaObjectName, MaterializedViewLogInfo>();
        private long _sequence;
        private int _version;
        private ReadCache? _cache;

        /// <summary>Creates an empty catalog.</summary>
        /// <param name="defaultSchema">
        /// The normalized schema unqualified names live in (Oracle: the connecting user, PostgreSQL: <c>public</c>,
        /// SQL Server: <c>dbo</c>), or null when unknown.
        /// </param>
        public SchemaCatalog(string? defaultSchema = null)
        {
            DefaultSchema = string.IsNullOrEmpty(defaultSchema) ? null : defaultSchema;
        }

        /// <summary>The schema unqualified names live in, or null when unknown.</summary>
        public string? DefaultSchema { get; }

        /// <summary>All tables, in the order they became known.</summary>
        public IReadOnlyList<TableInfo> Tables => Cache.Tables;

        /// <summary>All materialized views.</summary>
        public IReadOnlyList<MaterializedViewInfo> MaterializedViews => _views.Values.ToList();

        /// <summary>The table a name refers to, or null when the catalog does not know it (or an unqualified name is ambiguous).</summary>
        public TableInfo? FindTable(SchemaObjectName name)
        {
            SchemaObjectName? key = ResolveTableKey(name);
            return key == null ? null : _tables[key];
        }

        /// <summary>The table a parsed name refers to, or null (always null for a name with a database link: a remote table).</summary>
        public TableInfo? FindTable(ObjectName name)
        {
            if (name == null) throw new ArgumentNullException(nameof(name));
            return name.DatabaseLink != null || name.Parts.Count == 0 ? null : FindTable(SchemaObjectName.From(name));
        }

        /// <summary>The table a dotted normalized name (<c>orders</c>, <c>sales.orders</c>) refers to, or null.</summary>
        public TableInfo? FindTable(string name) => FindTable(SchemaObjectName.Parse(name));

        /// <summary>Whether the table was created by a statement of <paramref name="filePath"/> (never true for snapshot or inferred tables).</summary>
        public bool IsCreatedInFile(SchemaObjectName table, string filePath)
        {
            TableInfo? info = FindTable(table);
            return info?.CreatedIn != null && !info.CreatedIn.IsSnapshot && info.CreatedIn.IsInFile(filePath);
        }

        /// <summary>Every foreign key, of any table (itself included), that references <paramref name="table"/>; in table order.</summary>
        public IReadOnlyList<ConstraintInfo> GetReferencingForeignKeys(SchemaObjectName table)
        {
            SchemaObjectName? key = ResolveTableKey(table);
            if (key == null) return new ConstraintInfo[0];
            var result = new List<ConstraintInfo>();
            foreach (TableInfo child in Tables)
                foreach (ConstraintInfo fk in child.Constraints)
                    if (References(fk, key)) result.Add(fk);
            return result;
        }

        /// <summary>Whether the table has LONG or LONG RAW columns, and which.</summary>
        public bool HasLongColumns(SchemaObjectName table, out IReadOnlyList<ColumnInfo> columns)
        {
            columns = GetColumnsOfType(table, "LONG", "LONG RAW");
            return columns.Count > 0;
        }

        /// <summary>The table's columns whose type is one of <paramref name="typeNames"/> (upper case, e.g. <c>BFILE</c>).</summary>
        public IReadOnlyList<ColumnInfo> GetColumnsOfType(SchemaObjectName table, params string[] typeNames)
        {
            TableInfo? info = FindTable(table);
            if (info == null) return NoColumns;
            return info.Columns.Where(c => c.HasType(typeNames)).ToList();
        }

        /// <summary>The table's indexes (empty when the table is unknown).</summary>
        public IReadOnlyList<IndexInfo> GetIndexes(SchemaObjectName table) => FindTable(table)?.Indexes ?? NoIndexes;

        /// <summary>
        /// The index of that name. Index names are per schema in Oracle and PostgreSQL and per table in MySQL and SQL Server,
        /// so give the table when the statement names it. Without a table, an unqualified name prefers the default schema,
        /// then a name only one index has.
        /// </summary>
        public IndexInfo? FindIndex(SchemaObjectName index, SchemaObjectName? table = null) => LocateIndex(index, table)?.Index;

        /// <summary>The index of that dotted normalized name, or null.</summary>
        public IndexInfo? FindIndex(string index) => FindIndex(SchemaObjectName.Parse(index));

        /// <summary>The materialized view of that name, or null.</summary>
        public MaterializedViewInfo? FindMaterializedView(SchemaObjectName name) =>
            _views.TryGetValue(Canonical(name), out MaterializedViewInfo? view) ? view
            : _views.Values.FirstOrDefault(v => v.Name.Name == name.Name && (name.Schema == null || v.Name.Schema == null));

        /// <summary>Materialized views whose query reads <paramref name="table"/>.</summary>
        public IReadOnlyList<MaterializedViewInfo> GetMaterializedViewsOn(SchemaObjectName table)
        {
            SchemaObjectName? key = ResolveTableKey(table);
            if (key == null) return new MaterializedViewInfo[0];
            return _views.Values.Where(v => v.SourceTables.Any(s => s == key || ResolveTableKey(s) == key)).ToList();
        }

        /// <summary>Whether a materialized view log exists on the table.</summary>
        public bool HasMaterializedViewLog(SchemaObjectName table) => FindMaterializedViewLog(table) != null;

        /// <summary>The materialized view log on the table, or null.</summary>
        public MaterializedViewLogInfo? FindMaterializedViewLog(SchemaObjectName table)
        {
            SchemaObjectName? key = ResolveTableKey(table);
            return key != null && _viewLogs.TryGetValue(key, out MaterializedViewLogInfo? log) ? log : null;
        }

        // ---- name resolution ----

        /// <summary>The key of the table a name refers to, or null.</summary>
        internal SchemaObjectName? ResolveTableKey(SchemaObjectName name)
        {
            if (_tables.ContainsKey(name)) return name;
            if (!_tablesByName.TryGetValue(name.Name, out List<SchemaObjectName>? keys) || keys.Count == 0) return null;
            if (name.Schema == null)
            {
                if (DefaultSchema != null)
                {
                    SchemaObjectName inDefault = name.WithSchema(DefaultSchema);
                    if (_tables.ContainsKey(inDefault)) return inDefault;
                }
                return keys.Count == 1 ? keys[0] : null;
            }

            // A table created unqualified while the default schema was unknown may be the one a qualified name means.
            if (DefaultSchema == null)
            {
                SchemaObjectName unqualified = name.WithSchema(null);
                if (_tables.ContainsKey(unqualified)) return unqualified;
            }
            return null;
        }

        /// <summary>
        /// Derived lists that queries share until the next change: rules ask about cascades once per DELETE, and a
        /// snapshot can hold thousands of tables. Built whole and swapped in one assignment, so concurrent readers are safe.
        /// </summary>
        private sealed class ReadCache
        {
            internal ReadCache(int version, TableInfo[] tables)
            {
                Version = version;
                Tables = tables;
            }

            internal int Version { get; }

            internal TableInfo[] Tables { get; }

            internal Dictionary<SchemaObjectName, List<ConstraintInfo>>? ForeignKeysByParent { get; set; }
        }

        private ReadCache Cache
        {
            get
            {
                ReadCache? cache = _cache;
                if (cache != null && cache.Version == _version) return cache;
                cache = new ReadCache(_version, _tables.Values.OrderBy(t => t.Sequence).ToArray());
                _cache = cache;
                return cache;
            }
        }

        /// <summary>Every change to the tables goes through here or through <see cref="AddTableEntry"/> / <see cref="RemoveTableEntry"/>.</summary>
        private void Changed() => _version++;

        /// <summary>The key a new object of this name gets: the default schema when none is written.</summary>
        internal SchemaObjectName Canonical(SchemaObjectName name) =>
            name.Schema == null && DefaultSchema != null ? name.WithSchema(DefaultSchema) : name;

        private bool References(ConstraintInfo constraint, SchemaObjectName key) =>
            constraint.Kind == ConstraintType.ForeignKey && constraint.ReferencedTable != null
            && (constraint.ReferencedTable == key || ResolveTableKey(constraint.ReferencedTable) == key);

        private sealed class IndexLocation
        {
            internal IndexLocation(TableInfo table, IndexInfo index)
            {
                Table = table;
                Index = index;
            }

            internal TableInfo Table { get; }

            internal IndexInfo Index { get; }
        }

        private IndexLocation? LocateIndex(SchemaObjectName index, SchemaObjectName? table)
        {
            if (table != null)
            {
                TableInfo? owner = FindTable(table);
                IndexInfo? found = owner?.FindIndex(index.Name);
                return owner != null && found != null ? new IndexLocation(owner, found) : null;
            }

            var candidates = new List<IndexLocation>();
            foreach (TableInfo t in Tables)
                foreach (IndexInfo i in t.Indexes)
                    if (string.Equals(i.Name.Name, index.Name, StringComparison.Ordinal)) candidates.Add(new IndexLocation(t, i));
            if (candidates.Count == 0) return null;

            if (index.Schema != null)
            {
                IndexLocation? exact = candidates.FirstOrDefault(c => c.Index.Name.Schema == index.Schema);
                if (exact != null) return exact;
                return DefaultSchema == null ? candidates.FirstOrDefault(c => c.Index.Name.Schema == null) : null;
            }

            IndexLocation? inDefault = candidates.FirstOrDefault(c => c.Index.Name.Schema == DefaultSchema);
            if (inDefault != null) return inDefault;
            return candidates.Count == 1 ? candidates[0] : null;
        }
    }
}

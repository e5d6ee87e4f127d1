using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Schema.Replay;

namespace SchemaGuard.Core.Schema
{
    // The mutation API the replay calls. Each method applies one change and returns a note when the change did not fit
    // what the catalog knew (an unknown table, an object that already existed), or null. None of them throws on such input:
    // a partial history is the normal case, not an error.
    public sealed partial class SchemaCatalog
    {
        internal string? CreateTable(
            SchemaObjectName name,
            string displayName,
            TableKind kind,
            SchemaSource source,
            IReadOnlyList<ColumnSpec> columns,
            IReadOnlyList<ConstraintSpec> constraints,
            IReadOnlyList<IndexSpec> indexes,
            TableLogging logging,
            SchemaSource? loggingDeclaredAt,
            bool isPartitioned,
            bool ifNotExists)
        {
            string? note = null;
            SchemaObjectName key = Canonical(name);
            SchemaObjectName? existingKey = FindTableToCreateOver(name);
            TableInfo? existing = existingKey == null ? null : _tables[existingKey];
            if (existingKey != null) key = existingKey;
            var carried = new List<ConstraintInfo>();
            var carriedIndexes = new List<IndexInfo>();
            long sequence;

            if (existing != null && existingKey != null)
            {
                if (existing.IsInferred)
                {
                    // Known so far only from statements using it; what they declared stays.
                    carried.AddRange(existing.Constraints.Select(c => c.With(table: key)));
                    carriedIndexes.AddRange(existing.Indexes.Select(i => i.With(table: key)));
                    sequence = existing.Sequence;
                }
                else if (ifNotExists)
                {
                    return null;
                }
                else
                {
                    note = "CREATE TABLE " + displayName + ": the table already exists (created at " + existing.CreatedIn
                        + "); the new definition replaces it.";
                    sequence = ++_sequence;
                }
                RemoveTableEntry(existingKey);
            }
            else
            {
                sequence = ++_sequence;
            }

            var table = new TableInfo(key, displayName, kind, source, sequence)
                .WithColumns(columns.Select(c => NewColumn(c, source)).ToList())
                .WithLogging(logging, logging == TableLogging.Unspecified ? null : loggingDeclaredAt ?? source)
                .WithPartitioned(isPartitioned)
                .WithConstraints(carried)
                .WithIndexes(carriedIndexes);
            AddTableEntry(table);

            foreach (ConstraintSpec constraint in constraints) AddConstraint(key, constraint, source);
            foreach (IndexSpec index in indexes) AddIndex(key, index, source, ifNotExists: false);
            return note;
        }

        internal string? DropTable(SchemaObjectName name, SchemaSource source, bool ifExists, bool keepReferencingForeignKeys)
        {
            SchemaObjectName? key = ResolveTableKey(name);
            if (key == null)
                return ifExists ? null : "DROP TABLE " + name + ": no replayed statement created this table.";

            RemoveTableEntry(key);
            _viewLogs.Remove(key);
            if (!keepReferencingForeignKeys)
            {
                foreach (TableInfo child in Tables)
                {
                    if (!child.Constraints.Any(c => c.ReferencedTable == key)) continue;
                    Replace(child.WithConstraints(child.Constraints.Where(c => c.ReferencedTable != key).ToList()));
                }
            }
            return null;
        }

        internal string? RenameTable(SchemaObjectName name, SchemaObjectName newName, string newDisplayName, SchemaSource source)
        {
            SchemaObjectName? key = ResolveTableKey(name);
            if (key == null) return "RENAME " + name + ": no replayed statement created this table.";

            // An unqualified new name stays in the table's schema (Oracle, PostgreSQL and MySQL all rename in place).
            SchemaObjectName newKey = newName.Schema == null ? new SchemaObjectName(key.Schema, newName.Name) : Canonical(newName);
            if (newKey == key) return null;

            string? note = null;
            if (_tables.ContainsKey(newKey))
            {
                note = "RENAME " + name + " TO " + newName + ": a table of that name already exists; it is replaced.";
                DropTable(newKey, source, ifExists: true, keepReferencingForeignKeys: false);
            }

            TableInfo table = _tables[key];
            RemoveTableEntry(key);
            table = table.WithName(newKey, newDisplayName)
                .WithConstraints(table.Constraints.Select(c => c.With(table: newKey)).ToList())
                .WithIndexes(table.Indexes.Select(i => i.With(table: newKey)).ToList());
            AddTableEntry(table);

            Retarget(key, newKey);
            return note;
        }

        /// <summary>Points foreign keys, the materialized view log and materialized views at a table's new key.</summary>
        private void Retarget(SchemaObjectName oldKey, SchemaObjectName newKey)
        {
            foreach (TableInfo other in Tables)
            {
                if (!other.Constraints.Any(c => c.ReferencedTable == oldKey)) continue;
                Replace(other.WithConstraints(other.Constraints
                    .Select(c => c.ReferencedTable == oldKey ? c.With(referencedTable: newKey) : c).ToList()));
            }

            if (_viewLogs.TryGetValue(oldKey, out MaterializedViewLogInfo? log))
            {
                _viewLogs.Remove(oldKey);
                _viewLogs[newKey] = log.WithTable(newKey);
            }

            // The database tracks a view's dependency on the table itself, not on its name.
            foreach (MaterializedViewInfo view in _views.Values.ToList())
            {
                if (!view.SourceTables.Contains(oldKey)) continue;
                _views[view.Name] = new MaterializedViewInfo(
                    view.Name, view.SourceTables.Select(s => s == oldKey ? newKey : s).ToList(), view.DeclaredAt);
            }
        }

        internal string? SetLogging(SchemaObjectName name, TableLogging logging, SchemaSource declaredAt)
        {
            TableInfo table = GetOrInfer(name);
            Replace(table.WithLogging(logging, logging == TableLogging.Unspecified ? null : declaredAt));
            return null;
        }

        internal string? SetPartitioned(SchemaObjectName name, bool isPartitioned)
        {
            TableInfo table = GetOrInfer(name);
            Replace(table.WithPartitioned(isPartitioned));
            return null;
        }

        /// <summary>
        /// The table a CREATE TABLE of this name would collide with. Stricter than lookup: a qualified name, or any name
        /// when the default schema is known, means exactly that key. Only an unqualified name with an unknown default
        /// schema may meet a table of that name in another schema (a migration re-creating a table a snapshot dumped
        /// qualified), and only when just one exists.
        /// </summary>
        private SchemaObjectName? FindTableToCreateOver(SchemaObjectName name)
        {
            SchemaObjectName key = Canonical(name);
            if (_tables.ContainsKey(key)) return key;
            if (name.Schema != null || DefaultSchema != null) return null;
            return _tablesByName.TryGetValue(name.Name, out List<SchemaObjectName>? keys) && keys.Count == 1 ? keys[0] : null;
        }

        // ---- storage helpers ----

        /// <summary>The table, or a new inferred one when no replayed statement created it yet.</summary>
        private TableInfo GetOrInfer(SchemaObjectName name)
        {
            SchemaObjectName? key = ResolveTableKey(name);
            if (key != null) return _tables[key];
            var inferred = new TableInfo(Canonical(name), name.ToString(), TableKind.Heap, null, ++_sequence);
            AddTableEntry(inferred);
            return inferred;
        }

        private void AddTableEntry(TableInfo table)
        {
            Changed();
            _tables[table.Name] = table;
            if (!_tablesByName.TryGetValue(table.Name.Name, out List<SchemaObjectName>? keys))
                _tablesByName.Add(table.Name.Name, keys = new List<SchemaObjectName>());
            if (!keys.Contains(table.Name)) keys.Add(table.Name);
        }

        private void RemoveTableEntry(SchemaObjectName key)
        {
            Changed();
            _tables.Remove(key);
            if (_tablesByName.TryGetValue(key.Name, out List<SchemaObjectName>? keys))
            {
                keys.Remove(key);
                if (keys.Count == 0) _tablesByName.Remove(key.Name);
            }
        }

        /// <summary>
        /// Swaps in a table's new instance. Most changes (a column, an index) leave the table set and the foreign keys as
        /// they were, so the derived lists are patched rather than rebuilt: a migration that alternates ALTER TABLE and
        /// DELETE over a large snapshot would otherwise rebuild them for every DELETE.
        /// </summary>
        private void Replace(TableInfo table)
        {
            _tables.TryGetValue(table.Name, out TableInfo? old);
            ReadCache? cache = _cache;
            bool current = cache != null && cache.Version == _version;
            Changed();
            _tables[table.Name] = table;
            if (!current || old == null || cache == null) return;

            int at = Array.IndexOf(cache.Tables, old);
            if (at < 0) return;
            var tables = (TableInfo[])cache.Tables.Clone();
            tables[at] = table;
            var patched = new ReadCache(_version, tables);
            if (ReferenceEquals(old.Constraints, table.Constraints)) patched.ForeignKeysByParent = cache.ForeignKeysByParent;
            _cache = patched;
        }
    }
}

using System;
using System.Collections.Generic;

namespace SchemaGuard.Core.Schema
{
    public sealed partial class SchemaCatalog
    {
        /// <summary>
        /// Every table that loses rows when rows of <paramref name="table"/> are deleted, following ON DELETE CASCADE foreign
        /// keys transitively (breadth first, so each table comes with its shortest chain; cycles are followed once), and,
        /// separately, the tables whose rows are updated by ON DELETE SET NULL / SET DEFAULT on the way.
        /// </summary>
        public CascadeResult GetCascadingChildren(SchemaObjectName table) => Walk(table, fk => fk.OnDelete == DeleteRule.Cascade, reportUpdates: true);

        /// <summary>
        /// Every table that references <paramref name="table"/> through a foreign key of any ON DELETE action, transitively
        /// (breadth first, shortest chains): what PostgreSQL's <c>TRUNCATE ... CASCADE</c> empties. <see cref="CascadeResult.Updated"/>
        /// is empty, since every reached table loses all its rows.
        /// </summary>
        public CascadeResult GetAllReferencingTables(SchemaObjectName table) => Walk(table, fk => true, reportUpdates: false);

        private CascadeResult Walk(SchemaObjectName table, Func<ConstraintInfo, bool> follow, bool reportUpdates)
        {
            SchemaObjectName? rootKey = ResolveTableKey(table);
            if (rootKey == null) return new CascadeResult(table, null, null, false);

            Dictionary<SchemaObjectName, List<ConstraintInfo>> childrenByParent = IndexForeignKeysByParent();
            var reached = new HashSet<SchemaObjectName> { rootKey };
            var deleted = new List<CascadePath>();
            var queue = new Queue<KeyValuePair<SchemaObjectName, CascadePath?>>();
            queue.Enqueue(new KeyValuePair<SchemaObjectName, CascadePath?>(rootKey, null));
            var visitedOrder = new List<KeyValuePair<SchemaObjectName, CascadePath?>>();
            bool selfCascading = false;

            while (queue.Count > 0)
            {
                KeyValuePair<SchemaObjectName, CascadePath?> current = queue.Dequeue();
                visitedOrder.Add(current);
                if (!childrenByParent.TryGetValue(current.Key, out List<ConstraintInfo>? foreignKeys)) continue;
                foreach (ConstraintInfo fk in foreignKeys)
                {
                    if (!follow(fk)) continue;
                    if (fk.Table == current.Key)
                    {
                        selfCascading = true;
                        continue;
                    }
                    if (!_tables.TryGetValue(fk.Table, out TableInfo? child) || !reached.Add(fk.Table)) continue;
                    var path = new CascadePath(child, fk, current.Value, DeleteRule.Cascade);
                    deleted.Add(path);
                    queue.Enqueue(new KeyValuePair<SchemaObjectName, CascadePath?>(fk.Table, path));
                }
            }

            if (!reportUpdates) return new CascadeResult(rootKey, deleted, null, selfCascading);

            var updated = new List<CascadePath>();
            var updatedTables = new HashSet<SchemaObjectName>();
            foreach (KeyValuePair<SchemaObjectName, CascadePath?> parent in visitedOrder)
            {
                if (!childrenByParent.TryGetValue(parent.Key, out List<ConstraintInfo>? foreignKeys)) continue;
                foreach (ConstraintInfo fk in foreignKeys)
                {
                    if (fk.OnDelete != DeleteRule.SetNull && fk.OnDelete != DeleteRule.SetDefault) continue;
                    if (reached.Contains(fk.Table) || !_tables.TryGetValue(fk.Table, out TableInfo? child) || !updatedTables.Add(fk.Table)) continue;
                    updated.Add(new CascadePath(child, fk, parent.Value, fk.OnDelete));
                }
            }

            return new CascadeResult(rootKey, deleted, updated, selfCascading);
        }

        /// <summary>Foreign keys grouped by the key of the table they reference, in table order.</summary>
        private Dictionary<SchemaObjectName, List<ConstraintInfo>> IndexForeignKeysByParent()
        {
            ReadCache cache = Cache;
            Dictionary<SchemaObjectName, List<ConstraintInfo>>? cached = cache.ForeignKeysByParent;
            if (cached != null) return cached;
            cached = BuildForeignKeysByParent(cache.Tables);
            cache.ForeignKeysByParent = cached;
            return cached;
        }

        private Dictionary<SchemaObjectName, List<ConstraintInfo>> BuildForeignKeysByParent(TableInfo[] tables)
        {
            var map = new Dictionary<SchemaObjectName, List<ConstraintInfo>>();
            foreach (TableInfo child in tables)
            {
                foreach (ConstraintInfo fk in child.Constraints)
                {
                    if (fk.Kind != ConstraintType.ForeignKey || fk.ReferencedTable == null) continue;
                    SchemaObjectName? parent = ResolveTableKey(fk.ReferencedTable);
                    if (parent == null) continue;
                    if (!map.TryGetValue(parent, out List<ConstraintInfo>? list)) map.Add(parent, list = new List<ConstraintInfo>());
                    list.Add(fk);
                }
            }
            return map;
        }
    }
}

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
        public CascadeResult GetCascadingChildren(SchemaObjectName table)
        {
            SchemaObjectName? rootKey = ResolveTableKey(table);
            if (rootKey == null) return new CascadeResult(table, null, null, false);

            Dictionary<SchemaObjectName, List<ConstraintInfo>> childrenByParent = IndexForeignKeysByParent();
            var reached = new HashSet<SchemaObjectName> { rootKey };
            var deleted = new List<CascadePath>();
            var queue = new Queue<KeyValuePair<SchemaObjectName, IReadOnlyList<ConstraintInfo>>>();
            queue.Enqueue(new KeyValuePair<SchemaObjectName, IReadOnlyList<ConstraintInfo>>(rootKey, new ConstraintInfo[0]));
            var visitedOrder = new List<KeyValuePair<SchemaObjectName, IReadOnlyList<ConstraintInfo>>>();
            bool selfCascading = false;

            while (queue.Count > 0)
            {
                KeyValuePair<SchemaObjectName, IReadOnlyList<ConstraintInfo>> current = queue.Dequeue();
                visitedOrder.Add(current);
                if (!childrenByParent.TryGetValue(current.Key, out List<ConstraintInfo>? foreignKeys)) continue;
                foreach (ConstraintInfo fk in foreignKeys)
                {
                    if (fk.OnDelete != DeleteRule.Cascade) continue;
                    if (fk.Table == current.Key)
                    {
                        selfCascading = true;
                        continue;
                    }
                    if (!_tables.TryGetValue(fk.Table, out TableInfo? child) || !reached.Add(fk.Table)) continue;
                    IReadOnlyList<ConstraintInfo> path = Append(current.Value, fk);
                    deleted.Add(new CascadePath(child, path, DeleteRule.Cascade));
                    queue.Enqueue(new KeyValuePair<SchemaObjectName, IReadOnlyList<ConstraintInfo>>(fk.Table, path));
                }
            }

            var updated = new List<CascadePath>();
            var updatedTables = new HashSet<SchemaObjectName>();
            foreach (KeyValuePair<SchemaObjectName, IReadOnlyList<ConstraintInfo>> parent in visitedOrder)
            {
                if (!childrenByParent.TryGetValue(parent.Key, out List<ConstraintInfo>? foreignKeys)) continue;
                foreach (ConstraintInfo fk in foreignKeys)
                {
                    if (fk.OnDelete != DeleteRule.SetNull && fk.OnDelete != DeleteRule.SetDefault) continue;
                    if (reached.Contains(fk.Table) || !_tables.TryGetValue(fk.Table, out TableInfo? child) || !updatedTables.Add(fk.Table)) continue;
                    updated.Add(new CascadePath(child, Append(parent.Value, fk), fk.OnDelete));
                }
            }

            return new CascadeResult(rootKey, deleted, updated, selfCascading);
        }

        /// <summary>Foreign keys grouped by the key of the table they reference, in table order.</summary>
        private Dictionary<SchemaObjectName, List<ConstraintInfo>> IndexForeignKeysByParent()
        {
            var map = new Dictionary<SchemaObjectName, List<ConstraintInfo>>();
            foreach (TableInfo child in Tables)
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

        private static IReadOnlyList<ConstraintInfo> Append(IReadOnlyList<ConstraintInfo> path, ConstraintInfo fk)
        {
            var result = new ConstraintInfo[path.Count + 1];
            for (int i = 0; i < path.Count; i++) result[i] = path[i];
            result[path.Count] = fk;
            return result;
        }
    }
}

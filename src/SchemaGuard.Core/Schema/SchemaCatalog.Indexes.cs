using System.Linq;
using SchemaGuard.Core.Schema.Replay;

namespace SchemaGuard.Core.Schema
{
    public sealed partial class SchemaCatalog
    {
        internal string? AddIndex(SchemaObjectName tableName, IndexSpec spec, SchemaSource source, bool ifNotExists)
        {
            TableInfo table = GetOrInfer(tableName);
            bool generated = spec.Name == null;
            string name = spec.Name?.Name ?? GenerateIndexName(table, spec);
            var indexName = new SchemaObjectName(spec.Name?.Schema ?? table.Name.Schema, name);
            var index = new IndexInfo(
                indexName, generated, table.Name, spec.Columns, spec.IsUnique, spec.IsVisible, spec.DeclaredAt ?? source,
                spec.DisplayName ?? name, spec.Kind, spec.IsPartial, spec.IncludedColumns);

            IndexInfo? existing = table.FindIndex(name);
            if (existing == null)
            {
                Replace(table.WithIndexes(table.Indexes.Concat(new[] { index }).ToList()));
                return null;
            }
            if (ifNotExists) return null;
            Replace(table.WithIndexes(table.Indexes.Select(i => i == existing ? index : i).ToList()));
            return "CREATE INDEX " + name + " on " + table.DisplayName + ": an index of that name already exists (created at "
                + existing.DeclaredAt + "); the new definition replaces it.";
        }

        internal string? DropIndex(SchemaObjectName indexName, SchemaObjectName? tableName, SchemaSource source, bool ifExists)
        {
            IndexLocation? location = LocateIndex(indexName, tableName);
            if (location != null)
            {
                Replace(location.Table.WithIndexes(location.Table.Indexes.Where(i => i != location.Index).ToList()));
                return null;
            }

            // MySQL's DROP INDEX / DROP KEY also drops a unique or primary key declared as a constraint.
            TableInfo? table = tableName == null ? null : FindTable(tableName);
            ConstraintInfo? constraint = table?.FindConstraint(indexName.Name);
            if (table != null && constraint != null && constraint.Kind != ConstraintType.ForeignKey && constraint.Kind != ConstraintType.Check)
            {
                Replace(table.WithConstraints(table.Constraints.Where(c => c != constraint).ToList()));
                return null;
            }

            return ifExists || (table != null && table.IsInferred)
                ? null
                : "DROP INDEX " + indexName + ": no replayed statement created this index.";
        }

        internal string? RenameIndex(SchemaObjectName indexName, SchemaObjectName? tableName, string newName, string? newDisplayName, SchemaSource source)
        {
            IndexLocation? location = LocateIndex(indexName, tableName);
            if (location == null) return "RENAME INDEX " + indexName + ": no replayed statement created this index.";
            IndexInfo renamed = location.Index.With(name: new SchemaObjectName(location.Index.Name.Schema, newName), displayName: newDisplayName);
            Replace(location.Table.WithIndexes(location.Table.Indexes.Select(i => i == location.Index ? renamed : i).ToList()));
            return null;
        }

        internal string? SetIndexVisibility(SchemaObjectName indexName, SchemaObjectName? tableName, bool isVisible, SchemaSource source)
        {
            IndexLocation? location = LocateIndex(indexName, tableName);
            if (location == null) return "ALTER INDEX " + indexName + ": no replayed statement created this index.";
            IndexInfo changed = location.Index.With(isVisible: isVisible);
            Replace(location.Table.WithIndexes(location.Table.Indexes.Select(i => i == location.Index ? changed : i).ToList()));
            return null;
        }

        /// <summary>MySQL's rule for an unnamed index: its first column's name, then <c>_2</c>, <c>_3</c>... while taken.</summary>
        private static string GenerateIndexName(TableInfo table, IndexSpec spec)
        {
            string stem = spec.Columns.Count == 0 ? "index"
                : spec.Columns[0].IsExpression ? "functional_index"
                : spec.Columns[0].Text;
            string name = stem;
            for (int n = 2; table.FindIndex(name) != null || table.FindConstraint(name) != null; n++)
                name = stem + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return name;
        }
    }
}

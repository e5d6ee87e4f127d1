using System;
using System.Linq;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema.Replay.FromSyntax
{
    // CREATE INDEX, ALTER INDEX (rename, visibility) and DROP INDEX.
    public sealed partial class StatementToChanges
    {
        private void AddCreateIndex(CreateIndexStatement create)
        {
            // An Oracle cluster index indexes a cluster, not a table.
            if (create.Table == null || create.Cluster != null || IsRemote(create.Table)) return;
            _changes.Add(new CreateIndexChange(_source, Key(create.Table), ToIndexSpec(create), create.IfNotExists));
        }

        /// <summary>The catalog's view of a CREATE INDEX.</summary>
        private IndexSpec ToIndexSpec(CreateIndexStatement create) =>
            new IndexSpec(
                create.Columns.Select(c => c.Column != null
                    ? IndexKeyColumn.Column(c.Column.Normalized)
                    : new IndexKeyColumn(ExpressionKey(c.Expression), isExpression: true)).ToList(),
                create.Name == null ? null : Key(create.Name),
                create.Unique != null,
                create.Invisible == null,
                declaredAt: null,
                displayName: create.Name == null ? null : Show(create.Name.Name),
                kind: IndexKindOf(create),
                isPartial: create.Where != null,
                includedColumns: Names(create.IncludeColumns));

        private static string? IndexKindOf(CreateIndexStatement create)
        {
            if (create.JoinTables.Count > 0) return "BITMAP JOIN";
            if (create.Bitmap != null) return "BITMAP";
            if (create.IndexKind != null) return create.IndexKind.Keyword.ToUpperInvariant();
            if (create.Columnstore != null) return "COLUMNSTORE";
            if (create.Reverse != null) return "REVERSE";
            if (create.Using != null && !string.Equals(create.Using, "BTREE", StringComparison.OrdinalIgnoreCase)) return create.Using.ToUpperInvariant();
            return null;
        }

        private void AddAlterIndex(AlterIndexStatement alter)
        {
            if (alter.Name == null || IsRemote(alter.Name)) return;

            // SQL Server ALTER INDEX ALL ON t acts on every index of the table, not on one named ALL.
            Identifier own = alter.Name.Name;
            if (alter.Table != null && !own.IsQuoted && string.Equals(own.Text, "ALL", StringComparison.OrdinalIgnoreCase)) return;

            SchemaObjectName index = Key(alter.Name);
            SchemaObjectName? table = alter.Table == null || IsRemote(alter.Table) ? null : Key(alter.Table);
            switch (alter.Action)
            {
                case AlterIndexAction.Rename:
                    // RENAME PARTITION p TO q renames a partition, not the index.
                    if (alter.Partition == null && alter.NewName != null)
                        _changes.Add(new RenameIndexChange(_source, index, alter.NewName.Name.Normalized, table, Show(alter.NewName.Name)));
                    break;
                case AlterIndexAction.Visible:
                    _changes.Add(new SetIndexVisibilityChange(_source, index, true, table));
                    break;
                case AlterIndexAction.Invisible:
                case AlterIndexAction.Disable:
                    // A disabled index (SQL Server, Oracle function-based) is no more used than an invisible one.
                    if (alter.Partition == null) _changes.Add(new SetIndexVisibilityChange(_source, index, false, table));
                    break;
            }
        }

        private void AddDropIndex(DropIndexStatement drop)
        {
            SchemaObjectName? table = drop.Table == null || IsRemote(drop.Table) ? null : Key(drop.Table);
            foreach (ObjectName name in drop.Names)
            {
                if (IsRemote(name)) continue;
                _changes.Add(new DropIndexChange(_source, Key(name), table, drop.IfExists));
            }
        }
    }
}

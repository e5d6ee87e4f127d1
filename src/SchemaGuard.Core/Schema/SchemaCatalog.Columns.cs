using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Schema.Replay;

namespace SchemaGuard.Core.Schema
{
    public sealed partial class SchemaCatalog
    {
        internal string? AddColumn(SchemaObjectName tableName, ColumnSpec column, SchemaSource source, bool ifNotExists)
        {
            TableInfo table = GetOrInfer(tableName);
            ColumnInfo added = NewColumn(column, source);
            int existing = IndexOfColumn(table, column.Name);
            if (existing < 0)
            {
                Replace(table.WithColumns(table.Columns.Concat(new[] { added }).ToList()));
                return null;
            }
            if (ifNotExists) return null;
            Replace(table.WithColumns(ReplaceAt(table.Columns, existing, added)));
            return "ADD " + column.DisplayName + " to " + table.DisplayName + ": the column already exists (declared at "
                + table.Columns[existing].DeclaredAt + "); the new definition replaces it.";
        }

        internal string? ModifyColumn(SchemaObjectName tableName, ColumnSpec column, SchemaSource source)
        {
            TableInfo table = GetOrInfer(tableName);
            int existing = IndexOfColumn(table, column.Name);
            if (existing < 0)
            {
                Replace(table.WithColumns(table.Columns.Concat(new[] { NewColumn(column, source) }).ToList()));
                return table.IsInferred ? null
                    : "MODIFY " + column.DisplayName + " on " + table.DisplayName + ": no replayed statement declared this column; it is added.";
            }

            ColumnInfo old = table.Columns[existing];
            string? type = ColumnInfo.NormalizeTypeName(column.DataType);

            // The column's type is declared where it last changed, so a LONG added by MODIFY points at the MODIFY.
            ColumnInfo modified = old.With(
                dataType: type,
                isNullable: column.IsNullable,
                declaredAt: type != null ? column.DeclaredAt ?? source : null);
            Replace(table.WithColumns(ReplaceAt(table.Columns, existing, modified)));
            return null;
        }

        internal string? DropColumn(SchemaObjectName tableName, string column, SchemaSource source, bool ifExists)
        {
            SchemaObjectName? key = ResolveTableKey(tableName);
            if (key == null)
                return ifExists ? null : "DROP COLUMN " + column + " on " + tableName + ": no replayed statement created this table.";

            TableInfo table = _tables[key];
            int existing = IndexOfColumn(table, column);
            string? note = existing >= 0 || ifExists || table.IsInferred
                ? null
                : "DROP COLUMN " + column + " on " + table.DisplayName + ": no replayed statement declared this column.";

            // Constraints and indexes that use the column go with it, as do foreign keys elsewhere that reference it.
            Replace(table
                .WithColumns(table.Columns.Where(c => c.Name != column).ToList())
                .WithConstraints(table.Constraints.Where(c => !c.Columns.Contains(column)).ToList())
                .WithIndexes(table.Indexes.Where(i => !i.Columns.Any(k => !k.IsExpression && k.Text == column) && !i.IncludedColumns.Contains(column)).ToList()));

            foreach (TableInfo other in Tables)
            {
                if (!other.Constraints.Any(c => c.ReferencedTable == key && c.ReferencedColumns.Contains(column))) continue;
                Replace(other.WithConstraints(other.Constraints
                    .Where(c => !(c.ReferencedTable == key && c.ReferencedColumns.Contains(column))).ToList()));
            }
            return note;
        }

        internal string? RenameColumn(SchemaObjectName tableName, string column, string newName, string newDisplayName, SchemaSource source)
        {
            SchemaObjectName? key = ResolveTableKey(tableName);
            if (key == null) return "RENAME COLUMN " + column + " on " + tableName + ": no replayed statement created this table.";

            TableInfo table = _tables[key];
            int existing = IndexOfColumn(table, column);
            string? note = null;
            IReadOnlyList<ColumnInfo> columns = table.Columns;
            if (existing >= 0)
                columns = ReplaceAt(columns, existing, columns[existing].With(name: newName, displayName: newDisplayName));
            else if (!table.IsInferred)
                note = "RENAME COLUMN " + column + " on " + table.DisplayName + ": no replayed statement declared this column.";

            Replace(table
                .WithColumns(columns)
                .WithConstraints(table.Constraints.Select(c => c.Columns.Contains(column) ? c.With(columns: Rename(c.Columns, column, newName)) : c).ToList())
                .WithIndexes(table.Indexes.Select(i => i.Columns.Any(k => !k.IsExpression && k.Text == column) || i.IncludedColumns.Contains(column)
                    ? i.With(
                        columns: i.Columns.Select(k => !k.IsExpression && k.Text == column ? IndexKeyColumn.Column(newName) : k).ToList(),
                        includedColumns: Rename(i.IncludedColumns, column, newName))
                    : i).ToList()));

            foreach (TableInfo other in Tables)
            {
                if (!other.Constraints.Any(c => c.ReferencedTable == key && c.ReferencedColumns.Contains(column))) continue;
                Replace(other.WithConstraints(other.Constraints
                    .Select(c => c.ReferencedTable == key && c.ReferencedColumns.Contains(column)
                        ? c.With(referencedColumns: Rename(c.ReferencedColumns, column, newName))
                        : c).ToList()));
            }
            return note;
        }

        private static ColumnInfo NewColumn(ColumnSpec spec, SchemaSource source) =>
            new ColumnInfo(spec.Name, spec.DisplayName, ColumnInfo.NormalizeTypeName(spec.DataType), spec.IsNullable ?? true, spec.DeclaredAt ?? source);

        private static int IndexOfColumn(TableInfo table, string name)
        {
            for (int i = 0; i < table.Columns.Count; i++)
                if (string.Equals(table.Columns[i].Name, name, StringComparison.Ordinal)) return i;
            return -1;
        }

        private static IReadOnlyList<T> ReplaceAt<T>(IReadOnlyList<T> items, int index, T item)
        {
            var copy = items.ToArray();
            copy[index] = item;
            return copy;
        }

        private static IReadOnlyList<string> Rename(IReadOnlyList<string> names, string from, string to) =>
            names.Select(n => string.Equals(n, from, StringComparison.Ordinal) ? to : n).ToList();
    }
}

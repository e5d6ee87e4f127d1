using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema.Replay.FromSyntax
{
    // ALTER TABLE: one or more changes per action that changes what the catalog knows. Actions that only move, rebuild,
    // reorganize or tune the table (MOVE without a logging change, SHRINK, ENABLE ROW MOVEMENT, options) change nothing here.
    public sealed partial class StatementToChanges
    {
        private void AddAlterTable(AlterTableStatement alter)
        {
            if (IsRemote(alter.Name)) return;
            SchemaObjectName table = Key(alter.Name);
            AlterTableAction? previous = null;
            foreach (AlterTableAction action in alter.Actions)
            {
                // A logging clause read inside an action the parser did not read in detail (MODIFY LOB (c) (NOLOGGING))
                // is that storage's, not the table's.
                bool nested = previous != null && previous.Span.Contains(action.Span);
                if (!nested) AddAlterTableAction(table, action);
                if (!nested) previous = action;
            }
        }

        private void AddAlterTableAction(SchemaObjectName table, AlterTableAction action)
        {
            switch (action)
            {
                case AddColumnsAction add:
                    foreach (ColumnDefinition column in add.Columns)
                    {
                        _changes.Add(new AddColumnChange(_source, table, ToColumnSpec(column), add.IfNotExists));
                        AddInlineConstraints(table, column);
                    }

                    break;

                case ModifyColumnsAction modify:
                    foreach (ColumnDefinition column in modify.Columns)
                    {
                        if (modify.OldName != null && modify.OldName.Normalized != column.Name.Normalized)
                            _changes.Add(new RenameColumnChange(_source, table, modify.OldName.Normalized, column.Name.Normalized, Show(column.Name)));
                        _changes.Add(new ModifyColumnChange(_source, table, ToColumnSpec(column)));
                        AddInlineConstraints(table, column);
                    }

                    break;

                case AlterColumnAction alterColumn:
                    AddAlterColumn(table, alterColumn);
                    break;

                case DropColumnsAction drop:
                    foreach (Identifier column in drop.Columns)
                        _changes.Add(new DropColumnChange(_source, table, column.Normalized, drop.IfExists));
                    break;

                case SetUnusedAction unused:
                    // An unused column is gone for every statement that follows, as a dropped one is.
                    foreach (Identifier column in unused.Columns)
                        _changes.Add(new DropColumnChange(_source, table, column.Normalized, ifExists: true));
                    break;

                case RenameColumnAction rename:
                    _changes.Add(new RenameColumnChange(_source, table, rename.From.Normalized, rename.To.Normalized, Show(rename.To)));
                    break;

                case RenameTableAction rename:
                    if (!IsRemote(rename.NewName))
                        _changes.Add(new RenameTableChange(_source, table, Key(rename.NewName), Display(rename.NewName)));
                    break;

                case RenameIndexAction rename:
                    _changes.Add(new RenameIndexChange(_source, new SchemaObjectName(null, rename.From.Normalized), rename.To.Normalized, table, Show(rename.To)));
                    break;

                case AddConstraintAction add:
                    AddConstraint(table, add.Constraint);
                    break;

                case DropConstraintAction drop:
                    AddDropConstraint(table, drop);
                    break;

                case AddIndexAction add:
                    _changes.Add(new CreateIndexChange(_source, table, new IndexSpec(
                        add.Columns.Select(c => IndexKeyColumn.Column(c.Normalized)).ToList(),
                        add.Name == null ? null : new SchemaObjectName(null, add.Name.Normalized),
                        add.Unique,
                        declaredAt: At(add.Span),
                        displayName: add.Name == null ? null : Show(add.Name),
                        kind: IndexKindOf(add.Category))));
                    break;

                case DropIndexAction drop:
                    _changes.Add(new DropIndexChange(_source, new SchemaObjectName(null, drop.Name.Normalized), table));
                    break;

                case LoggingAction logging:
                    if (logging.Partition == null)
                        _changes.Add(new SetLoggingChange(_source, table, ToTableLogging(logging.Logging), At(logging.Logging.Span)));
                    break;

                case MoveAction move:
                    // MOVE ... NOLOGGING sets the segment's attribute, which later direct-path loads follow.
                    if (move.Partition == null && move.Logging != null)
                        _changes.Add(new SetLoggingChange(_source, table, ToTableLogging(move.Logging), At(move.Logging.Span)));
                    break;

                case ModifyPartitioningAction _:
                    _changes.Add(new SetPartitioningChange(_source, table, true));
                    break;

                case PartitionMaintenanceAction _:
                    // Only a partitioned table has partitions to add, split or drop.
                    _changes.Add(new SetPartitioningChange(_source, table, true));
                    break;
            }
        }

        private void AddInlineConstraints(SchemaObjectName table, ColumnDefinition column)
        {
            foreach (ConstraintDefinition inline in column.Constraints)
            {
                ConstraintSpec? spec = ToConstraintSpec(inline, column.Name);
                if (spec != null) _changes.Add(new AddConstraintChange(_source, table, spec));
            }
        }

        // PostgreSQL: ALTER [COLUMN] c [SET DATA] TYPE t | SET NOT NULL | DROP NOT NULL; SQL Server: ALTER COLUMN c type [NOT] NULL.
        private void AddAlterColumn(SchemaObjectName table, AlterColumnAction action)
        {
            string column = action.Column.Normalized;
            switch (action.Change)
            {
                case "TYPE":
                    _changes.Add(new ModifyColumnChange(_source, table, new ColumnSpec(column, action.NewType?.Name, action.IsNullable, At(action.Span), Show(action.Column))));
                    break;
                case "SET NOT NULL":
                    _changes.Add(new ModifyColumnChange(_source, table, new ColumnSpec(column, null, false, At(action.Span), Show(action.Column))));
                    break;
                case "DROP NOT NULL":
                    _changes.Add(new ModifyColumnChange(_source, table, new ColumnSpec(column, null, true, At(action.Span), Show(action.Column))));
                    break;
            }
        }

        private void AddConstraint(SchemaObjectName table, ConstraintDefinition constraint)
        {
            ConstraintSpec? spec = ToConstraintSpec(constraint, null);
            if (spec == null) return;

            // PostgreSQL ADD CONSTRAINT c PRIMARY KEY USING INDEX i: the index becomes the constraint's, under its name.
            if (constraint.UsingIndexName != null && (spec.Kind == ConstraintType.PrimaryKey || spec.Kind == ConstraintType.Unique))
            {
                IndexInfo? index = _catalog?.FindIndex(new SchemaObjectName(null, constraint.UsingIndexName.Normalized), table);
                if (spec.Columns.Count == 0 && index != null && index.Columns.All(c => !c.IsExpression))
                {
                    spec = new ConstraintSpec(spec.Kind, index.Columns.Select(c => c.Text).ToList(), spec.Name, declaredAt: spec.DeclaredAt, displayName: spec.DisplayName);
                    _changes.Add(new DropIndexChange(_source, index.Name, table, ifExists: true));
                }
            }

            if (spec.Columns.Count == 0 && spec.Kind != ConstraintType.Check) return;
            _changes.Add(new AddConstraintChange(_source, table, spec));
        }

        private void AddDropConstraint(SchemaObjectName table, DropConstraintAction drop)
        {
            ConstraintType? kind = ToConstraintType(drop.Kind);
            if (drop.Name != null)
            {
                _changes.Add(new DropConstraintChange(_source, table, drop.Name.Normalized, kind, drop.IfExists));
                return;
            }

            if (kind == ConstraintType.PrimaryKey)
            {
                _changes.Add(new DropConstraintChange(_source, table, null, kind, drop.IfExists));
                return;
            }

            // Oracle DROP UNIQUE (a, b): the unique constraint on exactly those columns.
            if (kind == ConstraintType.Unique && drop.Columns.Count > 0)
            {
                IReadOnlyList<string> columns = Names(drop.Columns);
                TableInfo? info = _catalog?.FindTable(table);
                List<ConstraintInfo> uniques = info?.Constraints.Where(c => c.Kind == ConstraintType.Unique).ToList() ?? new List<ConstraintInfo>();
                ConstraintInfo? match = uniques.FirstOrDefault(c => c.Columns.SequenceEqual(columns));
                if (match?.Name != null)
                    _changes.Add(new DropConstraintChange(_source, table, match.Name, kind, drop.IfExists));
                else if (match != null && uniques.Count == 1)
                    _changes.Add(new DropConstraintChange(_source, table, null, kind, drop.IfExists));
            }
        }
    }
}

namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary>
    /// <c>ALTER TABLE ... ADD column</c> (<c>AddColumnsAction</c>, one change per column). Constraints written on the column
    /// follow as <see cref="AddConstraintChange"/>s.
    /// </summary>
    public sealed class AddColumnChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public AddColumnChange(SchemaSource source, SchemaObjectName table, ColumnSpec column, bool ifNotExists = false)
            : base(source, table)
        {
            Column = column ?? throw new System.ArgumentNullException(nameof(column));
            IfNotExists = ifNotExists;
        }

        /// <summary>The new column.</summary>
        public ColumnSpec Column { get; }

        /// <summary>Whether <c>IF NOT EXISTS</c> was written.</summary>
        public bool IfNotExists { get; }
    }

    /// <summary>
    /// <c>ALTER TABLE ... MODIFY column</c> / <c>ALTER COLUMN</c> (<c>ModifyColumnsAction</c>, one change per column): what is
    /// written changes, what is null in the spec stays. MySQL <c>CHANGE old new ...</c> is a <see cref="RenameColumnChange"/>
    /// followed by this.
    /// </summary>
    public sealed class ModifyColumnChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public ModifyColumnChange(SchemaSource source, SchemaObjectName table, ColumnSpec column)
            : base(source, table) => Column = column ?? throw new System.ArgumentNullException(nameof(column));

        /// <summary>The column and what changes about it.</summary>
        public ColumnSpec Column { get; }
    }

    /// <summary>
    /// <c>ALTER TABLE ... DROP COLUMN</c> (<c>DropColumnsAction</c>, one change per column). Indexes and constraints on the
    /// column, and foreign keys elsewhere that reference it, go with it.
    /// </summary>
    public sealed class DropColumnChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public DropColumnChange(SchemaSource source, SchemaObjectName table, string column, bool ifExists = false)
            : base(source, table)
        {
            Column = column ?? throw new System.ArgumentNullException(nameof(column));
            IfExists = ifExists;
        }

        /// <summary>The normalized column name.</summary>
        public string Column { get; }

        /// <summary>Whether <c>IF EXISTS</c> was written.</summary>
        public bool IfExists { get; }
    }

    /// <summary><c>ALTER TABLE ... RENAME COLUMN a TO b</c> (<c>RenameColumnAction</c>). Constraints, indexes and foreign keys follow.</summary>
    public sealed class RenameColumnChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public RenameColumnChange(SchemaSource source, SchemaObjectName table, string column, string newName, string? newDisplayName = null)
            : base(source, table)
        {
            Column = column ?? throw new System.ArgumentNullException(nameof(column));
            NewName = newName ?? throw new System.ArgumentNullException(nameof(newName));
            NewDisplayName = newDisplayName ?? newName;
        }

        /// <summary>The normalized old name.</summary>
        public string Column { get; }

        /// <summary>The normalized new name.</summary>
        public string NewName { get; }

        /// <summary>The new name as written.</summary>
        public string NewDisplayName { get; }
    }
}

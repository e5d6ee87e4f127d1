namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary><c>ALTER TABLE ... ADD [CONSTRAINT c] ...</c> (<c>AddConstraintAction</c>).</summary>
    public sealed class AddConstraintChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public AddConstraintChange(SchemaSource source, SchemaObjectName table, ConstraintSpec constraint)
            : base(source, table) => Constraint = constraint ?? throw new System.ArgumentNullException(nameof(constraint));

        /// <summary>The new constraint.</summary>
        public ConstraintSpec Constraint { get; }
    }

    /// <summary>
    /// <c>ALTER TABLE ... DROP CONSTRAINT c</c>, <c>DROP PRIMARY KEY</c>, MySQL <c>DROP FOREIGN KEY c</c> / <c>DROP CHECK c</c>
    /// (<c>DropConstraintAction</c>). With no name, the first constraint of <see cref="Kind"/> goes (DROP PRIMARY KEY).
    /// A name that only an index has drops that index (MySQL unique keys are indexes).
    /// </summary>
    public sealed class DropConstraintChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public DropConstraintChange(SchemaSource source, SchemaObjectName table, string? name, ConstraintType? kind = null, bool ifExists = false)
            : base(source, table)
        {
            if (name == null && kind == null) throw new System.ArgumentException("Give the constraint's name or its kind.", nameof(name));
            Name = name;
            Kind = kind;
            IfExists = ifExists;
        }

        /// <summary>The normalized constraint name, or null for DROP PRIMARY KEY.</summary>
        public string? Name { get; }

        /// <summary>The kind when the statement says it (DROP PRIMARY KEY, DROP FOREIGN KEY).</summary>
        public ConstraintType? Kind { get; }

        /// <summary>Whether <c>IF EXISTS</c> was written.</summary>
        public bool IfExists { get; }
    }

    /// <summary><c>ALTER TABLE ... RENAME CONSTRAINT a TO b</c>.</summary>
    public sealed class RenameConstraintChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public RenameConstraintChange(SchemaSource source, SchemaObjectName table, string name, string newName, string? newDisplayName = null)
            : base(source, table)
        {
            Name = name ?? throw new System.ArgumentNullException(nameof(name));
            NewName = newName ?? throw new System.ArgumentNullException(nameof(newName));
            NewDisplayName = newDisplayName ?? newName;
        }

        /// <summary>The new name as written.</summary>
        public string NewDisplayName { get; }

        /// <summary>The normalized old name.</summary>
        public string Name { get; }

        /// <summary>The normalized new name.</summary>
        public string NewName { get; }
    }
}

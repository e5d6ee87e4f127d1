using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>What a constraint enforces.</summary>
    public enum ConstraintKind
    {
        /// <summary>PRIMARY KEY (also MySQL's bare <c>KEY</c> on a column).</summary>
        PrimaryKey,

        /// <summary>UNIQUE.</summary>
        Unique,

        /// <summary>FOREIGN KEY or an inline REFERENCES.</summary>
        ForeignKey,

        /// <summary>CHECK.</summary>
        Check,

        /// <summary>NOT NULL.</summary>
        NotNull,

        /// <summary>An explicit NULL.</summary>
        Null,

        /// <summary>A named DEFAULT (SQL Server <c>CONSTRAINT df DEFAULT 0 [FOR col]</c>).</summary>
        Default,

        /// <summary>PostgreSQL EXCLUDE.</summary>
        Exclude,

        /// <summary>Anything else.</summary>
        Other,
    }

    /// <summary>What a foreign key does to child rows when the parent row is deleted or its key updated.</summary>
    public enum ReferentialAction
    {
        /// <summary>NO ACTION.</summary>
        NoAction,

        /// <summary>RESTRICT.</summary>
        Restrict,

        /// <summary>CASCADE.</summary>
        Cascade,

        /// <summary>SET NULL.</summary>
        SetNull,

        /// <summary>SET DEFAULT.</summary>
        SetDefault,
    }

    /// <summary>
    /// A constraint, inline on a column (<see cref="IsInline"/>) or out of line in a table definition or in
    /// ALTER TABLE ADD. Its span runs from <c>CONSTRAINT name</c> (or the first keyword) to its last state keyword.
    /// </summary>
    public sealed class ConstraintDefinition : SyntaxNode
    {
        internal ConstraintDefinition(TextSpan span, Identifier? name, ConstraintKind kind, bool isInline)
            : base(span)
        {
            Name = name;
            Kind = kind;
            IsInline = isInline;
        }

        /// <summary>The name after CONSTRAINT (for MySQL <c>UNIQUE KEY name</c> and <c>FOREIGN KEY name</c>, the index name when no CONSTRAINT name is given).</summary>
        public Identifier? Name { get; }

        /// <summary>What it enforces.</summary>
        public ConstraintKind Kind { get; }

        /// <summary>Whether it was written on a column rather than as a table element.</summary>
        public bool IsInline { get; }

        /// <summary>
        /// The constrained columns of an out-of-line constraint (for SQL Server <c>DEFAULT x FOR col</c>, that column);
        /// empty for inline constraints, whose column is the one they are written on.
        /// </summary>
        public IReadOnlyList<Identifier> Columns { get; internal set; } = System.Array.Empty<Identifier>();

        /// <summary>The referenced table, columns and actions of a foreign key.</summary>
        public ForeignKeyReference? References { get; internal set; }

        /// <summary>The CHECK condition or the DEFAULT value.</summary>
        public Expression? Expression { get; internal set; }

        /// <summary>PostgreSQL <c>NOT VALID</c>: existing rows are not checked.</summary>
        public OptionClause? NotValid { get; internal set; }

        /// <summary>
        /// SQL Server <c>WITH NOCHECK</c> before ADD: existing rows are not checked. Written before the constraint, so the
        /// node is held by the <see cref="AddConstraintAction.ExistingRowsCheck"/> of its ADD; this is a view of it.
        /// </summary>
        [DerivedView]
        public OptionClause? NoCheck { get; internal set; }

        /// <summary>
        /// SQL Server <c>WITH CHECK</c> before ADD: existing rows are checked. Like <see cref="NoCheck"/>, a view of the
        /// clause held by the <see cref="AddConstraintAction.ExistingRowsCheck"/> of its ADD.
        /// </summary>
        [DerivedView]
        public OptionClause? WithCheck { get; internal set; }

        /// <summary>Oracle <c>DISABLE</c>.</summary>
        public OptionClause? Disabled { get; internal set; }

        /// <summary>Oracle <c>ENABLE</c>.</summary>
        public OptionClause? Enabled { get; internal set; }

        /// <summary>Oracle <c>NOVALIDATE</c>: existing rows are not checked.</summary>
        public OptionClause? Novalidate { get; internal set; }

        /// <summary>Oracle <c>VALIDATE</c>.</summary>
        public OptionClause? Validate { get; internal set; }

        /// <summary><c>DEFERRABLE</c> or <c>NOT DEFERRABLE</c>.</summary>
        public OptionClause? Deferrable { get; internal set; }

        /// <summary><c>INITIALLY DEFERRED</c> or <c>INITIALLY IMMEDIATE</c>.</summary>
        public OptionClause? Initially { get; internal set; }

        /// <summary>SQL Server <c>CLUSTERED</c> or <c>NONCLUSTERED</c> on a key.</summary>
        public OptionClause? Clustering { get; internal set; }

        /// <summary>The index named in <c>USING INDEX name</c> (Oracle, PostgreSQL).</summary>
        public Identifier? UsingIndexName { get; internal set; }

        /// <summary>Index options given with the constraint: SQL Server <c>WITH (...)</c>, PostgreSQL <c>WITH (...)</c>, MySQL <c>USING BTREE</c>.</summary>
        public IReadOnlyList<OptionSetting> Options { get; internal set; } = System.Array.Empty<OptionSetting>();
    }

    /// <summary><c>REFERENCES table [(columns)] [ON DELETE action] [ON UPDATE action]</c>.</summary>
    public sealed class ForeignKeyReference : SyntaxNode
    {
        internal ForeignKeyReference(TextSpan span, ObjectName table, IReadOnlyList<Identifier> columns, ReferentialActionClause? onDelete, ReferentialActionClause? onUpdate)
            : base(span)
        {
            Table = table;
            Columns = columns;
            OnDelete = onDelete;
            OnUpdate = onUpdate;
        }

        /// <summary>The parent table.</summary>
        public ObjectName Table { get; }

        /// <summary>The parent columns; empty when not written (the parent's primary key).</summary>
        public IReadOnlyList<Identifier> Columns { get; }

        /// <summary><c>ON DELETE ...</c>, if written.</summary>
        public ReferentialActionClause? OnDelete { get; }

        /// <summary><c>ON UPDATE ...</c>, if written.</summary>
        public ReferentialActionClause? OnUpdate { get; }
    }

    /// <summary><c>ON DELETE CASCADE</c>, <c>ON UPDATE SET NULL</c> and the like; the span covers all its words.</summary>
    public sealed class ReferentialActionClause : SyntaxNode
    {
        internal ReferentialActionClause(TextSpan span, ReferentialAction action, TextSpan actionSpan)
            : base(span)
        {
            Action = action;
            ActionSpan = actionSpan;
        }

        /// <summary>The action.</summary>
        public ReferentialAction Action { get; }

        /// <summary>Just the action's words (<c>CASCADE</c>, <c>SET NULL</c>).</summary>
        public TextSpan ActionSpan { get; }
    }
}

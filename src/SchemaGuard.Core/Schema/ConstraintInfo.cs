using System.Collections.Generic;

namespace SchemaGuard.Core.Schema
{
    /// <summary>A primary key, unique, foreign key or check constraint of a table.</summary>
    public sealed class ConstraintInfo
    {
        private static readonly IReadOnlyList<string> NoColumns = new string[0];

        internal ConstraintInfo(
            string? name,
            SchemaObjectName table,
            ConstraintType kind,
            IReadOnlyList<string> columns,
            SchemaObjectName? referencedTable,
            IReadOnlyList<string>? referencedColumns,
            DeleteRule onDelete,
            SchemaSource declaredAt,
            string? writtenName = null)
        {
            Name = name;
            Table = table;
            Kind = kind;
            Columns = columns;
            ReferencedTable = referencedTable;
            ReferencedColumns = referencedColumns ?? NoColumns;
            OnDelete = onDelete;
            DeclaredAt = declaredAt;
            WrittenName = name == null ? null : writtenName ?? name;
        }

        /// <summary>The normalized constraint name, or null when the engine named it (an unnamed inline constraint).</summary>
        public string? Name { get; }

        /// <summary>The table the constraint belongs to (for a foreign key, the child).</summary>
        public SchemaObjectName Table { get; }

        /// <summary>The constraint's kind.</summary>
        public ConstraintType Kind { get; }

        /// <summary>The normalized columns, in declaration order (empty for a check constraint).</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>For a foreign key, the parent table as the catalog keys it; otherwise null.</summary>
        public SchemaObjectName? ReferencedTable { get; }

        /// <summary>For a foreign key, the parent's columns when written (empty means the parent's primary key).</summary>
        public IReadOnlyList<string> ReferencedColumns { get; }

        /// <summary>For a foreign key, its ON DELETE action; <see cref="DeleteRule.NoAction"/> otherwise.</summary>
        public DeleteRule OnDelete { get; }

        /// <summary>Where the constraint was declared.</summary>
        public SchemaSource DeclaredAt { get; }

        /// <summary>Whether this is a foreign key.</summary>
        public bool IsForeignKey => Kind == ConstraintType.ForeignKey;

        /// <summary>The name as written where it was declared (or last renamed), or null when unnamed.</summary>
        public string? WrittenName { get; }

        /// <summary>The name for messages: the constraint's name as written, or a description such as <c>FOREIGN KEY (order_id)</c>.</summary>
        public string DisplayName => WrittenName ?? Name ?? Describe();

        internal ConstraintInfo With(
            string? name = null,
            SchemaObjectName? table = null,
            IReadOnlyList<string>? columns = null,
            SchemaObjectName? referencedTable = null,
            IReadOnlyList<string>? referencedColumns = null,
            string? writtenName = null) =>
            new ConstraintInfo(
                name ?? Name,
                table ?? Table,
                Kind,
                columns ?? Columns,
                referencedTable ?? ReferencedTable,
                referencedColumns ?? ReferencedColumns,
                OnDelete,
                DeclaredAt,
                name == null ? writtenName ?? WrittenName : writtenName ?? name);

        private string Describe()
        {
            string kind = Kind == ConstraintType.PrimaryKey ? "PRIMARY KEY"
                : Kind == ConstraintType.Unique ? "UNIQUE"
                : Kind == ConstraintType.ForeignKey ? "FOREIGN KEY"
                : "CHECK";
            return Columns.Count == 0 ? kind : kind + " (" + string.Join(", ", Columns) + ")";
        }

        /// <inheritdoc />
        public override string ToString() => Kind == ConstraintType.ForeignKey
            ? DisplayName + " " + Table + " -> " + ReferencedTable + " ON DELETE " + OnDelete
            : DisplayName + " on " + Table;
    }
}

using System;
using System.Collections.Generic;

namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary>
    /// A column as a CREATE TABLE or ALTER TABLE ADD/MODIFY states it. Names are normalized (<c>Identifier.Normalized</c>).
    /// Inline column constraints (<c>PRIMARY KEY</c>, <c>REFERENCES</c>, <c>UNIQUE</c>) are given as <see cref="ConstraintSpec"/>s over
    /// this one column; an inline <c>NOT NULL</c> is <see cref="IsNullable"/> = false.
    /// </summary>
    public sealed class ColumnSpec
    {
        /// <summary>Creates a column spec.</summary>
        /// <param name="name">The normalized column name.</param>
        /// <param name="dataType">The data type's name (<c>DataType.Name</c>), any case; null when not written (CTAS, or MODIFY changing only nullability).</param>
        /// <param name="isNullable">True for <c>NULL</c>, false for <c>NOT NULL</c>, null when not written.</param>
        /// <param name="declaredAt">The column definition's own location; the change's source when null.</param>
        /// <param name="displayName">The name as written; the normalized name when null.</param>
        public ColumnSpec(string name, string? dataType = null, bool? isNullable = null, SchemaSource? declaredAt = null, string? displayName = null)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            DataType = dataType;
            IsNullable = isNullable;
            DeclaredAt = declaredAt;
            DisplayName = displayName ?? name;
        }

        /// <summary>The normalized column name.</summary>
        public string Name { get; }

        /// <summary>The name as written.</summary>
        public string DisplayName { get; }

        /// <summary>The data type's name as written, or null.</summary>
        public string? DataType { get; }

        /// <summary>The declared nullability, or null when not written.</summary>
        public bool? IsNullable { get; }

        /// <summary>The column definition's location, or null to use the change's source.</summary>
        public SchemaSource? DeclaredAt { get; }
    }

    /// <summary>A table constraint as declared inline or out of line in CREATE TABLE, or by ALTER TABLE ADD CONSTRAINT.</summary>
    public sealed class ConstraintSpec
    {
        private static readonly IReadOnlyList<string> NoColumns = new string[0];

        /// <summary>Creates a constraint spec.</summary>
        /// <param name="kind">The constraint's kind.</param>
        /// <param name="columns">The normalized columns (the one column for an inline constraint).</param>
        /// <param name="name">The normalized name after <c>CONSTRAINT</c>, or null.</param>
        /// <param name="referencedTable">For a foreign key, the parent table (<c>References.Table</c>).</param>
        /// <param name="referencedColumns">For a foreign key, the parent's columns when written.</param>
        /// <param name="onDelete">For a foreign key, <c>References.OnDelete.Action</c>; <see cref="DeleteRule.NoAction"/> without the clause.</param>
        /// <param name="declaredAt">The constraint clause's location; the change's source when null.</param>
        /// <param name="displayName">The name as written (<c>Identifier.Text</c>); the normalized name when null.</param>
        public ConstraintSpec(
            ConstraintType kind,
            IReadOnlyList<string>? columns = null,
            string? name = null,
            SchemaObjectName? referencedTable = null,
            IReadOnlyList<string>? referencedColumns = null,
            DeleteRule onDelete = DeleteRule.NoAction,
            SchemaSource? declaredAt = null,
            string? displayName = null)
        {
            if (kind == ConstraintType.ForeignKey && referencedTable == null)
                throw new ArgumentException("A foreign key needs the table it references.", nameof(referencedTable));
            Kind = kind;
            Columns = columns ?? NoColumns;
            Name = name;
            ReferencedTable = referencedTable;
            ReferencedColumns = referencedColumns ?? NoColumns;
            OnDelete = onDelete;
            DeclaredAt = declaredAt;
            DisplayName = name == null ? null : displayName ?? name;
        }

        /// <summary>A foreign key.</summary>
        public static ConstraintSpec ForeignKey(
            IReadOnlyList<string> columns,
            SchemaObjectName referencedTable,
            DeleteRule onDelete = DeleteRule.NoAction,
            IReadOnlyList<string>? referencedColumns = null,
            string? name = null,
            SchemaSource? declaredAt = null,
            string? displayName = null) =>
            new ConstraintSpec(ConstraintType.ForeignKey, columns, name, referencedTable, referencedColumns, onDelete, declaredAt, displayName);

        /// <summary>A primary key.</summary>
        public static ConstraintSpec PrimaryKey(IReadOnlyList<string> columns, string? name = null, SchemaSource? declaredAt = null, string? displayName = null) =>
            new ConstraintSpec(ConstraintType.PrimaryKey, columns, name, declaredAt: declaredAt, displayName: displayName);

        /// <summary>A unique constraint.</summary>
        public static ConstraintSpec Unique(IReadOnlyList<string> columns, string? name = null, SchemaSource? declaredAt = null, string? displayName = null) =>
            new ConstraintSpec(ConstraintType.Unique, columns, name, declaredAt: declaredAt, displayName: displayName);

        /// <summary>The constraint's kind.</summary>
        public ConstraintType Kind { get; }

        /// <summary>The normalized columns.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>The normalized name, or null.</summary>
        public string? Name { get; }

        /// <summary>The name as written, or null when no name was written.</summary>
        public string? DisplayName { get; }

        /// <summary>For a foreign key, the parent table.</summary>
        public SchemaObjectName? ReferencedTable { get; }

        /// <summary>For a foreign key, the parent's columns (empty: its primary key).</summary>
        public IReadOnlyList<string> ReferencedColumns { get; }

        /// <summary>For a foreign key, the ON DELETE action.</summary>
        public DeleteRule OnDelete { get; }

        /// <summary>The constraint clause's location, or null to use the change's source.</summary>
        public SchemaSource? DeclaredAt { get; }
    }

    /// <summary>An index as CREATE INDEX, an inline index of CREATE TABLE (MySQL <c>KEY</c>/<c>INDEX</c>) or ALTER TABLE ADD INDEX states it.</summary>
    public sealed class IndexSpec
    {
        private static readonly IReadOnlyList<string> NoIncluded = new string[0];

        /// <summary>Creates an index spec.</summary>
        /// <param name="columns">The key columns in order (<c>IndexColumn.Column</c> normalized, or an expression's text).</param>
        /// <param name="name">The index name, schema-qualified when written so; null for an unnamed inline index.</param>
        /// <param name="isUnique">Whether it is <c>UNIQUE</c>.</param>
        /// <param name="isVisible">False for <c>INVISIBLE</c> (MariaDB <c>IGNORED</c>).</param>
        /// <param name="declaredAt">The index's own location (an inline clause); the change's source when null.</param>
        /// <param name="displayName">The index name as written; the normalized name when null.</param>
        /// <param name="kind">
        /// What kind of index it is when not an ordinary B-tree, in upper case: <c>BITMAP</c>, <c>FULLTEXT</c>, <c>SPATIAL</c>,
        /// <c>COLUMNSTORE</c>, <c>REVERSE</c>, a PostgreSQL access method such as <c>GIN</c>; null for an ordinary index.
        /// </param>
        /// <param name="isPartial">Whether it indexes only the rows of a <c>WHERE</c> predicate (PostgreSQL partial, SQL Server filtered).</param>
        /// <param name="includedColumns">Normalized non-key columns of <c>INCLUDE (...)</c>.</param>
        public IndexSpec(
            IReadOnlyList<IndexKeyColumn> columns,
            SchemaObjectName? name = null,
            bool isUnique = false,
            bool isVisible = true,
            SchemaSource? declaredAt = null,
            string? displayName = null,
            string? kind = null,
            bool isPartial = false,
            IReadOnlyList<string>? includedColumns = null)
        {
            Columns = columns ?? throw new ArgumentNullException(nameof(columns));
            Name = name;
            IsUnique = isUnique;
            IsVisible = isVisible;
            DeclaredAt = declaredAt;
            DisplayName = name == null ? null : displayName ?? name.Name;
            Kind = string.IsNullOrEmpty(kind) ? null : kind;
            IsPartial = isPartial;
            IncludedColumns = includedColumns ?? NoIncluded;
        }

        /// <summary>The key columns in order.</summary>
        public IReadOnlyList<IndexKeyColumn> Columns { get; }

        /// <summary>The index name, or null.</summary>
        public SchemaObjectName? Name { get; }

        /// <summary>The index's own name as written, or null when unnamed.</summary>
        public string? DisplayName { get; }

        /// <summary>The index kind when not an ordinary B-tree (<c>BITMAP</c>, <c>FULLTEXT</c>, <c>GIN</c>, ...), or null.</summary>
        public string? Kind { get; }

        /// <summary>Whether only rows matching a predicate are indexed.</summary>
        public bool IsPartial { get; }

        /// <summary>The normalized non-key (<c>INCLUDE</c>) columns.</summary>
        public IReadOnlyList<string> IncludedColumns { get; }

        /// <summary>Whether it is unique.</summary>
        public bool IsUnique { get; }

        /// <summary>Whether it is visible to the optimizer.</summary>
        public bool IsVisible { get; }

        /// <summary>The index's location, or null to use the change's source.</summary>
        public SchemaSource? DeclaredAt { get; }
    }
}

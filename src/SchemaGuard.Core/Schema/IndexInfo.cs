using System;
using System.Collections.Generic;

namespace SchemaGuard.Core.Schema
{
    /// <summary>One key of an index: a column, or an expression kept as its text.</summary>
    public sealed class IndexKeyColumn : IEquatable<IndexKeyColumn>
    {
        /// <summary>Creates a key part.</summary>
        /// <param name="text">The normalized column name, or the expression's text.</param>
        /// <param name="isExpression">Whether it is an expression rather than a plain column.</param>
        public IndexKeyColumn(string text, bool isExpression = false)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
            IsExpression = isExpression;
        }

        /// <summary>The normalized column name, or the expression's text.</summary>
        public string Text { get; }

        /// <summary>Whether it is an expression (a function-based index key).</summary>
        public bool IsExpression { get; }

        /// <summary>A plain column key.</summary>
        public static IndexKeyColumn Column(string name) => new IndexKeyColumn(name);

        /// <inheritdoc />
        public bool Equals(IndexKeyColumn? other) =>
            other != null && other.IsExpression == IsExpression && string.Equals(other.Text, Text, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as IndexKeyColumn);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

        /// <inheritdoc />
        public override string ToString() => Text;
    }

    /// <summary>An index as the replayed migrations left it.</summary>
    public sealed class IndexInfo
    {
        private static readonly IReadOnlyList<string> NoIncluded = new string[0];

        internal IndexInfo(
            SchemaObjectName name,
            bool isNameGenerated,
            SchemaObjectName table,
            IReadOnlyList<IndexKeyColumn> columns,
            bool isUnique,
            bool isVisible,
            SchemaSource declaredAt,
            string? displayName = null,
            string? kind = null,
            bool isPartial = false,
            IReadOnlyList<string>? includedColumns = null)
        {
            Name = name;
            IsNameGenerated = isNameGenerated;
            Table = table;
            Columns = columns;
            IsUnique = isUnique;
            IsVisible = isVisible;
            DeclaredAt = declaredAt;
            DisplayName = displayName ?? name.Name;
            Kind = kind;
            IsPartial = isPartial;
            IncludedColumns = includedColumns ?? NoIncluded;
        }

        /// <summary>The index name; its schema is the table's unless the index was created in another one.</summary>
        public SchemaObjectName Name { get; }

        /// <summary>The index's own name as written where it was created or last renamed (the generated name when none was written).</summary>
        public string DisplayName { get; }

        /// <summary>
        /// The kind when the index is not an ordinary B-tree, in upper case (<c>BITMAP</c>, <c>FULLTEXT</c>, <c>SPATIAL</c>,
        /// <c>COLUMNSTORE</c>, <c>REVERSE</c>, <c>GIN</c>, ...); null for an ordinary index (SQL Server clustered ones included).
        /// </summary>
        public string? Kind { get; }

        /// <summary>Whether it indexes only rows matching a predicate (PostgreSQL partial, SQL Server filtered index).</summary>
        public bool IsPartial { get; }

        /// <summary>Normalized non-key columns (<c>INCLUDE (...)</c>).</summary>
        public IReadOnlyList<string> IncludedColumns { get; }

        /// <summary>Whether no name was written and the catalog made one up (MySQL's rule: the first key column's name).</summary>
        public bool IsNameGenerated { get; }

        /// <summary>The indexed table.</summary>
        public SchemaObjectName Table { get; }

        /// <summary>The key columns in order.</summary>
        public IReadOnlyList<IndexKeyColumn> Columns { get; }

        /// <summary>Whether it is a unique index.</summary>
        public bool IsUnique { get; }

        /// <summary>Whether the optimizer may use it (false after <c>INVISIBLE</c>, MariaDB <c>IGNORED</c>).</summary>
        public bool IsVisible { get; }

        /// <summary>Where it was created (the CREATE INDEX statement, or the index clause inside CREATE/ALTER TABLE).</summary>
        public SchemaSource DeclaredAt { get; }

        internal IndexInfo With(
            SchemaObjectName? name = null,
            SchemaObjectName? table = null,
            IReadOnlyList<IndexKeyColumn>? columns = null,
            bool? isVisible = null,
            string? displayName = null,
            IReadOnlyList<string>? includedColumns = null) =>
            new IndexInfo(
                name ?? Name,
                name == null && IsNameGenerated,
                table ?? Table,
                columns ?? Columns,
                IsUnique,
                isVisible ?? IsVisible,
                DeclaredAt,
                name == null ? DisplayName : displayName ?? name.Name,
                Kind,
                IsPartial,
                includedColumns ?? IncludedColumns);

        /// <inheritdoc />
        public override string ToString() => Name.Name + " ON " + Table + " (" + string.Join(", ", Columns) + ")";
    }
}

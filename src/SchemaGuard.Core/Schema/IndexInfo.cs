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
        internal IndexInfo(
            SchemaObjectName name,
            bool isNameGenerated,
            SchemaObjectName table,
            IReadOnlyList<IndexKeyColumn> columns,
            bool isUnique,
            bool isVisible,
            SchemaSource declaredAt)
        {
            Name = name;
            IsNameGenerated = isNameGenerated;
            Table = table;
            Columns = columns;
            IsUnique = isUnique;
            IsVisible = isVisible;
            DeclaredAt = declaredAt;
        }

        /// <summary>The index name; its schema is the table's unless the index was created in another one.</summary>
        public SchemaObjectName Name { get; }

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
            bool? isVisible = null) =>
            new IndexInfo(name ?? Name, name == null && IsNameGenerated, table ?? Table, columns ?? Columns, IsUnique, isVisible ?? IsVisible, DeclaredAt);

        /// <inheritdoc />
        public override string ToString() => Name.Name + " ON " + Table + " (" + string.Join(", ", Columns) + ")";
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>Where an INSERT's rows come from.</summary>
    public enum InsertSourceKind
    {
        /// <summary><c>VALUES (...), (...)</c> (MySQL also <c>VALUE</c>).</summary>
        Values,

        /// <summary>A query: <c>SELECT</c>, <c>WITH ... SELECT</c>, <c>(SELECT ...)</c>, <c>TABLE t</c>.</summary>
        Query,

        /// <summary><c>DEFAULT VALUES</c>.</summary>
        DefaultValues,

        /// <summary>MySQL <c>SET a = 1, b = 2</c>.</summary>
        Set,

        /// <summary>Anything else (SQL Server <c>EXEC proc</c>, a missing source).</summary>
        Other,
    }

    /// <summary>
    /// INSERT in any dialect, and MySQL's REPLACE (<see cref="IsReplace"/>). For Oracle's multi-table
    /// <c>INSERT ALL/FIRST</c>, <see cref="Table"/> and <see cref="Columns"/> are those of the first INTO.
    /// <see cref="Statement.Hints"/> holds hint comments after <c>INSERT</c>.
    /// </summary>
    public sealed class InsertStatement : Statement
    {
        internal InsertStatement(TextSpan span)
            : base(StatementKind.Insert, span)
        {
        }

        /// <summary>The target table.</summary>
        public ObjectName Table { get; internal set; } = null!;

        /// <summary>The column list; empty when not written.</summary>
        public IReadOnlyList<Identifier> Columns { get; internal set; } = new Identifier[0];

        /// <summary>Where the rows come from.</summary>
        public InsertSourceKind Source { get; internal set; } = InsertSourceKind.Other;

        /// <summary>The rows of a VALUES source (empty for other sources).</summary>
        public IReadOnlyList<ValuesRow> Rows { get; internal set; } = new ValuesRow[0];

        /// <summary>Oracle <c>INSERT ALL</c> or <c>INSERT FIRST</c>.</summary>
        public bool IsMultiTable { get; internal set; }

        /// <summary>MySQL <c>REPLACE</c>: conflicting rows are deleted first.</summary>
        public bool IsReplace { get; internal set; }

        /// <summary>MySQL <c>IGNORE</c>.</summary>
        public OptionClause? Ignore { get; internal set; }

        /// <summary>PostgreSQL <c>ON CONFLICT ...</c> or MySQL <c>ON DUPLICATE KEY UPDATE ...</c>: the span of its leading words.</summary>
        public OptionClause? OnConflict { get; internal set; }
    }

    /// <summary>One parenthesised row of <c>VALUES</c>.</summary>
    public sealed class ValuesRow : SyntaxNode
    {
        internal ValuesRow(TextSpan span, IReadOnlyList<Expression> values)
            : base(span) => Values = values;

        /// <summary>The values in order.</summary>
        public IReadOnlyList<Expression> Values { get; }
    }
}

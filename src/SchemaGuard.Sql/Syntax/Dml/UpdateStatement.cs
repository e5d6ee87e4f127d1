using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>UPDATE in any dialect; <see cref="Statement.Hints"/> holds hint comments after <c>UPDATE</c>.</summary>
    public sealed class UpdateStatement : Statement
    {
        internal UpdateStatement(TextSpan span)
            : base(StatementKind.Update, span)
        {
        }

        /// <summary>The <c>UPDATE</c> keyword (after any <c>WITH</c> clause the statement starts with).</summary>
        public TextSpan KeywordSpan { get; internal set; }

        /// <summary>The updated table (an alias after UPDATE is resolved through the FROM list, as for DELETE).</summary>
        public ObjectName Table { get; internal set; } = null!;

        /// <summary>The target's alias, if any.</summary>
        public Identifier? Alias { get; internal set; }

        /// <summary>The <c>SET</c> keyword; empty when it is missing.</summary>
        public TextSpan SetKeywordSpan { get; internal set; }

        /// <summary>The assigned columns in order (<c>SET a = 1, t.b = 2, (c, d) = (...)</c> gives a, b, c, d).</summary>
        public IReadOnlyList<Identifier> SetColumns { get; internal set; } = new Identifier[0];

        /// <summary>The WHERE clause; null when every row is updated (or CURRENT OF is used).</summary>
        public WhereClause? Where { get; internal set; }

        /// <summary><c>WHERE CURRENT OF cursor</c>.</summary>
        public OptionClause? CurrentOf { get; internal set; }

        /// <summary>SQL Server <c>TOP (n) [PERCENT]</c>.</summary>
        public OptionClause? Top { get; internal set; }

        /// <summary>MySQL <c>LIMIT n</c>.</summary>
        public OptionClause? Limit { get; internal set; }

        /// <summary>
        /// Whether other tables take part: a <c>FROM</c> clause (PostgreSQL, SQL Server) or MySQL's joined or
        /// comma-listed tables before SET.
        /// </summary>
        public bool HasFrom { get; internal set; }
    }
}

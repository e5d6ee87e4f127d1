using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>DELETE in any dialect; <see cref="Statement.Hints"/> holds hint comments after <c>DELETE</c>.</summary>
    public sealed class DeleteStatement : Statement
    {
        internal DeleteStatement(TextSpan span)
            : base(StatementKind.Delete, span)
        {
        }

        /// <summary>The <c>DELETE</c> keyword (after any <c>WITH</c> clause the statement starts with).</summary>
        public TextSpan KeywordSpan { get; internal set; }

        /// <summary>
        /// The table rows are deleted from. In MySQL's and SQL Server's <c>DELETE a FROM t a JOIN ...</c> the target
        /// written after DELETE is resolved through the FROM list to its table when it is an alias.
        /// </summary>
        public ObjectName Table { get; internal set; } = null!;

        /// <summary>The target's alias, if any.</summary>
        public Identifier? Alias { get; internal set; }

        /// <summary>The WHERE clause; null when the statement deletes every row it reaches (or uses CURRENT OF).</summary>
        public WhereClause? Where { get; internal set; }

        /// <summary><c>WHERE CURRENT OF cursor</c>: a positioned delete of one row.</summary>
        public OptionClause? CurrentOf { get; internal set; }

        /// <summary>SQL Server <c>TOP (n) [PERCENT]</c>: a bound on the rows deleted.</summary>
        public OptionClause? Top { get; internal set; }

        /// <summary>MySQL <c>LIMIT n</c>: a bound on the rows deleted.</summary>
        public OptionClause? Limit { get; internal set; }

        /// <summary>
        /// Whether other tables take part: PostgreSQL/MySQL <c>USING</c>, SQL Server's second <c>FROM</c>, MySQL's
        /// multi-table <c>DELETE t1, t2 FROM ... JOIN ...</c>.
        /// </summary>
        public bool HasJoinOrUsing { get; internal set; }
    }
}

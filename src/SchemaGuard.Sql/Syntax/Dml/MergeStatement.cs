using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>MERGE (Oracle, PostgreSQL 15+, SQL Server); <see cref="Statement.Hints"/> holds hint comments after <c>MERGE</c>.</summary>
    public sealed class MergeStatement : Statement
    {
        internal MergeStatement(TextSpan span)
            : base(StatementKind.Merge, span)
        {
        }

        /// <summary>The target table.</summary>
        public ObjectName Target { get; internal set; } = null!;

        /// <summary>The target's alias, if any.</summary>
        public Identifier? TargetAlias { get; internal set; }

        /// <summary>The source table or view; null when the source is a subquery.</summary>
        public ObjectName? Source { get; internal set; }

        /// <summary>The source's alias, if any.</summary>
        public Identifier? SourceAlias { get; internal set; }

        /// <summary>The <c>ON</c> condition.</summary>
        public Expression? Condition { get; internal set; }

        /// <summary>
        /// The first delete action: the <c>DELETE</c> of <c>WHEN [NOT] MATCHED ... THEN DELETE</c> or Oracle's
        /// <c>DELETE WHERE</c>; null when the merge deletes nothing.
        /// </summary>
        public OptionClause? DeleteAction { get; internal set; }

        /// <summary>Whether the merge can delete rows.</summary>
        public bool HasDelete => DeleteAction != null;
    }
}

using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>A <c>WHERE condition</c> clause; its span runs from <c>WHERE</c> to the end of the condition.</summary>
    public sealed class WhereClause : SyntaxNode
    {
        internal WhereClause(TextSpan span, TextSpan keywordSpan, Expression condition)
            : base(span)
        {
            KeywordSpan = keywordSpan;
            Condition = condition;
        }

        /// <summary>The span of the <c>WHERE</c> keyword.</summary>
        public TextSpan KeywordSpan { get; }

        /// <summary>The condition.</summary>
        public Expression Condition { get; }
    }
}

using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>Base of expression nodes.</summary>
    public abstract class Expression : SyntaxNode
    {
        /// <summary>Creates an expression.</summary>
        protected Expression(TextSpan span)
            : base(span)
        {
        }
    }

    /// <summary>An expression kept as its span only: the parser skipped over it by balanced tokens.</summary>
    public sealed class RawExpression : Expression
    {
        internal RawExpression(TextSpan span)
            : base(span)
        {
        }
    }
}

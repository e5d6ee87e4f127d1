using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// A keyword option whose presence matters and whose place a finding may point at: <c>ONLINE</c>,
    /// <c>CONCURRENTLY</c>, <c>PURGE</c>, <c>CASCADE CONSTRAINTS</c>, <c>WITHOUT VALIDATION</c>. Properties of this type
    /// are null when the option is absent.
    /// </summary>
    public sealed class OptionClause : SyntaxNode
    {
        internal OptionClause(TextSpan span, string keyword)
            : base(span) => Keyword = keyword;

        /// <summary>The option's keywords in upper case, single-spaced (<c>CASCADE CONSTRAINTS</c>).</summary>
        public string Keyword { get; }

        /// <inheritdoc />
        public override string ToString() => Keyword;
    }
}

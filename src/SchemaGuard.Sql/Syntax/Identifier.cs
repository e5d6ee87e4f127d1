using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>One name part: a word, a quoted identifier or a substitution variable standing for a name.</summary>
    public sealed class Identifier : SyntaxNode
    {
        internal Identifier(TextSpan span, string text, bool isQuoted, string normalized)
            : base(span)
        {
            Text = text;
            IsQuoted = isQuoted;
            Normalized = normalized;
        }

        /// <summary>The name as written, without quotes and with doubled quotes undone.</summary>
        public string Text { get; }

        /// <summary>Whether it was quoted (<c>"x"</c>, <c>`x`</c>, <c>[x]</c>).</summary>
        public bool IsQuoted { get; }

        /// <summary>
        /// The name as the engine stores and compares it: Oracle folds unquoted names to upper case, PostgreSQL to
        /// lower case; MySQL and SQL Server compare ignoring case, so their names are lower-cased here.
        /// Two identifiers name the same object when their normalized forms are equal.
        /// </summary>
        public string Normalized { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Identifiers and qualified names.</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// Whether the current token can be a name part (a word, a quoted identifier, a substitution variable, and where
        /// the dialect allows, a double-quoted string: <see cref="Dialects.SqlDialect.DoubleQuotedStringsMayBeNames"/>).
        /// </summary>
        private bool AtIdentifier() => IsNameAt(0);

        /// <summary>Whether the token <paramref name="ahead"/> places on can be a name part, as <see cref="AtIdentifier"/> tells.</summary>
        private bool IsNameAt(int ahead)
        {
            var token = Peek(ahead);
            return IsIdentifierKind(token.Kind) || IsDoubleQuotedName(token);
        }

        private bool IsDoubleQuotedName(SyntaxToken token) =>
            _dialect.DoubleQuotedStringsMayBeNames && token.Kind == SyntaxKind.StringLiteral && token.Has(TokenFlags.DoubleQuotedString);

        /// <summary>Reads one name part, or returns null (consuming nothing) when there is none.</summary>
        private Identifier? ParseIdentifier()
        {
            if (!AtIdentifier()) return null;
            var token = Current;
            string raw = _tokens.GetText(_pos);
            bool quoted = token.Kind == SyntaxKind.QuotedIdentifier || IsDoubleQuotedName(token);
            string text = quoted ? Unquote(raw) : raw;
            if (token.Kind == SyntaxKind.SubstitutionVariable && text.EndsWith(".", System.StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - 1);
            }

            _pos++;
            return new Identifier(token.Span, text, quoted, NameNormalizer.Normalize(text, quoted, _dialect));
        }

        /// <summary>Reads one name part or reports that a name was expected.</summary>
        private Identifier? ExpectIdentifier(string what)
        {
            var id = ParseIdentifier();
            if (id == null) ReportExpected(what);
            return id;
        }

        /// <summary>
        /// Reads <c>a.b.c</c> (with an Oracle <c>@dblink</c>); returns null, consuming nothing, when no name starts here.
        /// A substitution variable that ends in its period (<c>&amp;owner..table</c>) still counts as one part.
        /// </summary>
        private ObjectName? ParseObjectName()
        {
            int start = _pos;
            var first = ParseIdentifier();
            if (first == null) return null;
            var parts = new List<Identifier>(2) { first };
            while (Is(SyntaxKind.Dot) && (IsNameAt(1) || Peek(1).Kind == SyntaxKind.Dot))
            {
                _pos++;

                // SQL Server allows an empty part: db..table.
                if (Is(SyntaxKind.Dot)) continue;
                parts.Add(ParseIdentifier()!);
            }

            Identifier? link = null;
            if (Is(SyntaxKind.Operator) && _tokens.TextIs(_pos, "@") && IsIdentifierKind(Peek(1).Kind))
            {
                _pos++;
                link = ParseIdentifier();
            }

            return new ObjectName(SpanFrom(start), parts, link);
        }

        /// <summary>Reads a name or reports that one was expected.</summary>
        private ObjectName? ExpectObjectName(string what)
        {
            var name = ParseObjectName();
            if (name == null) ReportExpected(what);
            return name;
        }

        /// <summary>
        /// Reads <c>( part [, ...] )</c>, the column lists of keys, constraints, partitioning and INCLUDE: a part is a column
        /// with an optional prefix length, sort order, <c>NULLS FIRST|LAST</c>, collation or operator class, or an expression
        /// (which yields no column). Reports a missing <c>(</c> or <c>)</c>.
        /// </summary>
        private List<Identifier> ParseParenthesizedIdentifierList()
        {
            var list = new List<Identifier>();
            if (!Expect(SyntaxKind.OpenParen, "'('")) return list;
            while (!AtEnd && !Is(SyntaxKind.CloseParen))
            {
                if (AtIdentifier() && !Is(SyntaxKind.OpenParen, 1) && !Is(SyntaxKind.Dot, 1))
                {
                    list.Add(ParseIdentifier()!);
                }
                else if (AtIdentifier() && Is(SyntaxKind.OpenParen, 1) && Is(SyntaxKind.NumericLiteral, 2) && Is(SyntaxKind.CloseParen, 3))
                {
                    // MySQL prefix length: name(10)
                    list.Add(ParseIdentifier()!);
                }

                while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen)) SkipBalancedQuietly();
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            Expect(SyntaxKind.CloseParen, "')'");
            return list;
        }

        private static bool IsIdentifierKind(SyntaxKind kind) =>
            kind == SyntaxKind.Word || kind == SyntaxKind.QuotedIdentifier || kind == SyntaxKind.SubstitutionVariable;

        /// <summary>Removes the quotes of <c>"a""b"</c>, <c>`a``b`</c> or <c>[a]]b]</c>.</summary>
        private static string Unquote(string raw)
        {
            if (raw.Length < 2) return raw;
            char open = raw[0];
            char close = open == '[' ? ']' : open;
            bool terminated = raw[raw.Length - 1] == close;
            string inner = raw.Substring(1, raw.Length - (terminated ? 2 : 1));
            string doubled = new string(close, 2);
            return inner.IndexOf(doubled, System.StringComparison.Ordinal) >= 0 ? inner.Replace(doubled, close.ToString()) : inner;
        }
    }
}

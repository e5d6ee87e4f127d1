using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Lexing
{
    /// <summary>Whitespace or a comment before a token, with its span.</summary>
    public readonly struct SyntaxTrivia
    {
        /// <summary>Creates a trivia piece.</summary>
        public SyntaxTrivia(TriviaKind kind, int start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        /// <summary>The kind.</summary>
        public TriviaKind Kind { get; }

        /// <summary>Offset of its first character.</summary>
        public int Start { get; }

        /// <summary>Its length.</summary>
        public int Length { get; }

        /// <summary>Its span.</summary>
        public TextSpan Span => new TextSpan(Start, Length);

        /// <inheritdoc />
        public override string ToString() => Kind + Span.ToString();
    }
}

using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Lexing
{
    /// <summary>
    /// One token: a kind, its span in the source text and the index range of its leading trivia in the
    /// script's trivia array. Tokens are small values kept in one array per script; their text is never
    /// copied until someone asks for it.
    /// </summary>
    public readonly struct SyntaxToken
    {
        /// <summary>Creates a token.</summary>
        public SyntaxToken(SyntaxKind kind, TokenFlags flags, int start, int length, int triviaStart, int triviaCount)
        {
            Kind = kind;
            Flags = flags;
            Start = start;
            Length = length;
            TriviaStart = triviaStart;
            TriviaCount = triviaCount;
        }

        /// <summary>The kind.</summary>
        public SyntaxKind Kind { get; }

        /// <summary>Extra facts, such as which literal form.</summary>
        public TokenFlags Flags { get; }

        /// <summary>Offset of the token's first character (after its leading trivia).</summary>
        public int Start { get; }

        /// <summary>Length of the token's text.</summary>
        public int Length { get; }

        /// <summary>Offset just past the token.</summary>
        public int End => Start + Length;

        /// <summary>Index of the first leading trivia piece in the script's trivia array.</summary>
        public int TriviaStart { get; }

        /// <summary>Number of leading trivia pieces.</summary>
        public int TriviaCount { get; }

        /// <summary>The token's span (without trivia).</summary>
        public TextSpan Span => new TextSpan(Start, Length);

        /// <summary>Whether a flag is set.</summary>
        public bool Has(TokenFlags flag) => (Flags & flag) != 0;

        /// <inheritdoc />
        public override string ToString() => Kind + Span.ToString();
    }
}

namespace SchemaGuard.Sql.Splitting
{
    /// <summary>A run of tokens the client sends or runs as one unit, with the token that ended it.</summary>
    public readonly struct StatementRange
    {
        /// <summary>Creates a range.</summary>
        public StatementRange(StatementRangeKind kind, int firstToken, int endToken, int terminatorToken)
        {
            Kind = kind;
            FirstToken = firstToken;
            EndToken = endToken;
            TerminatorToken = terminatorToken;
        }

        /// <summary>How the client runs it.</summary>
        public StatementRangeKind Kind { get; }

        /// <summary>Index of the first token.</summary>
        public int FirstToken { get; }

        /// <summary>Index just past the last token, the terminator excluded.</summary>
        public int EndToken { get; }

        /// <summary>Index of the terminator (<c>;</c>, <c>/</c>, a custom delimiter), or -1.</summary>
        public int TerminatorToken { get; }

        /// <inheritdoc />
        public override string ToString() => Kind + "[" + FirstToken + ".." + EndToken + ") term " + TerminatorToken;
    }
}

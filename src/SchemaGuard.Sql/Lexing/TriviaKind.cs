namespace SchemaGuard.Sql.Lexing
{
    /// <summary>The kind of a trivia piece: text between tokens that does not change what SQL means.</summary>
    public enum TriviaKind : byte
    {
        /// <summary>Spaces, tabs and line breaks.</summary>
        Whitespace,

        /// <summary><c>-- ...</c> or <c># ...</c> to the end of the line (the line break is not included).</summary>
        LineComment,

        /// <summary><c>/* ... */</c>.</summary>
        BlockComment,

        /// <summary>An optimizer hint comment <c>/*+ ... */</c> or <c>--+ ...</c>.</summary>
        Hint,

        /// <summary>The opening <c>/*!</c> or <c>/*!80013</c> of a MySQL executable comment; the code inside is lexed as tokens.</summary>
        ExecutableCommentStart,

        /// <summary>The closing <c>*/</c> of a MySQL executable comment.</summary>
        ExecutableCommentEnd,

        /// <summary>
        /// A hyphen that ends a line of a SQL*Plus command, with the blanks and the line break after it: the command
        /// goes on on the next line (<c>EXECUTE dbms_stats.gather_schema_stats( -</c>).
        /// </summary>
        LineContinuation,
    }
}

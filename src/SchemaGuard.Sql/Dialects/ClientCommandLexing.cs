namespace SchemaGuard.Sql.Dialects
{
    /// <summary>How the splitter reads a client command line.</summary>
    public enum ClientCommandLexing
    {
        /// <summary>
        /// The rest of the line is free text (<c>PROMPT Don't stop</c>, <c>REM</c>): it becomes one
        /// <see cref="Lexing.SyntaxKind.ClientCommandText"/> token so a stray quote cannot swallow the script.
        /// </summary>
        RawLine,

        /// <summary>
        /// Like <see cref="RawLine"/>, but a hyphen at the end never continues it onto the next line: a remark ends
        /// with its line (SQL*Plus <c>REM ----</c>).
        /// </summary>
        Remark,

        /// <summary>The line is lexed as SQL tokens (<c>EXEC pkg.proc(1)</c>, <c>SHUTDOWN ABORT</c>) and ends at the line break.</summary>
        TokensToEndOfLine,
    }
}

namespace SchemaGuard.Sql.Splitting
{
    /// <summary>How the client would run a range of tokens.</summary>
    public enum StatementRangeKind
    {
        /// <summary>
        /// SQL sent to the server: one statement, or for T-SQL a run of statements without semicolons (a T-SQL
        /// routine takes the rest of its batch). Ended by <c>;</c>, a custom delimiter, a <c>/</c> or <c>.</c> line,
        /// or nothing (a batch separator, an interrupting client command, the end of the file).
        /// </summary>
        Sql,

        /// <summary>A PL/SQL unit or block, ended by a <c>/</c> (or <c>.</c>) line, or the end of the file; its semicolons are inside it.</summary>
        PlSqlUnit,

        /// <summary>
        /// A client command line: SQL*Plus <c>SET</c>, <c>PROMPT</c>, <c>@file</c>, <c>$ cmd</c>; mysql <c>DELIMITER</c>;
        /// sqlcmd <c>:r</c>; psql <c>\set</c>. After its first token comes one <see cref="Lexing.SyntaxKind.ClientCommandText"/>
        /// token, except for commands the parser reads as SQL (<c>EXEC</c>, <c>SHUTDOWN</c>, <c>STARTUP</c>), which are
        /// lexed normally up to their line break. A <c>;</c> ending the line is its terminator.
        /// </summary>
        ClientCommand,

        /// <summary>A batch separator line such as <c>GO</c> or <c>GO 5</c>.</summary>
        BatchSeparator,
    }
}

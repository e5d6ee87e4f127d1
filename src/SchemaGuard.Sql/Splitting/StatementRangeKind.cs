namespace SchemaGuard.Sql.Splitting
{
    /// <summary>How the client would run a range of tokens.</summary>
    public enum StatementRangeKind
    {
        /// <summary>SQL sent to the server (one statement, or for T-SQL possibly several without semicolons).</summary>
        Sql,

        /// <summary>A PL/SQL unit or block, ended by a <c>/</c> line (or the end of the file).</summary>
        PlSqlUnit,

        /// <summary>A client command line (SQL*Plus <c>SET</c>, <c>PROMPT</c>, <c>@file</c>, mysql <c>DELIMITER</c>).</summary>
        ClientCommand,

        /// <summary>A batch separator line such as <c>GO</c> or <c>GO 5</c>.</summary>
        BatchSeparator,
    }
}

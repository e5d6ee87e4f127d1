namespace SchemaGuard.Sql.Dialects
{
    /// <summary>Where a client recognises a line-prefix command such as psql <c>\set</c> or sqlcmd <c>:r</c>.</summary>
    public enum ClientCommandPrefixScope
    {
        /// <summary>Only where a statement would start, first on its line (SQL*Plus <c>$</c> and <c>!</c> host commands).</summary>
        StatementStart,

        /// <summary>At the start of any line, even inside a statement, which it ends (sqlcmd <c>:r file</c>).</summary>
        LineStart,

        /// <summary>Anywhere outside quotes and comments, even mid-line (psql <c>SELECT 1 \gset</c>).</summary>
        Anywhere,
    }
}

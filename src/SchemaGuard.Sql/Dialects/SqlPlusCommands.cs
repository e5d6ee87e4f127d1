using System;
using System.Collections.Generic;

namespace SchemaGuard.Sql.Dialects
{
    /// <summary>SQL*Plus and SQLcl commands that are one line long and need no terminator.</summary>
    internal static class SqlPlusCommands
    {
        internal static IReadOnlyDictionary<string, ClientCommandLexing> Create()
        {
            var d = new Dictionary<string, ClientCommandLexing>(StringComparer.OrdinalIgnoreCase);
            foreach (var raw in new[]
            {
                "PROMPT", "PRO", "SPOOL", "SPO", "DEFINE", "DEF", "UNDEFINE", "UNDEF", "WHENEVER",
                "CONNECT", "CONN", "DISCONNECT", "DISC", "EXIT", "QUIT", "ACCEPT", "ACC", "COLUMN", "COL", "VARIABLE", "VAR",
                "PRINT", "PAUSE", "HOST", "CLEAR", "BREAK", "COMPUTE", "TTITLE", "BTITLE", "TIMING", "DESCRIBE", "DESC",
                "SHOW", "SHO", "SET", "STORE", "PASSWORD", "RECOVER", "ARCHIVE", "ATTRIBUTE", "REPHEADER", "REPFOOTER",
                "SAVE", "GET", "START", "EDIT", "ED", "INPUT", "APPEND", "CHANGE", "DEL", "LIST", "RUN", "XQUERY", "COPY",

                // SQLcl additions; none of them begins an Oracle SQL statement.
                "LOAD", "ALIAS", "APEX", "BRIDGE", "CD", "CTAS", "DDL", "FORMAT", "HISTORY", "INFO", "LIQUIBASE", "LB",
                "OERR", "REPEAT", "SODA", "SSHTUNNEL", "TNSPING",
            })
            {
                d[raw] = ClientCommandLexing.RawLine;
            }

            d["REM"] = ClientCommandLexing.Remark;
            d["REMARK"] = ClientCommandLexing.Remark;

            // Lexed as SQL so that rules can read them: SHUTDOWN ABORT, EXEC DBMS_REDEFINITION.START_REDEF_TABLE(...).
            foreach (var sql in new[] { "SHUTDOWN", "STARTUP", "EXEC", "EXECUTE" })
            {
                d[sql] = ClientCommandLexing.TokensToEndOfLine;
            }

            return d;
        }
    }

    /// <summary>psql meta-commands start with a backslash; none needs a word entry.</summary>
    internal static class PsqlCommands
    {
        internal static IReadOnlyDictionary<string, ClientCommandLexing> Create() =>
            new Dictionary<string, ClientCommandLexing>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>mysql client commands that are read as one line.</summary>
    internal static class MySqlClientCommands
    {
        internal static IReadOnlyDictionary<string, ClientCommandLexing> Create() =>
            new Dictionary<string, ClientCommandLexing>(StringComparer.OrdinalIgnoreCase)
            {
                ["DELIMITER"] = ClientCommandLexing.RawLine,
                ["SOURCE"] = ClientCommandLexing.RawLine,
            };
    }

    /// <summary>
    /// sqlcmd commands without a colon; <c>:r file</c>, <c>:setvar</c> and <c>!!</c> are line prefixes
    /// (<see cref="SqlDialect.ClientCommandPrefixes"/>). T-SQL has no EXIT or QUIT statement, so these cannot clash.
    /// </summary>
    internal static class SqlCmdCommands
    {
        internal static IReadOnlyDictionary<string, ClientCommandLexing> Create() =>
            new Dictionary<string, ClientCommandLexing>(StringComparer.OrdinalIgnoreCase)
            {
                ["EXIT"] = ClientCommandLexing.RawLine,
                ["QUIT"] = ClientCommandLexing.RawLine,
            };
    }
}

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
                "REM", "REMARK", "PROMPT", "PRO", "SPOOL", "SPO", "DEFINE", "DEF", "UNDEFINE", "UNDEF", "WHENEVER",
                "CONNECT", "CONN", "DISCONNECT", "DISC", "EXIT", "QUIT", "ACCEPT", "ACC", "COLUMN", "COL", "VARIABLE", "VAR",
                "PRINT", "PAUSE", "HOST", "CLEAR", "BREAK", "COMPUTE", "TTITLE", "BTITLE", "TIMING", "DESCRIBE", "DESC",
                "SHOW", "SHO", "SET", "STORE", "PASSWORD", "RECOVER", "ARCHIVE", "ATTRIBUTE", "REPHEADER", "REPFOOTER",
                "SAVE", "GET", "START", "EDIT", "ED", "INPUT", "APPEND", "CHANGE", "DEL", "LIST", "RUN", "XQUERY", "COPY",
            })
            {
                d[raw] = ClientCommandLexing.RawLine;
            }

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

    /// <summary>sqlcmd commands such as <c>:r file</c> and <c>:setvar</c> are handled by the splitter's colon rule; no word entries.</summary>
    internal static class SqlCmdCommands
    {
        internal static IReadOnlyDictionary<string, ClientCommandLexing> Create() =>
            new Dictionary<string, ClientCommandLexing>(StringComparer.OrdinalIgnoreCase);
    }
}

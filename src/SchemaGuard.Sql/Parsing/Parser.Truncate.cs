using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>TRUNCATE.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     TRUNCATE { TABLE [schema.]t [{PRESERVE|PURGE} MATERIALIZED VIEW LOG] | CLUSTER [schema.]c }
        //               [{DROP [ALL] | REUSE} STORAGE] [CASCADE]
        //             https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/TRUNCATE-TABLE.html
        // PostgreSQL: TRUNCATE [TABLE] [ONLY] t [*] [, ...] [RESTART IDENTITY | CONTINUE IDENTITY] [CASCADE | RESTRICT]
        //             https://www.postgresql.org/docs/current/sql-truncate.html
        // MySQL:      TRUNCATE [TABLE] t          https://dev.mysql.com/doc/refman/8.4/en/truncate-table.html
        // SQL Server: TRUNCATE TABLE t [WITH (PARTITIONS ({n | n TO m} [, ...]))]
        //             https://learn.microsoft.com/sql/t-sql/statements/truncate-table-transact-sql
        private Statement ParseTruncate(int start)
        {
            var statement = new TruncateStatement(default);
            _pos = start + 1;
            if (IsWord("CLUSTER") && IsIdentifierKind(Peek(1).Kind))
            {
                statement.IsCluster = true;
                _pos++;
            }
            else
            {
                TryEatWord("TABLE");
            }

            var tables = new List<ObjectName>();
            while (true)
            {
                if (IsWord("ONLY") && IsIdentifierKind(Peek(1).Kind)) _pos++;
                var table = ExpectDmlTableName();
                if (table == null) break;
                tables.Add(table);
                if (Is(SyntaxKind.Asterisk)) _pos++;
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            statement.Tables = tables;
            while (!AtDmlEnd())
            {
                int before = _pos;
                if (IsWord("CASCADE")) statement.Cascade = TryParseOption("CASCADE");
                else if (IsWord("RESTART") && IsWord("IDENTITY", 1)) statement.RestartIdentity = TryParseOption("RESTART", "IDENTITY");
                else if (IsWord("DROP") && IsWord("ALL", 1) && IsWord("STORAGE", 2)) statement.Storage = TryParseOption("DROP", "ALL", "STORAGE");
                else if ((IsWord("DROP") || IsWord("REUSE")) && IsWord("STORAGE", 1)) statement.Storage = TryParseOption(CurrentText, "STORAGE");
                else if ((IsWord("PRESERVE") || IsWord("PURGE")) && IsWord("MATERIALIZED", 1)) _pos += IsWord("LOG", 3) ? 4 : 2;
                else if (IsWord("CONTINUE") && IsWord("IDENTITY", 1)) _pos += 2;
                else if (IsWord("RESTRICT") || IsWord("IMMEDIATE")) _pos++;
                else if (IsWord("WITH") && Is(SyntaxKind.OpenParen, 1)) { _pos++; SkipBalancedQuietly(); }
                else SkipUnexpectedOnce();
                if (_pos == before) SkipUnexpectedOnce();
            }

            return statement;
        }
    }
}

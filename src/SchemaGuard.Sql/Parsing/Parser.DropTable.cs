using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>DROP TABLE.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     DROP TABLE [IF EXISTS] [schema.]table [CASCADE CONSTRAINTS] [PURGE]
        // PostgreSQL: DROP TABLE [IF EXISTS] name [, ...] [CASCADE | RESTRICT]
        // MySQL:      DROP [TEMPORARY] TABLE [IF EXISTS] name [, name] ... [RESTRICT | CASCADE]
        // SQL Server: DROP TABLE [IF EXISTS] [db.][schema.]table [, ...]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/DROP-TABLE.html
        // https://www.postgresql.org/docs/current/sql-droptable.html
        // https://dev.mysql.com/doc/refman/8.0/en/drop-table.html
        // https://learn.microsoft.com/sql/t-sql/statements/drop-table-transact-sql
        private Statement ParseDropTable(int start)
        {
            _pos = start + 1;
            OptionClause? temporary = null;
            while (!AtEnd && Current.Kind == SyntaxKind.Word && !IsWord("TABLE"))
            {
                int s = _pos;
                _pos++;
                if (_tokens.IsWord(s, "TEMPORARY")) temporary = MakeOption(s);
            }

            ExpectWord("TABLE");
            bool ifExists = TryEatWords("IF", "EXISTS");
            var tables = new List<ObjectName>();
            while (!AtEnd)
            {
                var name = ParseObjectName();
                if (name == null) break;
                tables.Add(name);
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            if (tables.Count == 0)
            {
                ReportExpected("a table name");
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "DROP TABLE") { IsPartial = true };
            }

            var statement = new DropTableStatement(default, tables) { IfExists = ifExists, Temporary = temporary };
            while (!AtEnd && !AtStatementBoundary())
            {
                int s = _pos;
                if (TryEatWords("CASCADE", "CONSTRAINTS")) statement.CascadeConstraints = MakeOption(s);
                else if (TryEatWord("CASCADE")) statement.Cascade = MakeOption(s);
                else if (TryEatWord("RESTRICT")) statement.Restrict = MakeOption(s);
                else if (TryEatWord("PURGE")) statement.Purge = MakeOption(s);
                else if (TryEatWord("NOWAIT") || TryEatWord("FORCE")) { }
                else if (TryEatWord("WAIT"))
                {
                    TryEat(SyntaxKind.NumericLiteral);
                }
                else
                {
                    SkipBalanced();
                }
            }

            statement.Span = SpanFrom(start);
            return statement;
        }
    }
}

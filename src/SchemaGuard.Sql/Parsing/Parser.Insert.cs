using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>INSERT and MySQL REPLACE.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     INSERT [hint] INTO t [alias] [(cols)] { VALUES (exprs) | subquery } [RETURNING ... INTO ...] [LOG ERRORS ...]
        //             INSERT [hint] { ALL { INTO t [(cols)] [VALUES (...)] }... | [ALL|FIRST] { WHEN cond THEN { INTO ... }... }...
        //               [ELSE { INTO ... }...] } subquery
        //             https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/INSERT.html
        // PostgreSQL: [WITH ...] INSERT INTO t [AS alias] [(cols)] [OVERRIDING {SYSTEM|USER} VALUE]
        //               { DEFAULT VALUES | VALUES (...) [, ...] | query } [ON CONFLICT [...] DO ...] [RETURNING ...]
        //             https://www.postgresql.org/docs/current/sql-insert.html
        // MySQL:      {INSERT [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] | REPLACE [LOW_PRIORITY|DELAYED]} [INTO] t
        //               [PARTITION (p)] [(cols)] { VALUES|VALUE (...) [, ...] | SELECT ... | TABLE t | SET col = expr [, ...] }
        //               [AS alias] [ON DUPLICATE KEY UPDATE ...]
        //             https://dev.mysql.com/doc/refman/8.4/en/insert.html, https://dev.mysql.com/doc/refman/8.4/en/replace.html
        // SQL Server: [WITH ...] INSERT [TOP (n) [PERCENT]] [INTO] t [WITH (hints)] [(cols)] [OUTPUT ...]
        //               { VALUES (...) [, ...] | query | EXEC proc | DEFAULT VALUES }
        //             https://learn.microsoft.com/sql/t-sql/statements/insert-transact-sql
        private Statement ParseInsert(int start)
        {
            var statement = new InsertStatement(default);
            _pos = start;
            statement.IsReplace = IsWord("REPLACE");
            statement.Hints = ReadHintsAfter(_pos);
            _pos++;
            while (IsAnyWord("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY")) _pos++;
            if (IsWord("IGNORE")) statement.Ignore = TryParseOption("IGNORE");
            if (IsWord("TOP")) ParseDmlTop();

            if ((IsWord("ALL") || IsWord("FIRST")) && (IsWord("INTO", 1) || IsWord("WHEN", 1)))
            {
                return ParseMultiTableInsert(statement, start);
            }

            TryEatWord("INTO");
            var table = ExpectDmlTableName();
            if (table == null) return AbandonDml(start, statement.IsReplace ? "REPLACE" : "INSERT");
            statement.Table = table;
            ParseInsertTargetTail(statement);
            ParseInsertSource(statement);
            ParseInsertTrailers(statement);
            return statement;
        }

        /// <summary>Table decorations, alias and column list after the target.</summary>
        private void ParseInsertTargetTail(InsertStatement statement)
        {
            SkipDmlTableDecorations();
            var alias = ParseDmlAlias();
            SkipDmlTableDecorations();
            if (Is(SyntaxKind.OpenParen) && !IsQueryInParentheses() && !IsWord("SELECT", 1) && !IsWord("WITH", 1))
            {
                statement.Columns = ParseInsertColumns(statement.Table, alias);
            }
        }

        /// <summary>( col, ... ): qualified names give their column part (see <see cref="AssignedColumn"/>); PostgreSQL's col[1] is skipped past.</summary>
        private List<Identifier> ParseInsertColumns(ObjectName target, Identifier? alias)
        {
            var columns = new List<Identifier>();
            _pos++;
            while (!AtEnd && !Is(SyntaxKind.CloseParen))
            {
                int before = _pos;
                var name = ParseObjectName();
                if (name != null) columns.Add(AssignedColumn(name, target, alias));
                if (Is(SyntaxKind.OpenBracket)) SkipBalancedQuietly();
                if (TryEat(SyntaxKind.Comma)) continue;
                if (Is(SyntaxKind.CloseParen) || _pos == before) break;
                ReportExpected("',' or ')'");
                while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen)) SkipBalanced();
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            ExpectExpressionCloseParen();
            return columns;
        }

        private void ParseInsertSource(InsertStatement statement)
        {
            if (TryEatWords("OVERRIDING", "SYSTEM", "VALUE") || TryEatWords("OVERRIDING", "USER", "VALUE")) { }
            if (IsWord("OUTPUT"))
            {
                _pos++;
                while (!AtEnd && !Is(SyntaxKind.Semicolon) && !IsAnyWord("VALUES", "SELECT", "WITH", "DEFAULT", "EXEC", "EXECUTE") &&
                       !Is(SyntaxKind.OpenParen))
                {
                    SkipBalancedQuietly();
                }
            }

            // Sources are tested before the T-SQL boundary: "INSERT INTO t (a)" then "SELECT ..." on the next line is one statement.
            if (IsWord("VALUES") || (IsWord("VALUE") && Is(SyntaxKind.OpenParen, 1)))
            {
                statement.Source = InsertSourceKind.Values;
                statement.Rows = ParseInsertValuesRows();
            }
            else if (IsWord("DEFAULT") && IsWord("VALUES", 1))
            {
                _pos += 2;
                statement.Source = InsertSourceKind.DefaultValues;
            }
            else if (IsWord("SELECT") || IsWord("WITH") || IsWord("TABLE") || Is(SyntaxKind.OpenParen))
            {
                statement.Source = InsertSourceKind.Query;
                SkipBalancedQuietly();
                SkipInsertQuery();
            }
            else if (IsWord("SET"))
            {
                statement.Source = InsertSourceKind.Set;
                statement.Columns = ParseDmlSetList(statement.Table, null);
            }
            else if (IsWord("EXEC") || IsWord("EXECUTE"))
            {
                statement.Source = InsertSourceKind.Other;
                SkipRestOfDml();
            }
            else
            {
                ReportExpected("VALUES or a query");
            }
        }

        /// <summary>Skips a query source (left to the query reader) up to an upsert clause, RETURNING or the end.</summary>
        private void SkipInsertQuery()
        {
            while (!AtDmlEnd() && !AtUpsertClause() && !IsWord("RETURNING") && !(IsWord("LOG") && IsWord("ERRORS", 1)))
            {
                SkipBalancedQuietly();
            }
        }

        private bool AtUpsertClause() => IsWord("ON") && (IsWord("CONFLICT", 1) || IsWord("DUPLICATE", 1));

        // VALUES ( expr, ... ) [, ( ... ) ...]   (MySQL also VALUES ROW(...), ...)
        private List<ValuesRow> ParseInsertValuesRows()
        {
            var rows = new List<ValuesRow>();
            _pos++;
            while (true)
            {
                int rowStart = _pos;
                if (IsWord("ROW") && Is(SyntaxKind.OpenParen, 1)) _pos++;
                if (!Is(SyntaxKind.OpenParen))
                {
                    ReportExpected("'('");
                    break;
                }

                _pos++;
                var values = ParseExpressionListUntilClose();
                rows.Add(new ValuesRow(SpanFrom(rowStart), values));
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            return rows;
        }

        // [AS alias [(cols)]] [ON CONFLICT ... | ON DUPLICATE KEY UPDATE ...] [RETURNING ...] [LOG ERRORS ...]
        private void ParseInsertTrailers(InsertStatement statement)
        {
            while (!AtDmlEnd())
            {
                int before = _pos;
                if (IsWord("AS") && IsIdentifierKind(Peek(1).Kind))
                {
                    _pos += 2;
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                }
                else if (AtUpsertClause())
                {
                    int start = _pos;
                    bool duplicate = IsWord("DUPLICATE", 1);
                    _pos += 2;
                    if (duplicate) TryEatWords("KEY", "UPDATE");
                    statement.OnConflict = new OptionClause(SpanFrom(start), duplicate ? "ON DUPLICATE KEY UPDATE" : "ON CONFLICT");
                    SkipRestOfDml();
                }
                else if (IsAnyWord("RETURNING", "RETURN", "LOG")) SkipRestOfDml();
                else SkipUnexpectedOnce();
                if (_pos == before) SkipUnexpectedOnce();
            }
        }

        /// <summary>Oracle INSERT ALL/FIRST: the first INTO names <see cref="InsertStatement.Table"/>; the rest is left unread.</summary>
        private Statement ParseMultiTableInsert(InsertStatement statement, int start)
        {
            statement.IsMultiTable = true;
            statement.Source = InsertSourceKind.Query;
            _pos++;
            while (!AtDmlEnd() && !IsWord("INTO")) SkipBalancedQuietly();
            if (!TryEatWord("INTO"))
            {
                ReportExpected("INTO");
                return AbandonDml(start, "INSERT");
            }

            var table = ExpectDmlTableName();
            if (table == null) return AbandonDml(start, "INSERT");
            statement.Table = table;
            ParseInsertTargetTail(statement);
            SkipRestOfDml();
            return statement;
        }
    }
}

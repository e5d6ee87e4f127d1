using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>UPDATE.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     UPDATE [hint] { t | ONLY (t) | (subquery) } [alias] SET { col = expr | (cols) = (subquery) } [, ...]
        //               [WHERE cond | WHERE CURRENT OF c] [RETURNING ... INTO ...] [LOG ERRORS ...]
        //             https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/UPDATE.html
        // PostgreSQL: [WITH ...] UPDATE [ONLY] t [*] [[AS] alias] SET { col = expr | (cols) = (exprs | subquery) } [, ...]
        //               [FROM from_items] [WHERE cond | WHERE CURRENT OF c] [RETURNING ...]
        //             https://www.postgresql.org/docs/current/sql-update.html
        // MySQL:      UPDATE [LOW_PRIORITY] [IGNORE] table_references SET col = expr [, ...] [WHERE] [ORDER BY ...] [LIMIT n]
        //             https://dev.mysql.com/doc/refman/8.4/en/update.html
        // SQL Server: [WITH ...] UPDATE [TOP (n) [PERCENT]] t [WITH (hints)] SET { col = expr | @v = expr | col += expr } [, ...]
        //               [OUTPUT ...] [FROM table_sources] [WHERE cond | WHERE CURRENT OF c] [OPTION (...)]
        //             https://learn.microsoft.com/sql/t-sql/queries/update-transact-sql
        private Statement ParseUpdate(int start)
        {
            var statement = new UpdateStatement(default);
            _pos = start;
            statement.Hints = ReadHints(_pos);
            _pos++;
            while (IsAnyWord("LOW_PRIORITY", "IGNORE")) _pos++;
            if (IsWord("TOP")) statement.Top = ParseTop();
            var target = ParseDmlTarget();
            if (target == null) return AbandonDml(start, "UPDATE");
            statement.Table = target;
            SkipTableDecorations();
            if (!IsWord("SET")) statement.Alias = ParseDmlAlias();
            SkipTableDecorations();

            // MySQL's multi-table form lists or joins more tables before SET.
            if (!IsWord("SET") && (Is(SyntaxKind.Comma) || IsJoinWord()))
            {
                statement.HasFrom = true;
                while (!AtEnd && !Is(SyntaxKind.Semicolon) && !IsWord("SET")) SkipBalancedQuietly();
            }

            // SET is checked before the T-SQL boundary test: "UPDATE t" then "SET ..." on the next line is one statement.
            if (IsWord("SET")) statement.SetColumns = ParseSetList();
            else ReportExpected("SET");

            while (!AtDmlEnd())
            {
                int before = _pos;
                if (IsWord("FROM"))
                {
                    _pos++;
                    int listStart = _pos;
                    SkipUntilWords("WHERE", "RETURNING", "RETURN", "ORDER", "LIMIT", "OPTION", "OUTPUT", "LOG");
                    statement.HasFrom = true;
                    var resolved = ResolveTarget(statement.Table, statement.Alias, listStart, _pos, out _);
                    if (resolved != null)
                    {
                        statement.Alias ??= statement.Table.Name;
                        statement.Table = resolved;
                    }
                }
                else if (IsWord("WHERE"))
                {
                    statement.Where = ParseWhere(out var currentOf);
                    statement.CurrentOf = currentOf;
                }
                else if (IsWord("OUTPUT")) { _pos++; SkipUntilWords("FROM", "WHERE", "OPTION"); }
                else if (IsWord("ORDER") && IsWord("BY", 1)) { _pos += 2; SkipUntilWords("LIMIT"); }
                else if (IsWord("LIMIT")) statement.Limit = ParseLimit();
                else if (IsAnyWord("RETURNING", "RETURN", "LOG", "OPTION")) SkipRestOfDml();
                else SkipUnexpected();
                if (_pos == before) SkipUnexpected();
            }

            return statement;
        }

        // SET assignment [, ...] where assignment := { [t.]col | (col, ...) | @var } { = | += | -= | ... } expr
        private List<Identifier> ParseSetList()
        {
            var columns = new List<Identifier>();
            _pos++;
            while (true)
            {
                int before = _pos;
                if (Is(SyntaxKind.OpenParen))
                {
                    _pos++;
                    while (AtIdentifier())
                    {
                        var name = ParseObjectName()!;
                        columns.Add(name.Name);
                        if (!TryEat(SyntaxKind.Comma)) break;
                    }

                    ExpectCloseParen();
                }
                else if (Is(SyntaxKind.Parameter))
                {
                    _pos++;
                }
                else if (AtIdentifier())
                {
                    var name = ParseObjectName()!;
                    columns.Add(name.Name);
                    if (Is(SyntaxKind.OpenBracket)) SkipBalancedQuietly();
                }
                else
                {
                    ReportExpected("a column to set");
                    return columns;
                }

                if (!TryEat(SyntaxKind.Equals))
                {
                    // T-SQL compound assignment: +=, -=, *=, /=, %=, &=, |=, ^=.
                    if (IsOperatorCharToken(_pos) && Is(SyntaxKind.Equals, 1) && Peek(1).Start == Current.End) _pos += 2;
                    else ReportExpected("'='");
                }

                var value = ParseExpression();
                if (value.Span.IsEmpty && _pos == before) return columns;
                if (value.Span.IsEmpty) ReportExpected("a value");
                if (!TryEat(SyntaxKind.Comma)) return columns;
            }
        }
    }
}

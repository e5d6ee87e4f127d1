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
            statement.Hints = ReadHintsAfter(_pos);
            statement.KeywordSpan = CurrentSpan;
            _pos++;
            while (IsAnyWord("LOW_PRIORITY", "IGNORE")) _pos++;
            if (IsWord("TOP")) statement.Top = ParseDmlTop();
            var target = ParseDmlTarget();
            if (target == null) return AbandonDml(start, "UPDATE");
            statement.Table = target;
            SkipDmlTableDecorations();
            if (!IsWord("SET")) statement.Alias = ParseDmlAlias();
            SkipDmlTableDecorations();

            // MySQL's multi-table form lists or joins more tables before SET.
            if (!IsWord("SET") && (Is(SyntaxKind.Comma) || IsDmlJoinWord()))
            {
                statement.HasFrom = true;
                while (!AtEnd && !Is(SyntaxKind.Semicolon) && !IsWord("SET")) SkipBalancedQuietly();
            }

            // SET is checked before the T-SQL boundary test: "UPDATE t" then "SET ..." on the next line is one statement.
            if (IsWord("SET"))
            {
                statement.SetKeywordSpan = CurrentSpan;
                statement.SetColumns = ParseDmlSetList(statement.Table, statement.Alias);
            }
            else ReportExpected("SET");

            while (!AtDmlEnd())
            {
                int before = _pos;
                if (IsWord("FROM"))
                {
                    _pos++;
                    int listStart = _pos;
                    SkipDmlUntilWords("WHERE", "RETURNING", "RETURN", "ORDER", "LIMIT", "OPTION", "OUTPUT", "LOG");
                    statement.HasFrom = true;
                    var resolved = ResolveDmlTarget(statement.Table, statement.Alias, listStart, _pos, out _);
                    if (resolved != null)
                    {
                        statement.Alias ??= statement.Table.Name;
                        statement.Table = resolved;
                    }
                }
                else if (IsWord("WHERE"))
                {
                    statement.Where = ParseDmlWhere(out var currentOf);
                    statement.CurrentOf = currentOf;
                }
                else if (IsWord("OUTPUT")) { _pos++; SkipDmlUntilWords("FROM", "WHERE", "OPTION"); }
                else if (IsWord("ORDER") && IsWord("BY", 1)) { _pos += 2; SkipDmlUntilWords("LIMIT"); }
                else if (IsWord("LIMIT")) statement.Limit = ParseDmlLimit();
                else if (IsAnyWord("RETURNING", "RETURN", "LOG", "OPTION")) SkipRestOfDml();
                else SkipUnexpectedOnce();
                if (_pos == before) SkipUnexpectedOnce();
            }

            return statement;
        }

        // SET assignment [, ...] where assignment := { [t.]col | (col, ...) | @var } { = | += | -= | ... } expr
        private List<Identifier> ParseDmlSetList(ObjectName target, Identifier? alias)
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
                        columns.Add(AssignedColumn(ParseObjectName()!, target, alias));
                        if (!TryEat(SyntaxKind.Comma)) break;
                    }

                    ExpectExpressionCloseParen();
                }
                else if (Is(SyntaxKind.Parameter))
                {
                    _pos++;
                }
                else if (AtIdentifier())
                {
                    columns.Add(AssignedColumn(ParseObjectName()!, target, alias));
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

        /// <summary>
        /// The column a (possibly qualified) assignment target names: <c>col</c>, <c>t.col</c>, and for longer names the
        /// part after the target's alias or table name (Oracle <c>r.xmldata.locks</c> assigns <c>xmldata</c>).
        /// </summary>
        private static Identifier AssignedColumn(ObjectName name, ObjectName target, Identifier? alias)
        {
            var parts = name.Parts;
            if (parts.Count <= 2) return parts[parts.Count - 1];
            for (int i = 0; i < parts.Count - 1; i++)
            {
                string part = parts[i].Normalized;
                if ((alias != null && part == alias.Normalized) || part == target.Name.Normalized) return parts[i + 1];
            }

            return parts[parts.Count - 1];
        }
    }
}

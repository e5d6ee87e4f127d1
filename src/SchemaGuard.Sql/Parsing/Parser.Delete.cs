using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>DELETE.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     DELETE [hint] [FROM] { t | ONLY (t) | (subquery) } [alias] [WHERE cond | WHERE CURRENT OF c]
        //               [RETURNING exprs INTO targets] [LOG ERRORS ...]
        //             https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/DELETE.html
        // PostgreSQL: [WITH ...] DELETE FROM [ONLY] t [*] [[AS] alias] [USING from_items] [WHERE cond | WHERE CURRENT OF c]
        //               [RETURNING ...]
        //             https://www.postgresql.org/docs/current/sql-delete.html
        // MySQL:      DELETE [LOW_PRIORITY] [QUICK] [IGNORE] FROM t [[AS] alias] [PARTITION (p)] [WHERE] [ORDER BY ...] [LIMIT n]
        //             DELETE [...] t1[.*] [, t2[.*]] FROM table_references [WHERE]
        //             DELETE [...] FROM t1[.*] [, t2[.*]] USING table_references [WHERE]
        //             https://dev.mysql.com/doc/refman/8.4/en/delete.html
        // SQL Server: [WITH ...] DELETE [TOP (n) [PERCENT]] [FROM] t [WITH (hints)] [OUTPUT ...] [FROM table_sources]
        //               [WHERE cond | WHERE CURRENT OF c] [OPTION (...)]
        //             https://learn.microsoft.com/sql/t-sql/statements/delete-transact-sql
        private Statement ParseDelete(int start)
        {
            var statement = new DeleteStatement(default);
            _pos = start;
            statement.Hints = ReadHintsAfter(_pos);
            statement.KeywordSpan = CurrentSpan;
            _pos++;
            while (IsAnyWord("LOW_PRIORITY", "QUICK", "IGNORE")) _pos++;
            if (IsWord("TOP")) statement.Top = ParseDmlTop();
            bool fromFirst = TryEatWord("FROM");
            var target = ParseDmlTarget();
            if (target == null) return AbandonDml(start, "DELETE");
            statement.Table = target;

            // MySQL's target lists: DELETE t1.*, t2 FROM ... / DELETE FROM t1, t2 USING ...
            bool targetList = SkipTargetListTail();
            SkipDmlTableDecorations();
            if (!targetList) statement.Alias = ParseDmlAlias();
            SkipDmlTableDecorations();

            while (!AtDmlEnd())
            {
                int before = _pos;
                if (IsWord("FROM") || IsWord("USING"))
                {
                    // SQL Server's second FROM, MySQL's FROM after a target list, PostgreSQL's and MySQL's USING.
                    bool isUsing = IsWord("USING");
                    _pos++;
                    int listStart = _pos;
                    SkipDmlUntilWords("WHERE", "RETURNING", "RETURN", "ORDER", "LIMIT", "OPTION", "OUTPUT", "LOG");
                    var resolved = ResolveDmlTarget(statement.Table, statement.Alias, listStart, _pos, out int tables);
                    statement.HasJoinOrUsing |= isUsing || targetList || tables > 1;
                    if (resolved != null)
                    {
                        statement.Alias ??= statement.Table.Parts.Count == 1 ? statement.Table.Name : null;
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

        /// <summary>After the first target, MySQL may list more (<c>t1.*, t2</c>); returns whether it did.</summary>
        private bool SkipTargetListTail()
        {
            bool list = false;
            if (Is(SyntaxKind.Dot) && Is(SyntaxKind.Asterisk, 1))
            {
                _pos += 2;
                list = true;
            }

            while (Is(SyntaxKind.Comma) && IsIdentifierKind(Peek(1).Kind))
            {
                _pos++;
                ParseObjectName();
                if (Is(SyntaxKind.Dot) && Is(SyntaxKind.Asterisk, 1)) _pos += 2;
                list = true;
            }

            return list;
        }

        /// <summary>
        /// When the written target is a bare name with no alias of its own, the table it stands for in the FROM/USING list
        /// (null when it is not an alias there, so the target stays as written).
        /// </summary>
        private ObjectName? ResolveDmlTarget(ObjectName target, Identifier? alias, int listStart, int listEnd, out int tables)
        {
            tables = 0;
            if (listEnd <= listStart) return null;
            if (alias != null || target.Parts.Count != 1 || target.DatabaseLink != null)
            {
                ResolveDmlAlias(listStart, listEnd, target.Name, out tables);
                return null;
            }

            var resolved = ResolveDmlAlias(listStart, listEnd, target.Name, out tables);
            return resolved != null && resolved.Normalized != target.Normalized ? resolved : null;
        }
    }
}

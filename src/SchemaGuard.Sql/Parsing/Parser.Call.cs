using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Procedure calls (CALL, SQL*Plus and T-SQL EXEC), their argument lists, and dynamic SQL.</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// <code>
        /// CALL name [( args )] [INTO :v]                                   (Oracle, PostgreSQL, MySQL)
        /// EXEC[UTE] name [( args )]                                        (SQL*Plus, one line)
        /// EXEC[UTE] [@status =] name [[@p =] value [OUTPUT]] [, ...] [WITH RECOMPILE]   (T-SQL)
        /// EXEC[UTE] ( 'sql' [+ ...] )                                      (T-SQL dynamic SQL)
        /// EXECUTE IMMEDIATE expr ...                                       (PL/SQL)
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqpug/EXECUTE.html,
        /// https://learn.microsoft.com/sql/t-sql/language-elements/execute-transact-sql
        /// </summary>
        private Statement ParseCall(int start)
        {
            _pos = start;
            bool isCall = IsWord("CALL");
            _pos++;
            if (!isCall)
            {
                if (IsWord("IMMEDIATE")) return ParseExecuteImmediate(start);
                if (Is(SyntaxKind.OpenParen)) return ParseTsqlDynamicExec(start);
                if (IsWord("AS")) return ParseOther(StatementKind.Other, start, "EXECUTE AS");

                // SQL*Plus runs EXEC's text as a PL/SQL statement: EXEC :rc := pkg.f(1) is an assignment.
                if (_dialect.SupportsPlSqlBlocks)
                {
                    int assign = FindDepth0Kind(SyntaxKind.Assign, _pos, _end);
                    if (assign > _pos) return ParseAssignment(assign);
                }
            }

            Expression? returnStatus = null;
            if (!isCall && Is(SyntaxKind.Parameter) && Is(SyntaxKind.Equals, 1))
            {
                returnStatus = ParseBoundedExpression(_pos, _pos + 1);
                _pos++;
            }

            var name = ParseObjectName();
            if (name == null)
            {
                // EXEC @procedure_name_in_a_variable, or nothing at all.
                if (!isCall && Is(SyntaxKind.Parameter)) return ParseOther(StatementKind.Other, start, "EXECUTE");
                ReportMissing("a procedure name");
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), isCall ? "CALL" : "EXECUTE");
            }

            List<CallArgument> arguments;
            if (Is(SyntaxKind.OpenParen))
            {
                arguments = ParseParenthesizedArguments();
            }
            else if (!isCall && !AtEnd && !Is(SyntaxKind.Semicolon) && !AtStatementBoundary() && !IsWord("USING"))
            {
                int listEnd = ScanToStatementEnd();
                int with = FindDepth0Word(_pos, listEnd, WithWord);
                arguments = ParseArgumentList(with >= 0 ? with : listEnd, true);
            }
            else
            {
                arguments = new List<CallArgument>();
            }

            // CALL f() INTO :x, T-SQL WITH RECOMPILE, MySQL EXECUTE stmt USING @a: read no further.
            SkipRestExceptFinalSemicolon();
            TryEatFinalSemicolon();
            return new CallStatement(SpanFrom(start), name, arguments, returnStatus);
        }

        private static readonly string[] WithWord = { "WITH" };

        /// <summary>
        /// <c>EXECUTE IMMEDIATE dynamic_sql [INTO ... | BULK COLLECT INTO ...] [USING ...] [RETURNING INTO ...]</c>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/EXECUTE-IMMEDIATE-statement.html
        /// </summary>
        private Statement ParseExecuteImmediate(int start)
        {
            _pos = start + 2;
            int end = ScanToStatementEnd();
            int clause = FindDepth0Word(_pos, end, DynamicSqlClauseWords);
            int sqlEnd = clause >= 0 ? clause : end;
            int sqlStart = _pos;
            if (sqlStart >= sqlEnd) ReportMissing("the SQL text");
            var sql = ParseBoundedExpression(sqlStart, sqlEnd);
            string? text = sqlEnd == sqlStart + 1 ? CompleteStringLiteralValue(sqlStart) : null;
            SkipRestQuietly();
            return new ExecuteImmediateStatement(SpanFrom(start), sql, text);
        }

        /// <summary>T-SQL <c>EXEC ( 'sql' [+ @x ...] ) [AS {LOGIN|USER} = '...'] [AT server]</c>.</summary>
        private Statement ParseTsqlDynamicExec(int start)
        {
            int open = _pos;
            int close = FindClosingParen(open);
            var sql = ParseBoundedExpression(open + 1, close);
            string? text = close == open + 2 ? CompleteStringLiteralValue(open + 1) : null;
            if (close < _end) _pos = close + 1;
            else MarkPartial();
            SkipRestExceptFinalSemicolon();
            TryEatFinalSemicolon();
            return new ExecuteImmediateStatement(SpanFrom(start), sql, text);
        }

        /// <summary>Reads <c>( arg, name =&gt; arg, ... )</c>; the cursor ends after the closing parenthesis.</summary>
        private List<CallArgument> ParseParenthesizedArguments()
        {
            int open = _pos;
            int close = FindClosingParen(open);
            _pos = open + 1;
            var arguments = ParseArgumentList(close, false);
            if (close < _end)
            {
                _pos = close + 1;
            }
            else
            {
                ReportMissing("')'");
                _pos = _end;
            }

            return arguments;
        }

        /// <summary>
        /// Reads arguments from the cursor up to <paramref name="listEnd"/>, split at depth-0 commas. Named notation is
        /// <c>name =&gt; value</c>, and with <paramref name="tsql"/> also <c>@name = value</c> and a trailing OUTPUT.
        /// </summary>
        private List<CallArgument> ParseArgumentList(int listEnd, bool tsql)
        {
            var arguments = new List<CallArgument>();
            if (_pos >= listEnd) return arguments;
            while (_pos <= listEnd)
            {
                // A SQL*Plus continuation: '-' ending a line of an EXEC command.
                while (_pos + 1 < listEnd && Is(SyntaxKind.Minus) && _tokens[_pos + 1].Has(TokenFlags.FirstOnLine)) _pos++;

                int argumentStart = _pos;
                int comma = FindDepth0Kind(SyntaxKind.Comma, _pos, listEnd);
                int argumentEnd = comma >= 0 ? comma : listEnd;
                while (argumentEnd - 1 > argumentStart && _tokens[argumentEnd - 1].Kind == SyntaxKind.Minus &&
                    argumentEnd < _end && _tokens[argumentEnd].Has(TokenFlags.FirstOnLine))
                {
                    argumentEnd--;
                }

                if (argumentEnd == argumentStart)
                {
                    ReportMissing("an argument");
                    if (comma < 0) break;
                    _pos = comma + 1;
                    continue;
                }

                Identifier? name = null;
                if (IsIdentifierKind(Current.Kind) && _pos + 1 < argumentEnd && _tokens[_pos + 1].Kind == SyntaxKind.Arrow)
                {
                    name = ParseIdentifier();
                    _pos++;
                }
                else if (tsql && Is(SyntaxKind.Parameter) && _pos + 1 < argumentEnd && _tokens[_pos + 1].Kind == SyntaxKind.Equals)
                {
                    name = IdentifierFromToken(_pos, _tokens.GetText(_pos), Current.Span);
                    _pos += 2;
                }

                int valueEnd = argumentEnd;
                bool isOutput = false;
                if (tsql && valueEnd - 1 > _pos && (_tokens.IsWord(valueEnd - 1, "OUTPUT") || _tokens.IsWord(valueEnd - 1, "OUT")))
                {
                    isOutput = true;
                    valueEnd--;
                }

                if (_pos >= valueEnd) ReportMissing("a value");
                var value = ParseBoundedExpression(_pos, valueEnd);
                _pos = argumentEnd;
                arguments.Add(new CallArgument(SpanOfTokens(argumentStart, argumentEnd), name, value, isOutput));
                if (comma < 0) break;
                _pos = comma + 1;
            }

            _pos = listEnd;
            return arguments;
        }

        /// <summary>Skips quietly to the statement end, leaving a final <c>;</c> of the range (SQL*Plus EXEC lines keep theirs).</summary>
        private void SkipRestExceptFinalSemicolon()
        {
            while (!AtEnd && !AtStatementBoundary())
            {
                if (Is(SyntaxKind.Semicolon) && _pos == _end - 1) return;
                SkipBalancedQuietly();
            }
        }

        /// <summary>Consumes a <c>;</c> that is the last token of the range (an EXEC line's own terminator).</summary>
        private void TryEatFinalSemicolon()
        {
            if (Is(SyntaxKind.Semicolon) && _pos == _end - 1) _pos++;
        }
    }
}

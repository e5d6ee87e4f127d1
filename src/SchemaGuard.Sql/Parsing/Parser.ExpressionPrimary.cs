using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Expression operands: literals, names, parameters, calls, CASE, parentheses, and the postfix forms.</summary>
    internal sealed partial class Parser
    {
        // postfix := primary { '::' type | '[' expr [':' expr] ']' | '(+)' | '.' name [ '(' args ')' ] | '%' attribute | AT TIME ZONE expr | AT LOCAL }
        // Oracle: https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/Joins.html (the (+) operator)
        // PostgreSQL: https://www.postgresql.org/docs/current/sql-expressions.html
        private Expression? ParsePostfix()
        {
            var expr = ParsePrimary();
            if (expr == null) return null;
            while (true)
            {
                int start = _pos;
                if (Is(SyntaxKind.DoubleColon))
                {
                    _pos++;
                    expr = ParseCastType(expr, CastSyntax.DoubleColon, expr.Span.Start);
                }
                else if (Is(SyntaxKind.OpenBracket))
                {
                    expr = ParseSubscript(expr);
                }
                else if (Is(SyntaxKind.OpenParen) && Is(SyntaxKind.Plus, 1) && Is(SyntaxKind.CloseParen, 2))
                {
                    _pos += 3;
                    var marker = SpanOfTokens(start, _pos);
                    expr = new UnaryExpression(TextSpan.FromBounds(expr.Span.Start, marker.End), UnaryOperator.OuterJoin, marker, expr);
                }
                else if (Is(SyntaxKind.Dot) && IsIdentifierKind(Peek(1).Kind) && Is(SyntaxKind.OpenParen, 2) && !(Is(SyntaxKind.Plus, 3) && Is(SyntaxKind.CloseParen, 4)))
                {
                    // A method of an object that is not a plain name: XMLTYPE(x).getClobVal(), (SELF AS t).m(a).
                    _pos++;
                    var method = ParseIdentifier()!;
                    var arguments = ParseCallArguments();
                    expr = new MethodCallExpression(TextSpan.FromBounds(expr.Span.Start, _tokens[_pos - 1].End), expr, method, arguments);
                }
                else if (Is(SyntaxKind.Dot) && IsIdentifierKind(Peek(1).Kind))
                {
                    _pos++;
                    var member = ParseIdentifier()!;
                    expr = new MemberAccessExpression(TextSpan.FromBounds(expr.Span.Start, member.Span.End), expr, member, false);
                }
                else if (Is(SyntaxKind.Dot) && Is(SyntaxKind.Asterisk, 1))
                {
                    _pos += 2;
                    expr = new WildcardExpression(TextSpan.FromBounds(expr.Span.Start, _tokens[_pos - 1].End), null);
                }
                else if (Is(SyntaxKind.Percent) && IsAttributeWord(1) && Peek(1).Start == Current.End)
                {
                    _pos++;
                    var member = ParseIdentifier()!;
                    expr = new MemberAccessExpression(TextSpan.FromBounds(expr.Span.Start, member.Span.End), expr, member, true);
                }
                else if (IsWord("AT") && ((IsWord("TIME", 1) && IsWord("ZONE", 2)) || IsWord("LOCAL", 1)))
                {
                    bool local = IsWord("LOCAL", 1);
                    _pos += local ? 2 : 3;
                    var opSpan = SpanOfTokens(start, _pos);
                    // The zone is an operand without postfix forms so that a chain of AT TIME ZONE stays a loop, not recursion.
                    var zone = local ? new RawExpression(new TextSpan(opSpan.End, 0)) : (ParsePrimary() ?? MissingOperand());
                    expr = MakeBinary(expr, BinaryOperator.Other, opSpan, zone);
                }
                else
                {
                    return expr;
                }
            }
        }

        private bool IsAttributeWord(int ahead) =>
            IsWord("ROWCOUNT", ahead) || IsWord("FOUND", ahead) || IsWord("NOTFOUND", ahead) || IsWord("ISOPEN", ahead) ||
            IsWord("BULK_ROWCOUNT", ahead) || IsWord("BULK_EXCEPTIONS", ahead) || IsWord("TYPE", ahead) || IsWord("ROWTYPE", ahead);

        private Expression ParseSubscript(Expression target)
        {
            _pos++;
            Expression index = Is(SyntaxKind.Colon) ? EmptyExpression() : ParseExpression();
            Expression? upper = null;
            if (TryEat(SyntaxKind.Colon)) upper = Is(SyntaxKind.CloseBracket) ? EmptyExpression() : ParseExpression();
            if (!TryEat(SyntaxKind.CloseBracket)) ReportExpectedOnce("']'");
            return new SubscriptExpression(TextSpan.FromBounds(target.Span.Start, _tokens[_pos - 1].End), target, index, upper);
        }

        /// <summary>Reads an operand, or returns null consuming nothing when none starts here.</summary>
        private Expression? ParsePrimary()
        {
            int start = _pos;
            switch (Current.Kind)
            {
                case SyntaxKind.NumericLiteral:
                    _pos++;
                    return new LiteralExpression(_tokens[start].Span,
                        _tokens[start].Has(TokenFlags.Hex) ? LiteralKind.Other : LiteralKind.Number, _tokens.GetText(start), null);
                case SyntaxKind.StringLiteral:
                    _pos++;
                    return StringLiteralAt(start, null, start);
                case SyntaxKind.Parameter:
                    return ParseParameterExpression();
                case SyntaxKind.SubstitutionVariable:
                    // &owner..table is a qualified name; &prefix.suffix glues text to the value: one parameter.
                    if (Is(SyntaxKind.Dot, 1)) return ParseNameOrCall();
                    _pos++;
                    if (_text[_tokens[start].End - 1] == '.' && IsIdentifierKind(Current.Kind) && Current.Start == _tokens[start].End) _pos++;
                    var substitution = SpanFrom(start);
                    return new ParameterExpression(substitution, _text.Substring(substitution.Start, substitution.Length));
                case SyntaxKind.OpenParen:
                    return ParseParenthesizedExpression();
                case SyntaxKind.Asterisk:
                    _pos++;
                    return new WildcardExpression(_tokens[start].Span, null);
                case SyntaxKind.QuotedIdentifier:
                    return ParseNameOrCall();
                case SyntaxKind.Word:
                    return ParseWordPrimary();
                default:
                    return null;
            }
        }

        private Expression? ParseWordPrimary()
        {
            int start = _pos;
            if (AtStatementBoundary()) return null;
            bool call = Is(SyntaxKind.OpenParen, 1);
            if (IsWord("NULL")) return KeywordLiteral(LiteralKind.Null);
            if (IsWord("TRUE") || IsWord("FALSE")) return KeywordLiteral(LiteralKind.Boolean);
            if (IsWord("CASE")) return ParseCaseExpression();
            if (IsWord("EXISTS") && call)
            {
                _pos++;
                var query = ParseParenthesizedExpression()!;
                return new ExistsExpression(TextSpan.FromBounds(_tokens[start].Start, query.Span.End), query);
            }

            if ((IsWord("CAST") || IsWord("TRY_CAST") || IsWord("SAFE_CAST")) && call) return ParseCastExpression();
            if (Is(SyntaxKind.StringLiteral, 1) && IsTypedLiteralWord()) return ParseTypedLiteral();
            if (IsWord("INTERVAL") && StartsIntervalAmount()) return ParseIntervalExpression();
            if (IsWord("NEXT") && IsWord("VALUE", 1) && IsWord("FOR", 2)) return ParseNextValueFor();
            if (IsWord("ARRAY") && Is(SyntaxKind.OpenBracket, 1)) return ParseArrayConstructor();
            if (IsAnyWord(NonOperandWords)) return null;
            return ParseNameOrCall();
        }

        /// <summary>MySQL <c>INTERVAL 7 DAY</c>, <c>INTERVAL n DAY</c>: an amount then a unit (INTERVAL(...) is a function).</summary>
        private bool StartsIntervalAmount()
        {
            var next = Peek(1).Kind;
            if (next == SyntaxKind.NumericLiteral || next == SyntaxKind.Parameter || next == SyntaxKind.Minus) return true;
            if (!IsIdentifierKind(next)) return false;
            int saved = _pos;
            _pos += 2;
            bool unit = IsIntervalUnit();
            _pos = saved;
            return unit;
        }

        // SQL Server: NEXT VALUE FOR sequence [ OVER (ORDER BY ...) ]
        // https://learn.microsoft.com/sql/t-sql/functions/next-value-for-transact-sql
        private Expression ParseNextValueFor()
        {
            int start = _pos;
            _pos += 3;
            var opSpan = SpanFrom(start);
            var sequence = ParseObjectName();
            Expression operand = sequence != null ? new NameExpression(sequence) : MissingOperand();
            ParseCallTrailers();
            return new UnaryExpression(SpanFrom(start), UnaryOperator.Other, opSpan, operand);
        }

        private LiteralExpression KeywordLiteral(LiteralKind kind)
        {
            var span = CurrentSpan;
            string value = CurrentText.ToUpperInvariant();
            _pos++;
            return new LiteralExpression(span, kind, value, null);
        }

        /// <summary>DATE '...', TIMESTAMP '...', TIME '...', INTERVAL '...' [qualifier], and MySQL _charset'...'.</summary>
        private bool IsTypedLiteralWord()
        {
            if (IsAnyWord(TypedLiteralWords)) return true;
            return _text[Current.Start] == '_' && Peek(1).Start == Current.End;
        }

        private Expression ParseTypedLiteral()
        {
            int start = _pos;
            bool interval = IsWord("INTERVAL");
            bool introducer = _text[Current.Start] == '_';
            string type = CurrentText.ToUpperInvariant();
            _pos += 2;
            if (interval) SkipIntervalQualifier();
            return StringLiteralAt(start + 1, type, start, introducer ? LiteralKind.String : LiteralKind.Other);
        }

        /// <summary>MySQL <c>INTERVAL expr unit</c> (<c>NOW() - INTERVAL 7 DAY</c>): a prefix operator over the amount.</summary>
        private Expression ParseIntervalExpression()
        {
            int start = _pos;
            var opSpan = CurrentSpan;
            _pos++;
            var amount = ParsePostfix() ?? MissingOperand();
            SkipIntervalQualifier();
            return new UnaryExpression(SpanFrom(start), UnaryOperator.Other, opSpan, amount);
        }

        // YEAR [(p)] [TO MONTH], DAY [(p)] TO SECOND [(s)], DAY_HOUR, ...
        private void SkipIntervalQualifier()
        {
            while (IsIntervalUnit())
            {
                _pos++;
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                if (!TryEatWord("TO")) break;
            }
        }

        private bool IsIntervalUnit()
        {
            if (!Is(SyntaxKind.Word)) return false;
            return IsAnyWord(IntervalUnitWords);
        }

        /// <summary>A literal from the string token at <paramref name="tokenIndex"/>, spanning from <paramref name="startToken"/>.</summary>
        private LiteralExpression StringLiteralAt(int tokenIndex, string? typeName, int startToken, LiteralKind kind = LiteralKind.String)
        {
            var token = _tokens[tokenIndex];
            if (typeName == null && (token.Has(TokenFlags.Hex) || token.Has(TokenFlags.Bit))) kind = LiteralKind.Other;
            return new LiteralExpression(SpanFrom(startToken), kind, StringLiteralValue(tokenIndex), typeName);
        }

        /// <summary>A string token's value: prefix and quotes removed, doubled quotes and (where the dialect has them) backslash escapes undone.</summary>
        private string StringLiteralValue(int tokenIndex)
        {
            var token = _tokens[tokenIndex];
            string raw = _tokens.GetText(tokenIndex);
            if (token.Has(TokenFlags.DollarQuoted))
            {
                int tagEnd = raw.IndexOf('$', 1);
                if (tagEnd < 0) return raw;
                int bodyStart = tagEnd + 1;
                int closeLength = token.Has(TokenFlags.Unterminated) ? 0 : bodyStart;
                return raw.Substring(bodyStart, System.Math.Max(0, raw.Length - bodyStart - closeLength));
            }

            int i = 0;
            while (i < raw.Length && raw[i] != '\'' && raw[i] != '"') i++;
            if (i >= raw.Length) return raw;
            if (token.Has(TokenFlags.AlternativeQuoted))
            {
                // q'[...]': the delimiter follows the quote and its partner precedes the closing quote.
                int bodyStart = i + 2;
                int bodyEnd = token.Has(TokenFlags.Unterminated) ? raw.Length : raw.Length - 2;
                return bodyEnd > bodyStart ? raw.Substring(bodyStart, bodyEnd - bodyStart) : string.Empty;
            }

            char quote = raw[i];
            int end = raw.Length;
            if (!token.Has(TokenFlags.Unterminated) && end - 1 > i && raw[end - 1] == quote) end--;
            bool backslashes = token.Has(TokenFlags.EscapeString) || (_dialect.BackslashEscapesInStrings && !token.Has(TokenFlags.DollarQuoted));
            var sb = new System.Text.StringBuilder(end - i);
            for (int k = i + 1; k < end; k++)
            {
                char c = raw[k];
                if (c == quote && k + 1 < end && raw[k + 1] == quote)
                {
                    sb.Append(quote);
                    k++;
                }
                else if (c == '\\' && backslashes && k + 1 < end)
                {
                    k++;
                    sb.Append(UnescapeChar(raw[k]));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        private static char UnescapeChar(char c) => c switch
        {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '0' => '\0',
            'b' => '\b',
            'Z' => '\u001A',
            _ => c,
        };

        /// <summary><c>:x</c>, <c>:new.col</c>, <c>$1</c>, <c>?</c>, <c>@v</c>: the parameter with any <c>.field</c> parts after it.</summary>
        private Expression ParseParameterExpression()
        {
            int start = _pos;
            _pos++;
            while (Is(SyntaxKind.Dot) && IsIdentifierKind(Peek(1).Kind) && Current.Start == _tokens[_pos - 1].End)
            {
                _pos += 2;
            }

            var span = SpanFrom(start);
            return new ParameterExpression(span, _text.Substring(span.Start, span.Length));
        }

        /// <summary>A (possibly qualified) name, <c>t.*</c>, or a call <c>name(args)</c>.</summary>
        private Expression ParseNameOrCall()
        {
            int start = _pos;
            var name = ParseObjectName()!;
            if (Is(SyntaxKind.Dot) && Is(SyntaxKind.Asterisk, 1))
            {
                _pos += 2;
                return new WildcardExpression(SpanFrom(start), name);
            }

            if (Is(SyntaxKind.OpenParen) && !(Is(SyntaxKind.Plus, 1) && Is(SyntaxKind.CloseParen, 2))) return ParseFunctionCall(name, start);
            return new NameExpression(name);
        }

        // call := name '(' [ DISTINCT | ALL ] [ arg { ',' arg } ] ')' [ WITHIN GROUP '(' ... ')' ] [ FILTER '(' ... ')' ]
        //         [ KEEP '(' ... ')' ] [ { IGNORE | RESPECT } NULLS ] [ OVER { '(' ... ')' | window_name } ]
        // arg  := [ name '=>' | name ':=' ] expr { keyword-joined part }
        // Oracle: https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/subprogram-parameters.html (named notation)
        private Expression ParseFunctionCall(ObjectName name, int start)
        {
            var arguments = ParseCallArguments();
            TextSpan? over = ParseCallTrailers();
            return new FunctionCallExpression(SpanFrom(start), name, arguments, over);
        }

        /// <summary>A call's parenthesized arguments, from the <c>(</c> through the <c>)</c>.</summary>
        private List<Argument> ParseCallArguments()
        {
            _pos++;
            var arguments = new List<Argument>();
            if (AtQueryAfterParen(false))
            {
                int queryStart = _pos;
                while (!AtEnd && !Is(SyntaxKind.CloseParen)) SkipBalancedQuietly();
                var query = new SubqueryExpression(SpanOfTokens(queryStart, _pos));
                arguments.Add(new Argument(query.Span, null, query));
            }
            else if (!Is(SyntaxKind.CloseParen))
            {
                while (true)
                {
                    arguments.Add(ParseCallArgument());
                    if (!TryEat(SyntaxKind.Comma)) break;
                }
            }

            ExpectExpressionCloseParen();
            return arguments;
        }

        private Argument ParseCallArgument()
        {
            int start = _pos;
            Identifier? name = null;
            if (AtIdentifier() && (Peek(1).Kind == SyntaxKind.Arrow || Peek(1).Kind == SyntaxKind.Assign))
            {
                name = ParseIdentifier();
                _pos++;
            }

            Expression? value = null;
            while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon))
            {
                if (IsArgumentKeyword(value != null))
                {
                    _pos++;
                    continue;
                }

                int before = _pos;
                var part = ParseExpression();
                if (_pos == before)
                {
                    SkipBalanced();
                    continue;
                }

                value ??= part;
            }

            value ??= MissingOperand();
            return new Argument(_pos > start ? SpanOfTokens(start, _pos) : value.Span, name, value);
        }

        /// <summary>Keywords that join the parts of one argument: <c>DISTINCT</c>, <c>FROM</c>, <c>ORDER BY</c>, <c>AS</c>, <c>USING</c>, ...</summary>
        private bool IsArgumentKeyword(bool afterValue)
        {
            if (!Is(SyntaxKind.Word)) return false;
            if (IsWord("ALL")) return !Is(SyntaxKind.OpenParen, 1);
            if (IsAnyWord(ArgumentJoinWords)) return true;

            // Words that are ordinary names at the start of an argument but join parts after a value.
            return afterValue && IsAnyWord(ArgumentJoinWordsAfterValue);
        }

        /// <summary>WITHIN GROUP (...), FILTER (...), KEEP (...), IGNORE/RESPECT NULLS and OVER (...) after a call; returns OVER's span.</summary>
        private TextSpan? ParseCallTrailers()
        {
            TextSpan? over = null;
            while (true)
            {
                int start = _pos;
                if (IsWord("WITHIN") && IsWord("GROUP", 1) && Is(SyntaxKind.OpenParen, 2))
                {
                    _pos += 2;
                    SkipBalancedQuietly();
                }
                else if ((IsWord("FILTER") || IsWord("KEEP")) && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    SkipBalancedQuietly();
                }
                else if ((IsWord("IGNORE") || IsWord("RESPECT")) && IsWord("NULLS", 1))
                {
                    _pos += 2;
                }
                else if (IsWord("OVER") && (Is(SyntaxKind.OpenParen, 1) || IsIdentifierKind(Peek(1).Kind)))
                {
                    _pos++;
                    SkipBalancedQuietly();
                    over = SpanFrom(start);
                }
                else
                {
                    return over;
                }
            }
        }

        // CAST ( expr AS type ), TRY_CAST ( expr AS type )
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CAST.html
        private Expression ParseCastExpression()
        {
            int start = _pos;
            var syntax = IsWord("CAST") ? CastSyntax.Cast : CastSyntax.TryCast;
            _pos += 2;
            var operand = ParseExpression();
            Expression result;
            if (TryEatWord("AS"))
            {
                result = ParseCastType(operand, syntax, _tokens[start].Start);
            }
            else
            {
                ReportExpectedOnce("AS");
                result = operand;
            }

            ExpectExpressionCloseParen();
            return result is CastExpression cast
                ? new CastExpression(SpanFrom(start), cast.Syntax, cast.Operand, cast.TypeName, cast.TypeSpan)
                : new RawExpression(SpanFrom(start));
        }

        /// <summary>Reads a type name after AS or :: and builds the cast.</summary>
        private Expression ParseCastType(Expression operand, CastSyntax syntax, int spanStart)
        {
            int typeStart = _pos;
            var typeName = ParseObjectName();
            if (typeName == null)
            {
                ReportExpectedOnce("a type name");
                return operand;
            }

            SkipTypeTail();
            var typeSpan = SpanFrom(typeStart);
            return new CastExpression(TextSpan.FromBounds(spanStart, typeSpan.End), syntax, operand, typeName, typeSpan);
        }

        /// <summary>
        /// The rest of a type after its first name: <c>(10, 2)</c>, <c>(10 CHAR)</c>, <c>PRECISION</c>, <c>VARYING</c>,
        /// <c>WITH [LOCAL] TIME ZONE</c>, <c>UNSIGNED</c>, <c>DAY(2) TO SECOND(6)</c>, <c>[]</c>.
        /// </summary>
        private void SkipTypeTail()
        {
            while (true)
            {
                if (Is(SyntaxKind.OpenParen))
                {
                    SkipBalancedQuietly();
                }
                else if (Is(SyntaxKind.OpenBracket))
                {
                    SkipBalancedQuietly();
                }
                else if ((IsWord("CHARACTER") && IsWord("SET", 1)) || IsWord("CHARSET"))
                {
                    _pos += IsWord("CHARSET") ? 1 : 2;
                    if (AtIdentifier()) _pos++;
                }
                else if ((IsWord("WITH") || IsWord("WITHOUT")) && (IsWord("TIME", 1) || IsWord("LOCAL", 1)))
                {
                    _pos++;
                    TryEatWord("LOCAL");
                    TryEatWords("TIME", "ZONE");
                }
                else if (IsAnyWord(TypeTailWords) || IsIntervalUnit() || (IsWord("TO") && IsIntervalUnitAt(1)))
                {
                    _pos++;
                }
                else if (IsWord("ARRAY") && !Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                }
                else
                {
                    return;
                }
            }
        }

        private bool IsIntervalUnitAt(int ahead)
        {
            int saved = _pos;
            _pos += ahead;
            bool result = IsIntervalUnit();
            _pos = saved;
            return result;
        }

        // ( expr ) | ( expr, expr, ... ) | ( SELECT ... ) | ( WITH ... ) | ( VALUES ... ) | PL/SQL ( SELF AS supertype )
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/adobj/generalized-invocation-and-execution.html
        private Expression ParseParenthesizedExpression()
        {
            int start = _pos;
            _pos++;
            if (AtQueryAfterParen(true)) return SkipParenthesizedQuery(start);
            var items = new List<Expression>();
            if (!Is(SyntaxKind.CloseParen))
            {
                while (true)
                {
                    items.Add(ParseExpression());
                    if (!TryEat(SyntaxKind.Comma)) break;
                }
            }

            if (items.Count == 1 && IsWord("AS") && IsIdentifierKind(Peek(1).Kind))
            {
                _pos++;
                items[0] = ParseCastType(items[0], CastSyntax.GeneralizedInvocation, items[0].Span.Start);
            }

            // ((SELECT 1) UNION (SELECT 2)): a query after all.
            if (IsAnyWord("UNION", "INTERSECT", "EXCEPT", "MINUS")) return SkipParenthesizedQuery(start);
            ExpectExpressionCloseParen();
            var span = SpanFrom(start);
            return items.Count == 1 ? new ParenthesizedExpression(span, items[0]) : (Expression)new TupleExpression(span, items);
        }

        private SubqueryExpression SkipParenthesizedQuery(int openParen)
        {
            _pos = openParen;
            SkipBalancedQuietly();
            return new SubqueryExpression(SpanFrom(openParen));
        }

        /// <summary>Whether a query starts here (just after an opening parenthesis), optionally inside more parentheses.</summary>
        private bool AtQueryAfterParen(bool allowNested) =>
            IsWord("SELECT") || IsWord("VALUES") || (IsWord("WITH") && IsIdentifierKind(Peek(1).Kind)) ||
            (allowNested && Is(SyntaxKind.OpenParen) && IsQueryInParentheses());

        /// <summary>Whether the parentheses opening here hold a query (<c>((SELECT ...) UNION ...)</c>).</summary>
        private bool IsQueryInParentheses()
        {
            int i = _pos;
            while (i < _end && _tokens[i].Kind == SyntaxKind.OpenParen) i++;
            return i < _end && (_tokens.IsWord(i, "SELECT") || _tokens.IsWord(i, "WITH"));
        }

        // CASE [operand] WHEN expr THEN expr { WHEN expr THEN expr } [ELSE expr] END
        private Expression ParseCaseExpression()
        {
            int start = _pos;
            _pos++;
            Expression? operand = IsWord("WHEN") ? null : ParseExpression();
            var whens = new List<CaseWhenClause>();
            while (IsWord("WHEN"))
            {
                int whenStart = _pos;
                _pos++;
                var condition = ParseExpression();
                Expression result;
                if (ExpectWordOnce("THEN"))
                {
                    result = ParseExpression();
                }
                else
                {
                    result = EmptyExpression();
                }

                whens.Add(new CaseWhenClause(SpanFrom(whenStart), condition, result));
            }

            Expression? elseResult = null;
            if (TryEatWord("ELSE")) elseResult = ParseExpression();
            ExpectWordOnce("END");
            return new CaseExpression(SpanFrom(start), operand, whens, elseResult);
        }

        // ARRAY [ expr, ... ]   (PostgreSQL)
        private Expression ParseArrayConstructor()
        {
            int start = _pos;
            _pos += 2;
            var elements = new List<Expression>();
            if (!Is(SyntaxKind.CloseBracket))
            {
                while (true)
                {
                    elements.Add(ParseExpression());
                    if (!TryEat(SyntaxKind.Comma)) break;
                }
            }

            if (!TryEat(SyntaxKind.CloseBracket)) ReportExpectedOnce("']'");
            return new ArrayExpression(SpanFrom(start), elements);
        }

        // Keyword lists are arrays handed to IsAnyWord as they are, so no call allocates.
        private static readonly string[] TypedLiteralWords = { "DATE", "TIME", "TIMESTAMP", "TIMESTAMPTZ", "INTERVAL" };

        private static readonly string[] IntervalUnitWords =
        {
            "YEAR", "YEARS", "MONTH", "MONTHS", "DAY", "DAYS", "HOUR", "HOURS", "MINUTE", "MINUTES", "SECOND", "SECONDS", "WEEK",
            "QUARTER", "MICROSECOND", "DAY_HOUR", "DAY_MINUTE", "DAY_SECOND", "DAY_MICROSECOND", "HOUR_MINUTE", "HOUR_SECOND",
            "HOUR_MICROSECOND", "MINUTE_SECOND", "MINUTE_MICROSECOND", "SECOND_MICROSECOND", "YEAR_MONTH",
        };

        private static readonly string[] ArgumentJoinWords =
        {
            "DISTINCT", "UNIQUE", "FROM", "FOR", "IN", "USING", "AS", "ORDER", "BY", "ASC", "DESC", "NULLS", "SEPARATOR", "LEADING",
            "TRAILING", "BOTH", "PLACING", "RETURNING", "ON", "KEEP", "PASSING",
        };

        private static readonly string[] ArgumentJoinWordsAfterValue =
        {
            "DEFAULT", "WITH", "WITHOUT", "OVERFLOW", "COLUMNS", "WRAPPER", "ERROR", "EMPTY", "FORMAT", "PRESERVING", "STRICT", "LAX",
            "IGNORE", "RESPECT", "TRUNCATE", "COUNT", "ABSENT", "NULL",
        };

        private static readonly string[] TypeTailWords =
        {
            "PRECISION", "VARYING", "UNSIGNED", "SIGNED", "INTEGER", "INT", "CHARACTER", "CHAR", "VARCHAR", "VARCHAR2", "VARBINARY",
            "BYTE", "ZEROFILL",
        };

        /// <summary>Words that never begin an operand: an expression stops before them.</summary>
        private static readonly string[] NonOperandWords =
        {
            "AND", "OR", "XOR", "IS", "IN", "LIKE", "ILIKE", "BETWEEN", "AS", "ON", "USING", "WHEN", "THEN", "ELSE", "END",
            "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "UNION", "INTERSECT", "EXCEPT", "MINUS", "INTO", "SELECT",
            "RETURNING", "JOIN", "CONSTRAINT", "PRIMARY", "REFERENCES", "ESCAPE", "ASC", "DESC", "BY", "COLLATE", "SET",
            "WINDOW", "LOOP", "NOT", "EXISTS", "CASE",
        };
    }
}

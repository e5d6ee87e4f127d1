using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>
    /// Expressions by precedence climbing, loosest first:
    /// OR (XOR) &lt; AND &lt; NOT &lt; comparison (= &lt;&gt; &lt; &lt;= &gt; &gt;=, [NOT] LIKE/ILIKE/SIMILAR TO/REGEXP [ESCAPE],
    /// [NOT] IN, [NOT] BETWEEN, IS [NOT] NULL/TRUE/DISTINCT FROM, symbolic operators such as @&gt; ~* -&gt;&gt;)
    /// &lt; || &lt; + - &lt; * / % DIV MOD &lt; prefix - + ~ ! PRIOR &lt; postfix (::type, [i], (+), .member, %ROWCOUNT,
    /// AT TIME ZONE) &lt; primary (Parser.ExpressionPrimary.cs).
    /// One precedence-climbing routine reads every binary level, so only parentheses, calls and CASE deepen the
    /// stack, and those pass through <see cref="ParseExpression"/>'s depth guard.
    /// An expression stops at the first token that cannot continue it (a comma, a closing parenthesis, a clause
    /// keyword, <c>NOT NULL</c>, <c>COLLATE</c>) and leaves it for the caller; it never skips tokens it does not know.
    /// </summary>
    /// <remarks>
    /// Synopses: Oracle https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/Expressions.html,
    /// PostgreSQL https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-PRECEDENCE,
    /// MySQL https://dev.mysql.com/doc/refman/8.4/en/operator-precedence.html,
    /// SQL Server https://learn.microsoft.com/sql/t-sql/language-elements/operator-precedence-transact-sql.
    /// </remarks>
    internal sealed partial class Parser
    {
        /// <summary>
        /// Reads an expression. When none starts at the current token, returns an empty <see cref="RawExpression"/>
        /// there and consumes nothing (the caller decides whether that is an error). Past the nesting limit, the
        /// expression is skipped by balanced tokens and kept as a <see cref="RawExpression"/>.
        /// </summary>
        private Expression ParseExpression()
        {
            if (!TryEnterNesting()) return SkipExpressionRaw();
            try
            {
                return ParseBinary(PrecedenceOr) ?? EmptyExpression();
            }
            finally
            {
                ExitNesting();
            }
        }

        /// <summary>An empty expression just after the last token read, for a missing operand (so it stays inside the statement).</summary>
        private RawExpression EmptyExpression() => new RawExpression(EmptySpanAfterLastToken());

        private TextSpan EmptySpanAfterLastToken() => new TextSpan(_pos > 0 ? _tokens[_pos - 1].End : Current.Start, 0);

        /// <summary>Reports a missing operand after an operator and stands in for it.</summary>
        private Expression MissingOperand()
        {
            ReportExpectedOnce("an expression");
            return EmptyExpression();
        }

        /// <summary>Token index (plus one) of the last error reported by <see cref="ReportExpectedOnce"/>; 0 when none.</summary>
        private int _lastExpectedErrorAt;

        /// <summary>
        /// Reports what was expected unless an error was already reported at this token: unclosed parentheses and
        /// missing operands at the end of a statement would otherwise repeat the same message once per level.
        /// </summary>
        private void ReportExpectedOnce(string what)
        {
            if (_lastExpectedErrorAt == _pos + 1) return;
            _lastExpectedErrorAt = _pos + 1;
            ReportExpected(what);
        }

        private bool ExpectWordOnce(string keyword)
        {
            if (TryEatWord(keyword)) return true;
            ReportExpectedOnce(keyword);
            return false;
        }

        private Expression SkipExpressionRaw()
        {
            int start = _pos;
            while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon) &&
                   !AtClauseKeyword() && !AtStatementBoundary())
            {
                SkipBalanced();
            }

            return new RawExpression(_pos > start ? SpanOfTokens(start, _pos) : EmptySpanAfterLastToken());
        }

        /// <summary>Words at which the balanced skip of an over-deep expression stops.</summary>
        private bool AtClauseKeyword() => IsAnyWord(
            "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "UNION", "INTERSECT", "MINUS", "EXCEPT", "RETURNING", "RETURN",
            "CONSTRAINT", "PRIMARY", "REFERENCES", "CHECK", "UNIQUE", "NOT", "NULL", "ENABLE", "DISABLE", "USING", "WHEN", "THEN",
            "LOG", "INTO", "SET", "VALUES", "ON", "COLLATE", "COMMENT", "AUTO_INCREMENT", "GENERATED", "IDENTITY");

        // Binding strength of the infix operators; 0 means "no infix operator here".
        private const int PrecedenceOr = 1;
        private const int PrecedenceAnd = 2;
        private const int PrecedenceNot = 3;
        private const int PrecedenceComparison = 4;
        private const int PrecedenceConcat = 5;
        private const int PrecedenceAdditive = 6;
        private const int PrecedenceMultiplicative = 7;

        /// <summary>
        /// Precedence climbing: an operand, then every infix operator that binds at least as tightly as
        /// <paramref name="minPrecedence"/>, each right side read one level tighter (so operators associate left).
        /// One frame per precedence step, not per grammar level, keeps deep nesting cheap on the stack.
        /// </summary>
        private Expression? ParseBinary(int minPrecedence)
        {
            var left = minPrecedence <= PrecedenceNot && IsWord("NOT") ? ParsePrefixNot() : ParseUnary();
            if (left == null) return null;
            while (true)
            {
                int precedence = InfixPrecedence();
                if (precedence == 0 || precedence < minPrecedence) return left;
                var combined = ParseInfix(left, precedence);
                if (combined == null) return left;
                left = combined;
            }
        }

        /// <summary>Prefix NOT binds looser than comparisons: <c>NOT a = b</c> is <c>NOT (a = b)</c>.</summary>
        private Expression ParsePrefixNot()
        {
            var nots = new List<TextSpan>();
            while (IsWord("NOT"))
            {
                nots.Add(CurrentSpan);
                _pos++;
            }

            var operand = ParseBinary(PrecedenceComparison) ?? MissingOperand();
            for (int i = nots.Count - 1; i >= 0; i--)
            {
                operand = new UnaryExpression(TextSpan.FromBounds(nots[i].Start, SpanEnd(operand, nots[i])), UnaryOperator.Not, nots[i], operand);
            }

            return operand;
        }

        /// <summary>The precedence of the infix operator at the current token, without consuming it; 0 when there is none.</summary>
        private int InfixPrecedence()
        {
            if (AtEnd) return 0;
            if (SymbolicOperatorRunLength() > 0) return PrecedenceComparison;
            switch (Current.Kind)
            {
                case SyntaxKind.Equals:
                case SyntaxKind.NotEquals:
                case SyntaxKind.LessThan:
                case SyntaxKind.LessOrEqual:
                case SyntaxKind.GreaterThan:
                case SyntaxKind.GreaterOrEqual:
                    return PrecedenceComparison;
                case SyntaxKind.Concat:
                    return PrecedenceConcat;
                case SyntaxKind.Plus:
                case SyntaxKind.Minus:
                    return PrecedenceAdditive;
                case SyntaxKind.Asterisk:
                case SyntaxKind.Slash:
                case SyntaxKind.Percent:
                    return PrecedenceMultiplicative;
                case SyntaxKind.Word:
                    break;
                default:
                    return 0;
            }

            if (IsWord("OR") || IsWord("XOR")) return PrecedenceOr;
            if (IsWord("AND")) return PrecedenceAnd;
            if (IsWord("MOD") || IsWord("DIV")) return PrecedenceMultiplicative;
            if (IsWord("IS")) return PrecedenceComparison;
            int at = IsWord("NOT") ? 1 : 0;

            // POSITION(a IN b) and FOR i IN 1..10 have no parenthesis after IN: not a comparison.
            if (IsWord("IN", at)) return Peek(at + 1).Kind == SyntaxKind.OpenParen ? PrecedenceComparison : 0;
            if (IsWord("BETWEEN", at) || LikeOperatorLength(at) > 0) return PrecedenceComparison;
            return 0;
        }

        /// <summary>Consumes the infix operator <see cref="InfixPrecedence"/> found and reads its right side.</summary>
        private Expression? ParseInfix(Expression left, int precedence)
        {
            int opStart = _pos;
            switch (precedence)
            {
                case PrecedenceOr:
                    var or = IsWord("OR") ? BinaryOperator.Or : BinaryOperator.Other;
                    _pos++;
                    return MakeBinary(left, or, _tokens[opStart].Span, ParseBinary(PrecedenceAnd) ?? MissingOperand());
                case PrecedenceAnd:
                    _pos++;
                    return MakeBinary(left, BinaryOperator.And, _tokens[opStart].Span, ParseBinary(PrecedenceNot) ?? MissingOperand());
                case PrecedenceConcat:
                    _pos++;
                    return MakeBinary(left, BinaryOperator.Concat, _tokens[opStart].Span, ParseBinary(PrecedenceAdditive) ?? MissingOperand());
                case PrecedenceAdditive:
                    var additive = Is(SyntaxKind.Plus) ? BinaryOperator.Add : BinaryOperator.Subtract;
                    _pos++;
                    return MakeBinary(left, additive, _tokens[opStart].Span, ParseBinary(PrecedenceMultiplicative) ?? MissingOperand());
                case PrecedenceMultiplicative:
                    var op = Is(SyntaxKind.Asterisk) ? BinaryOperator.Multiply
                        : Is(SyntaxKind.Slash) ? BinaryOperator.Divide
                        : IsWord("DIV") ? BinaryOperator.Other
                        : BinaryOperator.Modulo;
                    _pos++;
                    return MakeBinary(left, op, _tokens[opStart].Span, ParseUnary() ?? MissingOperand());
                default:
                    return ParseComparisonTail(left);
            }
        }

        /// <summary>Reads one comparison operator and its right side after <paramref name="left"/>; null when none follows.</summary>
        private Expression? ParseComparisonTail(Expression left)
        {
            int opStart = _pos;
            int runLength = SymbolicOperatorRunLength();
            if (runLength > 0)
            {
                _pos += runLength;
                return MakeBinary(left, BinaryOperator.Other, SpanOfTokens(opStart, _pos), ParseBinary(PrecedenceConcat) ?? MissingOperand());
            }

            BinaryOperator op;
            switch (Current.Kind)
            {
                case SyntaxKind.Equals: op = BinaryOperator.Equal; break;
                case SyntaxKind.NotEquals: op = BinaryOperator.NotEqual; break;
                case SyntaxKind.LessThan: op = BinaryOperator.Less; break;
                case SyntaxKind.LessOrEqual: op = BinaryOperator.LessOrEqual; break;
                case SyntaxKind.GreaterThan: op = BinaryOperator.Greater; break;
                case SyntaxKind.GreaterOrEqual: op = BinaryOperator.GreaterOrEqual; break;
                case SyntaxKind.Word: return ParseWordComparison(left);
                default: return null;
            }

            _pos++;
            return MakeBinary(left, op, SpanOfTokens(opStart, _pos), ParseBinary(PrecedenceConcat) ?? MissingOperand());
        }

        /// <summary>IS, [NOT] IN/LIKE/BETWEEN and the other comparison keywords.</summary>
        private Expression? ParseWordComparison(Expression left)
        {
            int opStart = _pos;
            if (IsWord("IS")) return ParseIsTail(left);

            bool negated = IsWord("NOT");
            int at = negated ? 1 : 0;
            if (IsWord("IN", at))
            {
                _pos += at + 1;
                var opSpan = SpanOfTokens(opStart, _pos);
                return MakeBinary(left, negated ? BinaryOperator.NotIn : BinaryOperator.In, opSpan, ParseInList());
            }

            if (IsWord("BETWEEN", at))
            {
                _pos += at + 1;
                if (!TryEatWord("SYMMETRIC")) TryEatWord("ASYMMETRIC");
                var low = ParseBinary(PrecedenceConcat) ?? MissingOperand();
                ExpectWordOnce("AND");
                var high = ParseBinary(PrecedenceConcat) ?? MissingOperand();
                return new BetweenExpression(TextSpan.FromBounds(left.Span.Start, SpanEnd(high, low.Span)), left, negated, low, high);
            }

            int words = LikeOperatorLength(at);
            if (words == 0) return null;
            bool plainLike = words == 1 && IsWord("LIKE", at);
            _pos += at + words;
            var likeSpan = SpanOfTokens(opStart, _pos);
            var op = plainLike ? (negated ? BinaryOperator.NotLike : BinaryOperator.Like) : BinaryOperator.Other;
            var pattern = ParseBinary(PrecedenceConcat) ?? MissingOperand();
            if (IsWord("ESCAPE"))
            {
                var escapeSpan = CurrentSpan;
                _pos++;
                pattern = MakeBinary(pattern, BinaryOperator.Other, escapeSpan, ParseBinary(PrecedenceConcat) ?? MissingOperand());
            }

            return MakeBinary(left, op, likeSpan, pattern);
        }

        /// <summary>How many words the pattern-matching operator at <paramref name="at"/> has (0 when there is none).</summary>
        private int LikeOperatorLength(int at)
        {
            if (IsWord("LIKE", at) || IsWord("ILIKE", at) || IsWord("REGEXP", at) || IsWord("RLIKE", at) ||
                IsWord("LIKEC", at) || IsWord("LIKE2", at) || IsWord("LIKE4", at))
            {
                return 1;
            }

            if ((IsWord("SIMILAR", at) && IsWord("TO", at + 1)) || (IsWord("SOUNDS", at) && IsWord("LIKE", at + 1))) return 2;
            return 0;
        }

        // IS [NOT] { NULL | TRUE | FALSE | UNKNOWN | DISTINCT FROM expr | OF [TYPE] (types) | JSON | NAN | EMPTY | ... }
        private Expression ParseIsTail(Expression left)
        {
            int opStart = _pos;
            _pos++;
            bool negated = TryEatWord("NOT");
            if (IsWord("DISTINCT") && IsWord("FROM", 1))
            {
                _pos += 2;
                return MakeBinary(left, BinaryOperator.Other, SpanOfTokens(opStart, _pos), ParseBinary(PrecedenceConcat) ?? MissingOperand());
            }

            var opSpan = SpanOfTokens(opStart, _pos);
            var op = negated ? BinaryOperator.IsNot : BinaryOperator.Is;
            Expression right;
            if (IsWord("NULL") || IsWord("TRUE") || IsWord("FALSE"))
            {
                right = ParsePrimary()!;
            }
            else if (IsWord("OF"))
            {
                int start = _pos;
                _pos++;
                TryEatWord("TYPE");
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                right = new RawExpression(SpanFrom(start));
            }
            else if (AtIdentifier())
            {
                var id = ParseIdentifier()!;
                right = new NameExpression(new ObjectName(id.Span, new[] { id }, null));
            }
            else
            {
                right = MissingOperand();
            }

            return MakeBinary(left, op, opSpan, right);
        }

        /// <summary>
        /// The right side of IN: <c>(SELECT ...)</c> as a <see cref="SubqueryExpression"/>, otherwise the list as a
        /// <see cref="TupleExpression"/> (also for one element).
        /// </summary>
        private Expression ParseInList()
        {
            int start = _pos;
            if (!Is(SyntaxKind.OpenParen)) return MissingOperand();
            _pos++;
            if (AtQueryAfterParen(true))
            {
                _pos = start;
                SkipBalancedQuietly();
                return new SubqueryExpression(SpanFrom(start));
            }

            var items = ParseExpressionListUntilClose();
            return new TupleExpression(SpanFrom(start), items);
        }

        /// <summary>Reads <c>a, b, c</c> and the closing parenthesis (the opening one already read).</summary>
        private List<Expression> ParseExpressionListUntilClose()
        {
            var items = new List<Expression>();
            if (!Is(SyntaxKind.CloseParen))
            {
                while (true)
                {
                    var item = ParseExpression();
                    items.Add(item);
                    if (!TryEat(SyntaxKind.Comma)) break;
                }
            }

            ExpectExpressionCloseParen();
            return items;
        }

        /// <summary>Consumes <c>)</c>; anything unread before it is reported once and skipped.</summary>
        private void ExpectExpressionCloseParen()
        {
            if (TryEat(SyntaxKind.CloseParen)) return;
            ReportExpectedOnce("')'");
            while (!AtEnd && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon)) SkipBalanced();
            TryEat(SyntaxKind.CloseParen);
        }

        /// <summary>Prefix operators, read iteratively so that a long run of them cannot deepen the stack.</summary>
        private Expression? ParseUnary()
        {
            List<(UnaryOperator Op, TextSpan Span)>? prefixes = null;
            while (true)
            {
                UnaryOperator op;
                int length = 1;
                int run;
                if (Is(SyntaxKind.Operator) && _tokens.TextIs(_pos, "!") && SymbolicOperatorRunLength() == 1) op = UnaryOperator.Not;
                else if (!Is(SyntaxKind.Parameter) && (run = SymbolicOperatorRunLength()) > 0)
                {
                    // ~x, PostgreSQL @ x (absolute value), |/ x (square root).
                    op = UnaryOperator.Other;
                    length = run;
                }
                else if (Is(SyntaxKind.Minus)) op = UnaryOperator.Negate;
                else if (Is(SyntaxKind.Plus)) op = UnaryOperator.Plus;
                else if (IsWord("PRIOR") && StartsOperand(1)) op = UnaryOperator.Prior;
                else if (IsWord("CONNECT_BY_ROOT") && StartsOperand(1)) op = UnaryOperator.Other;
                else break;
                (prefixes ??= new List<(UnaryOperator, TextSpan)>()).Add((op, SpanOfTokens(_pos, _pos + length)));
                _pos += length;
            }

            var operand = ParsePostfix();
            if (prefixes == null) return operand;
            operand ??= MissingOperand();
            for (int i = prefixes.Count - 1; i >= 0; i--)
            {
                var (op, span) = prefixes[i];
                operand = new UnaryExpression(TextSpan.FromBounds(span.Start, SpanEnd(operand, span)), op, span, operand);
            }

            return operand;
        }

        /// <summary>Whether the token <paramref name="ahead"/> places on can begin an operand (for word prefixes like PRIOR).</summary>
        private bool StartsOperand(int ahead)
        {
            var kind = Peek(ahead).Kind;
            return kind == SyntaxKind.Word || kind == SyntaxKind.QuotedIdentifier || kind == SyntaxKind.OpenParen ||
                   kind == SyntaxKind.NumericLiteral || kind == SyntaxKind.StringLiteral || kind == SyntaxKind.Parameter;
        }

        /// <summary>
        /// The number of tokens in a symbolic operator starting here that the arithmetic and comparison levels do not
        /// own: a single <see cref="SyntaxKind.Operator"/> token (<c>@&gt;</c>, <c>-&gt;&gt;</c>, <c>&amp;</c>), a PostgreSQL
        /// <c>?</c>, or adjacent operator characters that include one (<c>~*</c>, <c>!~</c>, <c>#&gt;&gt;</c>, <c>&amp;&amp;</c>),
        /// the way PostgreSQL lexes them. 0 when the current token is not such an operator.
        /// </summary>
        private int SymbolicOperatorRunLength()
        {
            if (AtEnd || !IsOperatorCharToken(_pos)) return 0;
            bool symbolic = IsSymbolicToken(_pos);
            int i = _pos + 1;
            while (i < _end && IsOperatorCharToken(i) && _tokens[i].Start == _tokens[i - 1].End)
            {
                symbolic |= IsSymbolicToken(i);
                i++;
            }

            return symbolic ? i - _pos : 0;
        }

        private bool IsOperatorCharToken(int index)
        {
            switch (_tokens[index].Kind)
            {
                case SyntaxKind.Operator:
                case SyntaxKind.Plus:
                case SyntaxKind.Minus:
                case SyntaxKind.Asterisk:
                case SyntaxKind.Slash:
                case SyntaxKind.Percent:
                case SyntaxKind.Equals:
                case SyntaxKind.NotEquals:
                case SyntaxKind.LessThan:
                case SyntaxKind.LessOrEqual:
                case SyntaxKind.GreaterThan:
                case SyntaxKind.GreaterOrEqual:
                case SyntaxKind.Concat:
                    return true;
                case SyntaxKind.Parameter:
                    return _tokens.TextIs(index, "?");
                default:
                    return false;
            }
        }

        private bool IsSymbolicToken(int index) =>
            _tokens[index].Kind == SyntaxKind.Operator || (_tokens[index].Kind == SyntaxKind.Parameter && _tokens.TextIs(index, "?"));

        private static BinaryExpression MakeBinary(Expression left, BinaryOperator op, TextSpan opSpan, Expression right) =>
            new BinaryExpression(TextSpan.FromBounds(left.Span.Start, SpanEnd(right, opSpan)), left, op, opSpan, right);

        /// <summary>The end of <paramref name="last"/>, or of <paramref name="before"/> when the last part is an empty stand-in.</summary>
        private static int SpanEnd(Expression last, TextSpan before) => System.Math.Max(last.Span.End, before.End);
    }
}

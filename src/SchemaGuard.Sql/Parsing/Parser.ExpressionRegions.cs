using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>
    /// Expressions inside DDL. The clause around an expression decides where it ends (a DEFAULT ends where the
    /// next column attribute starts, a CHECK at its closing parenthesis), so the region is found first and the
    /// expression parser reads exactly that region: what it cannot model is kept as raw text, and it can never
    /// run into the clause that follows.
    /// </summary>
    internal sealed partial class Parser
    {
        /// <summary>Reads a parenthesized expression, parentheses included (<c>CHECK (a &gt; 0)</c>, <c>AS (a + b)</c>).</summary>
        private Expression ParseParenthesizedRegion() => ParseBoundedExpression(_pos, FindGroupEnd(_pos));

        /// <summary>
        /// Reads a column-level expression (DEFAULT, computed column, ON UPDATE) up to the next column attribute,
        /// comma or closing parenthesis.
        /// </summary>
        private Expression? ParseColumnExpression()
        {
            int end = FindExpressionEnd(stopAtColumnAttributes: true);
            if (end == _pos)
            {
                ReportExpected("an expression");
                return null;
            }

            return ParseBoundedExpression(_pos, end);
        }

        /// <summary>Reads an expression that runs to the next comma at its level or the end of the statement (SET DEFAULT, USING).</summary>
        private Expression? ParseActionExpression()
        {
            int end = FindExpressionEnd(stopAtColumnAttributes: false);
            if (end == _pos)
            {
                ReportExpected("an expression");
                return null;
            }

            return ParseBoundedExpression(_pos, end);
        }

        /// <summary>Index just past the group opened at <paramref name="open"/> (or the next token when it opens none).</summary>
        private int FindGroupEnd(int open) =>
            System.Math.Min(open < _end && IsOpener(_tokens[open].Kind) ? FindClosingParen(open) + 1 : open + 1, _end);

        /// <summary>Where an expression starting at the current token ends: a comma, an unopened closing parenthesis, a statement boundary or (optionally) a column attribute keyword, all at its own level.</summary>
        private int FindExpressionEnd(bool stopAtColumnAttributes)
        {
            int saved = _pos;
            int depth = 0;
            int caseDepth = 0;
            int result = _end;
            for (int i = saved; i < _end; i++)
            {
                var kind = _tokens[i].Kind;
                if (IsOpener(kind))
                {
                    depth++;
                    continue;
                }

                if (IsCloser(kind))
                {
                    if (depth == 0)
                    {
                        result = i;
                        break;
                    }

                    depth--;
                    continue;
                }

                if (depth > 0) continue;
                if (kind == SyntaxKind.Comma || kind == SyntaxKind.Semicolon)
                {
                    result = i;
                    break;
                }

                if (kind != SyntaxKind.Word) continue;
                if (_tokens.IsWord(i, "CASE")) caseDepth++;
                else if (_tokens.IsWord(i, "END") && caseDepth > 0)
                {
                    caseDepth--;
                    continue;
                }

                if (i == saved || caseDepth > 0) continue;
                _pos = i;
                bool stop = AtTableStatementBoundary() || (stopAtColumnAttributes && AtColumnExpressionStop());
                if (stop)
                {
                    result = i;
                    break;
                }
            }

            _pos = saved;
            return result;
        }

        /// <summary>Whether the current word ends a column-level expression: it starts the next column attribute.</summary>
        private bool AtColumnExpressionStop()
        {
            if (IsAnyWord(TableWords.ColumnExpressionStops))
            {
                return true;
            }

            var previous = _tokens[_pos - 1];
            if (IsWord("NULL")) return !(_tokens.IsWord(_pos - 1, "IS") || _tokens.IsWord(_pos - 1, "NOT"));
            if (IsWord("NOT")) return IsWord("NULL", 1) || IsWord("FOR", 1) || IsWord("DEFERRABLE", 1) || IsWord("VALID", 1) || IsWord("ENFORCED", 1);
            if (IsWord("FOR")) return !(previous.Kind == SyntaxKind.Word && _tokens.IsWord(_pos - 1, "VALUE"));
            if (IsWord("CHARACTER")) return IsWord("SET", 1);
            if (IsWord("STORAGE")) return true;
            return false;
        }
    }
}

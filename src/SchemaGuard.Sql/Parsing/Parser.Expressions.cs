using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Expressions.</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// Reads an expression. For now it is kept as a span: balanced tokens up to a comma, a closing parenthesis
        /// or a clause keyword at the same level.
        /// </summary>
        private Expression ParseExpression()
        {
            int start = _pos;
            while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen) && !AtClauseKeyword() && !AtStatementBoundary())
            {
                SkipBalancedQuietly();
            }

            return new RawExpression(SpanOfTokens(start, _pos));
        }

        private bool AtClauseKeyword() => IsAnyWord(
            "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "UNION", "INTERSECT", "MINUS", "EXCEPT", "RETURNING", "RETURN",
            "CONSTRAINT", "PRIMARY", "REFERENCES", "CHECK", "UNIQUE", "NOT", "NULL", "ENABLE", "DISABLE", "USING", "WHEN", "THEN",
            "LOG", "INTO", "SET", "VALUES", "ON", "COLLATE", "COMMENT", "AUTO_INCREMENT", "GENERATED", "IDENTITY");
    }
}

using System;
using System.Collections.Generic;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.OnlineRedefinition
{
    /// <summary>
    /// The <c>col_mapping</c> argument of DBMS_REDEFINITION.START_REDEF_TABLE: a select list in a string
    /// (<c>'id id, TO_LOB(body) body'</c>). Its text is SQL of its own, read with the real lexer like the string of an
    /// EXECUTE IMMEDIATE, never searched as characters.
    /// </summary>
    internal static class ColumnMapping
    {
        /// <summary>The text the argument holds: a string literal, or literals joined with <c>||</c>; null for anything else.</summary>
        internal static string? TextOf(Expression? value)
        {
            switch (value)
            {
                case LiteralExpression literal when literal.Kind == LiteralKind.String:
                    return literal.Value;
                case BinaryExpression binary when binary.Operator == BinaryOperator.Concat:
                    string? left = TextOf(binary.Left);
                    string? right = left == null ? null : TextOf(binary.Right);
                    return right == null ? null : left + right;
                case ParenthesizedExpression parenthesized:
                    return TextOf(parenthesized.Inner);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The columns the mapping converts with <c>TO_LOB(column)</c>, as the catalog keys them (Oracle: unquoted names in
        /// upper case, quoted ones as written).
        /// </summary>
        internal static HashSet<string> LobConversions(string mapping, SqlDialect dialect)
        {
            var converted = new HashSet<string>(StringComparer.Ordinal);
            var tokens = SqlScript.Parse(mapping, dialect).Tokens;
            for (int i = 0; i + 3 < tokens.Count; i++)
            {
                if (!tokens.IsWord(i, "TO_LOB") || tokens[i + 1].Kind != SyntaxKind.OpenParen || tokens[i + 3].Kind != SyntaxKind.CloseParen) continue;
                var column = tokens[i + 2];
                if (column.Kind == SyntaxKind.Word)
                {
                    converted.Add(tokens.GetText(i + 2).ToUpperInvariant());
                }
                else if (column.Kind == SyntaxKind.QuotedIdentifier)
                {
                    string quoted = tokens.GetText(i + 2);
                    if (quoted.Length > 2) converted.Add(quoted.Substring(1, quoted.Length - 2));
                }
            }

            return converted;
        }
    }
}

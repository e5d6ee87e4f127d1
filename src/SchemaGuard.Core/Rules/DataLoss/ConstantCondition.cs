using System;
using System.Globalization;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.DataLoss
{
    /// <summary>
    /// Decides whether a condition is a constant: true for <c>1 = 1</c>, <c>'a' = 'a'</c>, <c>TRUE</c>, a non-zero
    /// number alone (MySQL <c>WHERE 1</c>), <c>NOT</c> of a constant false, an <c>OR</c> with a constant true side,
    /// an <c>AND</c> of constant true sides, in any parentheses. Anything that reads a column, a parameter or a
    /// function is not a constant. Only literals are compared, so the answer never depends on data or settings.
    /// </summary>
    internal static class ConstantCondition
    {
        /// <summary>True or false when the condition is that constant; null when it depends on anything.</summary>
        internal static bool? Evaluate(Expression? condition) => Evaluate(condition, 0);

        private static bool? Evaluate(Expression? e, int depth)
        {
            if (e == null || depth > 64) return null;
            switch (e)
            {
                case ParenthesizedExpression p:
                    return Evaluate(p.Inner, depth + 1);
                case LiteralExpression literal when literal.Kind == LiteralKind.Boolean:
                    return string.Equals(literal.Value, "TRUE", StringComparison.OrdinalIgnoreCase);
                case LiteralExpression literal when literal.Kind == LiteralKind.Number:
                    return TryNumber(literal, out decimal n) ? n != 0 : (bool?)null;
                case UnaryExpression u when u.Operator == UnaryOperator.Not:
                    return !Evaluate(u.Operand, depth + 1);
                case BinaryExpression b when b.Operator == BinaryOperator.Or:
                    return Or(Evaluate(b.Left, depth + 1), Evaluate(b.Right, depth + 1));
                case BinaryExpression b when b.Operator == BinaryOperator.And:
                    return And(Evaluate(b.Left, depth + 1), Evaluate(b.Right, depth + 1));
                case BinaryExpression b:
                    return Compare(b.Operator, Literal(b.Left), Literal(b.Right));
                default:
                    return null;
            }
        }

        private static bool? Or(bool? left, bool? right)
        {
            if (left == true || right == true) return true;
            if (left == false && right == false) return false;
            return null;
        }

        private static bool? And(bool? left, bool? right)
        {
            if (left == false || right == false) return false;
            if (left == true && right == true) return true;
            return null;
        }

        /// <summary>The literal an operand is, through parentheses; null for anything else.</summary>
        private static LiteralExpression? Literal(Expression e)
        {
            while (e is ParenthesizedExpression p) e = p.Inner;
            return e as LiteralExpression;
        }

        private static bool? Compare(BinaryOperator op, LiteralExpression? left, LiteralExpression? right)
        {
            if (left == null || right == null || left.Kind != right.Kind) return null;
            int order;
            switch (left.Kind)
            {
                case LiteralKind.Number:
                    if (!TryNumber(left, out decimal a) || !TryNumber(right, out decimal b)) return null;
                    order = a.CompareTo(b);
                    break;
                case LiteralKind.String:
                    // Equal strings are equal under every collation; strings that differ only in case or trailing
                    // blanks compare differently from one engine and collation to the next, so they decide nothing.
                    if (string.Equals(left.Value, right.Value, StringComparison.Ordinal)) order = 0;
                    else if (!string.Equals(left.Value.TrimEnd(' '), right.Value.TrimEnd(' '), StringComparison.OrdinalIgnoreCase)) return op == BinaryOperator.Equal ? false : op == BinaryOperator.NotEqual ? true : (bool?)null;
                    else return null;
                    if (op != BinaryOperator.Equal && op != BinaryOperator.NotEqual) return null;
                    break;
                case LiteralKind.Boolean:
                    order = string.Equals(left.Value, right.Value, StringComparison.OrdinalIgnoreCase) ? 0 : 1;
                    if (op != BinaryOperator.Equal && op != BinaryOperator.NotEqual) return null;
                    break;
                default:
                    return null;
            }

            switch (op)
            {
                case BinaryOperator.Equal: return order == 0;
                case BinaryOperator.NotEqual: return order != 0;
                case BinaryOperator.Less: return order < 0;
                case BinaryOperator.LessOrEqual: return order <= 0;
                case BinaryOperator.Greater: return order > 0;
                case BinaryOperator.GreaterOrEqual: return order >= 0;
                default: return null;
            }
        }

        private static bool TryNumber(LiteralExpression literal, out decimal value) =>
            decimal.TryParse(literal.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}

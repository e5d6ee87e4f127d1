using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SchemaGuard.Analyzers.Strings
{
    /// <summary>
    /// Finds the SQL a C# expression passes to a sink, with its <see cref="SqlStringMap"/>: the compile-time constant
    /// value (literals, <c>const</c> fields and locals, concatenations of constants, interpolations of constants), or
    /// for an interpolated string with other holes, its text with a placeholder for each such hole. Anything else is
    /// not known at compile time and yields nothing.
    /// </summary>
    internal static class SqlStringExtractor
    {
        private const int MaxDepth = 32;

        /// <summary>The SQL passed as <paramref name="value"/> (an argument's or assignment's value), or null.</summary>
        internal static SqlStringMap? Extract(IOperation value, CancellationToken cancellationToken)
        {
            while (value is IConversionOperation conversion && conversion.IsImplicit) value = conversion.Operand;
            var model = value.SemanticModel;
            if (model == null || !(value.Syntax is ExpressionSyntax expression)) return null;

            var map = new SqlStringMap();
            var constant = value.ConstantValue;
            if (constant.HasValue)
            {
                if (!(constant.Value is string)) return null;
                return Build(expression, model, map, 0, cancellationToken) ? map : null;
            }

            var unwrapped = Unparenthesize(expression);
            if (unwrapped is InterpolatedStringExpressionSyntax interpolated)
            {
                return BuildInterpolated(interpolated, model, map, 0, cancellationToken) ? map : null;
            }

            return null;
        }

        private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
            return expression;
        }

        /// <summary>Appends the constant value of <paramref name="expression"/>, mapped as finely as its syntax allows.</summary>
        private static bool Build(ExpressionSyntax expression, SemanticModel model, SqlStringMap map, int depth, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            expression = Unparenthesize(expression);
            if (depth < MaxDepth)
            {
                switch (expression)
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                        if (CSharpLiteralDecoder.Decode(literal.Token.Text, literal.SyntaxTree, literal.Token.SpanStart, map)) return true;
                        break;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && IsStringConstant(binary.Left, model) && IsStringConstant(binary.Right, model):
                        return Build(binary.Left, model, map, depth + 1, cancellationToken) && Build(binary.Right, model, map, depth + 1, cancellationToken);
                    case InterpolatedStringExpressionSyntax interpolated:
                        return BuildInterpolated(interpolated, model, map, depth + 1, cancellationToken);
                    case IdentifierNameSyntax _:
                    case MemberAccessExpressionSyntax _:
                        if (TryBuildFromDeclaration(expression, model, map, depth, cancellationToken)) return true;
                        break;
                }
            }

            var constant = model.GetConstantValue(expression, cancellationToken);
            if (!constant.HasValue) return false;
            string text = constant.Value is string s ? s : System.Convert.ToString(constant.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            map.AppendMapped(text, expression.SyntaxTree, expression.Span);
            return true;
        }

        private static bool IsStringConstant(ExpressionSyntax expression, SemanticModel model)
        {
            var constant = model.GetConstantValue(expression);
            return constant.HasValue && constant.Value is string;
        }

        /// <summary>
        /// A <c>const</c> field or local declared in the same file: its initializer is followed, so the finding points at
        /// the characters in the declaration. Constants from other files map to the reference as a whole.
        /// </summary>
        private static bool TryBuildFromDeclaration(ExpressionSyntax expression, SemanticModel model, SqlStringMap map, int depth, CancellationToken cancellationToken)
        {
            var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
            bool isConst = symbol is IFieldSymbol field ? field.IsConst : symbol is ILocalSymbol local && local.IsConst;
            if (!isConst) return false;
            foreach (var reference in symbol!.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree != model.SyntaxTree) continue;
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator && declarator.Initializer != null)
                {
                    var mark = map.Mark();
                    map.PushAnchor(expression.SyntaxTree, expression.Span);
                    if (!Build(declarator.Initializer.Value, model, map, depth + 1, cancellationToken))
                    {
                        map.Reset(mark);
                        return false;
                    }

                    map.PopAnchor();
                    return true;
                }
            }

            return false;
        }

        private static bool BuildInterpolated(InterpolatedStringExpressionSyntax interpolated, SemanticModel model, SqlStringMap map, int depth, CancellationToken cancellationToken)
        {
            var holes = new List<CSharpLiteralDecoder.Hole>();
            int start = interpolated.SpanStart;
            int placeholder = 0;
            foreach (var content in interpolated.Contents)
            {
                if (!(content is InterpolationSyntax hole)) continue;
                var holeExpression = hole.Expression;
                var constant = model.GetConstantValue(holeExpression, cancellationToken);
                bool plain = hole.AlignmentClause == null && hole.FormatClause == null;
                if (plain && constant.HasValue && constant.Value is string)
                {
                    holes.Add(new CSharpLiteralDecoder.Hole(hole.SpanStart - start, hole.Span.End - start, m =>
                    {
                        var mark = m.Mark();
                        m.PushAnchor(hole.SyntaxTree, hole.Span);
                        if (Build(holeExpression, model, m, depth + 1, cancellationToken))
                        {
                            m.PopAnchor();
                        }
                        else
                        {
                            m.Reset(mark);
                            m.AppendMapped((string)constant.Value!, hole.SyntaxTree, hole.Span);
                        }
                    }));
                }
                else
                {
                    // Not known at compile time: a plain name keeps the statement readable to the parser wherever a
                    // value, a name or a quoted string's content stands; findings on it point at the whole hole.
                    int n = ++placeholder;
                    holes.Add(new CSharpLiteralDecoder.Hole(hole.SpanStart - start, hole.Span.End - start, m =>
                    {
                        m.AppendMapped(Placeholder(n), hole.SyntaxTree, hole.Span);
                        m.HasPlaceholders = true;
                    }));
                }
            }

            string text = interpolated.ToString();
            return CSharpLiteralDecoder.Decode(text, interpolated.SyntaxTree, start, map, holes);
        }

        /// <summary>The text standing for the n-th hole whose value is not known at compile time.</summary>
        internal static string Placeholder(int n) => "sg_value" + n.ToString(CultureInfo.InvariantCulture);
    }
}

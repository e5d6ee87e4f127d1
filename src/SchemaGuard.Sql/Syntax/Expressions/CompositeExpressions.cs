using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary><c>( expr )</c>.</summary>
    public sealed class ParenthesizedExpression : Expression
    {
        internal ParenthesizedExpression(TextSpan span, Expression inner)
            : base(span) => Inner = inner;

        /// <summary>The expression inside the parentheses.</summary>
        public Expression Inner { get; }
    }

    /// <summary>A parenthesised list: the right side of <c>IN (1, 2)</c>, a row value <c>(a, b)</c>.</summary>
    public sealed class TupleExpression : Expression
    {
        internal TupleExpression(TextSpan span, IReadOnlyList<Expression> items)
            : base(span) => Items = items;

        /// <summary>The elements.</summary>
        public IReadOnlyList<Expression> Items { get; }
    }

    /// <summary>A query in parentheses, <c>(SELECT ...)</c>, kept as its span (parentheses included).</summary>
    public sealed class SubqueryExpression : Expression
    {
        internal SubqueryExpression(TextSpan span)
            : base(span)
        {
        }
    }

    /// <summary><c>EXISTS (SELECT ...)</c>; <c>NOT EXISTS</c> is a <see cref="UnaryExpression"/> around it.</summary>
    public sealed class ExistsExpression : Expression
    {
        internal ExistsExpression(TextSpan span, Expression query)
            : base(span) => Query = query;

        /// <summary>The query (a <see cref="SubqueryExpression"/> when well formed).</summary>
        public Expression Query { get; }
    }

    /// <summary><c>CASE [operand] WHEN ... THEN ... [ELSE ...] END</c>.</summary>
    public sealed class CaseExpression : Expression
    {
        internal CaseExpression(TextSpan span, Expression? operand, IReadOnlyList<CaseWhenClause> whenClauses, Expression? elseResult)
            : base(span)
        {
            Operand = operand;
            WhenClauses = whenClauses;
            ElseResult = elseResult;
        }

        /// <summary>The operand of a simple CASE, or null for a searched CASE.</summary>
        public Expression? Operand { get; }

        /// <summary>The <c>WHEN ... THEN ...</c> branches.</summary>
        public IReadOnlyList<CaseWhenClause> WhenClauses { get; }

        /// <summary>The <c>ELSE</c> result, if any.</summary>
        public Expression? ElseResult { get; }
    }

    /// <summary>One <c>WHEN condition THEN result</c> of a <see cref="CaseExpression"/>.</summary>
    public sealed class CaseWhenClause : SyntaxNode
    {
        internal CaseWhenClause(TextSpan span, Expression condition, Expression result)
            : base(span)
        {
            Condition = condition;
            Result = result;
        }

        /// <summary>The condition (or the value compared with the operand of a simple CASE).</summary>
        public Expression Condition { get; }

        /// <summary>The result.</summary>
        public Expression Result { get; }
    }

    /// <summary>PostgreSQL <c>ARRAY[a, b]</c>.</summary>
    public sealed class ArrayExpression : Expression
    {
        internal ArrayExpression(TextSpan span, IReadOnlyList<Expression> elements)
            : base(span) => Elements = elements;

        /// <summary>The elements.</summary>
        public IReadOnlyList<Expression> Elements { get; }
    }

    /// <summary>An array subscript or slice: <c>a[1]</c>, <c>a[1:2]</c>.</summary>
    public sealed class SubscriptExpression : Expression
    {
        internal SubscriptExpression(TextSpan span, Expression target, Expression index, Expression? upperBound)
            : base(span)
        {
            Target = target;
            Index = index;
            UpperBound = upperBound;
        }

        /// <summary>The subscripted value.</summary>
        public Expression Target { get; }

        /// <summary>The index, or the lower bound of a slice.</summary>
        public Expression Index { get; }

        /// <summary>The upper bound of a slice, or null.</summary>
        public Expression? UpperBound { get; }
    }

    /// <summary>
    /// A member of a computed value: <c>(x).field</c>, <c>f(x).attr</c>, or a PL/SQL attribute such as
    /// <c>SQL%ROWCOUNT</c> or <c>cur%FOUND</c> (<see cref="IsAttribute"/>).
    /// </summary>
    public sealed class MemberAccessExpression : Expression
    {
        internal MemberAccessExpression(TextSpan span, Expression target, Identifier member, bool isAttribute)
            : base(span)
        {
            Target = target;
            Member = member;
            IsAttribute = isAttribute;
        }

        /// <summary>The value whose member is read.</summary>
        public Expression Target { get; }

        /// <summary>The member.</summary>
        public Identifier Member { get; }

        /// <summary>Whether it is a PL/SQL <c>%</c> attribute rather than a <c>.</c> member.</summary>
        public bool IsAttribute { get; }
    }
}

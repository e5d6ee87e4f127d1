using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>The operator of a <see cref="BinaryExpression"/>.</summary>
    public enum BinaryOperator
    {
        /// <summary><c>OR</c>.</summary>
        Or,

        /// <summary><c>AND</c>.</summary>
        And,

        /// <summary><c>=</c>.</summary>
        Equal,

        /// <summary><c>&lt;&gt;</c>, <c>!=</c>, <c>^=</c>, <c>~=</c>.</summary>
        NotEqual,

        /// <summary><c>&lt;</c>.</summary>
        Less,

        /// <summary><c>&lt;=</c>.</summary>
        LessOrEqual,

        /// <summary><c>&gt;</c>.</summary>
        Greater,

        /// <summary><c>&gt;=</c>.</summary>
        GreaterOrEqual,

        /// <summary><c>LIKE</c>.</summary>
        Like,

        /// <summary><c>NOT LIKE</c>.</summary>
        NotLike,

        /// <summary><c>IN (...)</c>; the right side is a <see cref="TupleExpression"/> or a <see cref="SubqueryExpression"/>.</summary>
        In,

        /// <summary><c>NOT IN (...)</c>.</summary>
        NotIn,

        /// <summary><c>IS NULL</c>, <c>IS TRUE</c>, <c>IS FALSE</c>, <c>IS UNKNOWN</c>; the right side is the literal or word.</summary>
        Is,

        /// <summary><c>IS NOT NULL</c> and the other negated <c>IS</c> tests.</summary>
        IsNot,

        /// <summary><c>||</c>.</summary>
        Concat,

        /// <summary><c>+</c>.</summary>
        Add,

        /// <summary><c>-</c>.</summary>
        Subtract,

        /// <summary><c>*</c>.</summary>
        Multiply,

        /// <summary><c>/</c>.</summary>
        Divide,

        /// <summary><c>%</c> and MySQL <c>MOD</c>.</summary>
        Modulo,

        /// <summary>
        /// Any other operator: <c>ILIKE</c>, <c>SIMILAR TO</c>, <c>REGEXP</c>, <c>IS [NOT] DISTINCT FROM</c>, <c>XOR</c>,
        /// <c>DIV</c>, <c>AT TIME ZONE</c>, <c>ESCAPE</c> after a LIKE pattern, and symbolic operators such as
        /// <c>@&gt;</c>, <c>~*</c>, <c>-&gt;&gt;</c>, <c>&amp;</c>, <c>&lt;=&gt;</c>. <see cref="BinaryExpression.OperatorSpan"/> says which.
        /// </summary>
        Other,
    }

    /// <summary>
    /// <c>left op right</c>. A LIKE pattern with an escape (<c>a LIKE p ESCAPE '\'</c>) is
    /// <c>Like(a, Other(p, '\'))</c>, the inner operator being the <c>ESCAPE</c> keyword.
    /// </summary>
    public sealed class BinaryExpression : Expression
    {
        internal BinaryExpression(TextSpan span, Expression left, BinaryOperator op, TextSpan operatorSpan, Expression right)
            : base(span)
        {
            Left = left;
            Operator = op;
            OperatorSpan = operatorSpan;
            Right = right;
        }

        /// <summary>The left operand.</summary>
        public Expression Left { get; }

        /// <summary>The operator.</summary>
        public BinaryOperator Operator { get; }

        /// <summary>Where the operator is, all of its words included (<c>NOT LIKE</c>, <c>IS NOT</c>, <c>IS DISTINCT FROM</c>).</summary>
        public TextSpan OperatorSpan { get; }

        /// <summary>The right operand.</summary>
        public Expression Right { get; }
    }

    /// <summary>The operator of a <see cref="UnaryExpression"/>.</summary>
    public enum UnaryOperator
    {
        /// <summary><c>NOT</c> (and MySQL <c>!</c>).</summary>
        Not,

        /// <summary>Prefix <c>-</c>.</summary>
        Negate,

        /// <summary>Prefix <c>+</c>.</summary>
        Plus,

        /// <summary>Oracle <c>PRIOR</c> in hierarchical queries.</summary>
        Prior,

        /// <summary>Any other prefix operator (<c>~</c>, PostgreSQL <c>@</c>, Oracle <c>CONNECT_BY_ROOT</c>).</summary>
        Other,

        /// <summary>Oracle's postfix outer-join marker <c>(+)</c>: <c>b.id(+)</c>.</summary>
        OuterJoin,
    }

    /// <summary>A prefix operator applied to an operand, or Oracle's postfix <c>(+)</c>.</summary>
    public sealed class UnaryExpression : Expression
    {
        internal UnaryExpression(TextSpan span, UnaryOperator op, TextSpan operatorSpan, Expression operand)
            : base(span)
        {
            Operator = op;
            OperatorSpan = operatorSpan;
            Operand = operand;
        }

        /// <summary>The operator.</summary>
        public UnaryOperator Operator { get; }

        /// <summary>Where the operator is.</summary>
        public TextSpan OperatorSpan { get; }

        /// <summary>The operand.</summary>
        public Expression Operand { get; }
    }

    /// <summary><c>operand [NOT] BETWEEN [SYMMETRIC] low AND high</c>.</summary>
    public sealed class BetweenExpression : Expression
    {
        internal BetweenExpression(TextSpan span, Expression operand, bool isNegated, Expression low, Expression high)
            : base(span)
        {
            Operand = operand;
            IsNegated = isNegated;
            Low = low;
            High = high;
        }

        /// <summary>The tested value.</summary>
        public Expression Operand { get; }

        /// <summary>Whether it is <c>NOT BETWEEN</c>.</summary>
        public bool IsNegated { get; }

        /// <summary>The lower bound.</summary>
        public Expression Low { get; }

        /// <summary>The upper bound.</summary>
        public Expression High { get; }
    }
}

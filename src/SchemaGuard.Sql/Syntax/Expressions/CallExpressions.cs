using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// A function or procedure call: <c>UPPER(x)</c>, <c>COUNT(*)</c>, <c>COUNT(DISTINCT x)</c>,
    /// <c>DBMS_REDEFINITION.START_REDEF_TABLE(uname =&gt; 'HR', ...)</c>. A trailing <c>OVER (...)</c>,
    /// <c>WITHIN GROUP (...)</c>, <c>FILTER (...)</c> or <c>KEEP (...)</c> is part of the call's span.
    /// </summary>
    public sealed class FunctionCallExpression : Expression
    {
        internal FunctionCallExpression(TextSpan span, ObjectName name, IReadOnlyList<Argument> arguments, TextSpan? overSpan)
            : base(span)
        {
            Name = name;
            Arguments = arguments;
            OverSpan = overSpan;
        }

        /// <summary>The function's (possibly qualified) name.</summary>
        public ObjectName Name { get; }

        /// <summary>The arguments in order.</summary>
        public IReadOnlyList<Argument> Arguments { get; }

        /// <summary>The span of an analytic <c>OVER (...)</c> clause, or null when the call is not analytic.</summary>
        public TextSpan? OverSpan { get; }
    }

    /// <summary>
    /// A call of a method on an object that is not a plain name: <c>XMLTYPE(doc).getClobVal()</c>,
    /// <c>(SELF AS parent_t).describe(x)</c>. A method called on a name (<c>obj.m(x)</c>) reads as a
    /// <see cref="FunctionCallExpression"/> with a qualified name, since the two cannot be told apart without a catalog.
    /// </summary>
    public sealed class MethodCallExpression : Expression
    {
        internal MethodCallExpression(TextSpan span, Expression target, Identifier method, IReadOnlyList<Argument> arguments)
            : base(span)
        {
            Target = target;
            Method = method;
            Arguments = arguments;
        }

        /// <summary>The object whose method is called.</summary>
        public Expression Target { get; }

        /// <summary>The method's name.</summary>
        public Identifier Method { get; }

        /// <summary>The arguments in order.</summary>
        public IReadOnlyList<Argument> Arguments { get; }
    }

    /// <summary>
    /// One argument of a call, positional or in PL/SQL named notation (<c>name =&gt; value</c>, also PostgreSQL
    /// <c>name := value</c>). Keyword-joined parts inside one argument (<c>EXTRACT(YEAR FROM d)</c>,
    /// <c>COUNT(DISTINCT x)</c>, <c>string_agg(x, ',' ORDER BY y)</c>, <c>TRIM(LEADING '0' FROM s)</c>) are read
    /// through and covered by the argument's span; <see cref="Value"/> is the first expression in it.
    /// </summary>
    public sealed class Argument : SyntaxNode
    {
        internal Argument(TextSpan span, Identifier? name, Expression value)
            : base(span)
        {
            Name = name;
            Value = value;
        }

        /// <summary>The parameter name in named notation, or null for a positional argument.</summary>
        public Identifier? Name { get; }

        /// <summary>The value.</summary>
        public Expression Value { get; }
    }

    /// <summary>How a <see cref="CastExpression"/> was written.</summary>
    public enum CastSyntax
    {
        /// <summary><c>CAST(x AS t)</c>.</summary>
        Cast,

        /// <summary>SQL Server <c>TRY_CAST(x AS t)</c>.</summary>
        TryCast,

        /// <summary>PostgreSQL <c>x::t</c>.</summary>
        DoubleColon,

        /// <summary>PL/SQL generalized invocation <c>(SELF AS supertype)</c>, which calls the supertype's method: <c>(SELF AS t).m()</c>.</summary>
        GeneralizedInvocation,
    }

    /// <summary>A conversion to a type: <c>CAST(x AS t)</c>, <c>TRY_CAST(x AS t)</c>, <c>x::t</c>.</summary>
    public sealed class CastExpression : Expression
    {
        internal CastExpression(TextSpan span, CastSyntax syntax, Expression operand, ObjectName typeName, TextSpan typeSpan)
            : base(span)
        {
            Syntax = syntax;
            Operand = operand;
            TypeName = typeName;
            TypeSpan = typeSpan;
        }

        /// <summary>How the cast was written.</summary>
        public CastSyntax Syntax { get; }

        /// <summary>The converted value.</summary>
        public Expression Operand { get; }

        /// <summary>The target type's name (<c>NUMBER</c>, <c>varchar</c>, <c>pg_catalog.int4</c>; <c>double</c> for <c>double precision</c>).</summary>
        public ObjectName TypeName { get; }

        /// <summary>The whole target type, with its length, precision or array brackets.</summary>
        public TextSpan TypeSpan { get; }
    }
}

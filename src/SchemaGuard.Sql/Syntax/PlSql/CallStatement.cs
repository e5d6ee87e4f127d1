using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// A procedure call: a PL/SQL call statement (<c>pkg.proc(a, name =&gt; b);</c>, <c>proc;</c>), SQL*Plus
    /// <c>EXEC[UTE] pkg.proc(...)</c>, <c>CALL proc(...)</c>, or T-SQL <c>EXEC [@rc =] proc @p = 1, 'x'</c>.
    /// </summary>
    public sealed class CallStatement : Statement
    {
        internal CallStatement(TextSpan span, ObjectName procedure, IReadOnlyList<CallArgument> arguments, Expression? returnStatus)
            : base(StatementKind.Call, span)
        {
            Procedure = procedure;
            Arguments = arguments;
            ReturnStatus = returnStatus;
        }

        /// <summary>
        /// The procedure called, as written (<c>DBMS_REDEFINITION.START_REDEF_TABLE</c>). For a method chain such as
        /// <c>ut.expect(x).to_equal(y)</c> it is the first name and <see cref="Arguments"/> its argument list.
        /// </summary>
        public ObjectName Procedure { get; }

        /// <summary>The arguments in order; empty when the call has none.</summary>
        public IReadOnlyList<CallArgument> Arguments { get; }

        /// <summary>T-SQL <c>EXEC @rc = proc</c>: the variable receiving the return status.</summary>
        public Expression? ReturnStatus { get; }

        /// <summary>
        /// The argument bound to the parameter <paramref name="name"/> (named notation, compared ignoring case), or else the
        /// one at <paramref name="position"/> (0-based) when it is positional; null when neither is present.
        /// </summary>
        public CallArgument? FindArgument(string name, int position)
        {
            foreach (var argument in Arguments)
            {
                if (argument.Name != null && string.Equals(argument.Name.Text.TrimStart('@'), name.TrimStart('@'), System.StringComparison.OrdinalIgnoreCase))
                {
                    return argument;
                }
            }

            return position >= 0 && position < Arguments.Count && Arguments[position].Name == null ? Arguments[position] : null;
        }
    }

    /// <summary>One argument of a call: positional (<c>'HR'</c>), named (<c>orig_table =&gt; 'EMP'</c>, T-SQL <c>@p = 1</c>).</summary>
    public sealed class CallArgument : SyntaxNode
    {
        internal CallArgument(TextSpan span, Identifier? name, Expression value, bool isOutput)
            : base(span)
        {
            Name = name;
            Value = value;
            IsOutput = isOutput;
        }

        /// <summary>The parameter name in named notation (T-SQL names keep their <c>@</c>), or null when positional.</summary>
        public Identifier? Name { get; }

        /// <summary>The value passed.</summary>
        public Expression Value { get; }

        /// <summary>T-SQL <c>OUTPUT</c>/<c>OUT</c> after the value.</summary>
        public bool IsOutput { get; }
    }
}

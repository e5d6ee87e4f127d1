using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>A PL/SQL assignment <c>target := value;</c>.</summary>
    public sealed class AssignmentStatement : Statement
    {
        internal AssignmentStatement(TextSpan span, Expression target, Expression value)
            : base(StatementKind.Assignment, span)
        {
            Target = target;
            Value = value;
        }

        /// <summary>What is assigned to (<c>l_count</c>, <c>:new.updated_at</c>, <c>l_tab(i).name</c>).</summary>
        public Expression Target { get; }

        /// <summary>The value; it may hold function calls.</summary>
        public Expression Value { get; }
    }
}

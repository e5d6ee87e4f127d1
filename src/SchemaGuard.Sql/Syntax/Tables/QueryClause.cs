using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// A query used inside another statement (CREATE TABLE ... AS SELECT, INSERT ... SELECT), kept as its span
    /// with the tables it reads from.
    /// </summary>
    public sealed class QueryClause : SyntaxNode
    {
        internal QueryClause(TextSpan span, IReadOnlyList<ObjectName> sourceTables)
            : base(span) => SourceTables = sourceTables;

        /// <summary>
        /// The tables named in the outermost FROM and JOIN clauses (of each branch of a UNION, of common table
        /// expressions and of derived tables), best effort; CTE names and <c>DUAL</c> are left out.
        /// </summary>
        public IReadOnlyList<ObjectName> SourceTables { get; }
    }
}

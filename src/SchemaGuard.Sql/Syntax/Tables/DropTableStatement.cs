using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>DROP TABLE: the tables dropped and the options that decide what else goes and whether it can come back.</summary>
    public sealed class DropTableStatement : Statement
    {
        private static readonly IReadOnlyList<ObjectName> NoTables = new ObjectName[0];

        internal DropTableStatement(TextSpan span)
            : base(StatementKind.DropTable, span)
        {
        }

        /// <summary>The tables dropped (several in PostgreSQL, MySQL and SQL Server; one in Oracle).</summary>
        public IReadOnlyList<ObjectName> Tables { get; internal set; } = NoTables;

        /// <summary>Whether <c>IF EXISTS</c> was written.</summary>
        public bool IfExists { get; internal set; }

        /// <summary>Oracle <c>CASCADE CONSTRAINTS</c>, or null.</summary>
        public OptionClause? CascadeConstraints { get; internal set; }

        /// <summary>PostgreSQL and MySQL <c>CASCADE</c>, or null.</summary>
        public OptionClause? Cascade { get; internal set; }

        /// <summary>Oracle <c>PURGE</c>, or null.</summary>
        public OptionClause? Purge { get; internal set; }
    }
}

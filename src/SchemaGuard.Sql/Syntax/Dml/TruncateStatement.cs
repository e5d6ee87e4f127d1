using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>TRUNCATE [TABLE] in any dialect (also Oracle TRUNCATE CLUSTER).</summary>
    public sealed class TruncateStatement : Statement
    {
        internal TruncateStatement(TextSpan span)
            : base(StatementKind.Truncate, span)
        {
        }

        /// <summary>The truncated tables (PostgreSQL allows several).</summary>
        public IReadOnlyList<ObjectName> Tables { get; internal set; } = new ObjectName[0];

        /// <summary><c>CASCADE</c>: Oracle truncates child tables with ON DELETE CASCADE references, PostgreSQL all referencing tables.</summary>
        public OptionClause? Cascade { get; internal set; }

        /// <summary>PostgreSQL <c>RESTART IDENTITY</c>.</summary>
        public OptionClause? RestartIdentity { get; internal set; }

        /// <summary>Oracle <c>DROP [ALL] STORAGE</c> or <c>REUSE STORAGE</c>.</summary>
        public OptionClause? Storage { get; internal set; }

        /// <summary>Oracle <c>TRUNCATE CLUSTER</c>: <see cref="Tables"/> holds the cluster.</summary>
        public bool IsCluster { get; internal set; }
    }
}

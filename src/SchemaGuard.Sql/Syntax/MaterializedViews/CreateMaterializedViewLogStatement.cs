using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>Oracle <c>CREATE MATERIALIZED VIEW LOG ON t [physical attributes] [WITH ROWID, PRIMARY KEY, ...] [INCLUDING NEW VALUES]</c>.</summary>
    public sealed class CreateMaterializedViewLogStatement : Statement
    {
        internal CreateMaterializedViewLogStatement(TextSpan span, ObjectName table, LoggingClause? logging, IReadOnlyList<OptionClause> withOptions, OptionClause? newValues)
            : base(StatementKind.CreateMaterializedViewLog, span)
        {
            Table = table;
            Logging = logging;
            WithOptions = withOptions;
            NewValues = newValues;
        }

        /// <summary>The master table the log records changes of.</summary>
        public ObjectName Table { get; }

        /// <summary><c>LOGGING</c>/<c>NOLOGGING</c>, if written.</summary>
        public LoggingClause? Logging { get; }

        /// <summary>What the log records, from its <c>WITH</c> clause: <c>ROWID</c>, <c>PRIMARY KEY</c>, <c>SEQUENCE</c>, <c>OBJECT ID</c>, <c>COMMIT SCN</c>.</summary>
        public IReadOnlyList<OptionClause> WithOptions { get; }

        /// <summary><c>INCLUDING NEW VALUES</c> or <c>EXCLUDING NEW VALUES</c>, if written.</summary>
        public OptionClause? NewValues { get; }
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// Oracle <c>CREATE MATERIALIZED VIEW name [ON PREBUILT TABLE] [physical properties] [BUILD ...] [REFRESH ...] AS query</c>,
    /// PostgreSQL <c>CREATE MATERIALIZED VIEW name AS query [WITH [NO] DATA]</c>.
    /// </summary>
    public sealed class CreateMaterializedViewStatement : Statement
    {
        internal CreateMaterializedViewStatement(
            TextSpan span,
            ObjectName name,
            LoggingClause? logging,
            OptionClause? onPrebuiltTable,
            OptionClause? buildMode,
            string? refreshMode,
            string? refreshOn,
            IReadOnlyList<ObjectName> sourceTables,
            TextSpan querySpan)
            : base(StatementKind.CreateMaterializedView, span)
        {
            Name = name;
            Logging = logging;
            OnPrebuiltTable = onPrebuiltTable;
            BuildMode = buildMode;
            RefreshMode = refreshMode;
            RefreshOn = refreshOn;
            SourceTables = sourceTables;
            QuerySpan = querySpan;
        }

        /// <summary>The materialized view.</summary>
        public ObjectName Name { get; }

        /// <summary><c>LOGGING</c>/<c>NOLOGGING</c>, if written.</summary>
        public LoggingClause? Logging { get; }

        /// <summary><c>ON PREBUILT TABLE</c>, if written.</summary>
        public OptionClause? OnPrebuiltTable { get; }

        /// <summary><c>BUILD IMMEDIATE</c> or <c>BUILD DEFERRED</c>, if written.</summary>
        public OptionClause? BuildMode { get; }

        /// <summary>The refresh method in upper case: <c>FAST</c>, <c>COMPLETE</c>, <c>FORCE</c> or <c>NEVER</c>; null when not written.</summary>
        public string? RefreshMode { get; }

        /// <summary>When it refreshes: <c>DEMAND</c>, <c>COMMIT</c> or <c>STATEMENT</c>; null when not written.</summary>
        public string? RefreshOn { get; }

        /// <summary>
        /// The tables the query reads, as <see cref="QueryClause.SourceTables"/> finds them: those named in FROM clauses and
        /// joins (of every branch of a UNION, of common table expressions and of derived tables), best effort; table
        /// functions, <c>DUAL</c> and the query's own WITH names are left out.
        /// </summary>
        public IReadOnlyList<ObjectName> SourceTables { get; }

        /// <summary>Where the query after <c>AS</c> is (empty when it is missing).</summary>
        public TextSpan QuerySpan { get; }
    }
}

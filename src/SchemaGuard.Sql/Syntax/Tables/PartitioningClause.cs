using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// <c>PARTITION BY method (columns) [INTERVAL (...)] [(PARTITION ...)]</c>, and SQL Server's <c>ON scheme (column)</c>.
    /// </summary>
    public sealed class PartitioningClause : SyntaxNode
    {
        internal PartitioningClause(TextSpan span, string method, IReadOnlyList<Identifier> columns, IReadOnlyList<PartitionDefinition> partitions)
            : base(span)
        {
            Method = method;
            Columns = columns;
            Partitions = partitions;
        }

        /// <summary>
        /// The method in upper case: <c>RANGE</c> (Oracle interval partitioning too, see <see cref="Interval"/>), <c>LIST</c>,
        /// <c>HASH</c>, <c>REFERENCE</c>, <c>SYSTEM</c>, MySQL <c>KEY</c>, <c>LINEAR HASH</c>, <c>LINEAR KEY</c>, <c>RANGE COLUMNS</c>,
        /// <c>LIST COLUMNS</c>, or <c>SCHEME</c> for SQL Server's <c>ON scheme (column)</c>.
        /// </summary>
        public string Method { get; }

        /// <summary>The partitioning columns (expression keys are left out).</summary>
        public IReadOnlyList<Identifier> Columns { get; }

        /// <summary>The partitions written out; empty when none are listed. Subpartitions are not listed.</summary>
        public IReadOnlyList<PartitionDefinition> Partitions { get; }

        /// <summary>Oracle <c>INTERVAL (expr)</c>: range partitions are created automatically.</summary>
        public Expression? Interval { get; internal set; }

        /// <summary>Oracle <c>REFERENCE (fk)</c>: the foreign key the partitioning follows.</summary>
        public Identifier? ReferenceConstraint { get; internal set; }

        /// <summary>SQL Server's partition scheme name.</summary>
        public Identifier? Scheme { get; internal set; }

        /// <summary>The subpartitioning method, if any (<c>HASH</c>, <c>LIST</c>, ...).</summary>
        public string? SubpartitionMethod { get; internal set; }

        /// <summary>Oracle <c>ONLINE</c> of <c>MODIFY PARTITION BY</c> (the node <see cref="ModifyPartitioningAction.Online"/> holds).</summary>
        [DerivedView]
        public OptionClause? Online { get; internal set; }
    }

    /// <summary>One partition of a partitioned table: <c>PARTITION p VALUES ... [TABLESPACE t] [NOLOGGING]</c>.</summary>
    public sealed class PartitionDefinition : SyntaxNode
    {
        internal PartitionDefinition(TextSpan span, Identifier? name, LoggingClause? logging, Identifier? tablespace)
            : base(span)
        {
            Name = name;
            Logging = logging;
            Tablespace = tablespace;
        }

        /// <summary>The partition name (Oracle allows none).</summary>
        public Identifier? Name { get; }

        /// <summary>The partition's LOGGING or NOLOGGING.</summary>
        public LoggingClause? Logging { get; }

        /// <summary>The partition's tablespace.</summary>
        public Identifier? Tablespace { get; }
    }
}

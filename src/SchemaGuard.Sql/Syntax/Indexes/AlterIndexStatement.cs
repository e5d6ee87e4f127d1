using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>What an ALTER INDEX does.</summary>
    public enum AlterIndexAction
    {
        /// <summary><c>REBUILD</c>.</summary>
        Rebuild,

        /// <summary>SQL Server <c>REORGANIZE</c>.</summary>
        Reorganize,

        /// <summary>Oracle <c>VISIBLE</c>.</summary>
        Visible,

        /// <summary>Oracle <c>INVISIBLE</c>.</summary>
        Invisible,

        /// <summary>Oracle <c>UNUSABLE</c>.</summary>
        Unusable,

        /// <summary><c>RENAME TO</c> (also Oracle <c>RENAME PARTITION p TO q</c>).</summary>
        Rename,

        /// <summary>Oracle <c>LOGGING</c> / <c>NOLOGGING</c>.</summary>
        Logging,

        /// <summary><c>DISABLE</c>.</summary>
        Disable,

        /// <summary><c>ENABLE</c>.</summary>
        Enable,

        /// <summary>Oracle <c>COALESCE</c>.</summary>
        Coalesce,

        /// <summary>Oracle <c>SHRINK SPACE</c>.</summary>
        Shrink,

        /// <summary>Anything else (<c>SET TABLESPACE</c>, <c>SET (...)</c>, <c>PARALLEL n</c>, <c>MONITORING USAGE</c>, partition maintenance, ...).</summary>
        Other,
    }

    /// <summary>ALTER INDEX (Oracle, PostgreSQL, SQL Server).</summary>
    public sealed class AlterIndexStatement : Statement
    {
        internal AlterIndexStatement(TextSpan span)
            : base(StatementKind.AlterIndex, span)
        {
        }

        /// <summary>The index (SQL Server <c>ALL</c> is a one-part name).</summary>
        public ObjectName Name { get; internal set; } = null!;

        /// <summary>SQL Server <c>ON t</c>.</summary>
        public ObjectName? Table { get; internal set; }

        /// <summary>PostgreSQL <c>IF EXISTS</c>.</summary>
        public bool IfExists { get; internal set; }

        /// <summary>What the statement does.</summary>
        public AlterIndexAction Action { get; internal set; } = AlterIndexAction.Other;

        /// <summary>The span of the action's words (<c>REBUILD</c>, <c>INVISIBLE</c>, <c>SHRINK SPACE</c>, <c>RENAME TO</c>, <c>SET TABLESPACE</c>).</summary>
        public OptionClause? ActionClause { get; internal set; }

        /// <summary>The <c>REBUILD</c> keyword, when the action is a rebuild.</summary>
        public OptionClause? Rebuild { get; internal set; }

        /// <summary>Oracle <c>ONLINE</c> (<c>REBUILD ONLINE</c>, <c>COALESCE ... ONLINE</c>).</summary>
        public OptionClause? Online { get; internal set; }

        /// <summary>Oracle <c>LOGGING</c> / <c>NOLOGGING</c>.</summary>
        public LoggingClause? Logging { get; internal set; }

        /// <summary>Oracle <c>PARALLEL [n]</c> or <c>NOPARALLEL</c>.</summary>
        public OptionSetting? Parallel { get; internal set; }

        /// <summary>The partition acted on: Oracle <c>REBUILD PARTITION p</c>, SQL Server <c>PARTITION = 3</c> or <c>ALL</c>.</summary>
        public Identifier? Partition { get; internal set; }

        /// <summary>Oracle <c>TABLESPACE x</c>, PostgreSQL <c>SET TABLESPACE x</c>.</summary>
        public Identifier? Tablespace { get; internal set; }

        /// <summary>The new name of <c>RENAME TO</c>.</summary>
        public ObjectName? NewName { get; internal set; }

        /// <summary>SQL Server <c>REBUILD WITH (ONLINE = ON)</c> and <c>SET (...)</c>, PostgreSQL <c>SET (...)</c>.</summary>
        public IReadOnlyList<OptionSetting> WithOptions { get; internal set; } = new OptionSetting[0];
    }
}

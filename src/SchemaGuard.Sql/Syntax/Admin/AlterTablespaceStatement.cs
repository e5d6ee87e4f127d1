using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>What ALTER TABLESPACE does.</summary>
    public enum TablespaceAction
    {
        /// <summary><c>OFFLINE NORMAL</c>.</summary>
        OfflineNormal,

        /// <summary><c>OFFLINE IMMEDIATE</c> (media recovery needed before it can come online).</summary>
        OfflineImmediate,

        /// <summary><c>OFFLINE TEMPORARY</c>.</summary>
        OfflineTemporary,

        /// <summary><c>OFFLINE</c> with no mode, which means NORMAL.</summary>
        Offline,

        /// <summary><c>ONLINE</c>.</summary>
        Online,

        /// <summary><c>READ ONLY</c>.</summary>
        ReadOnly,

        /// <summary><c>READ WRITE</c>.</summary>
        ReadWrite,

        /// <summary><c>BEGIN BACKUP</c>.</summary>
        BeginBackup,

        /// <summary><c>END BACKUP</c>.</summary>
        EndBackup,

        /// <summary><c>ADD DATAFILE|TEMPFILE ...</c>.</summary>
        AddDatafile,

        /// <summary><c>LOGGING</c>.</summary>
        Logging,

        /// <summary><c>NOLOGGING</c>.</summary>
        NoLogging,

        /// <summary><c>FORCE LOGGING</c>.</summary>
        ForceLogging,

        /// <summary><c>NO FORCE LOGGING</c>.</summary>
        NoForceLogging,

        /// <summary>Anything else (<c>RENAME TO</c>, <c>RESIZE</c>, <c>SHRINK SPACE</c>, PostgreSQL <c>OWNER TO</c>, ...).</summary>
        Other,
    }

    /// <summary>ALTER TABLESPACE name action.</summary>
    public sealed class AlterTablespaceStatement : Statement
    {
        internal AlterTablespaceStatement(TextSpan span, Identifier name, TablespaceAction action, OptionClause? actionClause)
            : base(StatementKind.AlterTablespace, span)
        {
            Name = name;
            Action = action;
            ActionClause = actionClause;
        }

        /// <summary>The tablespace.</summary>
        public Identifier Name { get; }

        /// <summary>What is done.</summary>
        public TablespaceAction Action { get; }

        /// <summary>The action's keywords and their span (<c>OFFLINE IMMEDIATE</c>, <c>READ ONLY</c>); null when none could be read.</summary>
        public OptionClause? ActionClause { get; }
    }
}

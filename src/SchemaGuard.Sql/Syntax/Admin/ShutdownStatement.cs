using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>How SHUTDOWN stops the instance.</summary>
    public enum ShutdownMode
    {
        /// <summary><c>NORMAL</c> (the default): waits for every session to disconnect.</summary>
        Normal,

        /// <summary><c>IMMEDIATE</c>: rolls back active transactions and disconnects sessions.</summary>
        Immediate,

        /// <summary><c>TRANSACTIONAL</c>: waits for active transactions to end.</summary>
        Transactional,

        /// <summary><c>TRANSACTIONAL LOCAL</c>.</summary>
        TransactionalLocal,

        /// <summary><c>ABORT</c> (SQL Server <c>WITH NOWAIT</c>): no checkpoint; instance recovery at the next startup.</summary>
        Abort,
    }

    /// <summary>SQL*Plus <c>SHUTDOWN [NORMAL|IMMEDIATE|TRANSACTIONAL [LOCAL]|ABORT]</c>, SQL Server <c>SHUTDOWN [WITH NOWAIT]</c>.</summary>
    public sealed class ShutdownStatement : Statement
    {
        internal ShutdownStatement(TextSpan span, ShutdownMode mode, OptionClause? modeClause)
            : base(StatementKind.Shutdown, span)
        {
            Mode = mode;
            ModeClause = modeClause;
        }

        /// <summary>The mode (<see cref="ShutdownMode.Normal"/> when none is written).</summary>
        public ShutdownMode Mode { get; }

        /// <summary>The mode's keywords and span, when written.</summary>
        public OptionClause? ModeClause { get; }
    }

    /// <summary>What state STARTUP brings the database to.</summary>
    public enum StartupMode
    {
        /// <summary>Opened (the default, or <c>OPEN</c>).</summary>
        Open,

        /// <summary><c>MOUNT</c>: control file read, database closed.</summary>
        Mount,

        /// <summary><c>NOMOUNT</c>: instance started only.</summary>
        NoMount,

        /// <summary><c>UPGRADE</c>: opened for an upgrade, only administrators may connect.</summary>
        Upgrade,

        /// <summary><c>DOWNGRADE</c>.</summary>
        Downgrade,

        /// <summary><c>RESTRICT</c> with no other mode: opened for users with RESTRICTED SESSION only.</summary>
        Restrict,

        /// <summary><c>FORCE</c> with no other mode: the running instance is aborted, then started and opened.</summary>
        Force,

        /// <summary><c>MIGRATE</c> (older spelling of UPGRADE).</summary>
        Migrate,
    }

    /// <summary>SQL*Plus <c>STARTUP [FORCE] [RESTRICT] [PFILE=f] [QUIET] [MOUNT|OPEN ...|NOMOUNT|UPGRADE|DOWNGRADE]</c>.</summary>
    public sealed class StartupStatement : Statement
    {
        internal StartupStatement(TextSpan span, StartupMode mode, IReadOnlyList<OptionClause> options)
            : base(StatementKind.Startup, span)
        {
            Mode = mode;
            Options = options;
        }

        /// <summary>
        /// The resulting state: UPGRADE, DOWNGRADE or MIGRATE when written, else NOMOUNT or MOUNT, else OPEN when written,
        /// else RESTRICT, else FORCE, else OPEN.
        /// </summary>
        public StartupMode Mode { get; }

        /// <summary>Every option written, in order (<c>FORCE</c>, <c>RESTRICT</c>, <c>PFILE</c>, <c>OPEN READ ONLY</c>, <c>UPGRADE</c>).</summary>
        public IReadOnlyList<OptionClause> Options { get; }
    }
}

using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>How redo is generated for a segment.</summary>
    public enum LoggingMode
    {
        /// <summary><c>LOGGING</c>.</summary>
        Logging,

        /// <summary><c>NOLOGGING</c>.</summary>
        NoLogging,

        /// <summary><c>UNRECOVERABLE</c> (older Oracle spelling of NOLOGGING for CREATE TABLE AS SELECT and CREATE INDEX).</summary>
        Unrecoverable,

        /// <summary><c>FILESYSTEM_LIKE_LOGGING</c> (SecureFiles LOBs).</summary>
        FilesystemLikeLogging,
    }

    /// <summary>A <c>LOGGING</c>, <c>NOLOGGING</c> or <c>UNRECOVERABLE</c> clause, with its span.</summary>
    public sealed class LoggingClause : SyntaxNode
    {
        internal LoggingClause(TextSpan span, LoggingMode mode)
            : base(span) => Mode = mode;

        /// <summary>The mode.</summary>
        public LoggingMode Mode { get; }

        /// <summary>Whether the clause turns redo off (NOLOGGING or UNRECOVERABLE).</summary>
        public bool SkipsRedo => Mode == LoggingMode.NoLogging || Mode == LoggingMode.Unrecoverable;
    }
}

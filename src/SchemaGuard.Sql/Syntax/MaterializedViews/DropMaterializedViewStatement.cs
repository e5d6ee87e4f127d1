using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// <c>DROP MATERIALIZED VIEW [IF EXISTS] name [PRESERVE TABLE | CASCADE]</c>, or Oracle
    /// <c>DROP MATERIALIZED VIEW LOG ON table</c>: the statements that remove a blocker of online redefinition.
    /// </summary>
    public sealed class DropMaterializedViewStatement : Statement
    {
        internal DropMaterializedViewStatement(TextSpan span, ObjectName name, bool isLog, bool ifExists)
            : base(StatementKind.DropMaterializedView, span)
        {
            Name = name;
            IsLog = isLog;
            IfExists = ifExists;
        }

        /// <summary>The view's name; for a log, the master table the log is on.</summary>
        public ObjectName Name { get; }

        /// <summary>Whether it drops a materialized view log (<c>DROP MATERIALIZED VIEW LOG ON t</c>).</summary>
        public bool IsLog { get; }

        /// <summary><c>IF EXISTS</c> (PostgreSQL).</summary>
        public bool IfExists { get; }
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>DROP INDEX in any dialect.</summary>
    public sealed class DropIndexStatement : Statement
    {
        internal DropIndexStatement(TextSpan span)
            : base(StatementKind.DropIndex, span)
        {
        }

        /// <summary>
        /// The dropped indexes. Where index names belong to tables (MySQL, SQL Server), each holds only the index's own
        /// name; SQL Server's <c>DROP INDEX t.i</c> puts <c>i</c> here and <c>t</c> in <see cref="Table"/>.
        /// </summary>
        public IReadOnlyList<ObjectName> Names { get; internal set; } = new ObjectName[0];

        /// <summary>The table: <c>DROP INDEX i ON t</c> (MySQL, SQL Server) or SQL Server's <c>t.i</c>; for several, the first.</summary>
        public ObjectName? Table { get; internal set; }

        /// <summary>Whether <c>IF EXISTS</c> was written.</summary>
        public bool IfExists { get; internal set; }

        /// <summary>PostgreSQL <c>CONCURRENTLY</c>.</summary>
        public OptionClause? Concurrently { get; internal set; }

        /// <summary>Oracle <c>ONLINE</c>.</summary>
        public OptionClause? Online { get; internal set; }

        /// <summary>Oracle <c>FORCE</c> (domain indexes).</summary>
        public OptionClause? Force { get; internal set; }

        /// <summary>PostgreSQL <c>CASCADE</c>.</summary>
        public OptionClause? Cascade { get; internal set; }

        /// <summary>SQL Server <c>WITH (ONLINE = ON, MAXDOP = 2)</c>.</summary>
        public IReadOnlyList<OptionSetting> WithOptions { get; internal set; } = new OptionSetting[0];

        /// <summary>MySQL <c>ALGORITHM [=] x</c>.</summary>
        public OptionSetting? Algorithm { get; internal set; }

        /// <summary>MySQL <c>LOCK [=] x</c>.</summary>
        public OptionSetting? Lock { get; internal set; }
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>What an <c>ALTER DATABASE DATAFILE|TEMPFILE</c> clause does to the files.</summary>
    public enum DatafileAction
    {
        /// <summary><c>ONLINE</c>.</summary>
        Online,

        /// <summary><c>OFFLINE</c>.</summary>
        Offline,

        /// <summary><c>OFFLINE FOR DROP</c> (the file's data is lost unless it is recovered).</summary>
        OfflineForDrop,

        /// <summary><c>RESIZE n</c>.</summary>
        Resize,

        /// <summary><c>AUTOEXTEND ...</c>.</summary>
        Autoextend,

        /// <summary><c>END BACKUP</c>.</summary>
        EndBackup,

        /// <summary>Anything else (<c>DROP</c>, <c>ENCRYPT</c>, ...).</summary>
        Other,
    }

    /// <summary>
    /// ALTER DATABASE. Oracle's forms are read (<c>DATAFILE ... OFFLINE</c>, <c>OPEN</c>, <c>ARCHIVELOG</c>, <c>[NO] FORCE LOGGING</c>,
    /// <c>FLASHBACK ON|OFF</c>, ...); other dialects' forms (PostgreSQL and SQL Server <c>ALTER DATABASE x SET ...</c>, MySQL
    /// character sets) are kept with their leading words in <see cref="Action"/>.
    /// </summary>
    public sealed class AlterDatabaseStatement : Statement
    {
        internal AlterDatabaseStatement(TextSpan span, Identifier? database, string action, TextSpan actionSpan, DatafileClause? datafile, OptionClause? forceLogging)
            : base(StatementKind.AlterDatabase, span)
        {
            Database = database;
            Action = action;
            ActionSpan = actionSpan;
            Datafile = datafile;
            ForceLogging = forceLogging;
        }

        /// <summary>The database name, when written.</summary>
        public Identifier? Database { get; }

        /// <summary>
        /// The clause's leading keywords in upper case (<c>OPEN</c>, <c>MOUNT</c>, <c>ARCHIVELOG</c>, <c>NO FORCE LOGGING</c>,
        /// <c>FLASHBACK ON</c>, <c>BACKUP CONTROLFILE TO TRACE</c>, <c>DATAFILE OFFLINE</c>, <c>SET</c>).
        /// </summary>
        public string Action { get; }

        /// <summary>Where those keywords are.</summary>
        public TextSpan ActionSpan { get; }

        /// <summary>The <c>DATAFILE</c>/<c>TEMPFILE</c> clause, if that is what the statement alters.</summary>
        public DatafileClause? Datafile { get; }

        /// <summary><c>FORCE LOGGING</c> or <c>NO FORCE LOGGING</c>, if that is what the statement sets.</summary>
        public OptionClause? ForceLogging { get; }
    }

    /// <summary><c>DATAFILE|TEMPFILE file [, file] action</c> of ALTER DATABASE.</summary>
    public sealed class DatafileClause : SyntaxNode
    {
        internal DatafileClause(TextSpan span, bool isTempfile, IReadOnlyList<Expression> files, DatafileAction action, OptionClause actionClause)
            : base(span)
        {
            IsTempfile = isTempfile;
            Files = files;
            Action = action;
            ActionClause = actionClause;
        }

        /// <summary>Whether the clause names <c>TEMPFILE</c>s rather than <c>DATAFILE</c>s.</summary>
        public bool IsTempfile { get; }

        /// <summary>The files, by name (<c>'/u01/x.dbf'</c>) or number (<c>4</c>).</summary>
        public IReadOnlyList<Expression> Files { get; }

        /// <summary>What is done to them.</summary>
        public DatafileAction Action { get; }

        /// <summary>The action's keywords and their span (<c>OFFLINE FOR DROP</c>).</summary>
        public OptionClause ActionClause { get; }
    }
}

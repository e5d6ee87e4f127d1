namespace SchemaGuard.Core.Schema
{
    /// <summary>How a table stores its rows; what decides, among other things, whether Oracle can redefine it online.</summary>
    public enum TableKind
    {
        /// <summary>An ordinary heap table.</summary>
        Heap,

        /// <summary>A session or transaction temporary table (PostgreSQL/MySQL <c>TEMPORARY</c>, Oracle private temporary, SQL Server <c>#t</c>).</summary>
        Temporary,

        /// <summary>An Oracle <c>GLOBAL TEMPORARY</c> table (SQL Server <c>##t</c>).</summary>
        GlobalTemporary,

        /// <summary>A table stored in an Oracle cluster (<c>CLUSTER c (col)</c>).</summary>
        Clustered,

        /// <summary>An object table (<c>CREATE TABLE t OF type</c>).</summary>
        Object,

        /// <summary>An external table (<c>ORGANIZATION EXTERNAL</c>).</summary>
        External,

        /// <summary>An index-organized table (<c>ORGANIZATION INDEX</c>).</summary>
        IndexOrganized,
    }

    /// <summary>A table's declared LOGGING attribute.</summary>
    public enum TableLogging
    {
        /// <summary>Not declared: the tablespace's or database's default applies.</summary>
        Unspecified,

        /// <summary><c>LOGGING</c>.</summary>
        Logging,

        /// <summary><c>NOLOGGING</c> (or <c>UNRECOVERABLE</c>): direct-path writes generate no redo.</summary>
        NoLogging,
    }

    /// <summary>The kind of a table constraint.</summary>
    public enum ConstraintType
    {
        /// <summary><c>PRIMARY KEY</c>.</summary>
        PrimaryKey,

        /// <summary><c>UNIQUE</c>.</summary>
        Unique,

        /// <summary><c>FOREIGN KEY ... REFERENCES</c>.</summary>
        ForeignKey,

        /// <summary><c>CHECK</c>.</summary>
        Check,
    }

    /// <summary>What a foreign key does to child rows when their parent row is deleted (<c>ON DELETE ...</c>).</summary>
    public enum DeleteRule
    {
        /// <summary><c>NO ACTION</c>, or no clause: the delete fails while children exist.</summary>
        NoAction,

        /// <summary><c>RESTRICT</c>: the delete fails while children exist.</summary>
        Restrict,

        /// <summary><c>CASCADE</c>: the children are deleted too.</summary>
        Cascade,

        /// <summary><c>SET NULL</c>: the children's key columns are set to null.</summary>
        SetNull,

        /// <summary><c>SET DEFAULT</c>: the children's key columns are set to their defaults.</summary>
        SetDefault,
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>How a table's rows are stored (Oracle <c>ORGANIZATION</c>).</summary>
    public enum TableOrganization
    {
        /// <summary>An ordinary heap table (the default everywhere).</summary>
        Heap,

        /// <summary>An index-organized table (<c>ORGANIZATION INDEX</c>).</summary>
        Index,

        /// <summary>An external table (<c>ORGANIZATION EXTERNAL</c>).</summary>
        External,
    }

    /// <summary>CREATE TABLE in any dialect, with what the rules and the schema model need.</summary>
    public sealed class CreateTableStatement : Statement
    {
        internal CreateTableStatement(TextSpan span, ObjectName name)
            : base(StatementKind.CreateTable, span) => Name = name;

        /// <summary>The table's name.</summary>
        public ObjectName Name { get; }

        /// <summary><c>IF NOT EXISTS</c>.</summary>
        public bool IfNotExists { get; internal set; }

        /// <summary>
        /// The temporary or unlogged modifier with its words: <c>TEMPORARY</c>, <c>TEMP</c>, <c>GLOBAL TEMPORARY</c>,
        /// <c>PRIVATE TEMPORARY</c>, <c>LOCAL TEMPORARY</c>, <c>UNLOGGED</c>.
        /// </summary>
        public OptionClause? Temporary { get; internal set; }

        /// <summary>
        /// Whether the table is temporary: a temporary modifier other than UNLOGGED, or a SQL Server <c>#temp</c> or <c>##temp</c> name.
        /// </summary>
        public bool IsTemporary { get; internal set; }

        /// <summary>Whether it is a global temporary table: Oracle or PostgreSQL <c>GLOBAL TEMPORARY</c>, SQL Server <c>##name</c>.</summary>
        public bool IsGlobalTemporary { get; internal set; }

        /// <summary>Heap, index-organized or external.</summary>
        public TableOrganization Organization { get; internal set; }

        /// <summary>Oracle <c>CLUSTER c (col)</c>: the cluster the table is stored in.</summary>
        public ObjectName? Cluster { get; internal set; }

        /// <summary>The type of an object table: Oracle or PostgreSQL <c>CREATE TABLE t OF type</c>.</summary>
        public ObjectName? ObjectType { get; internal set; }

        /// <summary>PostgreSQL <c>CREATE TABLE t PARTITION OF parent</c>: the parent table.</summary>
        public ObjectName? PartitionOf { get; internal set; }

        /// <summary>Tables whose columns are copied: PostgreSQL <c>(LIKE src ...)</c>, MySQL <c>LIKE src</c>.</summary>
        public IReadOnlyList<ObjectName> LikeTables { get; internal set; } = System.Array.Empty<ObjectName>();

        /// <summary>PostgreSQL <c>INHERITS (parent, ...)</c>.</summary>
        public IReadOnlyList<ObjectName> Inherits { get; internal set; } = System.Array.Empty<ObjectName>();

        /// <summary>The columns in order.</summary>
        public IReadOnlyList<ColumnDefinition> Columns { get; internal set; } = System.Array.Empty<ColumnDefinition>();

        /// <summary>Out-of-line constraints (table elements) in order.</summary>
        public IReadOnlyList<ConstraintDefinition> Constraints { get; internal set; } = System.Array.Empty<ConstraintDefinition>();

        /// <summary>Index definitions inside the table body: MySQL <c>KEY</c>/<c>INDEX</c>/<c>UNIQUE KEY</c>/<c>FULLTEXT KEY</c>, SQL Server <c>INDEX ix (...)</c>.</summary>
        public IReadOnlyList<InlineIndexDefinition> Indexes { get; internal set; } = System.Array.Empty<InlineIndexDefinition>();

        /// <summary>The table-level <c>LOGGING</c> or <c>NOLOGGING</c> (PostgreSQL <c>UNLOGGED</c> is reported as NOLOGGING here too).</summary>
        public LoggingClause? Logging { get; internal set; }

        /// <summary>The table's <c>TABLESPACE</c>.</summary>
        public Identifier? Tablespace { get; internal set; }

        /// <summary>The partitioning scheme, if the table is partitioned.</summary>
        public PartitioningClause? Partitioning { get; internal set; }

        /// <summary><c>ON COMMIT DELETE ROWS</c>, <c>ON COMMIT PRESERVE ROWS</c>, <c>ON COMMIT DROP</c> of a temporary table.</summary>
        public OptionClause? OnCommit { get; internal set; }

        /// <summary>The query of CREATE TABLE ... AS SELECT (also MySQL's form without AS).</summary>
        public QueryClause? AsQuery { get; internal set; }

        /// <summary>
        /// Table options: MySQL <c>ENGINE=</c>, <c>DEFAULT CHARSET=</c>, <c>CHARACTER SET</c>, <c>COLLATE</c>, <c>ROW_FORMAT</c>,
        /// <c>AUTO_INCREMENT</c>, <c>COMMENT</c>; SQL Server and PostgreSQL <c>WITH (...)</c> settings; SQL Server
        /// <c>ON filegroup</c> (name <c>ON</c>) and <c>TEXTIMAGE_ON</c>.
        /// </summary>
        public IReadOnlyList<OptionSetting> Options { get; internal set; } = System.Array.Empty<OptionSetting>();

        /// <summary>
        /// The logging clauses no other property holds: those of LOB, VARRAY, nested-table and XMLType storage,
        /// of subpartitions and of constraint indexes (<c>USING INDEX ... NOLOGGING</c>).
        /// </summary>
        public IReadOnlyList<LoggingClause> StorageLoggingClauses { get; internal set; } = System.Array.Empty<LoggingClause>();

        /// <summary>
        /// Every logging clause anywhere in the statement: the table's, LOB and nested-table storage, partitions and
        /// subpartitions, constraint indexes. A view over nodes held elsewhere in the tree.
        /// </summary>
        [DerivedView]
        public IReadOnlyList<LoggingClause> AllLoggingClauses { get; internal set; } = System.Array.Empty<LoggingClause>();

        /// <summary>Finds a column by its normalized name, or null.</summary>
        public ColumnDefinition? FindColumn(string normalizedName)
        {
            foreach (var c in Columns)
            {
                if (c.Name.Normalized == normalizedName) return c;
            }

            return null;
        }
    }

    /// <summary>An index written inside CREATE TABLE: MySQL <c>KEY idx (c)</c>, <c>INDEX</c>, <c>UNIQUE KEY</c>, <c>FULLTEXT KEY</c>; SQL Server <c>INDEX ix (c)</c>.</summary>
    public sealed class InlineIndexDefinition : SyntaxNode
    {
        internal InlineIndexDefinition(TextSpan span, Identifier? name, bool unique, string category, IReadOnlyList<Identifier> columns)
            : base(span)
        {
            Name = name;
            Unique = unique;
            Category = category;
            Columns = columns;
        }

        /// <summary>The index name, if written.</summary>
        public Identifier? Name { get; }

        /// <summary>Whether it is a unique index.</summary>
        public bool Unique { get; }

        /// <summary><c>INDEX</c> for ordinary indexes (also written KEY), <c>FULLTEXT</c>, <c>SPATIAL</c>, <c>CLUSTERED</c> or <c>COLUMNSTORE</c>.</summary>
        public string Category { get; }

        /// <summary>The indexed columns in order (expression key parts are left out).</summary>
        public IReadOnlyList<Identifier> Columns { get; }
    }
}

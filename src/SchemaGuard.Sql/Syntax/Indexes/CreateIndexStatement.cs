using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// CREATE INDEX in any dialect. Option properties of type <see cref="OptionClause"/> are null when the option is
    /// absent and otherwise carry the span of its keywords, so a finding can underline exactly that word.
    /// </summary>
    public sealed class CreateIndexStatement : Statement
    {
        internal CreateIndexStatement(TextSpan span)
            : base(StatementKind.CreateIndex, span)
        {
        }

        /// <summary>The <c>INDEX</c> keyword (PostgreSQL's <c>CONCURRENTLY</c> goes right after it).</summary>
        public TextSpan IndexKeywordSpan { get; internal set; }

        /// <summary>The index name; null when PostgreSQL lets the server choose it (<c>CREATE INDEX ON t (c)</c>).</summary>
        public ObjectName? Name { get; internal set; }

        /// <summary>The indexed table (for an Oracle cluster index, the cluster; see <see cref="Cluster"/>).</summary>
        public ObjectName Table { get; internal set; } = null!;

        /// <summary>Whether <c>IF NOT EXISTS</c> was written.</summary>
        public bool IfNotExists { get; internal set; }

        /// <summary><c>UNIQUE</c>.</summary>
        public OptionClause? Unique { get; internal set; }

        /// <summary>Oracle <c>BITMAP</c>.</summary>
        public OptionClause? Bitmap { get; internal set; }

        /// <summary>MySQL <c>FULLTEXT</c> or <c>SPATIAL</c>, Oracle <c>MULTIVALUE</c>, and similar index kinds; null for an ordinary index.</summary>
        public OptionClause? IndexKind { get; internal set; }

        /// <summary>SQL Server <c>CLUSTERED</c> (<c>NONCLUSTERED</c> leaves it null).</summary>
        public OptionClause? Clustered { get; internal set; }

        /// <summary>SQL Server <c>COLUMNSTORE</c>.</summary>
        public OptionClause? Columnstore { get; internal set; }

        /// <summary>PostgreSQL <c>CONCURRENTLY</c>.</summary>
        public OptionClause? Concurrently { get; internal set; }

        /// <summary>Oracle <c>ONLINE</c> (SQL Server's <c>ONLINE = ON</c> is in <see cref="WithOptions"/>).</summary>
        public OptionClause? Online { get; internal set; }

        /// <summary>Oracle <c>ON CLUSTER</c>: the index is a cluster index and <see cref="Table"/> names the cluster.</summary>
        public OptionClause? Cluster { get; internal set; }

        /// <summary>
        /// PostgreSQL <c>ON ONLY</c>: the index is defined on the partitioned table alone, not built on its partitions
        /// (it stays invalid until an index of each partition is attached).
        /// </summary>
        public OptionClause? Only { get; internal set; }

        /// <summary>Oracle <c>INDEXTYPE IS type</c>: a domain index (such as Oracle Text's <c>CTXSYS.CONTEXT</c>), built by its indextype.</summary>
        public ObjectName? IndexType { get; internal set; }

        /// <summary>The key columns and expressions, in order (empty for a SQL Server clustered columnstore index).</summary>
        public IReadOnlyList<IndexColumn> Columns { get; internal set; } = new IndexColumn[0];

        /// <summary>Non-key columns from <c>INCLUDE (...)</c> (PostgreSQL, SQL Server).</summary>
        public IReadOnlyList<Identifier> IncludeColumns { get; internal set; } = new Identifier[0];

        /// <summary>Oracle <c>LOGGING</c>, <c>NOLOGGING</c> or <c>UNRECOVERABLE</c>.</summary>
        public LoggingClause? Logging { get; internal set; }

        /// <summary>Oracle <c>LOCAL</c>: the index is partitioned like its table.</summary>
        public OptionClause? Local { get; internal set; }

        /// <summary>Oracle/MySQL <c>INVISIBLE</c>, MariaDB <c>IGNORED</c>.</summary>
        public OptionClause? Invisible { get; internal set; }

        /// <summary>Oracle <c>UNUSABLE</c>.</summary>
        public OptionClause? Unusable { get; internal set; }

        /// <summary>Oracle <c>REVERSE</c>.</summary>
        public OptionClause? Reverse { get; internal set; }

        /// <summary>Oracle <c>PARALLEL [n]</c> (value: the degree, or null) or <c>NOPARALLEL</c> (name <c>NOPARALLEL</c>).</summary>
        public OptionSetting? Parallel { get; internal set; }

        /// <summary>
        /// Where the index is stored: Oracle/PostgreSQL <c>TABLESPACE x</c>, or SQL Server <c>ON filegroup</c> /
        /// <c>ON partition_scheme(col)</c>.
        /// </summary>
        public Identifier? Tablespace { get; internal set; }

        /// <summary>SQL Server <c>WITH (ONLINE = ON, FILLFACTOR = 80)</c> or <c>WITH FILLFACTOR = 80</c>, PostgreSQL <c>WITH (fillfactor = 70)</c>.</summary>
        public IReadOnlyList<OptionSetting> WithOptions { get; internal set; } = new OptionSetting[0];

        /// <summary>
        /// The <c>(</c> opening the <see cref="WithOptions"/> list; null when there is no WITH list or it is SQL Server's
        /// older form without parentheses (<c>WITH FILLFACTOR = 80</c>), which takes no further options such as ONLINE.
        /// </summary>
        public TextSpan? WithOpenParenSpan { get; internal set; }

        /// <summary>MySQL <c>ALGORITHM [=] x</c>.</summary>
        public OptionSetting? Algorithm { get; internal set; }

        /// <summary>MySQL <c>LOCK [=] x</c>.</summary>
        public OptionSetting? Lock { get; internal set; }

        /// <summary>The access method in upper case: PostgreSQL <c>USING gin</c>, MySQL <c>USING BTREE</c>; null when not written.</summary>
        public string? Using { get; internal set; }

        /// <summary>The predicate of a partial (PostgreSQL) or filtered (SQL Server) index.</summary>
        public Expression? Where { get; internal set; }

        /// <summary>The other tables of an Oracle bitmap join index (<c>FROM sales s, customers c</c>).</summary>
        public IReadOnlyList<ObjectName> JoinTables { get; internal set; } = new ObjectName[0];

        /// <summary>The join condition of an Oracle bitmap join index (its <c>WHERE</c>).</summary>
        public Expression? JoinCondition { get; internal set; }

        /// <summary>Whether any key is an expression rather than a plain column (<c>UPPER(name)</c>, <c>(a + b)</c>).</summary>
        public bool IsFunctionBased => Columns.Any(c => c.Column == null);
    }

    /// <summary>The order of an index key.</summary>
    public enum SortOrder
    {
        /// <summary>Not written.</summary>
        Unspecified,

        /// <summary><c>ASC</c>.</summary>
        Asc,

        /// <summary><c>DESC</c>.</summary>
        Desc,
    }

    /// <summary>One key of an index: a column or an expression, with its order.</summary>
    public sealed class IndexColumn : SyntaxNode
    {
        internal IndexColumn(TextSpan span, Identifier? column, Expression expression, SortOrder order, int? prefixLength)
            : base(span)
        {
            Column = column;
            Expression = expression;
            Order = order;
            PrefixLength = prefixLength;
        }

        /// <summary>
        /// The column when the key is a plain (possibly qualified) column name; null for an expression. A view of the
        /// last name part of <see cref="Expression"/>, which holds the node.
        /// </summary>
        [DerivedView]
        public Identifier? Column { get; }

        /// <summary>The key as an expression (a <see cref="NameExpression"/> for a plain column).</summary>
        public Expression Expression { get; }

        /// <summary>The order.</summary>
        public SortOrder Order { get; }

        /// <summary>MySQL's key prefix length: 10 for <c>name(10)</c>; null otherwise.</summary>
        public int? PrefixLength { get; }
    }
}

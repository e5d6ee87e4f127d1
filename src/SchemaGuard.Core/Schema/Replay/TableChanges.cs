using System.Collections.Generic;

namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary>
    /// <c>CREATE TABLE</c> (from <c>CreateTableStatement</c>): the table with its columns, constraints (inline ones included),
    /// inline indexes, kind, LOGGING attribute and partitioning. Creating a table that exists replaces it (and leaves a note),
    /// unless <see cref="IfNotExists"/>.
    /// </summary>
    public sealed class CreateTableChange : SchemaChange
    {
        private static readonly IReadOnlyList<ColumnSpec> NoColumns = new ColumnSpec[0];
        private static readonly IReadOnlyList<ConstraintSpec> NoConstraints = new ConstraintSpec[0];
        private static readonly IReadOnlyList<IndexSpec> NoIndexes = new IndexSpec[0];

        /// <summary>Creates the change.</summary>
        /// <param name="source">The CREATE TABLE statement.</param>
        /// <param name="table">The table name (<c>Name</c>).</param>
        /// <param name="displayName">The name as written (<c>Name.ToString()</c>); the key's text when null.</param>
        /// <param name="kind">The kind, see <see cref="TableKinds.FromDefinition"/>.</param>
        /// <param name="columns">The columns (<c>Columns</c>).</param>
        /// <param name="constraints">Out-of-line constraints and inline column constraints.</param>
        /// <param name="indexes">Inline index definitions (<c>Indexes</c>).</param>
        /// <param name="logging">The LOGGING clause's mode (UNRECOVERABLE counts as NOLOGGING).</param>
        /// <param name="loggingDeclaredAt">The LOGGING clause's location.</param>
        /// <param name="isPartitioned">Whether a partitioning clause is present.</param>
        /// <param name="ifNotExists">Whether <c>IF NOT EXISTS</c> was written.</param>
        public CreateTableChange(
            SchemaSource source,
            SchemaObjectName table,
            string? displayName = null,
            TableKind kind = TableKind.Heap,
            IReadOnlyList<ColumnSpec>? columns = null,
            IReadOnlyList<ConstraintSpec>? constraints = null,
            IReadOnlyList<IndexSpec>? indexes = null,
            TableLogging logging = TableLogging.Unspecified,
            SchemaSource? loggingDeclaredAt = null,
            bool isPartitioned = false,
            bool ifNotExists = false)
            : base(source)
        {
            Table = table ?? throw new System.ArgumentNullException(nameof(table));
            DisplayName = displayName ?? table.ToString();
            Kind = kind;
            Columns = columns ?? NoColumns;
            Constraints = constraints ?? NoConstraints;
            Indexes = indexes ?? NoIndexes;
            Logging = logging;
            LoggingDeclaredAt = loggingDeclaredAt;
            IsPartitioned = isPartitioned;
            IfNotExists = ifNotExists;
        }

        /// <summary>The table name.</summary>
        public SchemaObjectName Table { get; }

        /// <summary>The name as written.</summary>
        public string DisplayName { get; }

        /// <summary>The table kind.</summary>
        public TableKind Kind { get; }

        /// <summary>The columns in order.</summary>
        public IReadOnlyList<ColumnSpec> Columns { get; }

        /// <summary>All constraints, inline ones included.</summary>
        public IReadOnlyList<ConstraintSpec> Constraints { get; }

        /// <summary>Inline indexes.</summary>
        public IReadOnlyList<IndexSpec> Indexes { get; }

        /// <summary>The declared LOGGING attribute.</summary>
        public TableLogging Logging { get; }

        /// <summary>Where LOGGING/NOLOGGING was written.</summary>
        public SchemaSource? LoggingDeclaredAt { get; }

        /// <summary>Whether the table is partitioned.</summary>
        public bool IsPartitioned { get; }

        /// <summary>Whether an existing table is kept as it is.</summary>
        public bool IfNotExists { get; }
    }

    /// <summary>
    /// <c>DROP TABLE</c>, one change per table of <c>DropTableStatement.Tables</c>. Foreign keys of other tables that reference
    /// it go with it (what CASCADE CONSTRAINTS / CASCADE do, and the only way the drop succeeds elsewhere), unless
    /// <see cref="KeepReferencingForeignKeys"/> (MySQL with <c>foreign_key_checks = 0</c> keeps them, and they bind again
    /// when the table is re-created). Its indexes and materialized view log go too.
    /// </summary>
    public sealed class DropTableChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public DropTableChange(SchemaSource source, SchemaObjectName table, bool ifExists = false, bool keepReferencingForeignKeys = false)
            : base(source, table)
        {
            IfExists = ifExists;
            KeepReferencingForeignKeys = keepReferencingForeignKeys;
        }

        /// <summary>Whether <c>IF EXISTS</c> was written (no note when the table is unknown).</summary>
        public bool IfExists { get; }

        /// <summary>Whether other tables' foreign keys to it survive the drop.</summary>
        public bool KeepReferencingForeignKeys { get; }
    }

    /// <summary>
    /// A table rename: <c>ALTER TABLE t RENAME TO n</c> (<c>RenameTableAction</c>), Oracle/MySQL <c>RENAME t TO n</c>
    /// (<c>RenameStatement.Pairs</c>, one change per pair), SQL Server <c>sp_rename</c>. Foreign keys, indexes and the
    /// materialized view log follow the table. An unqualified new name keeps the table's schema.
    /// </summary>
    public sealed class RenameTableChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public RenameTableChange(SchemaSource source, SchemaObjectName table, SchemaObjectName newName, string? newDisplayName = null)
            : base(source, table)
        {
            NewName = newName ?? throw new System.ArgumentNullException(nameof(newName));
            NewDisplayName = newDisplayName ?? newName.ToString();
        }

        /// <summary>The new name.</summary>
        public SchemaObjectName NewName { get; }

        /// <summary>The new name as written.</summary>
        public string NewDisplayName { get; }
    }

    /// <summary><c>ALTER TABLE ... LOGGING | NOLOGGING</c> (<c>LoggingAction</c>).</summary>
    public sealed class SetLoggingChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        /// <param name="source">The statement.</param>
        /// <param name="table">The table.</param>
        /// <param name="logging">The new attribute.</param>
        /// <param name="declaredAt">The clause's location; the statement's when null.</param>
        public SetLoggingChange(SchemaSource source, SchemaObjectName table, TableLogging logging, SchemaSource? declaredAt = null)
            : base(source, table)
        {
            Logging = logging;
            DeclaredAt = declaredAt;
        }

        /// <summary>The new attribute.</summary>
        public TableLogging Logging { get; }

        /// <summary>Where it was written, or null for the statement.</summary>
        public SchemaSource? DeclaredAt { get; }
    }

    /// <summary>A change of a table's partitioning (Oracle <c>ALTER TABLE ... MODIFY PARTITION BY</c>, PostgreSQL <c>ATTACH</c>/<c>DETACH</c> aside).</summary>
    public sealed class SetPartitioningChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public SetPartitioningChange(SchemaSource source, SchemaObjectName table, bool isPartitioned)
            : base(source, table) => IsPartitioned = isPartitioned;

        /// <summary>Whether the table is partitioned afterwards.</summary>
        public bool IsPartitioned { get; }
    }
}

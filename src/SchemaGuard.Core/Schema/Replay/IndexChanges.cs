namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary>
    /// <c>CREATE [UNIQUE] INDEX i ON t (...)</c> (<c>CreateIndexStatement</c>) or MySQL <c>ALTER TABLE t ADD INDEX</c>
    /// (<c>AddIndexAction</c>). An index on a table the catalog does not know makes the table known (inferred).
    /// </summary>
    public sealed class CreateIndexChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public CreateIndexChange(SchemaSource source, SchemaObjectName table, IndexSpec index, bool ifNotExists = false)
            : base(source, table)
        {
            Index = index ?? throw new System.ArgumentNullException(nameof(index));
            IfNotExists = ifNotExists;
        }

        /// <summary>The index.</summary>
        public IndexSpec Index { get; }

        /// <summary>Whether <c>IF NOT EXISTS</c> was written.</summary>
        public bool IfNotExists { get; }
    }

    /// <summary>A change to one index, found by name (and by table where index names are per table: MySQL, SQL Server).</summary>
    public abstract class IndexChange : SchemaChange
    {
        private protected IndexChange(SchemaSource source, SchemaObjectName index, SchemaObjectName? table)
            : base(source)
        {
            Index = index ?? throw new System.ArgumentNullException(nameof(index));
            Table = table;
        }

        /// <summary>The index name, as written.</summary>
        public SchemaObjectName Index { get; }

        /// <summary>The table when the statement names it (<c>DROP INDEX i ON t</c>, <c>ALTER TABLE t ALTER INDEX i</c>).</summary>
        public SchemaObjectName? Table { get; }
    }

    /// <summary><c>DROP INDEX</c> (<c>DropIndexStatement</c>, MySQL <c>ALTER TABLE t DROP INDEX i</c>).</summary>
    public sealed class DropIndexChange : IndexChange
    {
        /// <summary>Creates the change.</summary>
        public DropIndexChange(SchemaSource source, SchemaObjectName index, SchemaObjectName? table = null, bool ifExists = false)
            : base(source, index, table) => IfExists = ifExists;

        /// <summary>Whether <c>IF EXISTS</c> was written.</summary>
        public bool IfExists { get; }
    }

    /// <summary><c>ALTER INDEX i RENAME TO n</c>, MySQL <c>ALTER TABLE t RENAME INDEX i TO n</c>.</summary>
    public sealed class RenameIndexChange : IndexChange
    {
        /// <summary>Creates the change.</summary>
        public RenameIndexChange(SchemaSource source, SchemaObjectName index, string newName, SchemaObjectName? table = null, string? newDisplayName = null)
            : base(source, index, table)
        {
            NewName = newName ?? throw new System.ArgumentNullException(nameof(newName));
            NewDisplayName = newDisplayName ?? newName;
        }

        /// <summary>The new name as written.</summary>
        public string NewDisplayName { get; }

        /// <summary>The normalized new name (same schema).</summary>
        public string NewName { get; }
    }

    /// <summary><c>ALTER INDEX i VISIBLE | INVISIBLE</c> (<c>AlterIndexStatement</c>), MySQL <c>ALTER TABLE t ALTER INDEX i INVISIBLE</c>.</summary>
    public sealed class SetIndexVisibilityChange : IndexChange
    {
        /// <summary>Creates the change.</summary>
        public SetIndexVisibilityChange(SchemaSource source, SchemaObjectName index, bool isVisible, SchemaObjectName? table = null)
            : base(source, index, table) => IsVisible = isVisible;

        /// <summary>Whether the index is visible afterwards.</summary>
        public bool IsVisible { get; }
    }
}

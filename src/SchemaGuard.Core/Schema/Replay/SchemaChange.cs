using System;

namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary>
    /// One change a DDL statement makes to the schema, in the small vocabulary the catalog understands. A statement
    /// becomes zero or more changes (ALTER TABLE with three actions is three changes; DROP TABLE a, b is two), applied in
    /// order by <see cref="SchemaReplayer"/>. Every name is already normalized the way the dialect compares names.
    /// </summary>
    public abstract class SchemaChange
    {
        private protected SchemaChange(SchemaSource source) => Source = source ?? throw new ArgumentNullException(nameof(source));

        /// <summary>The statement that makes the change: objects it creates are "created in" this file and span.</summary>
        public SchemaSource Source { get; }
    }

    /// <summary>A change to one existing table.</summary>
    public abstract class TableChange : SchemaChange
    {
        private protected TableChange(SchemaSource source, SchemaObjectName table)
            : base(source) => Table = table ?? throw new ArgumentNullException(nameof(table));

        /// <summary>The table changed, as written (resolved against the catalog).</summary>
        public SchemaObjectName Table { get; }
    }
}

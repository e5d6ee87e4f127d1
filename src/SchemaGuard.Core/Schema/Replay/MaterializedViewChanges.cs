using System.Collections.Generic;

namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary><c>CREATE MATERIALIZED VIEW</c> (<c>CreateMaterializedViewStatement</c>); replaces a view of the same name.</summary>
    public sealed class CreateMaterializedViewChange : SchemaChange
    {
        /// <summary>Creates the change.</summary>
        public CreateMaterializedViewChange(SchemaSource source, SchemaObjectName name, IReadOnlyList<SchemaObjectName> sourceTables)
            : base(source)
        {
            Name = name ?? throw new System.ArgumentNullException(nameof(name));
            SourceTables = sourceTables ?? throw new System.ArgumentNullException(nameof(sourceTables));
        }

        /// <summary>The view's name.</summary>
        public SchemaObjectName Name { get; }

        /// <summary>The tables its query reads (<c>SourceTables</c>).</summary>
        public IReadOnlyList<SchemaObjectName> SourceTables { get; }
    }

    /// <summary><c>DROP MATERIALIZED VIEW</c>.</summary>
    public sealed class DropMaterializedViewChange : SchemaChange
    {
        /// <summary>Creates the change.</summary>
        public DropMaterializedViewChange(SchemaSource source, SchemaObjectName name)
            : base(source) => Name = name ?? throw new System.ArgumentNullException(nameof(name));

        /// <summary>The view's name.</summary>
        public SchemaObjectName Name { get; }
    }

    /// <summary><c>CREATE MATERIALIZED VIEW LOG ON t</c> (<c>CreateMaterializedViewLogStatement</c>).</summary>
    public sealed class CreateMaterializedViewLogChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public CreateMaterializedViewLogChange(SchemaSource source, SchemaObjectName table)
            : base(source, table)
        {
        }
    }

    /// <summary><c>DROP MATERIALIZED VIEW LOG ON t</c>.</summary>
    public sealed class DropMaterializedViewLogChange : TableChange
    {
        /// <summary>Creates the change.</summary>
        public DropMaterializedViewLogChange(SchemaSource source, SchemaObjectName table)
            : base(source, table)
        {
        }
    }
}

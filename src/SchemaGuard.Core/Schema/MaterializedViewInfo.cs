using System.Collections.Generic;

namespace SchemaGuard.Core.Schema
{
    /// <summary>A materialized view and the tables it reads.</summary>
    public sealed class MaterializedViewInfo
    {
        internal MaterializedViewInfo(SchemaObjectName name, IReadOnlyList<SchemaObjectName> sourceTables, SchemaSource declaredAt)
        {
            Name = name;
            SourceTables = sourceTables;
            DeclaredAt = declaredAt;
        }

        /// <summary>The view's name.</summary>
        public SchemaObjectName Name { get; }

        /// <summary>The tables its query reads, as written (resolved against the catalog when asked).</summary>
        public IReadOnlyList<SchemaObjectName> SourceTables { get; }

        /// <summary>Where it was created.</summary>
        public SchemaSource DeclaredAt { get; }

        /// <inheritdoc />
        public override string ToString() => Name.ToString();
    }

    /// <summary>A materialized view log on a table (Oracle <c>CREATE MATERIALIZED VIEW LOG ON t</c>).</summary>
    public sealed class MaterializedViewLogInfo
    {
        internal MaterializedViewLogInfo(SchemaObjectName table, SchemaSource declaredAt)
        {
            Table = table;
            DeclaredAt = declaredAt;
        }

        /// <summary>The master table the log records changes of.</summary>
        public SchemaObjectName Table { get; }

        /// <summary>Where it was created.</summary>
        public SchemaSource DeclaredAt { get; }

        internal MaterializedViewLogInfo WithTable(SchemaObjectName table) => new MaterializedViewLogInfo(table, DeclaredAt);

        /// <inheritdoc />
        public override string ToString() => "materialized view log on " + Table;
    }
}

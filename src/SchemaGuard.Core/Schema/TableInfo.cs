using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGuard.Core.Schema
{
    /// <summary>
    /// A table as the replayed migrations left it. Instances never change: every change the replay makes produces a new
    /// instance in the catalog, so a rule that holds one sees the table as it was when it asked.
    /// </summary>
    public sealed class TableInfo
    {
        private static readonly IReadOnlyList<ColumnInfo> NoColumns = new ColumnInfo[0];
        private static readonly IReadOnlyList<ConstraintInfo> NoConstraints = new ConstraintInfo[0];
        private static readonly IReadOnlyList<IndexInfo> NoIndexes = new IndexInfo[0];

        internal TableInfo(SchemaObjectName name, string displayName, TableKind kind, SchemaSource? createdIn, long sequence)
        {
            Name = name;
            DisplayName = displayName;
            Kind = kind;
            CreatedIn = createdIn;
            Sequence = sequence;
        }

        /// <summary>The name the catalog keys the table by (its schema is the default schema when none was written).</summary>
        public SchemaObjectName Name { get; private set; }

        /// <summary>The name as written where it was created or last renamed.</summary>
        public string DisplayName { get; private set; }

        /// <summary>The owner (schema), when known.</summary>
        public string? Owner => Name.Schema;

        /// <summary>How the table stores its rows.</summary>
        public TableKind Kind { get; private set; }

        /// <summary>The columns in order.</summary>
        public IReadOnlyList<ColumnInfo> Columns { get; private set; } = NoColumns;

        /// <summary>Primary key, unique, foreign key and check constraints.</summary>
        public IReadOnlyList<ConstraintInfo> Constraints { get; private set; } = NoConstraints;

        /// <summary>Indexes, in creation order (constraint-backing indexes the engine makes itself are not listed).</summary>
        public IReadOnlyList<IndexInfo> Indexes { get; private set; } = NoIndexes;

        /// <summary>The declared LOGGING attribute.</summary>
        public TableLogging Logging { get; private set; }

        /// <summary>Where the LOGGING attribute was declared, when it was.</summary>
        public SchemaSource? LoggingDeclaredAt { get; private set; }

        /// <summary>Whether the table is partitioned.</summary>
        public bool IsPartitioned { get; private set; }

        /// <summary>
        /// The statement that created the table (a migration's or the snapshot's), or null when no replayed file created it
        /// and the catalog only knows it from later statements (ALTER TABLE, a foreign key's REFERENCES, CREATE INDEX).
        /// </summary>
        public SchemaSource? CreatedIn { get; private set; }

        /// <summary>Whether the catalog knows the table only from statements that use it, not from its definition.</summary>
        public bool IsInferred => CreatedIn == null;

        /// <summary>Whether the table's definition came from the schema snapshot.</summary>
        public bool IsFromSnapshot => CreatedIn != null && CreatedIn.IsSnapshot;

        /// <summary>Creation order in the catalog, so listings are stable.</summary>
        internal long Sequence { get; private set; }

        /// <summary>The foreign keys this table declares (as child).</summary>
        public IEnumerable<ConstraintInfo> ForeignKeys => Constraints.Where(c => c.Kind == ConstraintType.ForeignKey);

        /// <summary>The primary key, if declared.</summary>
        public ConstraintInfo? PrimaryKey => Constraints.FirstOrDefault(c => c.Kind == ConstraintType.PrimaryKey);

        /// <summary>The column with this normalized name, or null.</summary>
        public ColumnInfo? FindColumn(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

        /// <summary>The constraint with this normalized name, or null.</summary>
        public ConstraintInfo? FindConstraint(string name) => Constraints.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

        /// <summary>The index with this normalized name, or null.</summary>
        public IndexInfo? FindIndex(string name) => Indexes.FirstOrDefault(i => string.Equals(i.Name.Name, name, StringComparison.Ordinal));

        internal TableInfo Copy() => (TableInfo)MemberwiseClone();

        internal TableInfo WithName(SchemaObjectName name, string displayName)
        {
            TableInfo copy = Copy();
            copy.Name = name;
            copy.DisplayName = displayName;
            return copy;
        }

        internal TableInfo WithColumns(IReadOnlyList<ColumnInfo> columns)
        {
            TableInfo copy = Copy();
            copy.Columns = columns;
            return copy;
        }

        internal TableInfo WithConstraints(IReadOnlyList<ConstraintInfo> constraints)
        {
            TableInfo copy = Copy();
            copy.Constraints = constraints;
            return copy;
        }

        internal TableInfo WithIndexes(IReadOnlyList<IndexInfo> indexes)
        {
            TableInfo copy = Copy();
            copy.Indexes = indexes;
            return copy;
        }

        internal TableInfo WithLogging(TableLogging logging, SchemaSource? declaredAt)
        {
            TableInfo copy = Copy();
            copy.Logging = logging;
            copy.LoggingDeclaredAt = declaredAt;
            return copy;
        }

        internal TableInfo WithPartitioned(bool partitioned)
        {
            TableInfo copy = Copy();
            copy.IsPartitioned = partitioned;
            return copy;
        }

        internal TableInfo WithDefinition(string displayName, TableKind kind, SchemaSource createdIn)
        {
            TableInfo copy = Copy();
            copy.DisplayName = displayName;
            copy.Kind = kind;
            copy.CreatedIn = createdIn;
            return copy;
        }

        /// <inheritdoc />
        public override string ToString() => DisplayName;
    }
}

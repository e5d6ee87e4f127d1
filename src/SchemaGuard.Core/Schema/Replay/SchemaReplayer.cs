using System;
using System.Collections.Generic;

namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary>
    /// Applies schema changes to a <see cref="SchemaCatalog"/> in the order the migration tool would run them. Feed it the
    /// snapshot's changes first (their <see cref="SchemaSource.IsSnapshot"/> set), then each migration's, file by file in
    /// <see cref="Migrations.MigrationOrder"/>, statement by statement. Rules that look at a statement should see the catalog
    /// as it was before that statement is applied.
    /// </summary>
    /// <remarks>
    /// The translation from syntax nodes to <see cref="SchemaChange"/>s lives in another part of this class, so the catalog
    /// and the change vocabulary stay independent of the parser's node shapes.
    /// </remarks>
    public sealed partial class SchemaReplayer
    {
        private readonly List<ReplayNote> _notes = new List<ReplayNote>();

        /// <summary>Creates a replayer over a catalog (a new empty one when null).</summary>
        public SchemaReplayer(SchemaCatalog? catalog = null)
        {
            Catalog = catalog ?? new SchemaCatalog();
        }

        /// <summary>The catalog being built.</summary>
        public SchemaCatalog Catalog { get; }

        /// <summary>What did not fit along the way (unknown tables, objects created twice), in order.</summary>
        public IReadOnlyList<ReplayNote> Notes => _notes;

        /// <summary>Applies changes in order.</summary>
        public void Apply(IEnumerable<SchemaChange> changes)
        {
            if (changes == null) throw new ArgumentNullException(nameof(changes));
            foreach (SchemaChange change in changes) Apply(change);
        }

        /// <summary>Applies one change.</summary>
        public void Apply(SchemaChange change)
        {
            if (change == null) throw new ArgumentNullException(nameof(change));
            string? note = Dispatch(change);
            if (note != null) _notes.Add(new ReplayNote(change.Source, note));
        }

        private string? Dispatch(SchemaChange change)
        {
            SchemaCatalog c = Catalog;
            SchemaSource s = change.Source;
            switch (change)
            {
                case CreateTableChange x:
                    return c.CreateTable(x.Table, x.DisplayName, x.Kind, s, x.Columns, x.Constraints, x.Indexes, x.Logging, x.LoggingDeclaredAt, x.IsPartitioned, x.IfNotExists);
                case DropTableChange x:
                    return c.DropTable(x.Table, s, x.IfExists, x.KeepReferencingForeignKeys);
                case RenameTableChange x:
                    return c.RenameTable(x.Table, x.NewName, x.NewDisplayName, s);
                case SetLoggingChange x:
                    return c.SetLogging(x.Table, x.Logging, x.DeclaredAt ?? s);
                case SetPartitioningChange x:
                    return c.SetPartitioned(x.Table, x.IsPartitioned);
                case AddColumnChange x:
                    return c.AddColumn(x.Table, x.Column, s, x.IfNotExists);
                case ModifyColumnChange x:
                    return c.ModifyColumn(x.Table, x.Column, s);
                case DropColumnChange x:
                    return c.DropColumn(x.Table, x.Column, s, x.IfExists);
                case RenameColumnChange x:
                    return c.RenameColumn(x.Table, x.Column, x.NewName, x.NewDisplayName, s);
                case AddConstraintChange x:
                    return c.AddConstraint(x.Table, x.Constraint, s);
                case DropConstraintChange x:
                    return c.DropConstraint(x.Table, x.Name, x.Kind, s, x.IfExists);
                case RenameConstraintChange x:
                    return c.RenameConstraint(x.Table, x.Name, x.NewName, x.NewDisplayName, s);
                case CreateIndexChange x:
                    return c.AddIndex(x.Table, x.Index, s, x.IfNotExists);
                case DropIndexChange x:
                    return c.DropIndex(x.Index, x.Table, s, x.IfExists);
                case RenameIndexChange x:
                    return c.RenameIndex(x.Index, x.Table, x.NewName, x.NewDisplayName, s);
                case SetIndexVisibilityChange x:
                    return c.SetIndexVisibility(x.Index, x.Table, x.IsVisible, s);
                case CreateMaterializedViewChange x:
                    return c.CreateMaterializedView(x.Name, x.SourceTables, s);
                case DropMaterializedViewChange x:
                    return c.DropMaterializedView(x.Name, s);
                case CreateMaterializedViewLogChange x:
                    return c.CreateMaterializedViewLog(x.Table, s);
                case DropMaterializedViewLogChange x:
                    return c.DropMaterializedViewLog(x.Table, s);
                default:
                    return "SchemaGuard cannot replay a " + change.GetType().Name + ".";
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Tests.Schema
{
    /// <summary>Short builders for changes, so each test reads like the migration it stands for.</summary>
    internal static class SchemaTestKit
    {
        internal static SchemaSource At(string file, int line = 1, int start = 0, int length = 10) =>
            new SchemaSource(file, new TextSpan(start, length), line);

        internal static SchemaSource Snapshot(string file, int line = 1) =>
            new SchemaSource(file, new TextSpan(0, 10), line, isSnapshot: true);

        internal static SchemaObjectName N(string dotted) => SchemaObjectName.Parse(dotted);

        internal static ColumnSpec Col(string name, string? type = "NUMBER", bool? nullable = null, SchemaSource? at = null) =>
            new ColumnSpec(name, type, nullable, at);

        internal static ConstraintSpec Pk(params string[] columns) => ConstraintSpec.PrimaryKey(columns);

        internal static ConstraintSpec Fk(string column, string parent, DeleteRule onDelete = DeleteRule.NoAction, string? name = null, string? parentColumn = null) =>
            ConstraintSpec.ForeignKey(new[] { column }, N(parent), onDelete, parentColumn == null ? null : new[] { parentColumn }, name);

        internal static IndexSpec Ix(string? name, params string[] columns) =>
            new IndexSpec(columns.Select(IndexKeyColumn.Column).ToList(), name == null ? null : N(name));

        internal static CreateTableChange Table(
            SchemaSource at,
            string name,
            IEnumerable<ColumnSpec>? columns = null,
            IEnumerable<ConstraintSpec>? constraints = null,
            IEnumerable<IndexSpec>? indexes = null,
            TableKind kind = TableKind.Heap,
            TableLogging logging = TableLogging.Unspecified,
            bool ifNotExists = false) =>
            new CreateTableChange(
                at,
                N(name),
                kind: kind,
                columns: (columns ?? new[] { Col("id") }).ToList(),
                constraints: constraints?.ToList(),
                indexes: indexes?.ToList(),
                logging: logging,
                ifNotExists: ifNotExists);

        /// <summary>A replayer over a new catalog, with the changes applied.</summary>
        internal static SchemaReplayer Replay(params SchemaChange[] changes)
        {
            var replayer = new SchemaReplayer();
            replayer.Apply(changes);
            return replayer;
        }

        /// <summary>A table with an id and a <c>parent_id</c> foreign key to <paramref name="parent"/>.</summary>
        internal static CreateTableChange Child(SchemaSource at, string name, string parent, DeleteRule onDelete, string? fkName = null) =>
            Table(at, name, new[] { Col("id"), Col("parent_id") }, new[] { Pk("id"), Fk("parent_id", parent, onDelete, fkName ?? "fk_" + name) });

        internal static string[] Names(IEnumerable<CascadePath> paths) => paths.Select(p => p.Table.Name.ToString()).ToArray();
    }
}

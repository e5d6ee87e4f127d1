using System.Collections.Generic;
using System.Linq;

namespace SchemaGuard.Core.Schema
{
    public sealed partial class SchemaCatalog
    {
        internal string? CreateMaterializedView(SchemaObjectName name, IReadOnlyList<SchemaObjectName> sourceTables, SchemaSource source)
        {
            SchemaObjectName key = Canonical(name);

            // Sources are kept as the tables' keys when known, so a later rename of a source table follows it.
            List<SchemaObjectName> sources = sourceTables.Select(s => ResolveTableKey(s) ?? Canonical(s)).ToList();
            _views[key] = new MaterializedViewInfo(key, sources, source);
            return null;
        }

        internal string? DropMaterializedView(SchemaObjectName name, SchemaSource source)
        {
            MaterializedViewInfo? view = FindMaterializedView(name);
            if (view == null) return "DROP MATERIALIZED VIEW " + name + ": no replayed statement created this view.";
            _views.Remove(view.Name);
            return null;
        }

        internal string? CreateMaterializedViewLog(SchemaObjectName table, SchemaSource source)
        {
            TableInfo info = GetOrInfer(table);
            _viewLogs[info.Name] = new MaterializedViewLogInfo(info.Name, source);
            return null;
        }

        internal string? DropMaterializedViewLog(SchemaObjectName table, SchemaSource source)
        {
            SchemaObjectName? key = ResolveTableKey(table);
            if (key != null && _viewLogs.Remove(key)) return null;
            return "DROP MATERIALIZED VIEW LOG ON " + table + ": no replayed statement created this log.";
        }
    }
}

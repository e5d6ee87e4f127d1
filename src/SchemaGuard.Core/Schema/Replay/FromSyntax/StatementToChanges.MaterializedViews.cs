using System.Linq;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema.Replay.FromSyntax
{
    // CREATE and DROP of materialized views and materialized view logs.
    public sealed partial class StatementToChanges
    {
        private void AddCreateMaterializedView(CreateMaterializedViewStatement view)
        {
            if (IsRemote(view.Name)) return;
            _changes.Add(new CreateMaterializedViewChange(
                _source,
                Key(view.Name),
                view.SourceTables.Where(t => !IsRemote(t)).Select(Key).ToList()));
        }

        private void AddCreateMaterializedViewLog(CreateMaterializedViewLogStatement log)
        {
            if (IsRemote(log.Table)) return;
            _changes.Add(new CreateMaterializedViewLogChange(_source, Key(log.Table)));
        }

        private void AddDropMaterializedView(DropMaterializedViewStatement drop)
        {
            if (IsRemote(drop.Name)) return;
            if (drop.IsLog) _changes.Add(new DropMaterializedViewLogChange(_source, Key(drop.Name)));
            else _changes.Add(new DropMaterializedViewChange(_source, Key(drop.Name)));
        }
    }
}

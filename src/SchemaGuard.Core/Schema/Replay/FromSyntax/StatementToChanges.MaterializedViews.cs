using System.Linq;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema.Replay.FromSyntax
{
    // CREATE MATERIALIZED VIEW and CREATE MATERIALIZED VIEW LOG. The parser gives their DROP statements as Other, so
    // they are not replayed: a dropped view or log stays known, which errs towards the rules that warn about them.
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
    }
}

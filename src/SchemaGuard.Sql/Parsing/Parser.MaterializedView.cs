using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseCreateMaterializedView(int start) => ParseOther(StatementKind.Other, start, "CREATE MATERIALIZED VIEW");

        private Statement ParseCreateMaterializedViewLog(int start) => ParseOther(StatementKind.Other, start, "CREATE MATERIALIZED VIEW LOG");
    }
}

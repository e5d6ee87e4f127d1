using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseDropTable(int start) => ParseOther(StatementKind.Other, start, "DROP TABLE");
    }
}

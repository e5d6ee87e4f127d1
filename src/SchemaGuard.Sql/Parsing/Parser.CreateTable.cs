using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseCreateTable(int start) => ParseOther(StatementKind.Other, start, "CREATE TABLE");
    }
}

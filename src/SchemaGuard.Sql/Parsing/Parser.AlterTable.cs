using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseAlterTable(int start) => ParseOther(StatementKind.Other, start, "ALTER TABLE");
    }
}

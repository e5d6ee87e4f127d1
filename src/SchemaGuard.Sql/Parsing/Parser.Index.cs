using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseCreateIndex(int start) => ParseOther(StatementKind.Other, start, "CREATE INDEX");

        private Statement ParseAlterIndex(int start) => ParseOther(StatementKind.Other, start, "ALTER INDEX");

        private Statement ParseDropIndex(int start) => ParseOther(StatementKind.Other, start, "DROP INDEX");
    }
}

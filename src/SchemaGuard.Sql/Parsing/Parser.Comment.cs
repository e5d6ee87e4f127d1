using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseComment(int start) => ParseOther(StatementKind.Other, start, "COMMENT");

        private Statement ParseRename(int start) => ParseOther(StatementKind.Other, start, "RENAME");
    }
}

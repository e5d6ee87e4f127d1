using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseBlock(int start) => ParseOther(StatementKind.Other, start, "BEGIN");

        private Statement ParseCreateProgramUnit(int start) => ParseOther(StatementKind.Other, start, "CREATE PROCEDURE");

        private Statement ParseCall(int start) => ParseOther(StatementKind.Other, start, "CALL");
    }
}

using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseDelete(int start) => ParseOther(StatementKind.Other, start, "DELETE");

        private Statement ParseUpdate(int start) => ParseOther(StatementKind.Other, start, "UPDATE");

        private Statement ParseInsert(int start) => ParseOther(StatementKind.Other, start, "INSERT");

        private Statement ParseMerge(int start) => ParseOther(StatementKind.Other, start, "MERGE");

        private Statement ParseTruncate(int start) => ParseOther(StatementKind.Other, start, "TRUNCATE");
    }
}

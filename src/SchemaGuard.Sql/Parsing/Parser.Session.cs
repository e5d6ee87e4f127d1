using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseSet(int start) => ParseOther(StatementKind.Other, start, "SET");

        private Statement ParseTransaction(int start) => ParseOther(StatementKind.Transaction, start, CurrentText.ToUpperInvariant());
    }
}

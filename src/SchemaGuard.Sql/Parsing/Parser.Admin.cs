using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        private Statement ParseAlterSystem(int start) => ParseOther(StatementKind.Other, start, "ALTER SYSTEM");

        private Statement ParseAlterSession(int start) => ParseOther(StatementKind.Other, start, "ALTER SESSION");

        private Statement ParseAlterDatabase(int start) => ParseOther(StatementKind.Other, start, "ALTER DATABASE");

        private Statement ParseAlterTablespace(int start) => ParseOther(StatementKind.Other, start, "ALTER TABLESPACE");

        private Statement ParseShutdown(int start) => ParseOther(StatementKind.Other, start, "SHUTDOWN");

        private Statement ParseStartup(int start) => ParseOther(StatementKind.Other, start, "STARTUP");
    }
}

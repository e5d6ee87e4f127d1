using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>A client command: SQL*Plus <c>SET</c>, <c>PROMPT</c>, <c>@file</c>, sqlcmd <c>GO</c>, mysql <c>DELIMITER</c>.</summary>
    public sealed class ClientCommandStatement : Statement
    {
        internal ClientCommandStatement(TextSpan span, string command, string? argument)
            : base(StatementKind.ClientCommand, span)
        {
            Command = command;
            Argument = argument;
        }

        /// <summary>The command word in upper case (<c>SET</c>, <c>@</c>, <c>GO</c>, <c>DELIMITER</c>).</summary>
        public string Command { get; }

        /// <summary>The rest of the line, if any.</summary>
        public string? Argument { get; }
    }
}

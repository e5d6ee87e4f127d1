using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Simple statements inside blocks: assignments, procedure calls, dynamic SQL, and SQL through the usual dispatch.</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// Words that begin a PL/SQL or SQL statement inside a block. Any other leading name is tried as a procedure call
        /// first, so that a procedure called <c>reset</c> or <c>load</c> is not taken for a statement of that name.
        /// </summary>
        private static readonly HashSet<string> PlSqlStatementWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "SELECT", "WITH", "INSERT", "UPDATE", "DELETE", "MERGE", "COMMIT", "ROLLBACK", "SAVEPOINT", "SET", "LOCK",
            "NULL", "RETURN", "RAISE", "EXIT", "CONTINUE", "OPEN", "FETCH", "CLOSE", "GOTO", "EXECUTE", "EXEC", "CALL",
            "PIPE", "PRAGMA", "BEGIN", "DECLARE", "IF", "CASE", "LOOP", "WHILE", "FOR", "FORALL", "TRUNCATE", "ALTER",
            "CREATE", "DROP", "GRANT", "REVOKE", "END",
        };

        /// <summary>One simple statement of a block; the range is already cut at its <c>;</c>.</summary>
        private Statement ParseBlockStatementCore(BlockSyntax syntax)
        {
            if (syntax == BlockSyntax.PlSql)
            {
                int assign = FindDepth0Kind(SyntaxKind.Assign, _pos, _end);
                if (assign > _pos) return ParseAssignment(assign);
                if (IsWord("EXECUTE") && IsWord("IMMEDIATE", 1)) return ParseExecuteImmediate(_pos);
                if (IsWord("PIPE") && IsWord("ROW", 1)) return ParseOther(StatementKind.Other, _pos, "PIPE ROW");
                if (IsWord("PRAGMA")) return ParseOther(StatementKind.Other, _pos, "PRAGMA");
                if (AtIdentifier() && !(Is(SyntaxKind.Word) && PlSqlStatementWords.Contains(CurrentText)))
                {
                    var call = TryParseProcedureCall();
                    if (call != null) return call;
                }
            }

            return ParseStatement();
        }

        /// <summary>
        /// <c>target := expression;</c>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/assignment-statement.html
        /// </summary>
        private Statement ParseAssignment(int assign)
        {
            int start = _pos;
            var target = ParseBoundedExpression(start, assign);
            int valueStart = assign + 1;
            if (valueStart >= _end)
            {
                _pos = valueStart;
                ReportMissing("an expression");
            }

            var value = ParseBoundedExpression(valueStart, _end);
            return new AssignmentStatement(SpanFrom(start), target, value);
        }

        /// <summary>
        /// A procedure call statement: <c>name[@link] [( arguments )] ;</c>, where a method chain
        /// (<c>ut.expect(a).to_equal(b)</c>) may follow. Returns null, consuming nothing, when the statement is not one.
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/procedure-call.html
        /// </summary>
        private CallStatement? TryParseProcedureCall()
        {
            int start = _pos;
            var name = ParseObjectName();
            if (name == null) return null;
            if (!AtEnd && !Is(SyntaxKind.OpenParen))
            {
                _pos = start;
                return null;
            }

            var arguments = Is(SyntaxKind.OpenParen) ? ParseParenthesizedArguments() : new List<CallArgument>();
            while (Is(SyntaxKind.Dot) && IsIdentifierKind(Peek(1).Kind))
            {
                _pos += 2;
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            }

            if (!AtEnd)
            {
                _pos = start;
                return null;
            }

            return new CallStatement(SpanFrom(start), name, arguments, null);
        }
    }
}

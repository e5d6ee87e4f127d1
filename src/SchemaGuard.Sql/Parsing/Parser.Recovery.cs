using System.Collections.Generic;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Lexing;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Skipping what the parser does not know without losing its place, and the nesting guard.</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// Skips one token; an opening parenthesis, bracket or brace is skipped with everything up to its match.
        /// Iterative, so no input nests deep enough to overflow the stack. Marks the statement partial.
        /// </summary>
        private void SkipBalanced()
        {
            _skippedInStatement = true;
            SkipBalancedQuietly();
        }

        /// <summary>Like <see cref="SkipBalanced"/> but for parts deliberately not read (a query body), so not partial.</summary>
        private void SkipBalancedQuietly()
        {
            if (AtEnd) return;
            if (!IsOpener(Current.Kind))
            {
                _pos++;
                return;
            }

            int depth = 0;
            while (!AtEnd)
            {
                var kind = Current.Kind;
                if (IsOpener(kind)) depth++;
                else if (IsCloser(kind)) depth--;
                _pos++;
                if (depth == 0) return;
            }
        }

        /// <summary>Skips the rest of the statement. With optional terminators (T-SQL) it stops before the next statement.</summary>
        private void SkipToStatementEnd()
        {
            while (!AtEnd && !AtStatementBoundary()) SkipBalanced();
        }

        /// <summary>Skips a part deliberately left unread (a query, a PL/SQL body) up to the statement's end.</summary>
        private void SkipRestQuietly()
        {
            while (!AtEnd && !AtStatementBoundary()) SkipBalancedQuietly();
        }

        /// <summary>
        /// After a family parser returned the statement that began at <paramref name="start"/>: skips what it left unread,
        /// up to the range end or (T-SQL) the next statement. A parser that read nothing still has its first token skipped.
        /// </summary>
        private void SkipLeftovers(int start)
        {
            int outer = _statementStart;
            _statementStart = start;
            if (!AtEnd && !AtStatementBoundary()) SkipToStatementEnd();
            _statementStart = outer;
        }

        /// <summary>
        /// Whether the current token begins another statement in a dialect where statements need no terminator:
        /// a statement keyword first on its line. The first token of the statement being read is never such a
        /// boundary, so a family parser may skip or scan from its own first token.
        /// </summary>
        private bool AtStatementBoundary()
        {
            if (!_dialect.StatementTerminatorOptional || AtEnd || _pos == _statementStart) return false;
            var token = Current;
            if (token.Kind == SyntaxKind.Semicolon) return true;
            if (token.Kind != SyntaxKind.Word) return false;

            // T-SQL blocks: BEGIN DELETE ..., END ELSE IF ..., BEGIN TRAN UPDATE ...: a statement word right after a block or
            // transaction keyword begins a statement even on the same line.
            if (!token.Has(TokenFlags.FirstOnLine) && !(_pos > 0 && IsBlockKeyword(_pos - 1))) return false;
            return StatementStartWords.Contains(CurrentText);
        }

        private bool IsBlockKeyword(int index) =>
            _tokens.IsWord(index, "BEGIN") || _tokens.IsWord(index, "END") || _tokens.IsWord(index, "ELSE") ||
            _tokens.IsWord(index, "TRY") || _tokens.IsWord(index, "CATCH") || _tokens.IsWord(index, "TRAN") || _tokens.IsWord(index, "TRANSACTION");

        /// <summary>Enters one level of nesting; false (with a diagnostic) when the limit is reached and the caller must skip.</summary>
        private bool TryEnterNesting()
        {
            if (_depth >= MaxDepth)
            {
                _diagnostics.Add(DiagnosticIds.NestingTooDeep, DiagnosticSeverity.Warning,
                    "Nesting deeper than " + MaxDepth + " levels; the nested part was skipped.", CurrentSpan);
                return false;
            }

            _depth++;
            return true;
        }

        private void ExitNesting() => _depth--;

        private static bool IsOpener(SyntaxKind kind) => kind == SyntaxKind.OpenParen || kind == SyntaxKind.OpenBracket || kind == SyntaxKind.OpenBrace;

        private static bool IsCloser(SyntaxKind kind) => kind == SyntaxKind.CloseParen || kind == SyntaxKind.CloseBracket || kind == SyntaxKind.CloseBrace;

        /// <summary>Words that begin a statement; used to find T-SQL statement boundaries without semicolons.</summary>
        private static readonly HashSet<string> StatementStartWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "ALTER", "BEGIN", "COMMIT", "CREATE", "DECLARE", "DELETE", "DROP", "EXEC", "EXECUTE", "GRANT", "INSERT", "MERGE",
            "PRINT", "RAISERROR", "REVOKE", "ROLLBACK", "SELECT", "SET", "TRUNCATE", "UPDATE", "USE", "WITH", "IF", "WHILE",
            "DENY", "THROW", "RETURN", "SAVE", "DBCC", "BACKUP", "RESTORE", "CHECKPOINT", "WAITFOR", "OPEN", "CLOSE", "FETCH",
            "DEALLOCATE", "GOTO", "END", "SHUTDOWN", "KILL", "RECONFIGURE", "BREAK", "CONTINUE",
        };
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Transaction control, and the T-SQL BEGIN/END block keywords that share its leading words.</summary>
    internal sealed partial class Parser
    {
        /// <summary>Words after TRAN/TRANSACTION that are options, not a transaction name.</summary>
        private static readonly HashSet<string> TransactionOptionWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "ISOLATION", "READ", "DEFERRABLE", "NOT", "WITH", "AND", "TO", "COMMENT", "WRITE", "FORCE", "PREPARED", "NO",
            "CHAIN", "RELEASE", "WORK", "SNAPSHOT",
        };

        /// <summary>
        /// <code>
        /// BEGIN [WORK | TRANSACTION] [modes] | START TRANSACTION [modes]                  (PostgreSQL, MySQL)
        /// BEGIN [DISTRIBUTED] {TRAN | TRANSACTION} [name] [WITH MARK 'd']                 (T-SQL)
        /// COMMIT [WORK | TRAN[SACTION] [name]] [AND [NO] CHAIN] [COMMENT '...'] [WRITE ...] [FORCE '...']
        /// ROLLBACK [WORK | TRAN[SACTION] [name]] [TO [SAVEPOINT] name] [FORCE '...']
        /// SAVEPOINT name | SAVE {TRAN | TRANSACTION} name | RELEASE [SAVEPOINT] name | END [WORK | TRANSACTION]
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/COMMIT.html,
        /// https://www.postgresql.org/docs/current/sql-begin.html,
        /// https://learn.microsoft.com/sql/t-sql/language-elements/transactions-transact-sql
        /// </summary>
        private Statement ParseTransaction(int start)
        {
            _pos = start;
            if (IsWord("BEGIN")) return ParseBeginWord(start);
            if (IsWord("END")) return ParseEndWord(start);

            TransactionAction action;
            Identifier? savepoint = null;
            Identifier? transaction = null;
            if (TryEatWord("START"))
            {
                _pos++;
                action = TransactionAction.Begin;
            }
            else if (TryEatWord("COMMIT"))
            {
                action = TransactionAction.Commit;
                transaction = ReadTransactionWordAndName();
            }
            else if (TryEatWord("ROLLBACK"))
            {
                action = TransactionAction.Rollback;
                transaction = ReadTransactionWordAndName();
                if (TryEatWord("TO"))
                {
                    TryEatWord("SAVEPOINT");
                    savepoint = ParseSavepointName();
                }
            }
            else if (TryEatWord("SAVEPOINT"))
            {
                action = TransactionAction.Savepoint;
                savepoint = ParseSavepointName();
            }
            else if (TryEatWord("SAVE"))
            {
                action = TransactionAction.Savepoint;
                if (!TryEatWord("TRANSACTION")) TryEatWord("TRAN");
                savepoint = ParseNameOrVariable();
            }
            else
            {
                _pos++;
                action = TransactionAction.Release;
                TryEatWord("SAVEPOINT");
                savepoint = ParseSavepointName();
            }

            SkipRestQuietly();
            return new TransactionStatement(SpanFrom(start), action, savepoint, transaction);
        }

        /// <summary>
        /// BEGIN that is not a PL/SQL block: a transaction start, or a T-SQL block keyword (<c>BEGIN</c>, <c>BEGIN TRY</c>,
        /// <c>BEGIN CATCH</c>) kept as a statement of its own so the statements inside stay top-level statements.
        /// </summary>
        private Statement ParseBeginWord(int start)
        {
            _pos = start + 1;
            bool distributed = TryEatWord("DISTRIBUTED");
            if (IsWord("TRAN") || IsWord("TRANSACTION") || IsWord("WORK") || distributed)
            {
                var name = ReadTransactionWordAndName();
                SkipRestQuietly();
                return new TransactionStatement(SpanFrom(start), TransactionAction.Begin, null, name);
            }

            if (_dialect.BeginStartsTransaction)
            {
                SkipRestQuietly();
                return new TransactionStatement(SpanFrom(start), TransactionAction.Begin, null, null);
            }

            if (IsAnyWord("DIALOG", "CONVERSATION")) return ParseOther(StatementKind.Other, start, "BEGIN " + CurrentText.ToUpperInvariant());
            string description = "BEGIN";
            if (IsAnyWord("TRY", "CATCH"))
            {
                description += " " + CurrentText.ToUpperInvariant();
                _pos++;
            }
            else if (TryEatWord("ATOMIC") && TryEatWord("WITH") && Is(SyntaxKind.OpenParen))
            {
                SkipBalancedQuietly();
            }

            return new OtherStatement(StatementKind.Other, SpanFrom(start), description);
        }

        /// <summary>PostgreSQL END (a commit), or the END of a T-SQL block (with <c>TRY</c>/<c>CATCH</c> and a following ELSE).</summary>
        private Statement ParseEndWord(int start)
        {
            _pos = start + 1;
            if (_dialect.BeginStartsTransaction)
            {
                if (!TryEatWord("WORK")) TryEatWord("TRANSACTION");
                SkipRestQuietly();
                return new TransactionStatement(SpanFrom(start), TransactionAction.End, null, null);
            }

            if (IsWord("CONVERSATION")) return ParseOther(StatementKind.Other, start, "END CONVERSATION");
            string description = "END";
            if (IsAnyWord("TRY", "CATCH"))
            {
                description += " " + CurrentText.ToUpperInvariant();
                _pos++;
            }

            if (_dialect.StatementTerminatorOptional)
            {
                // END ELSE BEGIN: ELSE begins no statement of its own.
                TryEatWord("ELSE");
            }
            else
            {
                // The tail of a PL/SQL block cut off from it (END IF, END name): nothing to read.
                SkipRestQuietly();
            }

            return new OtherStatement(StatementKind.Other, SpanFrom(start), description);
        }

        /// <summary>Consumes WORK, TRAN or TRANSACTION and returns a T-SQL transaction name after TRAN/TRANSACTION.</summary>
        private Identifier? ReadTransactionWordAndName()
        {
            if (TryEatWord("WORK")) return null;
            if (!TryEatWord("TRANSACTION") && !TryEatWord("TRAN")) return null;
            if (Is(SyntaxKind.Word) && (TransactionOptionWords.Contains(CurrentText) || StatementStartWords.Contains(CurrentText))) return null;
            return ParseNameOrVariable();
        }

        private Identifier? ParseSavepointName()
        {
            var name = ExpectIdentifier("a savepoint name");
            if (name == null) MarkPartial();
            return name;
        }

        /// <summary>An identifier, or a T-SQL <c>@variable</c> holding a name.</summary>
        private Identifier? ParseNameOrVariable()
        {
            if (Is(SyntaxKind.Parameter))
            {
                var identifier = IdentifierFromToken(_pos, _tokens.GetText(_pos), Current.Span);
                _pos++;
                return identifier;
            }

            return AtStatementBoundary() ? null : ParseIdentifier();
        }
    }
}

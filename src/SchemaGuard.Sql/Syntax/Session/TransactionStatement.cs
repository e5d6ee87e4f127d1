using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>What a transaction statement does.</summary>
    public enum TransactionAction
    {
        /// <summary><c>BEGIN [WORK|TRANSACTION]</c>, <c>START TRANSACTION</c>, T-SQL <c>BEGIN TRAN</c>.</summary>
        Begin,

        /// <summary><c>COMMIT [WORK]</c>.</summary>
        Commit,

        /// <summary><c>ROLLBACK [WORK] [TO [SAVEPOINT] x]</c>.</summary>
        Rollback,

        /// <summary><c>SAVEPOINT x</c>, T-SQL <c>SAVE TRAN x</c>.</summary>
        Savepoint,

        /// <summary><c>RELEASE [SAVEPOINT] x</c>.</summary>
        Release,

        /// <summary>PostgreSQL <c>END [WORK|TRANSACTION]</c> (a commit).</summary>
        End,
    }

    /// <summary>BEGIN/START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT, RELEASE SAVEPOINT, END.</summary>
    public sealed class TransactionStatement : Statement
    {
        internal TransactionStatement(TextSpan span, TransactionAction action, Identifier? savepointName, Identifier? transactionName)
            : base(StatementKind.Transaction, span)
        {
            Action = action;
            SavepointName = savepointName;
            TransactionName = transactionName;
        }

        /// <summary>What it does.</summary>
        public TransactionAction Action { get; }

        /// <summary>The savepoint of <c>SAVEPOINT x</c>, <c>ROLLBACK TO x</c>, <c>RELEASE x</c>, <c>SAVE TRAN x</c>.</summary>
        public Identifier? SavepointName { get; }

        /// <summary>T-SQL <c>BEGIN/COMMIT/ROLLBACK TRAN name</c>: the transaction (or, for ROLLBACK, possibly savepoint) name.</summary>
        public Identifier? TransactionName { get; }

        /// <summary>Whether this is a rollback to a savepoint (the transaction goes on).</summary>
        public bool IsRollbackToSavepoint => Action == TransactionAction.Rollback && SavepointName != null;
    }
}

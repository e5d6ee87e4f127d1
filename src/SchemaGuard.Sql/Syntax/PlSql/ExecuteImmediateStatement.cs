using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// Dynamic SQL: PL/SQL <c>EXECUTE IMMEDIATE expr [INTO ...] [USING ...]</c> or T-SQL <c>EXEC ('...')</c>.
    /// </summary>
    public sealed class ExecuteImmediateStatement : Statement
    {
        internal ExecuteImmediateStatement(TextSpan span, Expression sql, string? sqlText)
            : base(StatementKind.ExecuteImmediate, span)
        {
            Sql = sql;
            SqlText = sqlText;
        }

        /// <summary>The expression giving the SQL text.</summary>
        public Expression Sql { get; }

        /// <summary>
        /// The SQL text when <see cref="Sql"/> is a single string literal (<c>'ALTER TABLE t NOLOGGING'</c>,
        /// <c>q'[...]'</c>), quotes removed; null when it is computed.
        /// </summary>
        public string? SqlText { get; }
    }
}

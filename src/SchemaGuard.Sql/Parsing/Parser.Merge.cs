using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>MERGE.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     MERGE [hint] INTO t [alias] USING { t | v | (subquery) } [alias] ON ( cond )
        //               [WHEN MATCHED THEN UPDATE SET ... [WHERE cond] [DELETE WHERE cond]]
        //               [WHEN NOT MATCHED THEN INSERT [(cols)] VALUES (...) [WHERE cond]] [LOG ERRORS ...]
        //             https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/MERGE.html
        // PostgreSQL: [WITH ...] MERGE INTO [ONLY] t [[AS] alias] USING source [[AS] alias] ON cond
        //               { WHEN [NOT] MATCHED [BY {SOURCE|TARGET}] [AND cond] THEN { UPDATE SET ... | DELETE | INSERT ... | DO NOTHING } }...
        //               [RETURNING ...]
        //             https://www.postgresql.org/docs/current/sql-merge.html
        // SQL Server: [WITH ...] MERGE [TOP (n) [PERCENT]] [INTO] t [WITH (hints)] [[AS] alias] USING source [[AS] alias] ON cond
        //               { WHEN MATCHED [AND cond] THEN { UPDATE SET ... | DELETE } | WHEN NOT MATCHED [BY TARGET] [AND cond] THEN INSERT ...
        //               | WHEN NOT MATCHED BY SOURCE [AND cond] THEN { UPDATE SET ... | DELETE } }... [OUTPUT ...] [OPTION (...)] ;
        //             https://learn.microsoft.com/sql/t-sql/statements/merge-transact-sql
        private Statement ParseMerge(int start)
        {
            var statement = new MergeStatement(default);
            _pos = start;
            statement.Hints = ReadHintsAfter(_pos);
            _pos++;
            if (IsWord("TOP")) ParseDmlTop();
            TryEatWord("INTO");
            if (IsWord("ONLY") && IsIdentifierKind(Peek(1).Kind)) _pos++;
            var target = ExpectDmlTableName();
            if (target == null) return AbandonDml(start, "MERGE");
            statement.Target = target;
            SkipDmlTableDecorations();
            statement.TargetAlias = ParseDmlAlias();
            if (ExpectWord("USING"))
            {
                if (IsWord("ONLY") && IsIdentifierKind(Peek(1).Kind)) _pos++;
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                else statement.Source = ExpectObjectName("a source table");
                SkipDmlTableDecorations();
                statement.SourceAlias = ParseDmlAlias();
                if (Is(SyntaxKind.OpenParen) && statement.SourceAlias != null) SkipBalancedQuietly();
            }

            if (ExpectWord("ON"))
            {
                statement.Condition = ParseExpression();
                if (statement.Condition.Span.IsEmpty) ReportExpected("a condition");
            }

            // The WHEN branches hold UPDATE, DELETE and INSERT, which T-SQL would otherwise take for new statements.
            while (!AtEnd && !Is(SyntaxKind.Semicolon) && (!AtStatementBoundary() || IsAnyWord("UPDATE", "DELETE", "INSERT", "SET")))
            {
                if (IsWord("DELETE") && statement.DeleteAction == null) statement.DeleteAction = TryParseOption("DELETE");
                else SkipBalancedQuietly();
            }

            return statement;
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Session
{
    public class TransactionTests
    {
        private static TransactionStatement Parse(string text, SqlDialect dialect) =>
            ParsedUnit.Parse(text, dialect, StatementRangeKind.Sql).Single<TransactionStatement>();

        [Theory]
        [InlineData("BEGIN", TransactionAction.Begin)]
        [InlineData("BEGIN WORK", TransactionAction.Begin)]
        [InlineData("BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE", TransactionAction.Begin)]
        [InlineData("BEGIN ISOLATION LEVEL SERIALIZABLE", TransactionAction.Begin)]
        [InlineData("START TRANSACTION READ ONLY", TransactionAction.Begin)]
        [InlineData("COMMIT", TransactionAction.Commit)]
        [InlineData("COMMIT PREPARED 'tx1'", TransactionAction.Commit)]
        [InlineData("ROLLBACK", TransactionAction.Rollback)]
        [InlineData("END", TransactionAction.End)]
        [InlineData("END TRANSACTION", TransactionAction.End)]
        public void PostgreSql(string text, TransactionAction action)
        {
            var statement = Parse(text, SqlDialect.PostgreSql);
            Assert.Equal(StatementKind.Transaction, statement.Kind);
            Assert.Equal(action, statement.Action);
            Assert.Null(statement.TransactionName);
        }

        [Fact]
        public void Savepoints()
        {
            var rollback = Parse("ROLLBACK WORK TO SAVEPOINT before_load", SqlDialect.Oracle);
            Assert.Equal(TransactionAction.Rollback, rollback.Action);
            Assert.True(rollback.IsRollbackToSavepoint);
            Assert.Equal("BEFORE_LOAD", rollback.SavepointName!.Normalized);

            Assert.Equal("s1", Parse("SAVEPOINT s1", SqlDialect.MySql).SavepointName!.Text);
            var release = Parse("RELEASE SAVEPOINT s1", SqlDialect.MySql);
            Assert.Equal(TransactionAction.Release, release.Action);
            Assert.Equal("s1", release.SavepointName!.Text);
            Assert.False(Parse("COMMIT WORK COMMENT 'done'", SqlDialect.Oracle).IsRollbackToSavepoint);
        }

        [Fact]
        public void SqlServer_named_transactions()
        {
            var begin = Parse("BEGIN TRAN load_orders WITH MARK 'nightly'", SqlDialect.SqlServer);
            Assert.Equal(TransactionAction.Begin, begin.Action);
            Assert.Equal("load_orders", begin.TransactionName!.Text);
            Assert.Equal(TransactionAction.Begin, Parse("BEGIN DISTRIBUTED TRANSACTION", SqlDialect.SqlServer).Action);
            Assert.Equal("@t", Parse("COMMIT TRANSACTION @t", SqlDialect.SqlServer).TransactionName!.Text);
            var save = Parse("SAVE TRANSACTION before_delete", SqlDialect.SqlServer);
            Assert.Equal(TransactionAction.Savepoint, save.Action);
            Assert.Equal("before_delete", save.SavepointName!.Text);
        }

        [Fact]
        public void SqlServer_semicolons_inside_a_batch_end_the_statement_before()
        {
            var unit = ParsedUnit.Parse("USE sakila;\nBEGIN TRAN;\nCOMMIT", SqlDialect.SqlServer, StatementRangeKind.Sql);
            Assert.Empty(unit.Diagnostics);
            Assert.Equal(new[] { "USE sakila", "BEGIN TRAN", "COMMIT" }, unit.Statements.Select(unit.Of));
            Assert.Equal(";", unit.Of(new Text.TextSpan(unit.Statements[0].Span.End, 1)));
            Assert.True(unit.Statements[0].TerminatorTokenIndex > unit.Statements[0].FirstTokenIndex);
            Assert.True(unit.Statements[1].TerminatorTokenIndex > unit.Statements[1].FirstTokenIndex);
            Assert.Equal(-1, unit.Statements[2].TerminatorTokenIndex);
        }

        [Fact]
        public void SqlServer_blocks_are_statements_of_their_own_without_errors()
        {
            const string text =
                "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'ix')\n" +
                "BEGIN\n" +
                "    CREATE INDEX ix ON dbo.t (a)\n" +
                "END\n" +
                "ELSE\n" +
                "BEGIN\n" +
                "    PRINT 'exists'\n" +
                "END\n" +
                "BEGIN TRY BEGIN TRAN DELETE FROM dbo.t WHERE a = 1\n" +
                "COMMIT\n" +
                "END TRY\n" +
                "BEGIN CATCH ROLLBACK\n" +
                "END CATCH\n" +
                "WHILE @i < 10\n" +
                "BEGIN\n" +
                "    SET @i = @i + 1\n" +
                "END\n";
            var script = SqlScript.Parse(text, SqlDialect.SqlServer);
            Assert.Empty(script.Diagnostics);
            Assert.DoesNotContain(script.Statements, s => s.IsPartial || s.Kind == StatementKind.Unknown);
            var words = script.Statements.Select(s => s is OtherStatement o ? o.Description : s.Kind.ToString()).ToList();
            Assert.Equal(
                new[]
                {
                    "IF", "BEGIN", "CreateIndex", "END", "BEGIN", "PRINT", "END", "BEGIN TRY", "Transaction", "Delete", "Transaction",
                    "END TRY", "BEGIN CATCH", "Transaction", "END CATCH", "WHILE", "BEGIN", "Set", "END",
                },
                words);
        }
    }
}

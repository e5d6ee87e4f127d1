using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Admin
{
    public class TablespaceTests
    {
        private static ParsedUnit Parse(string text) => ParsedUnit.Parse(text, SqlDialect.Oracle, StatementRangeKind.Sql);

        [Theory]
        [InlineData("ALTER TABLESPACE users OFFLINE NORMAL", TablespaceAction.OfflineNormal, "OFFLINE NORMAL")]
        [InlineData("ALTER TABLESPACE users OFFLINE", TablespaceAction.Offline, "OFFLINE")]
        [InlineData("ALTER TABLESPACE users OFFLINE IMMEDIATE", TablespaceAction.OfflineImmediate, "OFFLINE IMMEDIATE")]
        [InlineData("ALTER TABLESPACE users OFFLINE TEMPORARY", TablespaceAction.OfflineTemporary, "OFFLINE TEMPORARY")]
        [InlineData("ALTER TABLESPACE users ONLINE", TablespaceAction.Online, "ONLINE")]
        [InlineData("ALTER TABLESPACE users READ ONLY", TablespaceAction.ReadOnly, "READ ONLY")]
        [InlineData("ALTER TABLESPACE users READ WRITE", TablespaceAction.ReadWrite, "READ WRITE")]
        [InlineData("ALTER TABLESPACE users BEGIN BACKUP", TablespaceAction.BeginBackup, "BEGIN BACKUP")]
        [InlineData("ALTER TABLESPACE users END BACKUP", TablespaceAction.EndBackup, "END BACKUP")]
        [InlineData("ALTER TABLESPACE users ADD DATAFILE '/u01/users02.dbf' SIZE 1G", TablespaceAction.AddDatafile, "ADD DATAFILE")]
        [InlineData("ALTER TABLESPACE users NOLOGGING", TablespaceAction.NoLogging, "NOLOGGING")]
        [InlineData("ALTER TABLESPACE users LOGGING", TablespaceAction.Logging, "LOGGING")]
        [InlineData("ALTER TABLESPACE users FORCE LOGGING", TablespaceAction.ForceLogging, "FORCE LOGGING")]
        [InlineData("ALTER TABLESPACE users NO FORCE LOGGING", TablespaceAction.NoForceLogging, "NO FORCE LOGGING")]
        [InlineData("ALTER TABLESPACE users RENAME TO users2", TablespaceAction.Other, "RENAME TO")]
        public void Actions(string text, TablespaceAction action, string clause)
        {
            var unit = Parse(text);
            var statement = unit.Single<AlterTablespaceStatement>();
            Assert.Equal(StatementKind.AlterTablespace, statement.Kind);
            Assert.Equal("USERS", statement.Name.Normalized);
            Assert.Equal(action, statement.Action);
            Assert.Equal(clause, unit.Of(statement.ActionClause!));
            Assert.Equal(text, unit.Of(statement));
        }

        [Fact]
        public void PostgreSql_and_MySql_forms_are_read_quietly()
        {
            var pg = ParsedUnit.Parse("ALTER TABLESPACE fast SET (random_page_cost = 1.1)", SqlDialect.PostgreSql, StatementRangeKind.Sql).Single<AlterTablespaceStatement>();
            Assert.Equal(TablespaceAction.Other, pg.Action);
            var mysql = ParsedUnit.Parse("ALTER UNDO TABLESPACE undo_1 SET INACTIVE", SqlDialect.MySql, StatementRangeKind.Sql).Single<AlterTablespaceStatement>();
            Assert.Equal("undo_1", mysql.Name.Normalized);
        }
    }
}

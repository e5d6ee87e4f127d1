using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Admin
{
    public class AlterDatabaseTests
    {
        private static ParsedUnit Parse(string text, SqlDialect? dialect = null) => ParsedUnit.Parse(text, dialect ?? SqlDialect.Oracle, StatementRangeKind.Sql);

        [Fact]
        public void Datafile_offline()
        {
            var unit = Parse("ALTER DATABASE DATAFILE '/u01/oradata/users01.dbf' OFFLINE;");
            var statement = unit.Single<AlterDatabaseStatement>();
            Assert.Equal(StatementKind.AlterDatabase, statement.Kind);
            Assert.Null(statement.Database);
            var datafile = statement.Datafile!;
            Assert.False(datafile.IsTempfile);
            Assert.Equal("'/u01/oradata/users01.dbf'", unit.Of(Assert.Single(datafile.Files)));
            Assert.Equal(DatafileAction.Offline, datafile.Action);
            Assert.Equal("OFFLINE", unit.Of(datafile.ActionClause));
            Assert.Equal("DATAFILE OFFLINE", statement.Action);
        }

        [Fact]
        public void Datafile_by_number_offline_for_drop()
        {
            var unit = Parse("ALTER DATABASE DATAFILE 4 OFFLINE FOR DROP");
            var datafile = unit.Single<AlterDatabaseStatement>().Datafile!;
            Assert.Equal("4", unit.Of(datafile.Files[0]));
            Assert.Equal(DatafileAction.OfflineForDrop, datafile.Action);
            Assert.Equal("OFFLINE FOR DROP", unit.Of(datafile.ActionClause));
            Assert.Equal("OFFLINE FOR DROP", datafile.ActionClause.Keyword);
        }

        [Fact]
        public void Tempfile_and_named_database()
        {
            var unit = Parse("ALTER DATABASE orcl TEMPFILE '/u01/temp01.dbf', '/u01/temp02.dbf' RESIZE 10G");
            var statement = unit.Single<AlterDatabaseStatement>();
            Assert.Equal("ORCL", statement.Database!.Normalized);
            Assert.True(statement.Datafile!.IsTempfile);
            Assert.Equal(2, statement.Datafile.Files.Count);
            Assert.Equal(DatafileAction.Resize, statement.Datafile.Action);
            Assert.Equal(DatafileAction.EndBackup, Parse("ALTER DATABASE DATAFILE 7 END BACKUP").Single<AlterDatabaseStatement>().Datafile!.Action);
            Assert.Equal(DatafileAction.Online, Parse("ALTER DATABASE DATAFILE 7 ONLINE").Single<AlterDatabaseStatement>().Datafile!.Action);
            Assert.Equal(DatafileAction.Autoextend, Parse("ALTER DATABASE DATAFILE 7 AUTOEXTEND ON NEXT 10M").Single<AlterDatabaseStatement>().Datafile!.Action);
        }

        [Fact]
        public void Force_logging_and_other_clauses()
        {
            var force = Parse("ALTER DATABASE FORCE LOGGING");
            var statement = force.Single<AlterDatabaseStatement>();
            Assert.Equal("FORCE LOGGING", statement.ForceLogging!.Keyword);
            Assert.Equal("FORCE LOGGING", force.Of(statement.ForceLogging));

            var noForce = Parse("ALTER DATABASE NO FORCE LOGGING").Single<AlterDatabaseStatement>();
            Assert.Equal("NO FORCE LOGGING", noForce.ForceLogging!.Keyword);
            Assert.Equal("NO FORCE LOGGING", noForce.Action);

            Assert.Equal("OPEN RESETLOGS", Parse("ALTER DATABASE OPEN RESETLOGS").Single<AlterDatabaseStatement>().Action);
            Assert.Equal("NOARCHIVELOG", Parse("ALTER DATABASE NOARCHIVELOG").Single<AlterDatabaseStatement>().Action);
            Assert.Equal("FLASHBACK OFF", Parse("ALTER DATABASE FLASHBACK OFF").Single<AlterDatabaseStatement>().Action);
            var backup = Parse("ALTER DATABASE BACKUP CONTROLFILE TO TRACE AS '/tmp/c.trc'").Single<AlterDatabaseStatement>();
            Assert.Equal("BACKUP CONTROLFILE TO TRACE", backup.Action);
            Assert.Null(backup.ForceLogging);
            Assert.Null(backup.Datafile);
        }

        [Fact]
        public void Other_dialects_are_read_without_errors()
        {
            var pg = Parse("ALTER DATABASE app SET lock_timeout = '5s'", SqlDialect.PostgreSql).Single<AlterDatabaseStatement>();
            Assert.Equal("app", pg.Database!.Normalized);
            Assert.StartsWith("SET", pg.Action);

            var mssql = Parse("ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE", SqlDialect.SqlServer).Single<AlterDatabaseStatement>();
            Assert.Equal("CURRENT", mssql.Database!.Text);

            var mysql = Parse("ALTER DATABASE DEFAULT CHARACTER SET utf8mb4", SqlDialect.MySql).Single<AlterDatabaseStatement>();
            Assert.Null(mysql.Database);
            Assert.Equal("DEFAULT CHARACTER SET UTF8MB4", mysql.Action);
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Admin
{
    public class ShutdownStartupTests
    {
        private static ParsedUnit Parse(string text) => ParsedUnit.Parse(text, SqlDialect.Oracle, StatementRangeKind.ClientCommand);

        [Theory]
        [InlineData("SHUTDOWN ABORT", ShutdownMode.Abort, "ABORT")]
        [InlineData("shutdown immediate", ShutdownMode.Immediate, "immediate")]
        [InlineData("SHUTDOWN TRANSACTIONAL LOCAL", ShutdownMode.TransactionalLocal, "TRANSACTIONAL LOCAL")]
        [InlineData("SHUTDOWN TRANSACTIONAL", ShutdownMode.Transactional, "TRANSACTIONAL")]
        [InlineData("SHUTDOWN NORMAL", ShutdownMode.Normal, "NORMAL")]
        public void Shutdown_modes(string text, ShutdownMode mode, string clause)
        {
            var unit = Parse(text);
            var statement = unit.Single<ShutdownStatement>();
            Assert.Equal(StatementKind.Shutdown, statement.Kind);
            Assert.Equal(mode, statement.Mode);
            Assert.Equal(clause, unit.Of(statement.ModeClause!));
            Assert.Equal(text, unit.Of(statement));
        }

        [Fact]
        public void Shutdown_without_mode_is_normal()
        {
            var statement = Parse("SHUTDOWN").Single<ShutdownStatement>();
            Assert.Equal(ShutdownMode.Normal, statement.Mode);
            Assert.Null(statement.ModeClause);
        }

        [Fact]
        public void Shutdown_in_a_script()
        {
            var script = SqlScript.Parse("SHUTDOWN ABORT;\nSTARTUP UPGRADE;\n", SqlDialect.Oracle);
            Assert.Equal(ShutdownMode.Abort, Assert.IsType<ShutdownStatement>(script.Statements[0]).Mode);
            Assert.Equal(StartupMode.Upgrade, Assert.IsType<StartupStatement>(script.Statements[1]).Mode);
        }

        [Fact]
        public void Startup_upgrade()
        {
            var unit = Parse("STARTUP UPGRADE");
            var statement = unit.Single<StartupStatement>();
            Assert.Equal(StatementKind.Startup, statement.Kind);
            Assert.Equal(StartupMode.Upgrade, statement.Mode);
            Assert.Equal("UPGRADE", unit.Of(Assert.Single(statement.Options)));
        }

        [Theory]
        [InlineData("STARTUP", StartupMode.Open)]
        [InlineData("STARTUP OPEN READ ONLY", StartupMode.Open)]
        [InlineData("STARTUP MOUNT", StartupMode.Mount)]
        [InlineData("STARTUP NOMOUNT", StartupMode.NoMount)]
        [InlineData("STARTUP RESTRICT", StartupMode.Restrict)]
        [InlineData("STARTUP FORCE", StartupMode.Force)]
        [InlineData("STARTUP FORCE RESTRICT MOUNT", StartupMode.Mount)]
        [InlineData("STARTUP DOWNGRADE", StartupMode.Downgrade)]
        [InlineData("STARTUP MIGRATE", StartupMode.Migrate)]
        public void Startup_modes(string text, StartupMode mode) => Assert.Equal(mode, Parse(text).Single<StartupStatement>().Mode);

        [Fact]
        public void Startup_options_keep_a_pfile_path_whole()
        {
            var unit = Parse("STARTUP FORCE RESTRICT PFILE=/u01/app/oracle/init.ora MOUNT orcl");
            var statement = unit.Single<StartupStatement>();
            Assert.Equal(new[] { "FORCE", "RESTRICT", "PFILE=/u01/app/oracle/init.ora", "MOUNT" }, statement.Options.Select(unit.Of));
            Assert.Equal("PFILE", statement.Options[2].Keyword);
            Assert.Equal(StartupMode.Mount, statement.Mode);
        }
    }
}

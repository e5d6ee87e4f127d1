using System;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>Settings from <c>.editorconfig</c> files found walking up from each file, nearer files and later sections winning; the command line over all.</summary>
    public class EditorConfigTests : IDisposable
    {
        private const string Purge = "DROP TABLE t PURGE;\n";

        private readonly TempFolder _folder = new TempFolder();

        public EditorConfigTests()
        {
            _folder.Write(".editorconfig",
                "root = true\n" +
                "[*.sql]\n" +
                "schemaguard.dialect = oracle\n" +
                "dotnet_diagnostic.SG1005.severity = warning\n" +
                "[legacy/**.sql]\n" +
                "dotnet_diagnostic.SG1005.severity = none\n" +
                "[legacy/keep/*.sql]\n" +
                "dotnet_diagnostic.drop-table-purge.severity = error\n");
            _folder.Write("db/V1__top.sql", Purge);
            _folder.Write("legacy/V2__quiet.sql", Purge);
            _folder.Write("legacy/keep/V3__loud.sql", Purge);
            _folder.Write("team/.editorconfig", "[*.sql]\ndotnet_diagnostic.SG1005.severity = suggestion\n");
            _folder.Write("team/V4__team.sql", Purge);
            _folder.Write("team/pg/.editorconfig", "[*.sql]\nschemaguard.dialect = postgresql\n");
            _folder.Write("team/pg/V5__pg.sql", Purge);
        }

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Nearer_files_and_later_sections_override_outer_ones()
        {
            var run = CliRunner.RunIn(_folder.Path, "lint", "--fail-on", "info");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("db/V1__top.sql(1,14): warning SG1005", run.Output);
            Assert.DoesNotContain("legacy/V2__quiet.sql", run.Output);
            Assert.Contains("legacy/keep/V3__loud.sql(1,14): error SG1005", run.Output);
            Assert.Contains("team/V4__team.sql(1,14): info SG1005", run.Output);

            // SG1005 is an Oracle rule; the nested file switches team/pg to PostgreSQL.
            Assert.DoesNotContain("team/pg/V5__pg.sql(1,14)", run.Output);
            Assert.Contains("5 files linted", run.Output);
        }

        [Fact]
        public void The_command_line_dialect_wins_over_editorconfig()
        {
            var run = CliRunner.RunIn(_folder.Path, "lint", "team/pg", "--dialect", "oracle", "--fail-on", "info");

            Assert.Contains("team/pg/V5__pg.sql(1,14): info SG1005", run.Output);
        }

        [Fact]
        public void The_editorconfig_dialect_applies_without_a_command_line_one()
        {
            var run = CliRunner.RunIn(_folder.Path, "lint", "db");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("db/V1__top.sql(1,14): warning SG1005", run.Output);
        }
    }
}

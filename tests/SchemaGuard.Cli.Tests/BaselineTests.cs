using System;
using System.IO;
using System.Text.Json;
using System.Linq;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary><c>schemaguard baseline</c> then <c>lint --baseline</c>: old findings stay quiet when lines move, new ones fail.</summary>
    public class BaselineTests : IDisposable
    {
        private const string V1 =
            "CREATE TABLE orders (id NUMBER);\n" +
            "DROP TABLE orders_archive PURGE;\n";

        private readonly TempFolder _folder = new TempFolder();

        public BaselineTests()
        {
            _folder.Write(".editorconfig", "root = true\n[*.sql]\nschemaguard.dialect = oracle\n");
            _folder.Write("db/V1__init.sql", V1);
        }

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Writes_one_entry_per_finding_with_paths_relative_to_the_baseline()
        {
            var run = CliRunner.RunIn(_folder.Path, "baseline", "db", "--output", "ci/schemaguard.baseline");
            Assert.True(run.ExitCode == ExitCodes.BadUsage, "the ci folder does not exist: " + run);

            Directory.CreateDirectory(_folder.Combine("ci"));
            run = CliRunner.RunIn(_folder.Path, "baseline", "db", "--output", "ci/schemaguard.baseline");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Equal("Wrote ci/schemaguard.baseline: 1 finding accepted (1 entry) from 1 file.\n", run.Output);
            string[] lines = File.ReadAllText(_folder.Combine("ci/schemaguard.baseline")).Split('\n');
            Assert.Equal("# schemaguard-baseline 1", lines[0]);
            string[] entry = lines[2].Split('\t');
            Assert.Equal(new[] { "SG1005", "drop-table-purge" }, entry.Take(2));
            Assert.Equal("1", entry[3]);
            Assert.Equal("../db/V1__init.sql", entry[4]);
        }

        [Fact]
        public void Round_trip_survives_shifted_lines_and_catches_new_findings()
        {
            Assert.Equal(ExitCodes.Success, CliRunner.RunIn(_folder.Path, "baseline", "--output", "schemaguard.baseline").ExitCode);

            // Lines added above the accepted statement, which is also re-indented: still accepted.
            File.WriteAllText(_folder.Combine("db/V1__init.sql"), "-- reviewed in #42\n\n" + V1.Replace("DROP TABLE orders_archive PURGE;", "DROP TABLE orders_archive\n    PURGE;"));
            var quiet = CliRunner.RunIn(_folder.Path, "lint", "--baseline", "schemaguard.baseline", "--format", "json");
            Assert.True(quiet.ExitCode == ExitCodes.Success, quiet.ToString());
            using (var json = JsonDocument.Parse(quiet.Output))
            {
                var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single();
                Assert.Equal(5, finding.GetProperty("startLine").GetInt32());
                Assert.Equal("baseline", finding.GetProperty("suppression").GetProperty("kind").GetString());
            }

            // A new finding, in the same file and in a new file: both fail, the old one stays suppressed.
            File.AppendAllText(_folder.Combine("db/V1__init.sql"), "DROP TABLE orders_old PURGE;\n");
            _folder.Write("db/V2__more.sql", "DROP TABLE orders_archive PURGE;\n");
            var loud = CliRunner.RunIn(_folder.Path, "lint", "--baseline", "schemaguard.baseline");
            Assert.True(loud.ExitCode == ExitCodes.Findings, loud.ToString());
            Assert.Contains("db/V1__init.sql(6,", loud.Output);
            Assert.Contains("db/V2__more.sql(1,", loud.Output);
            Assert.DoesNotContain("db/V1__init.sql(5,", loud.Output);
            Assert.Contains("1 suppressed", loud.Output);
        }

        [Fact]
        public void Changing_the_accepted_statement_brings_its_finding_back()
        {
            Assert.Equal(ExitCodes.Success, CliRunner.RunIn(_folder.Path, "baseline", "--output", "schemaguard.baseline").ExitCode);
            File.WriteAllText(_folder.Combine("db/V1__init.sql"), V1.Replace("orders_archive", "orders_history"));

            var run = CliRunner.RunIn(_folder.Path, "lint", "--baseline", "schemaguard.baseline");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
        }

        [Fact]
        public void A_second_copy_of_an_accepted_statement_is_reported()
        {
            Assert.Equal(ExitCodes.Success, CliRunner.RunIn(_folder.Path, "baseline", "--output", "schemaguard.baseline").ExitCode);
            File.AppendAllText(_folder.Combine("db/V1__init.sql"), "DROP TABLE orders_archive PURGE;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "--baseline", "schemaguard.baseline");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("db/V1__init.sql(3,", run.Output);
        }
    }
}

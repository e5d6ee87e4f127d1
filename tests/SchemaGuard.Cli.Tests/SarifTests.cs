using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Sql.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>SARIF that validates against the official schema and carries what GitHub code scanning reads.</summary>
    public class SarifTests : IDisposable
    {
        private readonly SampleProject _project = new SampleProject();
        private readonly ITestOutputHelper _log;

        public SarifTests(ITestOutputHelper log) => _log = log;

        public void Dispose() => _project.Dispose();

        [Fact]
        public void Validates_against_the_sarif_2_1_0_schema_with_every_kind_of_result()
        {
            // A baseline accepts V1; V3 adds a new finding: the log holds active, inline-suppressed and baseline-suppressed
            // results, fixes, an info and an SG9002.
            Assert.Equal(ExitCodes.Success, _project.Run("baseline", "db/V1__orders.sql", "--output", "schemaguard.baseline").ExitCode);
            _project.Folder.Write("db/V3__more.sql", "DROP TABLE more_stuff PURGE;\n");
            var run = _project.Run("lint", "db", "--baseline", "schemaguard.baseline", "--format", "sarif", "--output", "out/report.sarif");
            Assert.True(run.ExitCode == ExitCodes.BadUsage, "the output folder does not exist yet: " + run);
            Directory.CreateDirectory(_project.Folder.Combine("out"));
            run = _project.Run("lint", "db", "--baseline", "schemaguard.baseline", "--format", "sarif", "--output", "out/report.sarif");
            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            string sarif = _project.Folder.Combine("out/report.sarif");
            string text = File.ReadAllText(sarif);
            Assert.Contains("\"kind\": \"external\"", text);
            Assert.Contains("\"kind\": \"inSource\"", text);
            Assert.Contains("\"fixes\"", text);

            AssertValid(sarif);
        }

        [Fact]
        public void The_bundled_sample_validates()
        {
            string sample = Path.Combine(RepoPaths.RepositoryRoot, "samples", "migrations", "oracle");
            string sarif = _project.Folder.Combine("sample.sarif");
            var run = CliRunner.RunIn(RepoPaths.RepositoryRoot, "lint", sample, "--dialect", "oracle", "--format", "sarif", "--output", sarif);

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            AssertValid(sarif);
        }

        [Fact]
        public void Driver_lists_every_rule_with_its_page_metadata_and_results_point_at_them()
        {
            var run = _project.Run("lint", "db", "--format", "sarif");
            using var document = JsonDocument.Parse(run.Output);
            var log = document.RootElement;
            Assert.Equal("2.1.0", log.GetProperty("version").GetString());
            var sarifRun = log.GetProperty("runs")[0];
            var driver = sarifRun.GetProperty("tool").GetProperty("driver");
            Assert.Equal("SchemaGuard", driver.GetProperty("name").GetString());
            Assert.Equal(ToolInfo.SemanticVersion, driver.GetProperty("semanticVersion").GetString());
            Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());

            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(RuleCatalog.Default.Pages.Select(p => p.Id), rules.Select(r => r.GetProperty("id").GetString()));
            var purge = rules.Single(r => r.GetProperty("id").GetString() == "SG1005");
            Assert.Equal("drop-table-purge", purge.GetProperty("name").GetString());
            Assert.Equal(RuleCatalog.Default.GetPage("SG1005").Title, purge.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Contains("recycle bin", purge.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Contains("## What to do instead", purge.GetProperty("help").GetProperty("markdown").GetString());
            Assert.False(string.IsNullOrWhiteSpace(purge.GetProperty("help").GetProperty("text").GetString()));
            Assert.EndsWith("/rules/SG1005.md", purge.GetProperty("helpUri").GetString());
            Assert.Equal("warning", purge.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Equal("data-loss", purge.GetProperty("properties").GetProperty("category").GetString());
            Assert.Contains("data-loss", purge.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

            foreach (var result in sarifRun.GetProperty("results").EnumerateArray())
            {
                int index = result.GetProperty("ruleIndex").GetInt32();
                Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
                Assert.StartsWith("db/V", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
                Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            }

            string root = sarifRun.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
            Assert.Equal(new Uri(_project.Root + "/").AbsoluteUri, root);
        }

        [Fact]
        public void Partial_fingerprints_survive_lines_shifting()
        {
            var before = Results(_project.Run("lint", "db", "--format", "sarif").Output);
            File.WriteAllText(_project.V1Path, "-- a new first line\n\n\n" + SampleProject.V1.Replace("DROP TABLE orders_archive PURGE;", "DROP   TABLE orders_archive\n  PURGE;"));
            var after = Results(_project.Run("lint", "db", "--format", "sarif").Output);

            Assert.Equal(before.Select(r => r.Key), after.Select(r => r.Key));
            var moved = before.Zip(after).Single(p => p.First.Key.StartsWith("db/V1__orders.sql SG1005 ", StringComparison.Ordinal) && p.First.Line == 4);
            Assert.Equal(8, moved.Second.Line);
        }

        private static (string Key, int Line)[] Results(string sarif)
        {
            using var document = JsonDocument.Parse(sarif);
            return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                string key = location.GetProperty("artifactLocation").GetProperty("uri").GetString() + " " + r.GetProperty("ruleId").GetString() + " " +
                    r.GetProperty("partialFingerprints").GetProperty(Output.SarifReportWriter.FingerprintKey).GetString();
                return (key, location.GetProperty("region").GetProperty("startLine").GetInt32());
            }).ToArray();
        }

        private void AssertValid(string sarifPath)
        {
            var validator = SarifValidator.Find(out string reason);
            if (validator == null)
            {
                Assert.False(TestEnvironment.IsCI, "SARIF cannot be validated in CI: " + reason);
                _log.WriteLine("SARIF schema validation skipped on this machine: " + reason);
                return;
            }

            string problems = validator.Validate(sarifPath);
            Assert.True(problems.Length == 0, "The SARIF log does not validate against " + validator.SchemaPath + ":\n" + problems);
        }
    }
}

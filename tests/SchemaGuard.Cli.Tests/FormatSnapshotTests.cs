using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>Each output format of <c>lint</c> on <see cref="SampleProject"/>, compared with a committed snapshot.</summary>
    public class FormatSnapshotTests : IDisposable
    {
        private readonly SampleProject _project = new SampleProject();

        public void Dispose() => _project.Dispose();

        [Fact]
        public void Text_plain()
        {
            var run = _project.Run("lint", "db");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Snapshot.Match("lint.txt", _project.Normalize(run.Output));
        }

        [Fact]
        public void Text_on_a_terminal_shows_excerpts_and_alternatives()
        {
            var run = _project.Run(new CliOptions { IsTerminal = true, Environment = { ["NO_COLOR"] = "1" } }, "lint", "db");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Snapshot.Match("lint-terminal.txt", _project.Normalize(run.Output));
            Assert.False(run.Output.Contains('\u001b', StringComparison.Ordinal), "no ANSI escapes under NO_COLOR");
        }

        [Fact]
        public void Text_on_a_terminal_is_coloured_unless_no_color()
        {
            var coloured = _project.Run(new CliOptions { IsTerminal = true }, "lint", "db");
            var plain = _project.Run(new CliOptions { IsTerminal = true }, "lint", "db", "--no-color");

            Assert.Contains("\u001b[33mwarning\u001b[0m", coloured.Output, StringComparison.Ordinal);
            Assert.Contains("\u001b[31merror\u001b[0m", coloured.Output, StringComparison.Ordinal);
            Assert.Contains("= instead: ", coloured.Output, StringComparison.Ordinal);
            Assert.Equal(_project.Run("lint", "db").Output, plain.Output);
        }

        [Fact]
        public void Json()
        {
            var run = _project.Run("lint", "db", "--format", "json");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Snapshot.Match("lint.json", _project.Normalize(run.Output));
        }

        [Fact]
        public void Sarif()
        {
            var run = _project.Run("lint", "db", "--format", "sarif");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());

            // Every page is in driver.rules; the snapshot keeps the rules the results use (re-indexed), so new pages do not disturb it.
            Snapshot.Match("lint.sarif", _project.Normalize(KeepReferencedRules(run.Output)));
        }

        [Fact]
        public void GitHub()
        {
            var run = _project.Run("lint", "db", "--format", "github");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Snapshot.Match("lint.github.txt", _project.Normalize(run.Output));
        }

        [Fact]
        public void Markdown()
        {
            var run = _project.Run("lint", "db", "--format", "markdown");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Snapshot.Match("lint.md", _project.Normalize(run.Output));
        }

        private static string KeepReferencedRules(string sarif)
        {
            var root = JsonNode.Parse(sarif)!;
            var run = root["runs"]![0]!;
            var used = new HashSet<string>(run["results"]!.AsArray().Select(r => (string)r!["ruleId"]!), StringComparer.Ordinal);
            var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
            foreach (var rule in rules.Where(r => !used.Contains((string)r!["id"]!)).ToList()) rules.Remove(rule);

            // ruleIndex then points into the kept rules (the full list is checked in SarifTests).
            var index = rules.Select((r, i) => (Id: (string)r!["id"]!, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            foreach (var result in run["results"]!.AsArray()) result!["ruleIndex"] = index[(string)result["ruleId"]!];
            return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n") + "\n";
        }
    }
}

using System;
using System.Diagnostics;
using System.IO;
using SchemaGuard.Sql.Tests.Infrastructure;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>Runs the built tool as a real process, as a user or CI would: <c>dotnet schemaguard.dll ...</c>.</summary>
    public class ToolProcessTests
    {
        private static string SampleFolder => Path.Combine(RepoPaths.RepositoryRoot, "samples", "migrations", "oracle");

        [Fact]
        public void Parses_the_bundled_sample_and_exits_0()
        {
            string sample = Path.Combine(SampleFolder, "V1__create_orders.sql");

            var (exitCode, output, error) = RunTool(null, "parse", sample, "--dialect", "oracle");

            Assert.True(exitCode == ExitCodes.Success, "exit " + exitCode + "\n" + output + error);
            Assert.Contains(" CREATE TABLE orders", output);
            Assert.Contains(" statements, 0 diagnostics.", output);
        }

        [Fact]
        public void Lints_the_bundled_sample_as_the_readme_says_and_exits_1_on_its_findings()
        {
            var (exitCode, output, error) = RunTool(RepoPaths.RepositoryRoot, "lint", "samples/migrations/oracle", "--dialect", "oracle");

            Assert.True(exitCode == ExitCodes.Findings, "exit " + exitCode + "\n" + output + error);
            Assert.Contains(Path.Combine("samples", "migrations", "oracle", "V4__order_notes.sql") + "(10,51): warning SG1005: ", output);
            Assert.Contains("4 files linted in ", output);

            // Standard output is a pipe here, not a terminal: no excerpts, no colours.
            Assert.DoesNotContain("instead:", output);
            Assert.False(output.Contains('\u001b', StringComparison.Ordinal));
            Assert.Equal(string.Empty, error);
        }

        [Fact]
        public void Writes_a_report_file_and_a_summary()
        {
            using var folder = new TempFolder();
            string report = Path.Combine(folder.Path, "report.json");

            var (exitCode, output, error) = RunTool(RepoPaths.RepositoryRoot, "lint", "samples/migrations/oracle", "-d", "oracle", "--format", "json", "--output", report, "--fail-on", "none");

            Assert.True(exitCode == ExitCodes.Success, "exit " + exitCode + "\n" + output + error);
            Assert.Contains("\"ruleId\": \"SG1005\"", File.ReadAllText(report));
            Assert.Contains("Report written to " + report, output);
        }

        [Fact]
        public void Bad_usage_exits_2_with_the_message_on_standard_error()
        {
            var (exitCode, output, error) = RunTool(null, "parse", "no-such-file.sql", "--dialect", "oracle");

            Assert.True(exitCode == ExitCodes.BadUsage, "exit " + exitCode + "\n" + output + error);
            Assert.Contains("File not found: no-such-file.sql", error);
            Assert.Equal(string.Empty, output);
        }

        private static (int ExitCode, string Output, string Error) RunTool(string? workingDirectory, params string[] args)
        {
            string tool = Path.Combine(AppContext.BaseDirectory, "schemaguard.dll");
            Assert.True(File.Exists(tool), "The built tool was not found at " + tool);
            var start = new ProcessStartInfo(DotNet.Host)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (workingDirectory != null) start.WorkingDirectory = workingDirectory;
            start.ArgumentList.Add(tool);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment.Remove("NO_COLOR");

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "schemaguard did not finish within a minute");
            return (process.ExitCode, CliRunner.Normalize(stdout), CliRunner.Normalize(stderr.Result));
        }
    }

    /// <summary>The dotnet host running the tests (so tests use the same SDK and runtime).</summary>
    internal static class DotNet
    {
        public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}

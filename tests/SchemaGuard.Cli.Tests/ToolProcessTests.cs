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
        [Fact]
        public void Parses_the_bundled_sample_and_exits_0()
        {
            string sample = Path.Combine(RepoPaths.RepositoryRoot, "samples", "migrations", "oracle", "V1__create_orders.sql");

            var (exitCode, output, error) = RunTool("parse", sample, "--dialect", "oracle");

            Assert.True(exitCode == ExitCodes.Success, "exit " + exitCode + "\n" + output + error);
            Assert.Contains(" CREATE TABLE orders", output);
            Assert.Contains(" statements, 0 diagnostics.", output);
        }

        [Fact]
        public void Bad_usage_exits_2_with_the_message_on_standard_error()
        {
            var (exitCode, output, error) = RunTool("parse", "no-such-file.sql", "--dialect", "oracle");

            Assert.True(exitCode == ExitCodes.BadUsage, "exit " + exitCode + "\n" + output + error);
            Assert.Contains("File not found: no-such-file.sql", error);
            Assert.Equal(string.Empty, output);
        }

        private static (int ExitCode, string Output, string Error) RunTool(params string[] args)
        {
            string tool = Path.Combine(AppContext.BaseDirectory, "schemaguard.dll");
            Assert.True(File.Exists(tool), "The built tool was not found at " + tool);
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(tool);
            foreach (var arg in args) start.ArgumentList.Add(arg);

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "schemaguard did not finish within a minute");
            return (process.ExitCode, CliRunner.Normalize(stdout), CliRunner.Normalize(stderr.Result));
        }
    }
}

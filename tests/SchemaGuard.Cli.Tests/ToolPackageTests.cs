using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using SchemaGuard.Sql.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>
    /// The release path a user takes: <c>dotnet pack SchemaGuard.sln -c Release -o DIR</c>, then
    /// <c>dotnet tool install --tool-path TMP --add-source DIR SchemaGuard.Cli --version V</c> with no other package
    /// source (offline), then the installed <c>schemaguard</c> on the bundled sample. The pack builds into its own
    /// artifacts folder so it does not touch the checkout's bin and obj folders.
    /// </summary>
    public class ToolPackageTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();
        private readonly ITestOutputHelper _log;

        public ToolPackageTests(ITestOutputHelper log) => _log = log;

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Packs_installs_offline_from_the_local_folder_and_runs()
        {
            string packages = Path.Combine(_folder.Path, "packages");
            string version = ToolInfo.SemanticVersion;
            Run(RepoPaths.RepositoryRoot, DotNet.Host, "pack", Path.Combine(RepoPaths.RepositoryRoot, "SchemaGuard.sln"), "-c", "Release", "-o", packages,
                "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + Path.Combine(_folder.Path, "artifacts"), "-nologo");

            var produced = Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList();
            _log.WriteLine("packages: " + string.Join(", ", produced));
            Assert.Contains("SchemaGuard.Cli." + version + ".nupkg", produced);
            Assert.DoesNotContain(produced, n => n!.Contains("Tests", StringComparison.Ordinal) || n.Contains("Benchmarks", StringComparison.Ordinal));

            // The top-level package points at the platform packages; the linux-x64 one carries ReadyToRun code.
            Assert.Contains("SchemaGuard.Cli.any." + version + ".nupkg", produced);
            Assert.Contains("SchemaGuard.Cli.linux-x64." + version + ".nupkg", produced);
            Assert.True(IsReadyToRun(Path.Combine(packages, "SchemaGuard.Cli.linux-x64." + version + ".nupkg")), "schemaguard.dll in the linux-x64 package is not ReadyToRun");
            Assert.False(IsReadyToRun(Path.Combine(packages, "SchemaGuard.Cli.any." + version + ".nupkg")), "the 'any' fallback should be plain IL");

            // Offline: a config whose only source is the local folder.
            string config = Path.Combine(_folder.Path, "nuget.config");
            File.WriteAllText(config,
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"local\" value=\"" + packages + "\" />\n  </packageSources>\n</configuration>\n");
            string tools = Path.Combine(_folder.Path, "tools");
            Run(_folder.Path, DotNet.Host, new[] { "tool", "install", "--tool-path", tools, "--add-source", packages, "--configfile", config, "SchemaGuard.Cli", "--version", version },
                ExitCodes.Success, packageCache: Path.Combine(_folder.Path, "nuget-cache"));

            string exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "schemaguard.exe" : "schemaguard");
            Assert.Equal(ToolInfo.Version, Run(_folder.Path, exe, "--version").Output.Trim());
            var lint = Run(RepoPaths.RepositoryRoot, exe, new[] { "lint", "samples/migrations/oracle", "--dialect", "oracle" }, expectedExit: ExitCodes.Findings);
            Assert.Contains("warning SG1005", lint.Output);
        }

        /// <summary>Whether the package's schemaguard.dll has a ReadyToRun header (the CLI header's ManagedNativeHeader is set).</summary>
        private static bool IsReadyToRun(string package)
        {
            using var zip = ZipFile.OpenRead(package);
            var entry = zip.Entries.Single(e => e.Name == "schemaguard.dll");
            using var stream = new MemoryStream();
            using (var input = entry.Open()) input.CopyTo(stream);
            stream.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
        }

        private (int ExitCode, string Output) Run(string directory, string program, params string[] args) => Run(directory, program, args, ExitCodes.Success);

        /// <param name="packageCache">
        /// A NuGet global packages folder of its own (the install must use the package just packed, not one of the same
        /// version cached by an earlier run).
        /// </param>
        private (int ExitCode, string Output) Run(string directory, string program, string[] args, int expectedExit, string? packageCache = null)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in args) start.ArgumentList.Add(arg);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            if (packageCache != null) start.Environment["NUGET_PACKAGES"] = packageCache;

            // The installed tool runs on the same runtime as the tests.
            string? root = Path.GetDirectoryName(DotNet.Host);
            if (root != null && Path.IsPathRooted(root)) start.Environment["DOTNET_ROOT"] = root;

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(900_000), program + " " + string.Join(" ", args) + " did not finish within 15 minutes");
            string all = output + error.Result;
            _log.WriteLine("$ " + program + " " + string.Join(" ", args) + "\n" + all);
            Assert.True(process.ExitCode == expectedExit, program + " " + string.Join(" ", args) + " exited " + process.ExitCode + ":\n" + all);
            return (process.ExitCode, CliRunner.Normalize(output));
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>How an in-process run sees the world: its folder, whether it writes to a terminal, its environment variables.</summary>
    internal sealed class CliOptions
    {
        public string? CurrentDirectory { get; init; }

        public bool IsTerminal { get; init; }

        /// <summary>The only environment variables the run sees (the test machine's own are hidden, so NO_COLOR there changes nothing).</summary>
        public Dictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

        public Func<string, byte[]>? ReadAllBytes { get; init; }

        /// <summary>What the run's timer reports, so summaries are stable.</summary>
        public TimeSpan Elapsed { get; init; } = TimeSpan.FromMilliseconds(250);
    }

    /// <summary>Runs a command line in-process and keeps what it wrote.</summary>
    internal sealed class CliRunner
    {
        private CliRunner(int exitCode, string output, string error)
        {
            ExitCode = exitCode;
            Output = output;
            Error = error;
        }

        public int ExitCode { get; }

        /// <summary>Standard output, with line breaks made LF.</summary>
        public string Output { get; }

        /// <summary>Standard error, with line breaks made LF.</summary>
        public string Error { get; }

        public static CliRunner Run(params string[] args) => Run(new CliOptions(), args);

        public static CliRunner Run(Func<string, byte[]>? readAllBytes, params string[] args) => Run(new CliOptions { ReadAllBytes = readAllBytes }, args);

        /// <summary>Runs with <paramref name="directory"/> as the current folder (relative paths and report paths start there).</summary>
        public static CliRunner RunIn(string directory, params string[] args) => Run(new CliOptions { CurrentDirectory = directory }, args);

        public static CliRunner Run(CliOptions options, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var environment = new CliEnvironment(output, error, options.ReadAllBytes)
            {
                CurrentDirectory = options.CurrentDirectory ?? System.Environment.CurrentDirectory,
                IsTerminal = options.IsTerminal,
                GetEnvironmentVariable = name => options.Environment.TryGetValue(name, out var value) ? value : null,
                StartTimer = () => () => options.Elapsed,
            };
            int exitCode = CliApp.Run(args, environment);
            return new CliRunner(exitCode, Normalize(output.ToString()), Normalize(error.ToString()));
        }

        internal static string Normalize(string text) => text.Replace("\r\n", "\n");

        public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Output + "--- stderr\n" + Error;
    }

    /// <summary>A temporary folder for a test's input files, removed afterwards.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "schemaguard-cli-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>Writes a file (folders in <paramref name="name"/> are created; <c>/</c> separates them) and returns its full path.</summary>
        public string Write(string name, string content) => WriteBytes(name, new UTF8Encoding(false).GetBytes(content));

        public string WriteBytes(string name, byte[] content)
        {
            string path = Combine(name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            return path;
        }

        public string Combine(string name) => System.IO.Path.Combine(Path, name.Replace('/', System.IO.Path.DirectorySeparatorChar));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
            catch (UnauthorizedAccessException)
            {
                // Idem (git may leave read-only objects on Windows).
            }
        }
    }
}

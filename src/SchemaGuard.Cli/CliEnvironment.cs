using System;
using System.Diagnostics;
using System.IO;

namespace SchemaGuard.Cli
{
    /// <summary>What commands use from the outside world, so tests can run them in-process with their own writers, folder and clock.</summary>
    public sealed class CliEnvironment
    {
        /// <summary>Creates an environment writing to the given writers and reading files from disk.</summary>
        public CliEnvironment(TextWriter output, TextWriter error, Func<string, byte[]>? readAllBytes = null)
        {
            Output = output ?? throw new ArgumentNullException(nameof(output));
            Error = error ?? throw new ArgumentNullException(nameof(error));
            ReadAllBytes = readAllBytes ?? File.ReadAllBytes;
        }

        /// <summary>Where results go (standard output for the real tool).</summary>
        public TextWriter Output { get; }

        /// <summary>Where usage and internal errors go (standard error for the real tool).</summary>
        public TextWriter Error { get; }

        /// <summary>Reads a file's bytes.</summary>
        public Func<string, byte[]> ReadAllBytes { get; }

        /// <summary>The folder relative paths on the command line are resolved against, and reports are relative to.</summary>
        public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

        /// <summary>Whether <see cref="Output"/> is an interactive terminal (then text output shows source excerpts, in colour).</summary>
        public bool IsTerminal { get; init; }

        /// <summary>Reads an environment variable (<c>NO_COLOR</c>).</summary>
        public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

        /// <summary>Starts a timer and returns a function giving the time elapsed since; tests fix it so summaries are stable.</summary>
        public Func<Func<TimeSpan>> StartTimer { get; init; } = () =>
        {
            var watch = Stopwatch.StartNew();
            return () => watch.Elapsed;
        };

        /// <summary>The real console.</summary>
        public static CliEnvironment FromConsole() => new CliEnvironment(Console.Out, Console.Error)
        {
            IsTerminal = !Console.IsOutputRedirected,
        };

        /// <summary>A path from the command line made absolute against <see cref="CurrentDirectory"/>.</summary>
        public string ResolvePath(string path) => Path.GetFullPath(path, CurrentDirectory);
    }
}

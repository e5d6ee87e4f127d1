using System;
using System.IO;

namespace SchemaGuard.Cli
{
    /// <summary>What commands use from the outside world, so tests can run them in-process with their own writers.</summary>
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

        /// <summary>The real console.</summary>
        public static CliEnvironment FromConsole() => new CliEnvironment(Console.Out, Console.Error);
    }
}

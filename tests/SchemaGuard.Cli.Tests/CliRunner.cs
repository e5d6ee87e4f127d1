using System;
using System.IO;

namespace SchemaGuard.Cli.Tests
{
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

        public static CliRunner Run(params string[] args) => Run(null, args);

        public static CliRunner Run(Func<string, byte[]>? readAllBytes, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exitCode = CliApp.Run(args, new CliEnvironment(output, error, readAllBytes));
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

        public string Write(string name, string content)
        {
            string path = System.IO.Path.Combine(Path, name);
            File.WriteAllText(path, content);
            return path;
        }

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
        }
    }
}

using System;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>
    /// The fixed small input the format snapshots and several behaviour tests run on: two Oracle migrations with an
    /// .editorconfig that sets the dialect, lowers SG9001 to a suggestion and raises SG1005 to an error for V2. It
    /// yields a warning, an error, an info, an SG9002, a finding with a fix and one suppressed inline.
    /// </summary>
    internal sealed class SampleProject : IDisposable
    {
        public const string EditorConfig =
            "root = true\n" +
            "\n" +
            "[*.sql]\n" +
            "schemaguard.dialect = oracle\n" +
            "dotnet_diagnostic.SG9001.severity = suggestion\n" +
            "\n" +
            "[db/V2*.sql]\n" +
            "dotnet_diagnostic.drop-table-purge.severity = error\n";

        public const string V1 =
            "-- V1: orders\n" +
            "CREATE TABLE orders (id NUMBER PRIMARY KEY);\n" +
            "\n" +
            "DROP TABLE orders_archive PURGE;\n" +
            "\n" +
            "-- schemaguard-disable-next-line drop-table-purge -- rebuilt every night\n" +
            "DROP TABLE orders_staging PURGE;\n";

        public const string V2 =
            "-- V2: clean-up, with a tab and a \"quote\" | pipe in a comment\n" +
            "FROBNICATE orders;\n" +
            "DROP TABLE sales.order_lines\n" +
            "\tPURGE;\n" +
            "-- schemaguard-disable-next-line no-such-rule\n" +
            "SELECT 1 FROM dual;\n";

        public SampleProject()
        {
            Folder.Write(".editorconfig", EditorConfig);
            V1Path = Folder.Write("db/V1__orders.sql", V1);
            V2Path = Folder.Write("db/V2__cleanup.sql", V2);
        }

        public TempFolder Folder { get; } = new TempFolder();

        public string Root => Folder.Path;

        public string V1Path { get; }

        public string V2Path { get; }

        /// <summary>Runs a command line with the project root as the current folder.</summary>
        public CliRunner Run(params string[] args) => CliRunner.RunIn(Root, args);

        public CliRunner Run(CliOptions options, params string[] args) => CliRunner.Run(
            new CliOptions { CurrentDirectory = Root, IsTerminal = options.IsTerminal, Environment = options.Environment, ReadAllBytes = options.ReadAllBytes, Elapsed = options.Elapsed },
            args);

        /// <summary>Replaces the temp folder in output so snapshots do not depend on it.</summary>
        public string Normalize(string text) =>
            text.Replace(new Uri(Root + "/").AbsoluteUri, "file:///SRCROOT/").Replace(Root, "<root>");

        public void Dispose() => Folder.Dispose();
    }
}

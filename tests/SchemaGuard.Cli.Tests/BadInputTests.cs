using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>Bad input never stops the run: each bad file gets a finding naming it and the other files are still linted.</summary>
    public class BadInputTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public BadInputTests()
        {
            _folder.Write("V9__good.sql", "DROP TABLE t PURGE;\n");
        }

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void A_binary_file_gets_SG9006_and_the_others_are_linted()
        {
            _folder.WriteBytes("V1__archive.sql", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00 });

            var run = CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("V1__archive.sql(1,6): warning SG9006: The file contains NUL characters", run.Output);
            Assert.Contains("V9__good.sql(1,14): warning SG1005", run.Output);
        }

        [Fact]
        public void Invalid_utf8_gets_SG9005_and_is_still_linted()
        {
            _folder.WriteBytes("V1__latin1.sql", new byte[] { (byte)'-', (byte)'-', (byte)' ', (byte)'M', 0xFC, (byte)'l', (byte)'\n' }.Concat("DROP TABLE x PURGE;\n"u8.ToArray()).ToArray());

            var run = CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("V1__latin1.sql(1,5): warning SG9005: The file is not valid UTF-8", run.Output);
            Assert.Contains("V1__latin1.sql(2,14): warning SG1005", run.Output);
            Assert.Contains("V9__good.sql(1,14): warning SG1005", run.Output);
        }

        [Fact]
        public void An_empty_file_is_clean()
        {
            _folder.Write("V1__empty.sql", string.Empty);

            var run = CliRunner.RunIn(_folder.Path, "lint", "V1__empty.sql", "-d", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Equal("0 errors, 0 warnings, 0 info; 1 file linted in 0.25 s.\n", run.Output);
        }

        [Fact]
        public void A_file_that_is_not_sql_gets_findings_naming_it()
        {
            _folder.Write("V1__notes.sql", "Remember to ask Bob about the orders table, then deploy.\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("V1__notes.sql(1,1): warning SG9001: ", run.Output);
            Assert.Contains("V9__good.sql(1,14): warning SG1005", run.Output);
        }

        [Fact]
        public void An_unreadable_file_gets_SG9008_naming_it_and_the_others_are_linted()
        {
            string locked = _folder.Write("V1__locked.sql", "DROP TABLE x PURGE;\n");
            byte[] Read(string path) => path == locked ? throw new UnauthorizedAccessException("Access to the path '" + path + "' is denied.") : File.ReadAllBytes(path);

            var run = CliRunner.Run(new CliOptions { CurrentDirectory = _folder.Path, ReadAllBytes = Read }, "lint", "-d", "oracle", "--format", "json");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("\"ruleId\": \"SG9008\"", run.Output);
            Assert.Contains("SchemaGuard could not read " + locked + ": Access to the path", run.Output);
            Assert.Contains("\"path\": \"V9__good.sql\"", run.Output);
        }
    }
}

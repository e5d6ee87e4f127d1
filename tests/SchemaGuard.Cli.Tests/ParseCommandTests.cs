using System;
using System.IO;
using System.Reflection;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    public class ParseCommandTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Lists_statements_with_spans_and_exits_0_when_clean()
        {
            string path = _folder.Write("clean.sql", "-- setup\nCREATE TABLE orders (id NUMBER);\n\nSELECT *\n  FROM   orders;\n");

            var run = CliRunner.Run("parse", path, "--dialect", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Equal(
                "2:1-2:32 CreateTable CREATE TABLE orders (id NUMBER)\n" +
                "4:1-5:16 Select SELECT * FROM orders\n" +
                "2 statements, 0 diagnostics.\n",
                run.Output);
            Assert.Equal(string.Empty, run.Error);
        }

        [Fact]
        public void Reports_syntax_diagnostics_compiler_style_and_exits_1()
        {
            string path = _folder.Write("bad.sql", "CREATE TABLE t (id NUMBER);\nFROBNICATE t;\n");

            var run = CliRunner.Run("parse", path, "-d", "postgres");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("2:1-2:13 Unknown FROBNICATE t\n", run.Output);
            Assert.Contains(path + "(2,1): warning SG9001: ", run.Output);
            Assert.EndsWith("2 statements, 1 diagnostic.\n", run.Output);
        }

        [Fact]
        public void Tree_option_prints_the_syntax_tree()
        {
            string path = _folder.Write("tree.sql", "SELECT 1 FROM dual;\n");

            var run = CliRunner.Run("parse", path, "--dialect", "oracle", "--tree");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.StartsWith("statement 1: Select 1:1-1:19\n  OtherStatement 1:1-1:19 Description=\"SELECT\"\n", run.Output);
        }

        [Fact]
        public void Long_statements_are_previewed_on_one_line()
        {
            string path = _folder.Write("long.sql", "SELECT a_rather_long_column_name, another_rather_long_column_name,\n       yet_another_column FROM t;\n");

            var run = CliRunner.Run("parse", path, "--dialect", "mysql");

            Assert.StartsWith("1:1-2:33 Select SELECT a_rather_long_column_name, another_rather_long_column...\n", run.Output);
        }

        [Theory]
        [InlineData("klingon", "Unknown dialect 'klingon'. Use one of: oracle, postgresql, mysql, mariadb, sqlserver.")]
        [InlineData("", "Unknown dialect ''.")]
        public void Unknown_dialect_is_bad_usage(string dialect, string message)
        {
            string path = _folder.Write("x.sql", "SELECT 1;\n");

            var run = CliRunner.Run("parse", path, "--dialect", dialect);

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains(message, run.Error);
            Assert.Equal(string.Empty, run.Output);
        }

        [Fact]
        public void Missing_file_is_bad_usage()
        {
            string path = Path.Combine(_folder.Path, "missing.sql");

            var run = CliRunner.Run("parse", path, "--dialect", "oracle");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains("File not found: " + path, run.Error);
        }

        [Fact]
        public void Directory_is_bad_usage()
        {
            var run = CliRunner.Run("parse", _folder.Path, "--dialect", "oracle");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains("is a directory", run.Error);
        }

        [Theory]
        [InlineData(new[] { "parse", "x.sql" }, "--dialect")]
        [InlineData(new[] { "parse", "--dialect", "oracle" }, "Required argument missing")]
        [InlineData(new string[0], "command")]
        [InlineData(new[] { "parse", "x.sql", "--dialect", "oracle", "--bogus" }, "--bogus")]
        public void Command_line_errors_are_bad_usage(string[] args, string mentioned)
        {
            var run = CliRunner.Run(args);

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains(mentioned, run.Error);
            Assert.Contains("schemaguard --help", run.Error);
        }

        [Fact]
        public void Internal_errors_exit_3_with_a_short_message()
        {
            var run = CliRunner.Run(_ => throw new InvalidOperationException("disk on fire"), "parse", "x.sql", "--dialect", "oracle");

            Assert.True(run.ExitCode == ExitCodes.InternalError, run.ToString());
            Assert.Contains("internal error: InvalidOperationException: disk on fire", run.Error);
            Assert.Contains("--verbose", run.Error);
            Assert.DoesNotContain(" at ", run.Error);
        }

        [Fact]
        public void Verbose_internal_errors_show_the_stack_trace()
        {
            var run = CliRunner.Run(_ => throw new InvalidOperationException("disk on fire"), "parse", "x.sql", "--dialect", "oracle", "--verbose");

            Assert.True(run.ExitCode == ExitCodes.InternalError, run.ToString());
            Assert.Contains(" at ", run.Error);
        }

        [Fact]
        public void Version_prints_the_tool_version()
        {
            var run = CliRunner.Run("--version");

            string expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Equal(expected + "\n", run.Output);
        }
    }
}

using System;
using System.IO;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>Every exit code of <c>lint</c>: 0 clean or below --fail-on, 1 findings, 2 bad usage or settings, 3 internal error.</summary>
    public class ExitCodeTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Clean_files_exit_0()
        {
            _folder.Write("V1__ok.sql", "CREATE TABLE t (id NUMBER);\nDROP TABLE t;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "--dialect", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Equal("0 errors, 0 warnings, 0 info; 1 file linted in 0.25 s.\n", run.Output);
        }

        [Fact]
        public void A_warning_exits_1_by_default()
        {
            _folder.Write("V1__drop.sql", "DROP TABLE t PURGE;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", ".", "--dialect", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.StartsWith("V1__drop.sql(1,14): warning SG1005: ", run.Output);
        }

        [Theory]
        [InlineData("error", ExitCodes.Success)]
        [InlineData("warning", ExitCodes.Findings)]
        [InlineData("info", ExitCodes.Findings)]
        [InlineData("none", ExitCodes.Success)]
        public void Fail_on_sets_the_threshold(string level, int expected)
        {
            _folder.Write("V1__drop.sql", "DROP TABLE t PURGE;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "--dialect", "oracle", "--fail-on", level);

            Assert.True(run.ExitCode == expected, run.ToString());
            Assert.Contains("1 warning", run.Output);
        }

        [Fact]
        public void An_info_fails_only_with_fail_on_info()
        {
            _folder.Write(".editorconfig", "root = true\n[*.sql]\ndotnet_diagnostic.SG1005.severity = suggestion\n");
            _folder.Write("V1__drop.sql", "DROP TABLE t PURGE;\n");

            Assert.Equal(ExitCodes.Success, CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle").ExitCode);
            Assert.Equal(ExitCodes.Findings, CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle", "--fail-on", "info").ExitCode);
        }

        [Fact]
        public void Suppressed_findings_do_not_fail()
        {
            _folder.Write("V1__drop.sql", "-- schemaguard-disable-next-line SG1005\nDROP TABLE t PURGE;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Equal("0 errors, 0 warnings, 0 info; 1 suppressed; 1 file linted in 0.25 s.\n", run.Output);
        }

        [Theory]
        [InlineData(new[] { "lint", "--dialect", "klingon" }, "Unknown dialect 'klingon'. Use one of: oracle, postgresql, mysql, mariadb, sqlserver.")]
        [InlineData(new[] { "lint", "missing-folder", "--dialect", "oracle" }, "Path not found: missing-folder")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--target-version", "nineteen" }, "--target-version: 'nineteen' is not a version")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--edition", "express" }, "--edition: unknown edition 'express'")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--format", "xml" }, "xml")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--fail-on", "fatal" }, "fatal")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--jobs", "0" }, "--jobs must be 1 or more")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--jobs", "many" }, "many")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--baseline", "none.baseline" }, "--baseline: file not found: none.baseline")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--schema", "none.sql" }, "--schema: file not found: none.sql")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--index-usage", "none.csv" }, "--index-usage: file not found: none.csv")]
        [InlineData(new[] { "lint", "--dialect", "oracle", "--output", "no/such/folder/out.txt" }, "does not exist")]
        [InlineData(new[] { "lint", "--bogus" }, "--bogus")]
        [InlineData(new[] { "explain", "SG0000" }, "No rule has the id or name 'SG0000'")]
        [InlineData(new[] { "baseline", "--dialect", "oracle" }, "--output")]
        public void Bad_usage_exits_2_and_says_what(string[] args, string message)
        {
            _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");

            var run = CliRunner.RunIn(_folder.Path, args);

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains(message, run.Error);
            Assert.Equal(string.Empty, run.Output);
        }

        [Fact]
        public void A_file_without_a_dialect_is_bad_usage_naming_it()
        {
            string path = _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains("No dialect for " + path + ": pass --dialect", run.Error);
        }

        [Fact]
        public void A_bad_index_usage_csv_is_bad_usage_with_file_and_line()
        {
            _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");
            _folder.Write("usage.csv", "owner,flavour\nHR,vanilla\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle", "--index-usage", "usage.csv");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains("--index-usage: " + Path.Combine(_folder.Path, "usage.csv") + "(1)", run.Error);
        }

        [Fact]
        public void A_good_index_usage_csv_and_schema_snapshot_are_accepted()
        {
            _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");
            _folder.Write("usage.csv", "INDEX_NAME,TABLE_NAME,MONITORING,USED\nORDERS_IX,ORDERS,YES,NO\n");
            _folder.Write("snapshot/schema.sql", "CREATE TABLE orders (id NUMBER);\nCREATE INDEX orders_ix ON orders (id);\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "V1__ok.sql", "-d", "oracle", "--index-usage", "usage.csv", "--schema", "snapshot/schema.sql");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Contains("1 file linted", run.Output);
        }

        [Fact]
        public void An_invalid_editorconfig_value_is_bad_usage_with_file_and_line()
        {
            _folder.Write(".editorconfig", "root = true\n\n[*.sql]\nschemaguard.dialect = klingon\n");
            _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains(Path.Combine(_folder.Path, ".editorconfig") + "(4,23): error SG9003: Unknown dialect 'klingon'", run.Error);
        }

        [Fact]
        public void A_malformed_baseline_is_bad_usage_with_the_line()
        {
            _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");
            _folder.Write("old.baseline", "# schemaguard-baseline 1\nSG1005\tdrop-table-purge\tabc\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "-d", "oracle", "--baseline", "old.baseline");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains("--baseline: old.baseline: Line 2: expected 5 tab-separated fields", run.Error);
        }

        [Fact]
        public void Internal_errors_exit_3_with_a_short_message_asking_to_report()
        {
            _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");

            var run = CliRunner.Run(new CliOptions { CurrentDirectory = _folder.Path, ReadAllBytes = _ => throw new InvalidOperationException("disk on fire") }, "lint", "-d", "oracle");

            Assert.True(run.ExitCode == ExitCodes.InternalError, run.ToString());
            Assert.Contains("internal error: InvalidOperationException: disk on fire", run.Error);
            Assert.Contains("please report it", run.Error);
            Assert.Contains("--verbose", run.Error);
            Assert.DoesNotContain(" at SchemaGuard", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Verbose_internal_errors_show_the_stack_trace()
        {
            _folder.Write("V1__ok.sql", "SELECT 1 FROM dual;\n");

            var run = CliRunner.Run(new CliOptions { CurrentDirectory = _folder.Path, ReadAllBytes = _ => throw new InvalidOperationException("disk on fire") }, "lint", "-d", "oracle", "--verbose");

            Assert.True(run.ExitCode == ExitCodes.InternalError, run.ToString());
            Assert.Contains(" at SchemaGuard.Cli", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void No_files_is_not_an_error_but_says_so()
        {
            Directory.CreateDirectory(_folder.Combine("empty"));

            var run = CliRunner.RunIn(_folder.Path, "lint", "empty", "-d", "oracle");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Contains("no files to lint", run.Error);
        }
    }
}

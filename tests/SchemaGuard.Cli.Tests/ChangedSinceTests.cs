using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary><c>--changed-since</c> against a temporary git repository.</summary>
    public class ChangedSinceTests : IDisposable
    {
        private readonly TempFolder _repo = new TempFolder();

        public ChangedSinceTests()
        {
            Git("init", "-q", "-b", "main");
            _repo.Write(".editorconfig", "root = true\n[*.sql]\nschemaguard.dialect = oracle\n");
            _repo.Write(".gitignore", "ignored/\n");
            _repo.Write("db/V1__old.sql", "DROP TABLE old_stuff PURGE;\n");
            _repo.Write("db/V2__touched.sql", "CREATE TABLE t (id NUMBER);\n");
            Git("add", "-A");
            Git("commit", "-q", "-m", "history");
            Git("checkout", "-q", "-b", "feature");
        }

        public void Dispose() => _repo.Dispose();

        [Fact]
        public void Reports_only_files_changed_since_the_ref_committed_uncommitted_or_untracked()
        {
            File.AppendAllText(_repo.Combine("db/V2__touched.sql"), "DROP TABLE t PURGE;\n");
            Git("commit", "-q", "-am", "feature work");
            _repo.Write("db/V3__new.sql", "DROP TABLE newer PURGE;\n");
            _repo.Write("db/sub/V4__uncommitted.sql", "SELECT 1 FROM dual;\n");
            Git("add", "db/sub/V4__uncommitted.sql");
            File.WriteAllText(_repo.Combine("db/sub/V4__uncommitted.sql"), "DROP TABLE uncommitted PURGE;\n");
            _repo.Write("ignored/V5__ignored.sql", "DROP TABLE ignored PURGE;\n");

            var all = CliRunner.RunIn(_repo.Path, "lint", "db");
            var changed = CliRunner.RunIn(_repo.Path, "lint", "db", "--changed-since", "main");

            Assert.Contains("db/V1__old.sql(1,", all.Output);
            Assert.True(changed.ExitCode == ExitCodes.Findings, changed.ToString());
            Assert.DoesNotContain("V1__old.sql", changed.Output);
            Assert.Contains("db/V2__touched.sql(2,", changed.Output);
            Assert.Contains("db/V3__new.sql(1,", changed.Output);
            Assert.Contains("db/sub/V4__uncommitted.sql(1,", changed.Output);
            Assert.Contains("4 files linted", changed.Output);
        }

        [Fact]
        public void Nothing_changed_exits_0_while_every_file_is_still_linted()
        {
            var run = CliRunner.RunIn(_repo.Path, "lint", "db", "--changed-since", "main");

            Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
            Assert.Equal("0 errors, 0 warnings, 0 info; 2 files linted in 0.25 s.\n", run.Output);
        }

        [Fact]
        public void Works_from_a_folder_below_the_repository_root()
        {
            _repo.Write("db/V3__new.sql", "DROP TABLE newer PURGE;\n");

            var run = CliRunner.RunIn(_repo.Combine("db"), "lint", "--changed-since", "main");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.StartsWith("V3__new.sql(1,", run.Output);
        }

        [Fact]
        public void An_unknown_ref_is_bad_usage_with_git_s_answer()
        {
            var run = CliRunner.RunIn(_repo.Path, "lint", "db", "--changed-since", "no-such-branch");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains("--changed-since: 'git diff", run.Error);
            Assert.Contains("no-such-branch", run.Error);
        }

        [Fact]
        public void Outside_a_repository_is_bad_usage()
        {
            using var plain = new TempFolder();
            plain.Write("V1__x.sql", "SELECT 1 FROM dual;\n");

            var run = CliRunner.RunIn(plain.Path, "lint", "-d", "oracle", "--changed-since", "main");

            Assert.True(run.ExitCode == ExitCodes.BadUsage, run.ToString());
            Assert.Contains("--changed-since", run.Error);
        }

        private void Git(params string[] args)
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = _repo.Path,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("user.name=SchemaGuard Tests");
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("user.email=tests@schemaguard.invalid");
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("commit.gpgsign=false");
            foreach (string arg in args) start.ArgumentList.Add(arg);
            start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "git " + string.Join(" ", args) + " failed: " + error.Result);
        }
    }
}

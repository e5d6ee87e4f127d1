using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>Which files <c>lint</c> reads (folders, globs, --include/--exclude) and in which order (migration order).</summary>
    public class SelectionTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public SelectionTests()
        {
            _folder.Write(".editorconfig", "root = true\n[*]\nschemaguard.dialect = oracle\n");
        }

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Folders_are_linted_in_migration_order_with_down_migrations_last()
        {
            _folder.Write("db/V10__ten.sql", "DROP TABLE ten PURGE;\n");
            _folder.Write("db/V2__two.sql", "DROP TABLE two PURGE;\n");
            _folder.Write("db/U2__undo_two.sql", "DROP TABLE undo_two PURGE;\n");
            _folder.Write("db/R__views.sql", "DROP TABLE views PURGE;\n");
            _folder.Write("db/sub/V1_5__one_five.sql", "DROP TABLE one_five PURGE;\n");

            Assert.Equal(new[] { "db/sub/V1_5__one_five.sql", "db/V2__two.sql", "db/V10__ten.sql", "db/R__views.sql", "db/U2__undo_two.sql" }, Paths("lint", "db"));
        }

        [Fact]
        public void Include_and_exclude_globs_apply_inside_folders()
        {
            _folder.Write("db/V1__a.sql", "DROP TABLE a PURGE;\n");
            _folder.Write("db/archive/V0__old.sql", "DROP TABLE old PURGE;\n");
            _folder.Write("db/V2__b.ddl", "DROP TABLE b PURGE;\n");
            _folder.Write("db/notes.txt", "DROP TABLE notes PURGE;\n");

            Assert.Equal(new[] { "db/archive/V0__old.sql", "db/V1__a.sql" }, Paths("lint", "db"));
            Assert.Equal(new[] { "db/V1__a.sql" }, Paths("lint", "db", "--exclude", "archive/**"));
            Assert.Equal(new[] { "db/V1__a.sql", "db/V2__b.ddl" }, Paths("lint", "db", "--include", "*.sql", "--include", "*.ddl"));
        }

        [Fact]
        public void A_named_file_is_linted_whatever_its_extension_and_a_glob_path_is_searched()
        {
            _folder.Write("db/V1__a.sql", "DROP TABLE a PURGE;\n");
            _folder.Write("db/deep/V2__b.sql", "DROP TABLE b PURGE;\n");
            _folder.Write("scripts/fix.txt", "DROP TABLE fix PURGE;\n");

            Assert.Equal(new[] { "scripts/fix.txt" }, Paths("lint", "scripts/fix.txt"));
            Assert.Equal(new[] { "db/deep/V2__b.sql" }, Paths("lint", "db/deep/*.sql"));
            Assert.Equal(new[] { "db/V1__a.sql", "db/deep/V2__b.sql" }, Paths("lint", "db/**/*.sql", "db/V1__a.sql"));
        }

        [Fact]
        public void Jobs_do_not_change_the_result()
        {
            for (int i = 1; i <= 30; i++) _folder.Write("db/V" + i + "__m.sql", "CREATE TABLE t" + i + " (id NUMBER);\nDROP TABLE t" + i + " PURGE;\n");

            var one = CliRunner.RunIn(_folder.Path, "lint", "db", "--jobs", "1", "--format", "json");
            var many = CliRunner.RunIn(_folder.Path, "lint", "db", "-j", "8", "--format", "json");

            Assert.Equal(one.Output, many.Output);
            Assert.Equal(30, Paths("lint", "db").Length);
        }

        private string[] Paths(params string[] args)
        {
            var run = CliRunner.RunIn(_folder.Path, args.Concat(new[] { "--format", "json" }).ToArray());
            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            using var json = JsonDocument.Parse(run.Output);
            return json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).Distinct().ToArray();
        }
    }
}

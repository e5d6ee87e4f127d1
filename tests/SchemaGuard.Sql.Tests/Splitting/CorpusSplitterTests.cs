using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Splitting;
using Xunit;
using static SchemaGuard.Sql.Tests.Splitting.SplitAssert;

namespace SchemaGuard.Sql.Tests.Splitting
{
    /// <summary>The shared corpus of real scripts splits the way SQL*Plus, psql, sqlcmd and mysql run them.</summary>
    public class CorpusSplitterTests
    {
        public static TheoryData<string> DialectFolders => new TheoryData<string> { "oracle", "postgresql", "mysql", "sqlserver" };

        [Theory]
        [MemberData(nameof(DialectFolders))]
        public void Every_file_splits_into_exact_tokens_and_terminated_statements(string folder)
        {
            var dialect = DialectOf(folder);
            var files = Files(folder).ToList();
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var (tokens, ranges, diagnostics) = Split(File.ReadAllText(file), dialect);
                if (diagnostics.Count > 0) Assert.Fail(file + ": " + string.Join("; ", diagnostics.Select(d => d.Message)));
                for (int r = 0; r < ranges.Count; r++)
                {
                    // A statement without terminator is cut only by a client command, a batch separator or the end.
                    var range = ranges[r];
                    if (range.Kind == StatementRangeKind.ClientCommand || range.Kind == StatementRangeKind.BatchSeparator || range.TerminatorToken >= 0) continue;
                    bool cut = r == ranges.Count - 1 || ranges[r + 1].Kind == StatementRangeKind.ClientCommand || ranges[r + 1].Kind == StatementRangeKind.BatchSeparator;
                    if (!cut) Assert.Fail(file + ": unterminated " + Describe(tokens, ranges)[r]);
                }
            }
        }

        [Fact]
        public void Oracle_plsql_sources_are_whole_units_each_run_by_a_slash()
        {
            var extensions = new[] { ".pks", ".pkb", ".tps", ".tpb", ".pck", ".pkg", ".trg" };
            var files = Files("oracle").Where(f => extensions.Contains(Path.GetExtension(f))).ToList();
            Assert.True(files.Count > 250, "found " + files.Count);
            int units = 0;
            foreach (var file in files)
            {
                var (tokens, ranges, _) = Split(File.ReadAllText(file), SqlDialect.Oracle);
                Assert.NotEmpty(ranges);
                foreach (var range in ranges)
                {
                    Assert.Equal(StatementRangeKind.PlSqlUnit, range.Kind);
                    Assert.Equal("/", tokens.GetText(range.TerminatorToken));
                    units++;
                }
            }

            // Each of the five .pck/.pkg examples holds a specification and a body.
            Assert.Equal(files.Count + 5, units);
        }

        [Fact]
        public void Utplsql_install_component_runs_as_sqlplus_would()
        {
            Assert.Equal(
                new[]
                {
                    "ClientCommand|set heading off|",
                    "ClientCommand|set feedback off|",
                    "ClientCommand|exec dbms_output.put_line('Installing component '||upper(regexp_substr('&&1','\\/(\\w*)\\.',1,1,'i',1)))|;",
                    "ClientCommand|@@&&1|",
                    "ClientCommand|show errors|",
                    "ClientCommand|exec dbms_output.put_line('&&line_separator')|;",
                },
                Describe(Read("oracle/utplsql/source/install_component.sql"), SqlDialect.Oracle));
        }

        [Fact]
        public void Utplsql_owner_parameter_script_mixes_commands_queries_and_host_shortcuts()
        {
            var described = Describe(Read("oracle/utplsql/source/define_ut3_owner_param.sql"), SqlDialect.Oracle);
            Assert.Equal(23, described.Length);
            Assert.Equal(3, described.Count(d => d.StartsWith("Sql|select", StringComparison.Ordinal) && d.EndsWith("|;", StringComparison.Ordinal)));
            Assert.Contains("ClientCommand|$ del params.sql.tmp|", described);
            Assert.Contains("ClientCommand|! rm params.sql.tmp|", described);
            Assert.Contains("ClientCommand|@params.sql.tmp|", described);
            Assert.Equal("ClientCommand|set termout on|", described[described.Length - 1]);
        }

        [Fact]
        public void Sample_schema_commands_continue_over_hyphens()
        {
            var described = Describe(Read("oracle/db-sample-schemas/product_media/long2lob.sql"), SqlDialect.Oracle);
            Assert.Contains("ClientCommand|HOST sqlldr pm/&pm_pass -\n  control=&ctl_file data=&dat_file log=&log_file|", described);
            Assert.Contains("ClientCommand|CONNECT pm/&pm_pass@&connect_string|;", described);
            Assert.Equal(2, described.Count(d => d == "ClientCommand|DESCRIBE long2lob|"));

            var analyze = Describe(Read("oracle/db-sample-schemas/order_entry/oe_analz.sql"), SqlDialect.Oracle);
            Assert.Single(analyze, d => d.StartsWith("ClientCommand|EXECUTE dbms_stats.gather_schema_stats( -\n", StringComparison.Ordinal) && d.EndsWith("block_sample => TRUE            )|;", StringComparison.Ordinal));
        }

        [Fact]
        public void Mysql_sakila_uses_three_custom_delimiters()
        {
            var (tokens, ranges, _) = Split(Read("mysql/sakila-jooq/mysql-sakila-schema.sql"), SqlDialect.MySql);
            var terminators = ranges.Where(r => r.TerminatorToken >= 0).GroupBy(r => tokens.GetText(r.TerminatorToken)).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(3, terminators[";;"]);
            Assert.Equal(1, terminators["//"]);
            Assert.Equal(5, terminators["$$"]);
            Assert.Equal(14, ranges.Count(r => r.Kind == StatementRangeKind.ClientCommand && tokens.IsWord(r.FirstToken, "DELIMITER")));
            Assert.All(
                ranges.Where(r => r.TerminatorToken >= 0 && tokens[r.TerminatorToken].Kind == SyntaxKind.CustomDelimiter),
                r => Assert.True(tokens.IsWord(r.FirstToken, "CREATE")));
        }

        [Fact]
        public void Sqlserver_sakila_is_cut_into_batches_by_go()
        {
            var (tokens, ranges, _) = Split(Read("sqlserver/sakila-jooq/sql-server-sakila-schema.sql"), SqlDialect.SqlServer);
            Assert.Equal(68, ranges.Count(r => r.Kind == StatementRangeKind.BatchSeparator));
            Assert.All(ranges.Where(r => r.Kind == StatementRangeKind.BatchSeparator), r => Assert.True(tokens.IsWord(r.FirstToken, "GO")));
        }

        [Fact]
        public void Bytebase_do_blocks_are_one_statement_each()
        {
            int blocks = 0;
            foreach (var file in Files("postgresql/bytebase-migrator"))
            {
                var (tokens, ranges, _) = Split(File.ReadAllText(file), SqlDialect.PostgreSql);
                foreach (var range in ranges.Where(r => tokens.IsWord(r.FirstToken, "DO")))
                {
                    blocks++;
                    Assert.Equal(range.FirstToken + 2, range.EndToken);
                    Assert.True(tokens[range.FirstToken + 1].Has(TokenFlags.DollarQuoted));
                    Assert.Equal(SyntaxKind.Semicolon, tokens[range.TerminatorToken].Kind);
                }
            }

            Assert.True(blocks >= 40, "found " + blocks);
        }

        /// <summary>
        /// The corpus lives in <c>shared/corpus</c> next to the repository (<c>../shared/corpus</c> from the main
        /// checkout); from a worktree nested one level deeper it is found further up.
        /// </summary>
        internal static string CorpusRoot
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SchemaGuard.sln"))) dir = dir.Parent;
                Assert.True(dir != null, "SchemaGuard.sln not found above " + AppContext.BaseDirectory);
                for (var up = dir!.Parent; up != null; up = up.Parent)
                {
                    string candidate = Path.Combine(up.FullName, "shared", "corpus");
                    if (Directory.Exists(candidate)) return candidate;
                }

                Assert.Fail("the shared corpus was not found at ../shared/corpus above " + dir.FullName);
                return string.Empty;
            }
        }

        internal static IEnumerable<string> Files(string folder) =>
            Directory.EnumerateFiles(Path.Combine(CorpusRoot, folder), "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).Equals("LICENSE", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal);

        internal static SqlDialect DialectOf(string folder) => folder switch
        {
            "oracle" => SqlDialect.Oracle,
            "postgresql" => SqlDialect.PostgreSql,
            "mysql" => SqlDialect.MySql,
            _ => SqlDialect.SqlServer,
        };

        private static string Read(string relative) => File.ReadAllText(Path.Combine(CorpusRoot, relative));
    }
}

using System;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using SchemaGuard.Core.Suppression;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    public class BaselineTests
    {
        private static readonly LintEngine Engine = TestSupport.Engine(new OtherRule(), new SelectRule());

        private static LintResult Lint(string text, string path = "/repo/db/V1__x.sql") =>
            Engine.Lint(SqlScript.Parse(text, SqlDialect.Oracle, path), new LintSettings(SqlDialect.Oracle));

        [Fact]
        public void Normalized_statement_drops_comments_and_layout_and_upper_cases_words()
        {
            var script = SqlScript.Parse("insert /*+ APPEND */ into  \"Mixed\" -- c\n (a)\n select 'Keep Case', 1.5e3 from dual;", SqlDialect.Oracle);
            var s = script.Statements[0];
            string normalized = FindingFingerprint.NormalizeStatement(script.Tokens, s.FirstTokenIndex, s.EndTokenIndex);
            Assert.Equal("INSERT /*+ APPEND */ INTO \"Mixed\" ( A ) SELECT 'Keep Case' , 1.5e3 FROM DUAL", normalized);
        }

        [Fact]
        public void Fingerprints_ignore_position_layout_and_comments_but_not_content()
        {
            string a = Lint("GRANT select ON t TO u;").Findings.Single().Fingerprint;
            string moved = Lint("-- header\n\n\nSELECT 1 FROM dual;\n  grant SELECT\n    on T -- why\n  to U;").Findings.Single(f => f.RuleId == "SG1901").Fingerprint;
            string changed = Lint("GRANT select ON t TO v;").Findings.Single().Fingerprint;
            string otherFile = Lint("GRANT select ON t TO u;", "/elsewhere/x.sql").Findings.Single().Fingerprint;
            Assert.Equal(a, moved);
            Assert.Equal(a, otherFile);
            Assert.NotEqual(a, changed);
            Assert.Matches("^[0-9a-f]{16}$", a);
        }

        [Fact]
        public void Fingerprints_differ_by_rule()
        {
            var script = SqlScript.Parse("SELECT 1 FROM dual;", SqlDialect.Oracle);
            var s = script.Statements[0];
            Assert.NotEqual(
                FindingFingerprint.FromStatement("SG1901", script.Tokens, s.FirstTokenIndex, s.EndTokenIndex),
                FindingFingerprint.FromStatement("SG1902", script.Tokens, s.FirstTokenIndex, s.EndTokenIndex));
            Assert.Equal(
                FindingFingerprint.FromStatement("sg1901", script.Tokens, s.FirstTokenIndex, s.EndTokenIndex),
                FindingFingerprint.FromStatement("SG1901", script.Tokens, s.FirstTokenIndex, s.EndTokenIndex));
        }

        [Fact]
        public void Baseline_accepts_old_findings_but_not_new_ones()
        {
            var old = Lint("GRANT a TO b;\nSELECT 1 FROM dual;\n");
            var baseline = Baseline.Create(old.Findings, "/repo");

            var now = Lint("-- a new header moves every line\nSELECT 1 FROM dual;\nGRANT a TO b;\nGRANT c TO d;\n");
            int marked = baseline.Apply(now.Findings, "/repo");
            Assert.Equal(2, marked);
            Assert.Equal(new[] { ("SG1902", 2, true), ("SG1901", 3, true), ("SG1901", 4, false) }, now.Findings.Select(f => (f.RuleId, f.Start.Line, f.IsSuppressed)));
            Assert.All(now.Findings.Where(f => f.IsSuppressed), f => Assert.Equal(SuppressionKind.Baseline, f.Suppression!.Kind));
        }

        [Fact]
        public void Identical_findings_are_counted()
        {
            var baseline = Baseline.Create(Lint("GRANT a TO b;\n").Findings, "/repo");
            var now = Lint("GRANT a TO b;\nGRANT a TO b;\n");
            Assert.Equal(1, baseline.Apply(now.Findings, "/repo"));
            Assert.Equal(new[] { true, false }, now.Findings.Select(f => f.IsSuppressed));

            var twice = Baseline.Create(now.Findings.Where(f => !f.IsSuppressed).Concat(Lint("GRANT a TO b;\n").Findings), "/repo");
            Assert.Equal(2, Assert.Single(twice.Entries).Count);
        }

        [Fact]
        public void Matching_needs_the_same_relative_file()
        {
            var baseline = Baseline.Create(Lint("GRANT a TO b;\n", "/repo/db/V1.sql").Findings, "/repo");
            Assert.Equal("db/V1.sql", baseline.Entries[0].Path);
            Assert.Equal(0, baseline.Apply(Lint("GRANT a TO b;\n", "/repo/db/V2.sql").Findings, "/repo"));
            Assert.Equal(1, baseline.Apply(Lint("GRANT a TO b;\n", "/checkout/db/V1.sql").Findings, "/checkout"));
        }

        [Fact]
        public void Inline_suppressions_win_and_are_not_baselined()
        {
            var findings = Lint("-- schemaguard-disable-next-line test-other -- fine\nGRANT a TO b;\n").Findings;
            Assert.Empty(Baseline.Create(findings, "/repo").Entries);
            var baseline = Baseline.Create(Lint("GRANT a TO b;\n").Findings, "/repo");
            baseline.Apply(findings, "/repo");
            Assert.Equal(SuppressionKind.Inline, findings.Single().Suppression!.Kind);
        }

        [Fact]
        public void Write_and_parse_round_trip_sorted()
        {
            var findings = Lint("SELECT 1 FROM dual;\nGRANT a TO b;\n", "/repo/b.sql").Findings.Concat(Lint("GRANT a TO b;\n", "/repo/a.sql").Findings);
            var baseline = Baseline.Create(findings, "/repo");
            string text = baseline.Write();
            var lines = text.Split('\n');
            Assert.Equal(Baseline.Header, lines[0]);
            Assert.StartsWith("#", lines[1]);
            Assert.StartsWith("SG1901\ttest-other\t", lines[2]);
            Assert.EndsWith("\t1\ta.sql", lines[2]);
            Assert.EndsWith("\tb.sql", lines[3]);
            Assert.StartsWith("SG1902\ttest-select\t", lines[4]);
            Assert.Equal(string.Empty, lines[5]);

            var parsed = Baseline.Parse(text.Replace("\n", "\r\n"));
            Assert.Equal(text, parsed.Write());
        }

        [Theory]
        [InlineData("", "Line 1")]
        [InlineData("SG1901\tx\tabc\t1\ta.sql\n", "Line 1")]
        [InlineData("# schemaguard-baseline 1\nSG1901\tx\tabc\t1\n", "Line 2: expected 5 tab-separated fields")]
        [InlineData("# schemaguard-baseline 1\n\n# note\nSG1901\tx\tabc\tmany\ta.sql\n", "Line 4: the count 'many'")]
        [InlineData("# schemaguard-baseline 1\nSG1901\tx\tabc\t0\ta.sql\n", "Line 2: the count '0'")]
        [InlineData("# schemaguard-baseline 1\nSG1901\tx\t\t1\ta.sql\n", "Line 2: rule id, fingerprint and path")]
        public void Malformed_baselines_say_which_line(string text, string message)
        {
            var ex = Assert.Throws<FormatException>(() => Baseline.Parse(text));
            Assert.StartsWith(message, ex.Message);
            Assert.False(Baseline.TryParse(text, out var baseline, out var error));
            Assert.Null(baseline);
            Assert.StartsWith(message, error);
        }

        [Theory]
        [InlineData("/repo/db/V1.sql", "/repo", "db/V1.sql")]
        [InlineData("/repo/db/V1.sql", "/repo/", "db/V1.sql")]
        [InlineData("/repo/V1.sql", "/repo/db", "../V1.sql")]
        [InlineData("/other/V1.sql", "/repo/db", "../../other/V1.sql")]
        [InlineData("db\\V1.sql", "", "db/V1.sql")]
        [InlineData("./db/V1.sql", "", "db/V1.sql")]
        [InlineData("db/V1.sql", "/repo", "db/V1.sql")]
        [InlineData("C:\\repo\\db\\V1.sql", "C:\\repo", "db/V1.sql")]
        [InlineData("D:\\x\\V1.sql", "C:\\repo", "D:/x/V1.sql")]
        public void Relative_paths(string path, string baseDirectory, string expected) =>
            Assert.Equal(expected, Baseline.RelativePath(path, baseDirectory));
    }
}

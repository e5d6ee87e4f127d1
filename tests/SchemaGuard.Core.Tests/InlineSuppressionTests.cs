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
    public class InlineSuppressionTests
    {
        private static LintResult Lint(string text, SqlDialect? dialect = null)
        {
            var d = dialect ?? SqlDialect.Oracle;
            return TestSupport.Engine(new OtherRule(), new SelectRule()).Lint(SqlScript.Parse(text, d, "x.sql"), new LintSettings(d));
        }

        private static (string Rule, int Line, bool Suppressed)[] Summary(LintResult result) =>
            result.Findings.Select(f => (f.RuleId, f.Start.Line, f.IsSuppressed)).ToArray();

        [Fact]
        public void Next_line_by_name_or_id_keeps_the_finding_marked_with_its_reason()
        {
            var result = Lint(
                "-- schemaguard-disable-next-line test-other -- granted on purpose\n" +
                "GRANT a TO b;\n" +
                "GRANT c TO d;\n" +
                "-- schemaguard-disable-next-line sg1901\n" +
                "GRANT e TO f;\n");
            Assert.Equal(new[] { ("SG1901", 2, true), ("SG1901", 3, false), ("SG1901", 5, true) }, Summary(result));
            var first = result.Findings[0].Suppression!;
            Assert.Equal(SuppressionKind.Inline, first.Kind);
            Assert.Equal("granted on purpose", first.Justification);
            Assert.Null(result.Findings[2].Suppression!.Justification);
            Assert.False(result.HasUnsuppressedAtOrAbove(Severity.Error));
            Assert.True(result.HasUnsuppressedAtOrAbove(Severity.Warning));
            Assert.Single(result.Unsuppressed);
        }

        [Fact]
        public void Next_line_is_the_next_line_with_code()
        {
            var result = Lint(
                "-- schemaguard-disable-next-line test-other\n" +
                "\n" +
                "-- an ordinary comment\n" +
                "GRANT a TO b;\n" +
                "GRANT c TO d;\n");
            Assert.Equal(new[] { ("SG1901", 4, true), ("SG1901", 5, false) }, Summary(result));
        }

        [Fact]
        public void Next_line_covers_only_the_rules_it_names_and_all_without_a_list()
        {
            var result = Lint(
                "-- schemaguard-disable-next-line test-select\n" +
                "GRANT a TO b; SELECT 1 FROM dual;\n" +
                "-- schemaguard-disable-next-line\n" +
                "GRANT a TO b; SELECT 1 FROM dual;\n");
            Assert.Equal(new[] { ("SG1901", 2, false), ("SG1902", 2, true), ("SG1901", 4, true), ("SG1902", 4, true) }, Summary(result));
        }

        [Fact]
        public void A_trailing_comment_covers_the_following_line()
        {
            var result = Lint("GRANT a TO b; -- schemaguard-disable-next-line test-other\nGRANT c TO d;\n");
            Assert.Equal(new[] { ("SG1901", 1, false), ("SG1901", 2, true) }, Summary(result));
        }

        [Fact]
        public void Disable_and_enable_ranges()
        {
            var result = Lint(
                "GRANT a TO b;\n" +                          // 1
                "-- schemaguard-disable test-other, SG1902 -- legacy block\n" +
                "GRANT a TO b; SELECT 1 FROM dual;\n" +      // 3
                "-- schemaguard-enable test-other\n" +
                "GRANT a TO b; SELECT 1 FROM dual;\n" +      // 5
                "-- schemaguard-enable\n" +
                "GRANT a TO b; SELECT 1 FROM dual;\n");      // 7
            Assert.Equal(
                new[] { ("SG1901", 1, false), ("SG1901", 3, true), ("SG1902", 3, true), ("SG1901", 5, false), ("SG1902", 5, true), ("SG1901", 7, false), ("SG1902", 7, false) },
                Summary(result));
            Assert.Equal("legacy block", result.Findings[1].Suppression!.Justification);
        }

        [Fact]
        public void Disable_all_then_enable_one()
        {
            var result = Lint(
                "/* schemaguard-disable */\n" +
                "GRANT a TO b; SELECT 1 FROM dual;\n" +
                "/* schemaguard-enable test-select */\n" +
                "GRANT a TO b; SELECT 1 FROM dual;\n" +
                "/* schemaguard-disable test-select */\n" +
                "GRANT a TO b; SELECT 1 FROM dual;\n");
            Assert.Equal(
                new[] { ("SG1901", 2, true), ("SG1902", 2, true), ("SG1901", 4, true), ("SG1902", 4, false), ("SG1901", 6, true), ("SG1902", 6, true) },
                Summary(result));
        }

        [Fact]
        public void Disable_file_works_from_anywhere_in_the_file()
        {
            var result = Lint("GRANT a TO b;\nSELECT 1 FROM dual;\n-- schemaguard-disable-file test-other -- generated file\n");
            Assert.Equal(new[] { ("SG1901", 1, true), ("SG1902", 2, false) }, Summary(result));
            Assert.Equal("generated file", result.Findings[0].Suppression!.Justification);
        }

        [Fact]
        public void Block_comments_and_hash_comments_carry_directives()
        {
            var block = Lint("/* schemaguard-disable-next-line\n   test-other, test-select\n   -- reason over lines */\nGRANT a TO b; SELECT 1 FROM dual;\n");
            Assert.All(block.Findings, f => Assert.True(f.IsSuppressed));
            Assert.Equal("reason over lines", block.Findings[0].Suppression!.Justification);

            var mysql = Lint("# schemaguard-disable-next-line test-other\nGRANT a TO b;\n", SqlDialect.MySql);
            Assert.True(Assert.Single(mysql.Findings).IsSuppressed);
        }

        [Fact]
        public void Directives_inside_strings_do_nothing()
        {
            var result = Lint("SELECT '-- schemaguard-disable-file' FROM dual;\nSELECT q'[/* schemaguard-disable-file */]' FROM dual;\n");
            Assert.All(result.Findings, f => Assert.False(f.IsSuppressed));
            Assert.Equal(2, result.Findings.Count);
        }

        [Fact]
        public void Unknown_rule_names_are_SG9002_at_the_name_and_the_known_ones_still_apply()
        {
            var result = Lint("-- schemaguard-disable-next-line tset-other, test-select\nGRANT a TO b; SELECT 1 FROM dual;\n");
            var unknown = Assert.Single(result.Findings, f => f.RuleId == "SG9002");
            Assert.Equal("unknown-rule-in-suppression", unknown.RuleName);
            Assert.Equal(1, unknown.Start.Line);
            Assert.Equal(34, unknown.Start.Column);
            Assert.Equal(44, unknown.End.Column);
            Assert.Contains("'tset-other'", unknown.Message);
            Assert.False(result.Findings.Single(f => f.RuleId == "SG1901").IsSuppressed);
            Assert.True(result.Findings.Single(f => f.RuleId == "SG1902").IsSuppressed);
        }

        [Fact]
        public void A_list_of_only_unknown_names_suppresses_nothing()
        {
            var result = Lint("-- schemaguard-disable nope\nGRANT a TO b;\n");
            Assert.False(result.Findings.Single(f => f.RuleId == "SG1901").IsSuppressed);
            Assert.Single(result.Findings, f => f.RuleId == "SG9002");
        }

        [Theory]
        [InlineData("-- schemaguard-disabel test-other", "'schemaguard-disabel'")]
        [InlineData("-- schemaguard-disable-next-line:test-other", "'schemaguard-disable-next-line:test-other'")]
        [InlineData("-- schemaguard-", "'schemaguard-'")]
        public void Misspelled_directives_are_SG9002(string comment, string quoted)
        {
            var result = Lint(comment + "\nGRANT a TO b;\n");
            var problem = Assert.Single(result.Findings, f => f.RuleId == "SG9002");
            Assert.Contains(quoted + " is not a suppression directive", problem.Message);
            Assert.Equal(4, problem.Start.Column);
            Assert.False(result.Findings.Single(f => f.RuleId == "SG1901").IsSuppressed);
        }

        [Fact]
        public void Ordinary_comments_are_not_directives()
        {
            var result = Lint("-- schemaguard is great\n-- disable-next-line test-other\nGRANT a TO b;\n");
            Assert.Single(result.Findings);
            Assert.False(result.Findings[0].IsSuppressed);
        }

        [Fact]
        public void SG9002_itself_can_be_suppressed()
        {
            var result = Lint("-- schemaguard-disable-file SG9002\n-- schemaguard-disable-next-line nope\nGRANT a TO b;\n");
            Assert.True(result.Findings.Single(f => f.RuleId == "SG9002").IsSuppressed);
        }

        [Fact]
        public void Directives_are_exposed_with_their_resolved_ids()
        {
            var script = SqlScript.Parse("-- schemaguard-disable-next-line test-other drop-table-purge, SG1005 -- why\nGRANT a TO b;\n/* schemaguard-enable */", SqlDialect.Oracle);
            var suppressions = InlineSuppressions.Read(script, TestSupport.TestCatalog);
            Assert.Equal(2, suppressions.Directives.Count);
            var first = suppressions.Directives[0];
            Assert.Equal(SuppressionDirectiveKind.DisableNextLine, first.Kind);
            Assert.Equal(new[] { "SG1901", "SG1005" }, first.RuleIds);
            Assert.False(first.AppliesToAllRules);
            Assert.Equal("why", first.Reason);
            Assert.Equal(2, first.TargetLine);
            Assert.True(suppressions.Directives[1].AppliesToAllRules);
            Assert.Empty(suppressions.Problems);
        }
    }
}

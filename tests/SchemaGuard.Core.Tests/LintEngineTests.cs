using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    public class LintEngineTests
    {
        private static readonly LintSettings Oracle = new LintSettings(SqlDialect.Oracle);

        private static SqlScript Parse(string text, string path = "V1__x.sql", SqlDialect? dialect = null) =>
            SqlScript.Parse(text, dialect ?? SqlDialect.Oracle, path);

        [Fact]
        public void Statements_go_only_to_the_rules_that_asked_for_their_kind()
        {
            var other = new OtherRule();
            var engine = TestSupport.Engine(other, new SelectRule());
            var result = engine.Lint(Parse("GRANT SELECT ON t TO u;\nSELECT 1 FROM dual;\nCREATE VIEW v AS SELECT 1 FROM dual;\n"), Oracle);

            Assert.Equal(2, other.Seen.Count);
            Assert.All(other.Seen, s => Assert.Equal(StatementKind.Other, s.Statement.Kind));
            Assert.Equal(new[] { ("SG1901", 1), ("SG1902", 2), ("SG1901", 3) }, result.Findings.Select(f => (f.RuleId, f.Start.Line)));
            Assert.All(result.Findings, f => Assert.Equal("V1__x.sql", f.FilePath));
        }

        [Fact]
        public void Findings_carry_rule_severity_span_and_positions()
        {
            var result = TestSupport.Engine(new OtherRule()).Lint(Parse("-- c\r\n  GRANT SELECT ON t TO u;\r\n"), Oracle);
            var finding = Assert.Single(result.Findings);
            Assert.Equal("SG1901", finding.RuleId);
            Assert.Equal("test-other", finding.RuleName);
            Assert.Equal(Severity.Warning, finding.Severity);
            Assert.Equal(2, finding.Start.Line);
            Assert.Equal(3, finding.Start.Column);
            Assert.Equal(2, finding.End.Line);
            Assert.Equal(25, finding.End.Column);
            Assert.Equal("statement GRANT SELECT ON t TO u", finding.Message);
            Assert.Null(finding.Suppression);
            Assert.Equal(16, finding.Fingerprint.Length);
            Assert.Equal("V1__x.sql(2,3): warning SG1901: " + finding.Message, finding.ToString());
        }

        [Fact]
        public void Front_end_diagnostics_become_findings()
        {
            var result = TestSupport.Engine().Lint(Parse("GRANT x TO y;\nFROBNICATE t;\nSELECT 'open FROM dual;\n"), Oracle);
            var unreadable = Assert.Single(result.Findings, f => f.RuleId == "SG9001");
            Assert.Equal("unreadable-statement", unreadable.RuleName);
            Assert.Equal(Severity.Warning, unreadable.Severity);
            Assert.Equal(2, unreadable.Start.Line);
            var unterminated = Assert.Single(result.Findings, f => f.RuleId == "SG9004");
            Assert.Equal(Severity.Error, unterminated.Severity);
            Assert.Equal(3, unterminated.Start.Line);
        }

        [Fact]
        public void Binary_and_badly_encoded_files_are_reported_not_thrown()
        {
            var binary = SqlScript.ParseFile(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE, 0x3B }, "x.sql", SqlDialect.Oracle);
            var result = new LintEngine().Lint(binary, Oracle);
            Assert.Contains(result.Findings, f => f.RuleId == "SG9006" && f.RuleName == "binary-file");

            var latin1 = SqlScript.ParseFile(Encoding.GetEncoding("iso-8859-1").GetBytes("SELECT 'Müller' FROM dual;"), "y.sql", SqlDialect.Oracle);
            Assert.Contains(new LintEngine().Lint(latin1, Oracle).Findings, f => f.RuleId == "SG9005" && f.Start.Line == 1);
        }

        [Fact]
        public void Severity_overrides_change_and_none_disables()
        {
            var script = Parse("GRANT x TO y;\nFROBNICATE t;\n");
            var engine = TestSupport.Engine(new OtherRule());

            var raised = engine.Lint(script, Oracle.WithSeverity("test-other", Severity.Error));
            Assert.Equal(Severity.Error, raised.Findings.Single(f => f.RuleId == "SG1901").Severity);

            var other = new OtherRule();
            var off = TestSupport.Engine(other).Lint(script, Oracle.WithSeverity("SG1901", Severity.None).WithSeverity("unreadable-statement", Severity.None));
            Assert.Empty(off.Findings);
            Assert.Empty(other.Seen);

            var hidden = engine.Lint(script, Oracle.WithSeverity("SG9001", Severity.Hidden));
            Assert.Equal(Severity.Hidden, hidden.Findings.Single(f => f.RuleId == "SG9001").Severity);
        }

        [Fact]
        public void Rules_run_only_for_their_dialects()
        {
            var engine = TestSupport.Engine(new PostgresOnlyRule());
            Assert.Empty(engine.Lint(Parse("GRANT x TO y;"), Oracle).Findings);
            var pg = engine.Lint(Parse("GRANT x TO y;", dialect: SqlDialect.PostgreSql), new LintSettings(SqlDialect.PostgreSql));
            Assert.Single(pg.Findings, f => f.RuleId == "SG1905");
        }

        [Fact]
        public void Options_come_from_settings_over_page_defaults()
        {
            var engine = TestSupport.Engine(new SelectRule());
            var script = Parse("SELECT 1 FROM dual;");
            Assert.Equal("select limit=3 strict=False label=hello", engine.Lint(script, Oracle).Findings.Single().Message);
            var configured = Oracle.WithOption("test-select", "limit", "9").WithOption("SG1902", "strict", "true").WithOption("SG1902", "label", " bye ");
            Assert.Equal("select limit=9 strict=True label=bye", engine.Lint(script, configured).Findings.Single().Message);
            var invalid = Oracle.WithOption("SG1902", "limit", "many");
            Assert.Equal("select limit=3 strict=False label=hello", engine.Lint(script, invalid).Findings.Single().Message);
        }

        [Fact]
        public void A_failing_rule_becomes_an_SG9009_finding_and_the_rest_goes_on()
        {
            var engine = TestSupport.Engine(new ThrowingRule(), new OtherRule());
            var files = new[]
            {
                new LintFile(Parse("GRANT a TO b;\nGRANT BOOM TO b;\nGRANT c TO d;\n", "one.sql"), Oracle),
                new LintFile(Parse("GRANT e TO f;\n", "two.sql"), Oracle),
            };
            var findings = engine.Lint(files).Findings;

            var failure = Assert.Single(findings, f => f.RuleId == "SG9009");
            Assert.Equal("rule-failed", failure.RuleName);
            Assert.Equal(Severity.Error, failure.Severity);
            Assert.Equal("one.sql", failure.FilePath);
            Assert.Equal(2, failure.Start.Line);
            Assert.Contains("SG1903 (test-throws)", failure.Message);
            Assert.Contains("InvalidOperationException: kaboom", failure.Message);

            // Before the failure it reported, after it it was skipped in that file; the next file gets it back.
            Assert.Equal(new[] { ("one.sql", 1), ("two.sql", 1) }, findings.Where(f => f.RuleId == "SG1903").Select(f => (f.FilePath, f.Start.Line)));
            Assert.Equal(4, findings.Count(f => f.RuleId == "SG1901"));
            Assert.Equal(new[] { "one.sql", "two.sql" }, findings.Select(f => f.FilePath).Distinct());
        }

        [Fact]
        public void Bad_reports_from_a_rule_are_rule_failures()
        {
            var engine = TestSupport.Engine(new OutOfRangeRule());
            var finding = Assert.Single(engine.Lint(Parse("GRANT a TO b;"), Oracle).Findings);
            Assert.Equal("SG9009", finding.RuleId);
            Assert.Contains("lies outside the file", finding.Message);
        }

        [Fact]
        public void Whole_file_rules_see_every_statement_through_the_index()
        {
            var engine = TestSupport.Engine(new ScriptRule());
            var result = engine.Lint(Parse("GRANT a TO b;\nSELECT 1 FROM dual;\nSELECT 2 FROM dual;\n"), Oracle);
            var finding = Assert.Single(result.Findings);
            Assert.Equal("statements=3 selects=2 others=1", finding.Message);
            Assert.Equal(3, finding.Start.Line);
        }

        [Fact]
        public void Fixes_are_kept_with_the_finding()
        {
            var result = TestSupport.Engine(new FixRule()).Lint(Parse("grant a to b;\n"), Oracle);
            var finding = Assert.Single(result.Findings);
            Assert.Equal("upper", finding.Alternative);
            Assert.Equal("GRANT a to b;\n", TextEdit.Apply("grant a to b;\n", finding.Fix));
        }

        [Fact]
        public void Findings_are_sorted_by_position_within_each_file()
        {
            var result = TestSupport.Engine(new ScriptRule(), new OtherRule(), new SelectRule()).Lint(Parse("SELECT 1 FROM dual;\nGRANT a TO b;\n"), Oracle);
            Assert.Equal(new[] { "SG1902", "SG1901", "SG1904" }, result.Findings.Select(f => f.RuleId));
        }

        [Fact]
        public void Never_throws_on_any_input()
        {
            var engine = new LintEngine(RuleSet.Create(new SqlRule[] { new OtherRule(), new SelectRule(), new ThrowingRule(), new ScriptRule(), new FixRule() }, TestSupport.TestCatalog));
            var random = new Random(1234);
            const string alphabet = "abcSELECTGRANT '\"`;/*-\n\r\t()[]{}$#@:=.,q\\BOOM";
            for (int i = 0; i < 200; i++)
            {
                var sb = new StringBuilder();
                int length = random.Next(0, 120);
                for (int k = 0; k < length; k++) sb.Append(alphabet[random.Next(alphabet.Length)]);
                foreach (var dialect in SqlDialect.All)
                {
                    var result = engine.Lint(SqlScript.Parse(sb.ToString(), dialect, "fuzz.sql"), new LintSettings(dialect));
                    Assert.All(result.Findings, f => Assert.True(f.Span.End <= sb.Length));
                }
            }
        }

        [Fact]
        public void The_default_engine_runs_every_rule()
        {
            var engine = new LintEngine();
            Assert.Same(RuleSet.Default, engine.Rules);
            Assert.False(engine.Lint(Parse("GRANT a TO b;"), Oracle).HasUnsuppressedAtOrAbove(Severity.Info));
            Assert.Empty(engine.Lint(Array.Empty<LintFile>()).Findings);
        }

        [Rule("SG1901")]
        private sealed class OutOfRangeRule : SqlRule
        {
            public override IReadOnlyCollection<StatementKind> Kinds => KindsOf(StatementKind.Other);

            public override void Analyze(RuleContext context) => context.Report(new Sql.Text.TextSpan(0, 10_000), "too far");
        }
    }
}

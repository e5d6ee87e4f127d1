using System;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    public class FindingTests
    {
        [Fact]
        public void Positions_are_computed_from_the_span()
        {
            var source = new SourceText("a\r\nbb\rccc\ndddd", "f.sql");
            var finding = new Finding("SG1901", "test-other", Severity.Info, source, TextSpan.FromBounds(4, 9), "m", "alt");
            Assert.Equal(2, finding.Start.Line);
            Assert.Equal(2, finding.Start.Column);
            Assert.Equal(3, finding.End.Line);
            Assert.Equal(4, finding.End.Column);
            Assert.Equal("f.sql(2,2): info SG1901: m", finding.ToString());
            Assert.Equal("alt", finding.Alternative);
            Assert.Empty(finding.Fix);
            Assert.Matches("^[0-9a-f]{16}$", finding.Fingerprint);
        }

        [Fact]
        public void Findings_reject_impossible_input()
        {
            var source = new SourceText("abc", "f.sql");
            Assert.Throws<ArgumentOutOfRangeException>(() => new Finding("SG1", "x", Severity.Error, source, new TextSpan(2, 5), "m"));
            Assert.Throws<ArgumentOutOfRangeException>(() => new Finding("SG1", "x", Severity.None, source, new TextSpan(0, 1), "m"));
            Assert.Null(new Finding("SG1", "x", Severity.Error, source, new TextSpan(0, 1), "m", "  ").Alternative);
        }

        [Fact]
        public void Line_fingerprints_follow_the_text_not_the_line_number()
        {
            var a = new Finding("SG9003", "invalid-setting", Severity.Error, new SourceText("[*]\nx =  1\n"), new TextSpan(8, 1), "m");
            var b = new Finding("SG9003", "invalid-setting", Severity.Error, new SourceText("# moved\n[*]\nx = 1\n"), new TextSpan(16, 1), "m");
            Assert.Equal(a.Fingerprint, b.Fingerprint);
        }

        [Fact]
        public void Edits_apply_in_text_order()
        {
            string text = "DROP TABLE t PURGE;";
            var edits = new[]
            {
                new TextEdit(new TextSpan(12, 6), string.Empty),
                new TextEdit(new TextSpan(0, 0), "-- fixed\n"),
                new TextEdit(new TextSpan(11, 1), "orders"),
            };
            Assert.Equal("-- fixed\nDROP TABLE orders;", TextEdit.Apply(text, edits));
            Assert.Equal("ab", TextEdit.Apply("", new[] { new TextEdit(new TextSpan(0, 0), "a"), new TextEdit(new TextSpan(0, 0), "b") }));
        }

        [Fact]
        public void Overlapping_or_outside_edits_are_refused()
        {
            Assert.Throws<ArgumentException>(() => TextEdit.Apply("abcdef", new[] { new TextEdit(new TextSpan(0, 3), "x"), new TextEdit(new TextSpan(2, 2), "y") }));
            Assert.Throws<ArgumentException>(() => TextEdit.Apply("abc", new[] { new TextEdit(new TextSpan(2, 5), "x") }));
        }

        [Theory]
        [InlineData("error", Severity.Error)]
        [InlineData("warning", Severity.Warning)]
        [InlineData("info", Severity.Info)]
        public void Page_severities(string word, Severity expected)
        {
            Assert.True(SeverityNames.TryParsePageSeverity(word, out var severity));
            Assert.Equal(expected, severity);
            Assert.Equal(word, SeverityNames.ToPageName(severity));
            Assert.False(SeverityNames.TryParsePageSeverity(word.ToUpperInvariant(), out _));
            Assert.True(Severity.Error > Severity.Warning && Severity.Warning > Severity.Info && Severity.Info > Severity.Hidden && Severity.Hidden > Severity.None);
        }
    }
}

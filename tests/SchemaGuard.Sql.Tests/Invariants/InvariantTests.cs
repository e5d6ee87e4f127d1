using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Tests.Infrastructure;
using Xunit;

namespace SchemaGuard.Sql.Tests.Invariants
{
    /// <summary>Properties every parse must have, checked over every fixture, bundled sample and SQL example on the rule pages.</summary>
    public class InvariantTests
    {
        /// <summary>Prefix parses per sample and dialect at most; beyond it token boundaries are thinned evenly.</summary>
        private const int MaxPrefixesAtTokenBoundaries = 1500;

        /// <summary>Extra cut points at arbitrary characters (inside tokens, inside trivia, inside surrogate pairs).</summary>
        private const int SampledCharacterOffsets = 64;

        [Theory]
        [MemberData(nameof(SampleCatalog.Ids), MemberType = typeof(SampleCatalog))]
        public void Tokens_and_trivia_give_back_the_exact_text(string id)
        {
            var sample = SampleCatalog.Get(id);
            foreach (var dialect in sample.Dialects)
            {
                var script = SqlScript.Parse(sample.Text, dialect);
                string rebuilt = SqlText.Rebuild(script.Tokens);
                Assert.True(sample.Text == rebuilt, id + " (" + dialect + "): text rebuilt from tokens and trivia differs " + DescribeDifference(sample.Text, rebuilt));
            }
        }

        [Theory]
        [MemberData(nameof(SampleCatalog.Ids), MemberType = typeof(SampleCatalog))]
        public void Child_spans_nest_and_statements_are_ordered(string id)
        {
            var sample = SampleCatalog.Get(id);
            foreach (var dialect in sample.Dialects)
            {
                var problems = ScriptInvariants.FindSpanProblems(SqlScript.Parse(sample.Text, dialect));
                Assert.True(problems.Count == 0, id + " (" + dialect + "):\n" + ScriptInvariants.Summarize(problems));
            }
        }

        [Theory]
        [MemberData(nameof(SampleCatalog.Ids), MemberType = typeof(SampleCatalog))]
        public void Every_prefix_parses_without_exception(string id)
        {
            var sample = SampleCatalog.Get(id);
            string text = sample.Text;
            foreach (var dialect in sample.Dialects)
            {
                var problems = new List<string>();
                foreach (int cut in CutPoints(id, text, SqlScript.Parse(text, dialect)))
                {
                    string prefix = text.Substring(0, cut);
                    try
                    {
                        var script = SqlScript.Parse(prefix, dialect);
                        if (SqlText.Rebuild(script.Tokens) != prefix) problems.Add("prefix of " + cut + " characters does not round-trip");
                    }
                    catch (Exception ex)
                    {
                        problems.Add("prefix of " + cut + " characters threw " + ex.GetType().Name + ": " + ex.Message + "\n" + ex.StackTrace);
                    }
                }

                Assert.True(problems.Count == 0, id + " (" + dialect + "):\n" + ScriptInvariants.Summarize(problems, 3));
            }
        }

        [Theory]
        [MemberData(nameof(SampleCatalog.Ids), MemberType = typeof(SampleCatalog))]
        public void Line_break_style_changes_neither_tree_nor_positions(string id)
        {
            var sample = SampleCatalog.Get(id);
            foreach (var dialect in sample.Dialects)
            {
                var variants = new[] { ("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r") }
                    .Select(v => (Name: v.Item1, Script: SqlScript.Parse(SqlText.WithLineBreaks(sample.Text, v.Item2), dialect)))
                    .ToList();

                string expected = ScriptInvariants.NormalizeEscapedLineBreaks(SyntaxTreeDumper.Dump(variants[0].Script));
                foreach (var variant in variants)
                {
                    string dump = ScriptInvariants.NormalizeEscapedLineBreaks(SyntaxTreeDumper.Dump(variant.Script));
                    if (dump != expected)
                    {
                        Assert.Fail(id + " (" + dialect + "): the " + variant.Name + " version dumps differently from the LF version " + DescribeDifference(expected, dump));
                    }

                    var tokens = variant.Script.Tokens;
                    Assert.True(tokens.Count == variants[0].Script.Tokens.Count, id + " (" + dialect + "): the " + variant.Name + " version has " + tokens.Count + " tokens, the LF version " + variants[0].Script.Tokens.Count);
                    var positions = ScriptInvariants.CountPositions(tokens.Source.Text);
                    for (int i = 0; i < tokens.Count; i++)
                    {
                        var expectedPosition = positions[tokens[i].Start];
                        var actual = tokens.Source.GetPosition(tokens[i].Start);
                        var inLf = variants[0].Script.Tokens.Source.GetPosition(variants[0].Script.Tokens[i].Start);
                        Assert.True(
                            actual.Line == expectedPosition.Line && actual.Column == expectedPosition.Column && actual.Line == inLf.Line && actual.Column == inLf.Column,
                            id + " (" + dialect + ", " + variant.Name + "): token " + i + " is at " + actual + ", expected " + expectedPosition.Line + ":" + expectedPosition.Column + " (LF version: " + inLf + ")");
                    }
                }
            }
        }

        [Theory]
        [MemberData(nameof(SampleCatalog.RuleExampleIds), MemberType = typeof(SampleCatalog))]
        public void Rule_page_examples_are_read_as_statements(string id)
        {
            var sample = SampleCatalog.Get(id);
            foreach (var dialect in sample.Dialects)
            {
                Assert.True(SqlScript.Parse(sample.Text, dialect).Statements.Count > 0, id + " (" + dialect + "): the example holds no statement");
            }

            if (id.StartsWith(SampleCatalog.BuiltInPageId, StringComparison.Ordinal))
            {
                // The stand-in is only used while the pages have no example; prove the extraction it went through.
                Assert.Empty(SampleCatalog.LoadRuleExamples());
                var extracted = SampleCatalog.FromPage(SampleCatalog.BuiltInPageId, SampleCatalog.BuiltInPage).ToList();
                Assert.Equal(2, extracted.Count);
                Assert.Equal(new[] { Dialects.SqlDialect.Oracle }, extracted[0].Dialects);
                Assert.Equal(Dialects.SqlDialect.All, extracted[1].Dialects);
                Assert.Equal("DELETE FROM orders WHERE id = 1;\n", extracted[1].Text);
            }
        }

        [Fact]
        public void Only_blocks_with_a_role_are_rule_examples()
        {
            const string page = "# Page\n\n```sql\n-- schemaguard-disable-next-line x\n```\n\n## Examples\n\n```sql bad dialect=oracle\nDROP TABLE t;\n```\n\n" +
                "```sql setup dialect=mysql\nCREATE TABLE t (id INT);\n```\n\n```sql good\nSELECT 1;\n```\n";

            var samples = SampleCatalog.FromPage("rules/page.md", page).ToList();

            Assert.Equal(new[] { "rules/page.md#L3", "rules/page.md#L9", "rules/page.md#L13", "rules/page.md#L17" }, samples.Select(s => s.Id));
            Assert.Equal(new[] { false, true, true, true }, samples.Select(s => s.IsRuleExample));
        }

        [Theory]
        [MemberData(nameof(SampleCatalog.BundledSampleIds), MemberType = typeof(SampleCatalog))]
        public void Bundled_samples_read_without_syntax_errors(string id)
        {
            var sample = SampleCatalog.Get(id);
            var script = SqlScript.Parse(sample.Text, sample.Dialects[0], id);
            var errors = ScriptInvariants.SyntaxErrors(script);
            Assert.True(errors.Count == 0, id + " is shown in the README and must read cleanly:\n" + string.Join("\n", errors));
        }

        /// <summary>Every token start and end, thinned evenly past a limit, plus a fixed pseudo-random sample of character offsets.</summary>
        private static IEnumerable<int> CutPoints(string id, string text, SqlScript full)
        {
            var boundaries = new SortedSet<int>();
            foreach (var token in full.Tokens)
            {
                boundaries.Add(token.Start);
                boundaries.Add(token.End);
            }

            var cuts = new SortedSet<int>();
            int stride = Math.Max(1, (boundaries.Count + MaxPrefixesAtTokenBoundaries - 1) / MaxPrefixesAtTokenBoundaries);
            int index = 0;
            foreach (int boundary in boundaries)
            {
                if (index++ % stride == 0) cuts.Add(boundary);
            }

            var random = new Random(SampleCatalog.StableSeed(id));
            for (int i = 0; i < SampledCharacterOffsets && text.Length > 0; i++) cuts.Add(random.Next(0, text.Length + 1));
            return cuts;
        }

        private static string DescribeDifference(string expected, string actual)
        {
            int n = Math.Min(expected.Length, actual.Length);
            int i = 0;
            while (i < n && expected[i] == actual[i]) i++;
            string Around(string s) => s.Substring(Math.Max(0, i - 30), Math.Min(s.Length, i + 60) - Math.Max(0, i - 30)).Replace("\n", "\\n").Replace("\r", "\\r");
            return "at offset " + i + ":\n  expected: " + Around(expected) + "\n  actual:   " + Around(actual);
        }
    }
}

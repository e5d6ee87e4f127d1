using System.Linq;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    public class RulePageParserTests
    {
        private const string Valid = @"---
id: SG3005
name: low-undo-retention
title: undo_retention set below a safe minimum
category: recoverability
severity: warning
dialects: [oracle]
since: 0.1.0
# a comment line
options:
  - min_seconds: 10800  # smallest undo_retention accepted, in seconds
  - strict: false  # also flag ALTER SESSION
tags:
  - flashback
  - undo
---

# SG3005 low-undo-retention

## Why it is dangerous

Flashback needs undo.
It is short.

Not this paragraph.

## What to do instead

```sql
ALTER SYSTEM SET undo_retention = 10800;
```

## Examples

```sql setup
CREATE TABLE t (id NUMBER);
```

```csv usage
INDEX_NAME,TABLE_NAME,USED
T_IX,T,NO
```

```sql bad options=min_seconds:900 line=2
-- comment
ALTER SYSTEM SET undo_retention = 600;
```

```sql fixed
-- comment
ALTER SYSTEM SET undo_retention = 10800;
```

```sql good version=19c edition=enterprise
ALTER SYSTEM SET undo_retention = 10800;
```

```text
an illustration
```
";

        [Fact]
        public void Reads_front_matter()
        {
            var page = RulePageParser.Parse(Valid, "SG3005.md");
            Assert.Equal("SG3005", page.Id);
            Assert.Equal(3005, page.Number);
            Assert.Equal("low-undo-retention", page.Name);
            Assert.Equal("undo_retention set below a safe minimum", page.Title);
            Assert.Same(RuleCategory.Recoverability, page.Category);
            Assert.Equal(Severity.Warning, page.Severity);
            Assert.Equal(new[] { "oracle" }, page.Dialects);
            Assert.False(page.AppliesToAllDialects);
            Assert.Equal("0.1.0", page.Since);
            Assert.Equal(new[] { "flashback", "undo" }, page.Tags);
            Assert.Equal(2, page.Options.Count);
            Assert.Equal("min_seconds", page.Options[0].Name);
            Assert.Equal("10800", page.Options[0].DefaultValue);
            Assert.Equal(RuleOptionKind.Integer, page.Options[0].Kind);
            Assert.Equal("smallest undo_retention accepted, in seconds", page.Options[0].Description);
            Assert.Equal(11, page.Options[0].Line);
            Assert.Equal(RuleOptionKind.Boolean, page.Options[1].Kind);
        }

        [Fact]
        public void Reads_sections_and_description()
        {
            var page = RulePageParser.Parse(Valid, "SG3005.md");
            Assert.Equal(new[] { "Why it is dangerous", "What to do instead", "Examples" }, page.Sections.Select(s => s.Heading));
            Assert.Equal("Flashback needs undo. It is short.", page.Description);
            Assert.Equal(20, page.GetSection("Why it is dangerous")!.Line);
            Assert.StartsWith("# SG3005 low-undo-retention", page.Markdown);
            Assert.DoesNotContain("since:", page.Markdown);
            Assert.Contains("ALTER SYSTEM SET undo_retention = 10800;", page.GetSection("What to do instead")!.Markdown);
        }

        [Fact]
        public void Reads_examples_with_their_context()
        {
            var page = RulePageParser.Parse(Valid, "SG3005.md");
            Assert.Equal(2, page.Examples.Count);

            var bad = page.Examples[0];
            Assert.Equal(ExampleRole.Bad, bad.Role);
            Assert.Equal("oracle", bad.Dialect);
            Assert.Equal("-- comment\nALTER SYSTEM SET undo_retention = 600;\n", bad.Code);
            Assert.Equal(45, bad.Line);
            Assert.Equal(new[] { 2 }, bad.ExpectedLines);
            Assert.Equal("900", bad.Options["min_seconds"]);
            Assert.Single(bad.Setup);
            Assert.Equal("CREATE TABLE t (id NUMBER);\n", bad.Setup[0].Code);
            Assert.Equal("INDEX_NAME,TABLE_NAME,USED\nT_IX,T,NO\n", bad.Usage!.Code);
            Assert.Equal("-- comment\nALTER SYSTEM SET undo_retention = 10800;\n", bad.Fixed!.Code);

            var good = page.Examples[1];
            Assert.Equal(ExampleRole.Good, good.Role);
            Assert.Equal(EngineVersion.Parse("19"), good.Version);
            Assert.Equal(Edition.Enterprise, good.Edition);
            Assert.Empty(good.ExpectedLines);
            Assert.Null(good.Fixed);
            Assert.Single(good.Setup);
        }

        [Fact]
        public void Setup_blocks_accumulate_until_an_example_uses_them_then_start_over()
        {
            string examples = "```sql setup\nA;\n```\n\n```sql setup\nB;\n```\n\n```sql bad\nX;\n```\n\n```sql good\nY;\n```\n\n```sql setup\nC;\n```\n\n```sql good\nZ;\n```\n";
            var page = RulePageParser.Parse(TestSupport.Page("SG1001", "x", dialects: "[oracle]", examples: examples), "SG1001.md");
            Assert.Equal(new[] { "A;\n", "B;\n" }, page.Examples[0].Setup.Select(s => s.Code));
            Assert.Equal(new[] { "A;\n", "B;\n" }, page.Examples[1].Setup.Select(s => s.Code));
            Assert.Equal(new[] { "C;\n" }, page.Examples[2].Setup.Select(s => s.Code));
        }

        [Fact]
        public void All_dialects_and_crlf()
        {
            string text = TestSupport.Page("SG1001", "x", examples: "```sql bad dialect=mysql\nX;\n```\n").Replace("\n", "\r\n");
            var page = RulePageParser.Parse(text, "SG1001.md");
            Assert.True(page.AppliesToAllDialects);
            Assert.Equal(5, page.Dialects.Count);
            Assert.Equal("mysql", page.Examples[0].Dialect);
            Assert.Equal("X;\n", page.Examples[0].Code);
        }

        [Fact]
        public void A_heading_inside_a_code_block_is_not_a_section()
        {
            string examples = "```sql bad dialect=oracle\n## Examples\nX;\n```\n";
            var page = RulePageParser.Parse(TestSupport.Page("SG1001", "x", examples: examples), "SG1001.md");
            Assert.Single(page.Sections, s => s.Heading == "Examples");
            Assert.Equal("## Examples\nX;\n", page.Examples[0].Code);
        }

        [Theory]
        [InlineData("no front matter", 1, "starts with its front matter")]
        [InlineData("---\nid: SG1001\n", 1, "never closed")]
        [InlineData("---\nid: SG1001\nnope: 1\n---\n", 3, "Unknown front matter key 'nope'")]
        [InlineData("---\nid: SG1001\nid: SG1002\n---\n", 3, "given twice (first on line 2)")]
        [InlineData("---\nid: SG1001\n---\n", 3, "has no 'name'")]
        [InlineData("---\n  - stray\n---\n", 2, "must follow a key written without a value")]
        [InlineData("---\njust words\n---\n", 2, "Expected 'key: value'")]
        public void Front_matter_structure_errors(string text, int line, string message)
        {
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(text, "SG1001.md"));
            Assert.Equal(line, ex.Line);
            Assert.Equal("SG1001.md", ex.FileName);
            Assert.Contains(message, ex.Reason);
            Assert.StartsWith("SG1001.md(" + line + "): ", ex.Message);
        }

        [Theory]
        [InlineData("id: SG1001", "id: SG101", 2, "not a rule id")]
        [InlineData("id: SG1001", "id: sg1001", 2, "not a rule id")]
        [InlineData("name: x", "name: Drop_Table", 3, "not a kebab-case name")]
        [InlineData("name: x", "name: drop--table", 3, "not a kebab-case name")]
        [InlineData("name: x", "name: drop-", 3, "not a kebab-case name")]
        [InlineData("title: Test rule x", "title:", 4, "'title' needs a value")]
        [InlineData("category: data-loss", "category: dataloss", 5, "Unknown category 'dataloss'")]
        [InlineData("category: data-loss", "category: locking", 5, "outside the range of category 'locking'")]
        [InlineData("severity: warning", "severity: fatal", 6, "Unknown severity 'fatal'")]
        [InlineData("severity: warning", "severity: Warning", 6, "Unknown severity")]
        [InlineData("dialects: all", "dialects: [oracle, oracel]", 7, "Unknown dialect 'oracel'")]
        [InlineData("dialects: all", "dialects: [oracle, oracle]", 7, "listed twice")]
        [InlineData("dialects: all", "dialects: [oracle, all]", 7, "'dialects: all' on its own")]
        [InlineData("dialects: all", "dialects: []", 7, "at least one dialect")]
        [InlineData("dialects: all", "dialects: [oracle", 7, "starts with '[' and ends with ']'")]
        [InlineData("dialects: all", "dialects:\n  - oracle\n  - sqlite", 9, "Unknown dialect 'sqlite'")]
        [InlineData("since: 0.1.0", "since: 1.0", 8, "major.minor.patch")]
        [InlineData("since: 0.1.0", "since: 0.1.0\noptions: 5", 9, "Write options as a list")]
        [InlineData("since: 0.1.0", "since: 0.1.0\noptions:", 9, "needs at least one")]
        [InlineData("since: 0.1.0", "since: 0.1.0\noptions:\n  - MinSeconds: 5  # x", 10, "not a snake_case option name")]
        [InlineData("since: 0.1.0", "since: 0.1.0\noptions:\n  - min: 5", 10, "needs a description")]
        [InlineData("since: 0.1.0", "since: 0.1.0\noptions:\n  - min:  # x", 10, "needs a default value")]
        [InlineData("since: 0.1.0", "since: 0.1.0\noptions:\n  - min: 1  # x\n  - min: 2  # y", 11, "declared twice")]
        [InlineData("since: 0.1.0", "since: 0.1.0\ntags: [Flashback]", 9, "not kebab-case")]
        [InlineData("since: 0.1.0", "since: 0.1.0\noptions:\n  limit: 3", 10, "Expected a list item")]
        public void Front_matter_value_errors_point_at_their_line(string find, string replace, int line, string message)
        {
            string text = TestSupport.Page("SG1001", "x").Replace(find, replace.Replace("\\n", "\n"));
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(text, "SG1001.md"));
            Assert.Contains(message, ex.Reason);
            Assert.Equal(line, ex.Line);
        }

        [Fact]
        public void File_name_must_match_the_id()
        {
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(TestSupport.Page("SG1001", "x"), "rules/SG1002.md"));
            Assert.Contains("must be named SG1001.md", ex.Reason);
            Assert.Equal(2, ex.Line);
        }

        [Theory]
        [InlineData("## Why it is dangerous", "## Why", "no '## Why it is dangerous' section")]
        [InlineData("## Examples", "## Exemples", "no '## Examples' section")]
        public void Missing_sections_are_errors(string find, string replace, string message)
        {
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(TestSupport.Page("SG1001", "x").Replace(find, replace), "SG1001.md"));
            Assert.Contains(message, ex.Reason);
        }

        [Fact]
        public void Sections_must_be_in_order_and_unique()
        {
            string text = TestSupport.Page("SG1001", "x").Replace("## What to do instead\n\nNothing.\n\n## Examples\n", "## Examples\n\n## What to do instead\n\nNothing.\n");
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(text, "SG1001.md"));
            Assert.Contains("must come after", ex.Reason);

            text = TestSupport.Page("SG1001", "x") + "\n## Examples\n";
            ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(text, "SG1001.md"));
            Assert.Contains("appears twice", ex.Reason);
        }

        [Theory]
        [InlineData("```sql bad\nX;\n", "never closed")]
        [InlineData("```sql\nX;\n```\n", "names its role")]
        [InlineData("```bad\nX;\n```\n", "starts with the block's language")]
        [InlineData("```sql bad good\nX;\n```\n", "has one role")]
        [InlineData("```sql bda\nX;\n```\n", "Unknown word 'bda'")]
        [InlineData("```sql bad dialect=oracle dialect=mysql\nX;\n```\n", "given twice")]
        [InlineData("```sql bad dialect=\nX;\n```\n", "needs a value")]
        [InlineData("```sql bad colour=red\nX;\n```\n", "'colour=' is not allowed here")]
        [InlineData("```sql good line=1\nX;\n```\n", "'line=' is not allowed here")]
        [InlineData("```sql bad line=2\nX;\n```\n", "past the end of the block")]
        [InlineData("```sql bad line=0\nX;\n```\n", "1-based line numbers")]
        [InlineData("```sql bad line=1,1\nX;\n```\n", "given twice")]
        [InlineData("```sql bad dialect=mysql\nX;\n```\n", "not one of the page's dialects")]
        [InlineData("```sql bad version=nineteen\nX;\n```\n", "not a version")]
        [InlineData("```sql bad edition=premium\nX;\n```\n", "neither standard nor enterprise")]
        [InlineData("```sql bad options=limit:3\nX;\n```\n", "the page declares none")]
        [InlineData("```sql bad options=limit\nX;\n```\n", "name:value pairs")]
        [InlineData("```sql fixed\nX;\n```\n", "comes right after the bad block")]
        [InlineData("```sql good\nX;\n```\n\n```sql fixed\nX;\n```\n", "comes right after the bad block")]
        [InlineData("```sql bad\nX;\n```\n\n```sql fixed\nX;\n```\n\n```sql fixed\nY;\n```\n", "comes right after the bad block")]
        [InlineData("```csv bad\nX;\n```\n", "must be ```sql or ```editorconfig")]
        [InlineData("```sql usage\nX;\n```\n", "must be ```csv")]
        [InlineData("```csv setup\nX;\n```\n", "must be ```sql")]
        [InlineData("```csv usage dialect=oracle\nX;\n```\n", "takes no attributes")]
        [InlineData("```editorconfig bad\n[*]\n```\n", "says which line is wrong")]
        public void Example_errors_point_at_the_fence(string examples, string message)
        {
            string text = TestSupport.Page("SG1001", "x", dialects: "[oracle, postgresql]", examples: examples.Replace("```sql bad\n", "```sql bad dialect=oracle\n").Replace("```sql good\n", "```sql good dialect=oracle\n").Replace("```sql bad line", "```sql bad dialect=oracle line").Replace("```sql bad version", "```sql bad dialect=oracle version").Replace("```sql bad edition", "```sql bad dialect=oracle edition").Replace("```sql bad options", "```sql bad dialect=oracle options").Replace("```sql bad colour", "```sql bad dialect=oracle colour").Replace("```sql good line", "```sql good dialect=oracle line"));
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(text, "SG1001.md"));
            Assert.Contains(message, ex.Reason);
            var lines = text.Split('\n');
            Assert.StartsWith("```", lines[ex.Line - 1]);
        }

        [Fact]
        public void Several_dialects_need_an_explicit_dialect()
        {
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(TestSupport.Page("SG1001", "x", dialects: "[oracle, mysql]", examples: "```sql bad\nX;\n```\n"), "SG1001.md"));
            Assert.Contains("say which one", ex.Reason);
        }

        [Fact]
        public void Setup_must_share_the_examples_dialect()
        {
            string examples = "```sql setup dialect=oracle\nA;\n```\n\n```sql bad dialect=mysql\nX;\n```\n";
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(TestSupport.Page("SG1001", "x", dialects: "[oracle, mysql]", examples: examples), "SG1001.md"));
            Assert.Contains("setup block on line", ex.Reason);
            Assert.Equal(30, ex.Line);
        }

        [Fact]
        public void Role_words_outside_examples_are_errors()
        {
            string text = TestSupport.Page("SG1001", "x", dialects: "[oracle]").Replace("Nothing.", "```sql good\nX;\n```");
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(text, "SG1001.md"));
            Assert.Contains("belong under '## Examples'", ex.Reason);
        }

        [Fact]
        public void Option_values_are_checked_against_their_kind()
        {
            string front = "options:\n  - min_seconds: 10800  # x\n";
            var ex = Assert.Throws<RulePageException>(() => RulePageParser.Parse(
                TestSupport.Page("SG1001", "x", dialects: "[oracle]", extraFront: front, examples: "```sql bad options=min_seconds:lots\nX;\n```\n"), "SG1001.md"));
            Assert.Contains("not a whole number", ex.Reason);
        }

        [Fact]
        public void TryParse_returns_the_error()
        {
            Assert.False(RulePageParser.TryParse("nope", "SG1001.md", out var page, out var error));
            Assert.Null(page);
            Assert.Equal(1, error!.Line);
            Assert.True(RulePageParser.TryParse(Valid, "SG3005.md", out page, out error));
            Assert.NotNull(page);
            Assert.Null(error);
        }
    }
}

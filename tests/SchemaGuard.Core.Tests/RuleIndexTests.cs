using System;
using System.IO;
using SchemaGuard.Core.Catalog;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    /// <summary>docs/rules.md is generated from the pages; this test keeps the committed file in step.</summary>
    public class RuleIndexTests
    {
        [Fact]
        public void Committed_rule_index_matches_the_pages()
        {
            string path = Path.Combine(TestSupport.RepoRoot, "docs", "rules.md");
            string expected = RuleIndexWriter.Write(RuleCatalog.Default);
            if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            {
                File.WriteAllText(path, expected);
                return;
            }

            Assert.True(File.Exists(path), "docs/rules.md is missing; run the Core tests with UPDATE_SNAPSHOTS=1 to write it.");
            string actual = File.ReadAllText(path).Replace("\r\n", "\n");
            Assert.True(expected == actual, "docs/rules.md is out of date; run the Core tests with UPDATE_SNAPSHOTS=1 to rewrite it, then review the diff.");
        }

        [Fact]
        public void Index_lists_each_page_with_a_link_in_its_category()
        {
            var catalog = TestSupport.CatalogWith(TestSupport.Page("SG1901", "pipe-title").Replace("title: Test rule pipe-title", "title: a | b"));
            string text = RuleIndexWriter.Write(catalog);
            Assert.Contains("| [SG1005](../rules/SG1005.md) | `drop-table-purge` | warning | data-loss | oracle | DROP TABLE ... PURGE bypasses the recycle bin |", text);
            Assert.Contains("| [SG9001](../rules/SG9001.md) | `unreadable-statement` | warning | schemaguard | all |", text);
            Assert.Contains("a \\| b", text);
            Assert.True(text.IndexOf("## Data loss", StringComparison.Ordinal) < text.IndexOf("## SchemaGuard's own", StringComparison.Ordinal));
            Assert.DoesNotContain("## SQL in C#", text);
            Assert.EndsWith("|\n", text);
        }
    }
}

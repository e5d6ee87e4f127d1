using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Rules;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    /// <summary>Pages, rule classes and ids line up: the guarantee that adding a rule is two files and nothing else.</summary>
    public class RuleCatalogTests
    {
        private static RuleCatalog Catalog => RuleCatalog.Default;

        [Fact]
        public void Every_embedded_page_reads_without_error()
        {
            Assert.Empty(Catalog.Errors.Select(e => e.Message));
            Assert.NotEmpty(Catalog.Pages);
        }

        [Fact]
        public void Every_page_in_the_rules_folder_is_embedded()
        {
            var files = Directory.GetFiles(Path.Combine(TestSupport.RepoRoot, "rules"), "*.md").Select(f => Path.GetFileName(f)).OrderBy(f => f, System.StringComparer.Ordinal).ToList();
            Assert.Equal(files, Catalog.Pages.Select(p => p.FileName).OrderBy(f => f, System.StringComparer.Ordinal).ToList());
        }

        [Fact]
        public void Rule_classes_are_discovered_without_errors()
        {
            Assert.Empty(RuleSet.Default.Errors);
        }

        [Fact]
        public void Pages_and_rule_classes_match_one_to_one()
        {
            var classIds = RuleSet.Default.Rules.Select(r => r.Descriptor.Id).ToList();
            var pageIds = Catalog.Pages.Where(p => !EngineDiagnostics.IsEngineReported(p.Id)).Select(p => p.Id).ToList();
            Assert.Equal(pageIds, classIds);
            Assert.Equal(classIds.Count, classIds.Distinct().Count());
        }

        [Fact]
        public void Every_engine_reported_id_has_a_page_and_no_class()
        {
            foreach (var id in EngineDiagnostics.All)
            {
                var page = Catalog.Find(id);
                Assert.True(page != null, id + " has no page");
                Assert.Same(RuleCategory.SchemaGuard, page!.Category);
                Assert.Null(RuleSet.Default.Find(id));
            }

            // Pages in the SG9xxx range are all engine-reported: a rule class cannot take them.
            Assert.All(Catalog.Pages.Where(p => p.Category == RuleCategory.SchemaGuard), p => Assert.True(EngineDiagnostics.IsEngineReported(p.Id), p.Id));
        }

        [Fact]
        public void Ids_are_unique_and_in_their_category_range()
        {
            Assert.Equal(Catalog.Pages.Count, Catalog.Pages.Select(p => p.Id).Distinct().Count());
            Assert.All(Catalog.Pages, p => Assert.True(p.Category.Owns(p.Number), p.Id + " is outside " + p.Category.Name));
        }

        [Fact]
        public void Names_are_kebab_case_and_unique()
        {
            Assert.Equal(Catalog.Pages.Count, Catalog.Pages.Select(p => p.Name).Distinct().Count());
            Assert.All(Catalog.Pages, p => Assert.True(RulePageParser.IsKebabCase(p.Name), p.Name));
            // A name never looks like an id, so suppressions are unambiguous.
            Assert.All(Catalog.Pages, p => Assert.Null(Catalog.Pages.FirstOrDefault(q => string.Equals(q.Id, p.Name, System.StringComparison.OrdinalIgnoreCase))));
        }

        [Fact]
        public void Front_matter_is_complete()
        {
            Assert.All(Catalog.Pages, p =>
            {
                Assert.False(string.IsNullOrWhiteSpace(p.Title), p.Id + " title");
                Assert.NotEmpty(p.Dialects);
                Assert.NotEqual(Findings.Severity.None, p.Severity);
                Assert.Matches(@"^\d+\.\d+\.\d+$", p.Since);
                Assert.Equal(p.Id + ".md", p.FileName);
            });
        }

        [Fact]
        public void Required_sections_are_present_and_not_empty()
        {
            Assert.All(Catalog.Pages, p =>
            {
                foreach (var heading in RulePage.RequiredSections)
                {
                    var section = p.GetSection(heading);
                    Assert.True(section != null, p.Id + " lacks ## " + heading);
                    Assert.False(string.IsNullOrWhiteSpace(section!.Markdown), p.Id + " ## " + heading + " is empty");
                }

                Assert.False(string.IsNullOrWhiteSpace(p.Description));
            });
        }

        [Fact]
        public void Every_rule_page_has_a_bad_and_a_good_example()
        {
            foreach (var page in Catalog.Pages.Where(p => !EngineDiagnostics.IsEngineReported(p.Id)))
            {
                Assert.True(page.Examples.Any(e => e.Role == ExampleRole.Bad), page.Id + " has no bad example");
                Assert.True(page.Examples.Any(e => e.Role == ExampleRole.Good), page.Id + " has no good example");
            }
        }

        [Fact]
        public void Examples_use_only_the_pages_dialects_and_options()
        {
            Assert.All(Catalog.Pages.SelectMany(p => p.Examples.Select(e => (p, e))), pe =>
            {
                var (page, example) = pe;
                if (example.Dialect != null) Assert.Contains(example.Dialect, page.Dialects);
                foreach (var key in example.Options.Keys) Assert.NotNull(page.FindOption(key));
            });
        }

        [Fact]
        public void Lookup_by_id_or_name_ignores_case()
        {
            var page = Catalog.GetPage("SG1005");
            Assert.Same(page, Catalog.Find("sg1005"));
            Assert.Same(page, Catalog.Find("drop-table-purge"));
            Assert.Same(page, Catalog.Find(" DROP-TABLE-PURGE "));
            Assert.True(Catalog.TryGetPage("Drop-Table-Purge", out var found));
            Assert.Same(page, found);
            Assert.Null(Catalog.Find("no-such-rule"));
            Assert.Null(Catalog.Find(null));
            Assert.False(Catalog.TryGetPage("", out _));
            Assert.Throws<KeyNotFoundException>(() => Catalog.GetPage("SG0000"));
        }

        [Fact]
        public void Explain_text_is_the_page_body()
        {
            var page = Catalog.GetPage("drop-table-purge");
            Assert.StartsWith("# SG1005 drop-table-purge", page.Markdown);
            Assert.Contains("## What to do instead", page.Markdown);
            Assert.Contains("FLASHBACK TABLE", page.Markdown);
        }

        [Fact]
        public void The_default_catalog_is_loaded_once_even_under_contention()
        {
            var seen = new RuleCatalog[16];
            Parallel.For(0, seen.Length, i => seen[i] = RuleCatalog.Default);
            Assert.All(seen, c => Assert.Same(RuleCatalog.Default, c));
            Assert.Same(RuleSet.Default, RuleSet.Default);
        }

        [Fact]
        public void Duplicate_ids_and_names_are_reported_not_loaded()
        {
            var files = new[]
            {
                new KeyValuePair<string, string>("SG1901.md", TestSupport.Page("SG1901", "alpha")),
                new KeyValuePair<string, string>("SG1902.md", TestSupport.Page("SG1902", "alpha")),
                new KeyValuePair<string, string>("SG1903.md", TestSupport.Page("SG1903", "gamma").Replace("severity: warning", "severity: loud")),
            };
            var catalog = RuleCatalog.Load(files);
            Assert.Single(catalog.Pages);
            Assert.Equal(2, catalog.Errors.Count);
            Assert.Contains(catalog.Errors, e => e.FileName == "SG1902.md" && e.Line == 3 && e.Reason.Contains("already used by SG1901.md"));
            Assert.Contains(catalog.Errors, e => e.FileName == "SG1903.md" && e.Line == 6);
        }

        [Fact]
        public void Rule_set_reports_classes_that_do_not_line_up()
        {
            var set = RuleSet.Create(new SqlRule[] { new OtherRule(), new OtherRule(), new NoPageRule(), new NoAttributeRule(), new KindsWithoutAnalyzeRule(), new EngineIdRule() }, TestSupport.TestCatalog);
            Assert.Single(set.Rules);
            Assert.Equal(5, set.Errors.Count);
            Assert.Contains(set.Errors, e => e.Contains("already taken"));
            Assert.Contains(set.Errors, e => e.Contains("has no page rules/SG1999.md"));
            Assert.Contains(set.Errors, e => e.Contains("has no [Rule"));
            Assert.Contains(set.Errors, e => e.Contains("does not override Analyze"));
            Assert.Contains(set.Errors, e => e.Contains("reported by the engine itself"));
        }

        [Fact]
        public void Rule_set_discovers_rules_by_attribute_in_an_assembly()
        {
            var set = RuleSet.Discover(typeof(RuleCatalogTests).Assembly, TestSupport.TestCatalog);
            Assert.Contains(set.Rules, r => r is ScriptRule);
            Assert.Contains(set.Rules, r => r is FixRule);
            Assert.Contains(set.Errors, e => e.Contains(nameof(NoAttributeRule)));
            Assert.Contains(set.Errors, e => e.Contains("SG1901 is already taken")); // two test classes claim SG1901
            Assert.Equal("test-script", set.Find("SG1904")!.Descriptor.Name);
            Assert.Same(set.Find("SG1904"), set.Find("TEST-SCRIPT"));
            Assert.Single(set.Only("test-script", "SG1904", "nope").Rules);
        }

        [Fact]
        public void Descriptors_come_from_the_pages()
        {
            var rule = RuleSet.Default.Find("SG1005")!;
            var d = rule.Descriptor;
            Assert.Equal("drop-table-purge", d.Name);
            Assert.Equal(Findings.Severity.Warning, d.DefaultSeverity);
            Assert.Same(RuleCategory.DataLoss, d.Category);
            Assert.Equal(new[] { "oracle" }, d.Dialects);
            Assert.Equal("rules/SG1005.md", d.HelpPath);
            Assert.False(d.IsEngineReported);
            Assert.True(d.AppliesTo(Sql.Dialects.SqlDialect.Oracle));
            Assert.False(d.AppliesTo(Sql.Dialects.SqlDialect.PostgreSql));
        }

        [Rule("SG1999")]
        private sealed class NoPageRule : SqlRule
        {
            public override IReadOnlyCollection<Sql.Syntax.StatementKind> Kinds => KindsOf(Sql.Syntax.StatementKind.Other);

            public override void Analyze(RuleContext context)
            {
            }
        }

        private sealed class NoAttributeRule : SqlRule
        {
            public override IReadOnlyCollection<Sql.Syntax.StatementKind> Kinds => KindsOf(Sql.Syntax.StatementKind.Other);

            public override void Analyze(RuleContext context)
            {
            }
        }

        [Rule("SG1902")]
        private sealed class KindsWithoutAnalyzeRule : SqlRule
        {
            public override IReadOnlyCollection<Sql.Syntax.StatementKind> Kinds => KindsOf(Sql.Syntax.StatementKind.Other);
        }

        [Rule("SG9001")]
        private sealed class EngineIdRule : SqlRule
        {
            public override IReadOnlyCollection<Sql.Syntax.StatementKind> Kinds => KindsOf(Sql.Syntax.StatementKind.Other);

            public override void Analyze(RuleContext context)
            {
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Tests.Fixtures;
using SchemaGuard.Sql.Tests.Infrastructure;
using Xunit;

namespace SchemaGuard.Sql.Tests.Invariants
{
    /// <summary>A piece of SQL the invariants must hold for, with the dialects to read it in.</summary>
    internal sealed class SqlSample
    {
        public SqlSample(string id, string text, IReadOnlyList<SqlDialect> dialects, bool isRuleExample = false)
        {
            Id = id;
            Text = text;
            Dialects = dialects;
            IsRuleExample = isRuleExample;
        }

        public string Id { get; }

        public string Text { get; }

        public IReadOnlyList<SqlDialect> Dialects { get; }

        /// <summary>Whether this is an example block of a rule page (one with a role), not plain documentation.</summary>
        public bool IsRuleExample { get; }

        public override string ToString() => Id;
    }

    /// <summary>
    /// Every fixture, every bundled sample migration and every <c>```sql</c> example on the rule pages (<c>rules/*.md</c>). A block that names no
    /// dialect is read in every dialect. While no page has an example yet, a built-in sample page stands in, read
    /// through the same extraction, so the rule-example path is exercised and the theory is never empty.
    /// </summary>
    internal static class SampleCatalog
    {
        /// <summary>The id of the stand-in example used while rules/ holds no SQL example.</summary>
        public const string BuiltInPageId = "rules/(built-in sample page)";

        /// <summary>A page shaped like a rule page, used while rules/ has none with examples.</summary>
        public const string BuiltInPage =
            "---\nid: SG0000\nname: sample\n---\n# Sample\n\nBad:\n\n```sql dialect=oracle bad\n" +
            "CREATE TABLE orders (id NUMBER PRIMARY KEY);\n" +
            "CREATE TABLE order_lines (order_id NUMBER REFERENCES orders ON DELETE CASCADE);\n```\n\n" +
            "Good, in any dialect:\n\n```sql good\nDELETE FROM orders WHERE id = 1;\n```\n";

        private static readonly Lazy<IReadOnlyList<SqlSample>> Samples = new Lazy<IReadOnlyList<SqlSample>>(Load);

        public static IReadOnlyList<SqlSample> All => Samples.Value;

        /// <summary>Theory data: fixtures, bundled samples, then rule examples.</summary>
        public static TheoryData<string> Ids()
        {
            var data = new TheoryData<string>();
            foreach (var sample in All) data.Add(sample.Id);
            return data;
        }

        /// <summary>Theory data: the bundled sample migrations.</summary>
        public static TheoryData<string> BundledSampleIds()
        {
            var data = new TheoryData<string>();
            foreach (var sample in All.Where(s => s.Id.StartsWith("samples/", StringComparison.Ordinal))) data.Add(sample.Id);
            return data;
        }

        /// <summary>Theory data: the rule examples only (or the built-in stand-in); plain documentation blocks on the pages are left out.</summary>
        public static TheoryData<string> RuleExampleIds()
        {
            var data = new TheoryData<string>();
            foreach (var sample in All.Where(s => s.IsRuleExample)) data.Add(sample.Id);
            return data;
        }

        public static SqlSample Get(string id) =>
            All.FirstOrDefault(s => s.Id == id) ?? throw new ArgumentException("No sample " + id);

        /// <summary>The SQL examples on the rule pages in the source tree, as samples.</summary>
        public static IReadOnlyList<SqlSample> LoadRuleExamples()
        {
            var samples = new List<SqlSample>();
            if (!Directory.Exists(RepoPaths.RulesFolder)) return samples;
            foreach (var page in Directory.EnumerateFiles(RepoPaths.RulesFolder, "*.md").OrderBy(p => p, StringComparer.Ordinal))
            {
                samples.AddRange(FromPage("rules/" + Path.GetFileName(page), File.ReadAllText(page)));
            }

            return samples;
        }

        /// <summary>The bundled example migrations, <c>samples/migrations/&lt;dialect&gt;/*.sql</c>, read in their folder's dialect.</summary>
        public static IReadOnlyList<SqlSample> LoadBundledSamples()
        {
            var samples = new List<SqlSample>();
            string root = Path.Combine(RepoPaths.RepositoryRoot, "samples", "migrations");
            if (!Directory.Exists(root)) return samples;
            foreach (var path in Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                string id = "samples/migrations/" + Path.GetRelativePath(root, path).Replace('\\', '/');
                if (!SqlDialect.TryFromName(id.Split('/')[2], out var dialect)) continue;
                var text = Text.SourceText.FromBytes(File.ReadAllBytes(path), id, new Diagnostics.DiagnosticBag()).Text;
                samples.Add(new SqlSample(id, text, new[] { dialect }));
            }

            return samples;
        }

        /// <summary>The page's SQL blocks as samples named <c>page#L12</c>. An unknown dialect name fails loudly.</summary>
        public static IEnumerable<SqlSample> FromPage(string pageId, string markdown)
        {
            foreach (var block in MarkdownSqlBlocks.Extract(markdown))
            {
                var dialects = new List<SqlDialect>();
                foreach (var name in block.Dialects)
                {
                    if (!SqlDialect.TryFromName(name, out var dialect))
                    {
                        throw new InvalidDataException(pageId + " line " + block.Line + ": unknown dialect '" + name + "' in ```" + block.InfoString);
                    }

                    dialects.Add(dialect);
                }

                yield return new SqlSample(pageId + "#L" + block.Line, block.Code, dialects.Count > 0 ? dialects : SqlDialect.All, block.HasRole);
            }
        }

        private static IReadOnlyList<SqlSample> Load()
        {
            var samples = new List<SqlSample>();
            foreach (var fixture in FixtureCatalog.All)
            {
                var diagnostics = new Diagnostics.DiagnosticBag();
                var text = Text.SourceText.FromBytes(fixture.ReadBytes(), fixture.Id, diagnostics).Text;
                samples.Add(new SqlSample(fixture.Id, text, new[] { fixture.Dialect }));
            }

            samples.AddRange(LoadBundledSamples());
            var examples = LoadRuleExamples();
            samples.AddRange(examples.Count > 0 ? examples : FromPage(BuiltInPageId, BuiltInPage));
            return samples;
        }

        /// <summary>A stable seed from an id (string.GetHashCode differs between runs).</summary>
        public static int StableSeed(string id)
        {
            unchecked
            {
                uint hash = 2166136261;
                foreach (byte b in Encoding.UTF8.GetBytes(id)) hash = (hash ^ b) * 16777619;
                return (int)(hash & 0x7FFFFFFF);
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    /// <summary>
    /// The rule page is the test: every bad example raises its rule on the marked lines, every good one stays quiet,
    /// and every fixed block equals the bad block with the rule's fix applied, and lints clean.
    /// </summary>
    public class RuleExampleTests
    {
        private const string ExamplePath = "example.sql";

        public static TheoryData<string, int> Examples()
        {
            var data = new TheoryData<string, int>();
            foreach (var page in RuleCatalog.Default.Pages)
            {
                foreach (var example in page.Examples) data.Add(page.Id, example.Line);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Example_behaves_as_its_page_says(string id, int pageLine)
        {
            var page = RuleCatalog.Default.GetPage(id);
            var example = page.Examples.Single(e => e.Line == pageLine);
            if (example.Language == "editorconfig")
            {
                RunSettingsExample(page, example);
                return;
            }

            Assert.True(SqlDialect.TryFromName(example.Dialect, out var dialect), "unknown dialect " + example.Dialect);
            var settings = SettingsFor(page, example, dialect);
            var engine = EngineFor(page);

            var usage = UsageFor(example, dialect);
            var result = Lint(engine, example.Setup.Select(s => s.Code), example.Code, dialect, settings, usage);
            var lines = FindingLines(result, page.Id);
            if (example.Role == ExampleRole.Good)
            {
                Assert.True(lines.Count == 0, page.Id + " fired on its good example at line(s) " + string.Join(", ", lines) + ": " + Messages(result, page.Id));
                return;
            }

            var expected = example.ExpectedLines.Count > 0
                ? example.ExpectedLines.ToList()
                : new List<int> { FirstLineOfLastStatement(example.Code, dialect) };
            Assert.True(expected.SequenceEqual(lines), page.Id + " should fire on line(s) " + string.Join(", ", expected) + " of its bad example at page line " + pageLine + ", fired on " + (lines.Count == 0 ? "none" : string.Join(", ", lines)) + ".");

            if (example.Fixed == null) return;
            var edits = result.Findings.Where(f => f.FilePath == ExamplePath && f.RuleId == page.Id).SelectMany(f => f.Fix).ToList();
            Assert.True(edits.Count > 0, page.Id + " has a fixed block but its finding carries no fix.");
            string fixedText = TextEdit.Apply(example.Code, edits);
            Assert.Equal(example.Fixed.Code, fixedText);

            var relint = Lint(engine, example.Setup.Select(s => s.Code), fixedText, dialect, settings, usage);
            Assert.Empty(FindingLines(relint, page.Id));
        }

        private static LintEngine EngineFor(RulePage page)
        {
            if (EngineDiagnostics.IsEngineReported(page.Id)) return new LintEngine(RuleSet.Default.Only());
            var rule = RuleSet.Default.Find(page.Id);
            Assert.True(rule != null, page.Id + " has a page but no rule class.");
            return new LintEngine(RuleSet.Default.Only(page.Id));
        }

        private static LintSettings SettingsFor(RulePage page, RuleExample example, SqlDialect dialect)
        {
            var settings = new LintSettings(dialect, example.Version, example.Edition ?? Edition.Unspecified);
            foreach (var option in example.Options) settings = settings.WithOption(page.Id, option.Key, option.Value);
            return settings;
        }

        /// <summary>
        /// Setup blocks run as earlier migrations, each its own file named unlike the example, so that "created in this
        /// file" never covers a table the setup made; the usage block is read as the run's index-usage export.
        /// </summary>
        private static LintResult Lint(LintEngine engine, IEnumerable<string> setup, string code, SqlDialect dialect, LintSettings settings, IndexUsageData? usage)
        {
            var files = setup.Select((text, i) => new LintFile(SqlScript.Parse(text, dialect, "V" + (i + 1) + "__setup.sql"), settings)).ToList();
            files.Add(new LintFile(SqlScript.Parse(code, dialect, ExamplePath), settings));
            return engine.Lint(new LintRequest(files, indexUsage: usage));
        }

        private static IndexUsageData? UsageFor(RuleExample example, SqlDialect dialect)
        {
            if (example.Usage == null) return null;
            var read = IndexUsageReader.Read(example.Usage.Code, "usage.csv", IndexUsageReader.NameCaseFor(dialect));
            Assert.True(read.Succeeded, "the usage block at page line " + example.Usage.Line + " could not be read: " + string.Join("; ", read.Problems));
            return read.Data;
        }

        private static List<int> FindingLines(LintResult result, string id) =>
            result.Findings.Where(f => f.FilePath == ExamplePath && f.RuleId == id && !f.IsSuppressed).Select(f => f.Start.Line).Distinct().OrderBy(l => l).ToList();

        private static string Messages(LintResult result, string id) =>
            string.Join(" | ", result.Findings.Where(f => f.RuleId == id).Select(f => f.ToString()));

        private static int FirstLineOfLastStatement(string code, SqlDialect dialect)
        {
            var script = SqlScript.Parse(code, dialect, ExamplePath);
            Assert.NotEmpty(script.Statements);
            return script.Source.GetPosition(script.Statements[script.Statements.Count - 1].Span.Start).Line;
        }

        private static void RunSettingsExample(RulePage page, RuleExample example)
        {
            const string config = "/example/.editorconfig";
            var resolver = new SettingsResolver(RuleCatalog.Default, LintSettings.Default, path => path == config ? example.Code : null);
            resolver.Resolve("/example/db/V1__example.sql");
            var lines = resolver.Problems.Where(p => p.RuleId == page.Id).Select(p => p.Start.Line).Distinct().OrderBy(l => l).ToList();
            if (example.Role == ExampleRole.Good) Assert.Empty(lines);
            else Assert.Equal(example.ExpectedLines, lines);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Rules;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Tests
{
    /// <summary>Pages and rules that exist only in tests, and helpers to find the repository.</summary>
    internal static class TestSupport
    {
        /// <summary>A minimal valid page.</summary>
        internal static string Page(string id, string name, string dialects = "all", string severity = "warning", string category = "data-loss", string extraFront = "", string examples = "")
        {
            var sb = new StringBuilder();
            sb.Append("---\n");
            sb.Append("id: ").Append(id).Append('\n');
            sb.Append("name: ").Append(name).Append('\n');
            sb.Append("title: Test rule ").Append(name).Append('\n');
            sb.Append("category: ").Append(category).Append('\n');
            sb.Append("severity: ").Append(severity).Append('\n');
            sb.Append("dialects: ").Append(dialects).Append('\n');
            sb.Append("since: 0.1.0\n");
            sb.Append(extraFront);
            sb.Append("---\n\n# ").Append(id).Append("\n\n## Why it is dangerous\n\nBecause a test says so.\nSecond line.\n\nSecond paragraph.\n\n## What to do instead\n\nNothing.\n\n## Examples\n\n");
            sb.Append(examples);
            return sb.ToString();
        }

        /// <summary>The embedded pages plus test pages.</summary>
        internal static RuleCatalog CatalogWith(params string[] pages)
        {
            var files = RuleCatalog.Default.Pages.Select(p => new KeyValuePair<string, string>(p.FileName, p.Source)).ToList();
            foreach (var page in pages)
            {
                var parsed = RulePageParser.Parse(page, string.Empty);
                files.Add(new KeyValuePair<string, string>(parsed.Id + ".md", page));
            }

            return RuleCatalog.Load(files);
        }

        /// <summary>The catalog every test rule below needs.</summary>
        internal static RuleCatalog TestCatalog { get; } = CatalogWith(
            Page("SG1901", "test-other"),
            Page("SG1902", "test-select", extraFront: "options:\n  - limit: 3  # how many\n  - strict: false  # whether to be strict\n  - label: hello  # a word\n"),
            Page("SG1903", "test-throws"),
            Page("SG1904", "test-script"),
            Page("SG1905", "test-postgres-only", dialects: "[postgresql]"),
            Page("SG1906", "test-fix"),
            Page("SG1907", "test-schema-probe"),
            Page("SG1908", "test-created-before"));

        /// <summary>An engine running the given test rules against <see cref="TestCatalog"/>.</summary>
        internal static LintEngine Engine(params SqlRule[] rules) => new LintEngine(RuleSet.Create(rules, TestCatalog));

        /// <summary>The repository root (the folder holding SchemaGuard.sln).</summary>
        internal static string RepoRoot
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SchemaGuard.sln"))) dir = dir.Parent;
                return dir?.FullName ?? throw new InvalidOperationException("SchemaGuard.sln not found above " + AppContext.BaseDirectory);
            }
        }
    }

    /// <summary>Reports every statement of kind Other, on its span.</summary>
    [Rule("SG1901")]
    internal sealed class OtherRule : SqlRule
    {
        public List<(Statement Statement, Statement? Enclosing)> Seen { get; } = new List<(Statement, Statement?)>();

        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Other);

        public override void Analyze(RuleContext context)
        {
            lock (Seen) Seen.Add((context.Statement, context.EnclosingStatement));
            context.Report(context.Statement, "statement " + context.GetText(context.Statement).Split('\n')[0]);
        }
    }

    /// <summary>Reports every SELECT, with its options in the message.</summary>
    [Rule("SG1902")]
    internal sealed class SelectRule : SqlRule
    {
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Select);

        public override void Analyze(RuleContext context) =>
            context.Report(context.Statement, "select limit=" + context.Options.GetInt32("limit") + " strict=" + context.Options.GetBoolean("strict") + " label=" + context.Options.GetString("label"));
    }

    /// <summary>Throws on statements whose text contains BOOM.</summary>
    [Rule("SG1903")]
    internal sealed class ThrowingRule : SqlRule
    {
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Other, StatementKind.Select);

        public override void Analyze(RuleContext context)
        {
            if (context.GetText(context.Statement).IndexOf("BOOM", StringComparison.Ordinal) >= 0) throw new InvalidOperationException("kaboom");
            context.Report(context.Statement, "fine");
        }
    }

    /// <summary>A whole-file rule: reports once per file how many statements of each kind it saw.</summary>
    [Rule("SG1904")]
    internal sealed class ScriptRule : SqlRule
    {
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf();

        public override void AnalyzeScript(ScriptContext context)
        {
            if (context.AllStatements.Count == 0) return;
            context.Report(
                context.AllStatements[context.AllStatements.Count - 1],
                "statements=" + context.Statements.Count + " selects=" + context.OfKind(StatementKind.Select).Count + " others=" + context.OfKind(StatementKind.Other).Count);
        }
    }

    /// <summary>Applies to PostgreSQL only.</summary>
    [Rule("SG1905")]
    internal sealed class PostgresOnlyRule : SqlRule
    {
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Other);

        public override void Analyze(RuleContext context) => context.Report(context.Statement, "postgres");
    }

    /// <summary>Reports the first token of each Other statement and offers to upper-case it.</summary>
    [Rule("SG1906")]
    internal sealed class FixRule : SqlRule
    {
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Other);

        public override void Analyze(RuleContext context)
        {
            var first = context.Script.Tokens[context.Statement.FirstTokenIndex].Span;
            context.Report(first, "lower", "upper", new[] { new Findings.TextEdit(first, context.GetText(first).ToUpperInvariant()) });
        }
    }

    /// <summary>Records what the catalog says about the table of each CREATE TABLE, DELETE and CREATE INDEX, and, per file, what it holds at the end.</summary>
    [Rule("SG1907")]
    internal sealed class SchemaProbeRule : SqlRule
    {
        public List<string> Seen { get; } = new List<string>();

        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.CreateTable, StatementKind.Delete, StatementKind.CreateIndex);

        public override void Analyze(RuleContext context)
        {
            ObjectName name = context.Statement is CreateTableStatement create ? create.Name
                : context.Statement is DeleteStatement delete ? delete.Table
                : ((CreateIndexStatement)context.Statement).Table;
            var table = context.Schema.FindTable(name);
            string facts = table == null
                ? "unknown"
                : "columns=" + table.Columns.Count + (context.IsCreatedInFile(name) ? " created-here" : string.Empty) + (table.IsFromSnapshot ? " snapshot" : string.Empty);
            lock (Seen) Seen.Add(context.Statement.Kind + " " + name + ": " + facts + (context.IndexUsage != null ? " usage=" + context.IndexUsage.Indexes.Count : string.Empty));
        }

        public override void AnalyzeScript(ScriptContext context)
        {
            var created = context.Schema.Tables.Where(t => t.CreatedIn != null && t.CreatedIn.IsInFile(context.FilePath)).Select(t => t.DisplayName);
            lock (Seen) Seen.Add("end of " + context.FilePath + ": tables=" + context.Schema.Tables.Count + " created-here=" + string.Join(",", created));
        }
    }
}

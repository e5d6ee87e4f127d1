using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Rules;
using RuleSet = SchemaGuard.Core.Rules.RuleSet;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>.sql AdditionalFiles, the dialect, settings errors and failure handling.</summary>
    public class ProjectTests
    {
        private const string NoCode = "public class Empty { }";

        [Fact]
        public void Sql_files_are_replayed_in_migration_order_and_findings_point_into_them()
        {
            // V2 runs before V10 (Flyway versions, not text order): the table is old by V10, and its index repeats V2's.
            var harness = AnalyzerHarness.CSharp(NoCode)
                .WithSql("/src/db/V10__index.sql", "-- later\n{|SG2001:CREATE INDEX ix_orders_customer2 ON orders|} (customer_id);\n")
                .WithSql("/src/db/V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\nCREATE INDEX ix_orders_customer ON orders (customer_id);\n");
            var diagnostics = harness.Verify("SG5001");
            var span = diagnostics.Single(d => d.Id == "SG2001").Location.GetLineSpan();
            Assert.Equal("/src/db/V10__index.sql", span.Path);
            Assert.Equal(1, span.StartLinePosition.Line); // 0-based: the second line
            Assert.Equal(0, span.StartLinePosition.Character);
            var duplicate = diagnostics.Single(d => d.Id == "SG5001");
            Assert.Equal("/src/db/V10__index.sql", duplicate.Location.GetLineSpan().Path);
            Assert.Contains("ix_orders_customer", duplicate.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Down_migrations_are_linted_but_not_replayed()
        {
            var harness = AnalyzerHarness.CSharp(NoCode)
                .WithSql("/src/db/001_orders.up.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n")
                .WithSql("/src/db/001_orders.down.sql", "{|SG1004:DELETE FROM orders|};\nDROP TABLE orders;\n")
                .WithSql("/src/db/002_index.up.sql", "{|SG2001:CREATE INDEX {|SG5001:ix_orders_id|} ON orders|} (id);\n");
            harness.Verify();
        }

        [Fact]
        public void Sql_file_settings_come_from_its_editorconfig_section()
        {
            var harness = AnalyzerHarness.CSharp(NoCode, dialect: null)
                .WithSql("/src/db/a.sql", "{|SG2001:CREATE INDEX ix_orders_customer ON orders|} (customer_id);\n");
            harness.EditorConfig = "root = true\n\n[*.sql]\nschemaguard.dialect = postgresql\n";
            Assert.Contains("CONCURRENTLY", harness.Verify().Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void No_dialect_runs_only_neutral_rules_and_asks_for_one_once()
        {
            var harness = AnalyzerHarness.CSharp(@"
using System.Data;
using Dapper;
public class Repo
{
    public void Run(IDbConnection connection)
    {
        connection.Execute(""{|SG1004:DELETE FROM orders|}"");
        connection.Execute(""{|SG1004:DELETE FROM order_items|}"");
    }
}", dialect: null).WithSql("/src/db/a.sql", "ALTER TABLE orders NOLOGGING;\n");
            var diagnostics = harness.Verify("SG9010");
            var ask = Assert.Single(diagnostics, d => d.Id == "SG9010");
            Assert.Equal(Location.None, ask.Location);
            Assert.Equal(DiagnosticSeverity.Info, ask.Severity);
        }

        [Fact]
        public void A_project_without_sql_is_not_asked_for_a_dialect()
        {
            Assert.Empty(AnalyzerHarness.CSharp(NoCode, dialect: null).Run());
        }

        [Fact]
        public void Dialect_is_inferred_from_the_ef_core_provider()
        {
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x", references: new[]
            {
                MetadataReference.CreateFromImage(EmptyAssembly("Npgsql.EntityFrameworkCore.PostgreSQL")),
            });
            Assert.Equal("postgresql", ProjectSettings.Infer(compilation)!.Name);
            Assert.Null(ProjectSettings.Infer(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("y")));
        }

        [Fact]
        public void Invalid_settings_are_reported_as_sg9003()
        {
            var harness = AnalyzerHarness.CSharp(NoCode, dialect: "postgresql").WithSql("/src/a.sql", "SELECT 1;\n");
            harness.EditorConfig = "root = true\n\n[*.sql]\nschemaguard.edition = platinum\n";
            var diagnostic = Assert.Single(harness.Run());
            Assert.Equal("SG9003", diagnostic.Id);
            Assert.Contains("platinum", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_failing_callback_becomes_sg9009_not_ad0001()
        {
            var harness = AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;
public class Repo
{
    public void Run(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(""CREATE INDEX ix_orders_customer ON orders (customer_id)"");
}");
            harness.Analyzer = new SchemaGuardAnalyzer(null, callback =>
            {
                if (callback == "Invocation") throw new InvalidOperationException("boom");
            });
            var diagnostics = harness.Run();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            var failures = diagnostics.Where(d => d.Id == "SG9009").ToList();
            Assert.NotEmpty(failures);
            Assert.All(failures, d => Assert.Contains("SchemaGuardAnalyzer failed in Invocation: InvalidOperationException: boom", d.GetMessage(), StringComparison.Ordinal));
        }

        [Fact]
        public void A_failing_rule_becomes_sg9009_on_its_statement()
        {
            var rules = RuleSet.Create(new SqlRule[] { new ThrowingRule() }, RuleCatalog.Default);
            var harness = AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;
public class Repo
{
    public void Run(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(""{|SG9009:CREATE INDEX ix_orders_customer ON orders (customer_id)|}"");
}");
            harness.Analyzer = new SchemaGuardAnalyzer(rules, null);
            Assert.Contains("failed", harness.Verify().Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Descriptors_come_from_every_rule_page()
        {
            var descriptors = new SchemaGuardAnalyzer().SupportedDiagnostics;
            Assert.Equal(RuleCatalog.Default.Pages.Select(p => p.Id), descriptors.Select(d => d.Id));
            var sg2001 = descriptors.Single(d => d.Id == "SG2001");
            Assert.Equal("{0}", sg2001.MessageFormat.ToString());
            Assert.Equal("locking", sg2001.Category);
            Assert.Equal(DiagnosticSeverity.Warning, sg2001.DefaultSeverity);
            Assert.EndsWith("rules/SG2001.md", sg2001.HelpLinkUri, StringComparison.Ordinal);
            Assert.Contains("blocking-index-build", sg2001.CustomTags);
        }

        private static byte[] EmptyAssembly(string name)
        {
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(name, options: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new System.IO.MemoryStream();
            compilation.Emit(stream);
            return stream.ToArray();
        }

        [Rule("SG2001")]
        private sealed class ThrowingRule : SqlRule
        {
            public override IReadOnlyCollection<StatementKind> Kinds { get; } = Enum.GetValues(typeof(StatementKind)).Cast<StatementKind>().ToArray();

            public override void Analyze(RuleContext context) => throw new InvalidOperationException("rule boom");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SchemaGuard.CodeFixes.Tests
{
    /// <summary>
    /// Each fix applied in a workspace, then the analyzers run again on the result: the finding is gone and the code
    /// compiles (the harness fails the test on any compiler error).
    /// </summary>
    public class CodeFixTests
    {
        private const string Prefix = @"using Microsoft.EntityFrameworkCore.Migrations;
public class AddIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ";

        private const string Suffix = @"
    }
}";

        private static string Up(string body) => Prefix + body + Suffix;

        private static string FixedAndClean(CodeFixProvider provider, string source, string dialect, string id, string expected)
        {
            string fixedSource = CodeFixHarness.Apply(provider, source, dialect, id);
            Assert.Contains(expected, fixedSource, StringComparison.Ordinal);
            Assert.Empty(CodeFixHarness.Findings(fixedSource, dialect, id));
            return fixedSource;
        }

        [Theory]
        [InlineData("postgresql", "migrationBuilder.Sql(\"CREATE INDEX ix_orders_customer ON orders (customer_id);\", suppressTransaction: true);", "CREATE INDEX CONCURRENTLY ix_orders_customer")]
        [InlineData("sqlserver", "migrationBuilder.Sql(\"CREATE INDEX ix_orders_customer ON dbo.orders (customer_id)\");", "(customer_id) WITH (ONLINE = ON)\")")]
        [InlineData("oracle", "migrationBuilder.Sql(@\"CREATE INDEX ix_orders_customer ON orders (customer_id)\");", "(customer_id) ONLINE\")")]
        [InlineData("postgresql", "migrationBuilder.Sql(\"\"\"\n            CREATE INDEX ix_orders_customer\n              ON orders (customer_id);\n            \"\"\", true);", "CONCURRENTLY")]
        public void Online_index_build_in_a_string(string dialect, string statement, string expected) =>
            FixedAndClean(new SqlStringFixProvider(), Up(statement), dialect, "SG2001", expected);

        [Fact]
        public void Oracle_index_rebuild_in_a_string_goes_online()
        {
            var source = Up("migrationBuilder.Sql(\"ALTER INDEX ix_orders_customer REBUILD\");");
            FixedAndClean(new SqlStringFixProvider(), source, "oracle", "SG2001", "REBUILD ONLINE\")");
        }

        [Theory]
        [InlineData("migrationBuilder.Sql(\"CREATE TABLE notes (id NUMBER PRIMARY KEY, body LONG)\");", "body CLOB")]
        [InlineData("migrationBuilder.Sql(\"CREATE TABLE blobs (id NUMBER PRIMARY KEY, data LONG RAW)\");", "data BLOB")]
        public void Long_columns_in_a_string_become_lobs(string statement, string expected) =>
            FixedAndClean(new SqlStringFixProvider(), Up(statement), "oracle", "SG4001", expected);

        [Fact]
        public void Online_index_build_in_an_interpolated_string()
        {
            var source = Up("string t = \"orders\"; migrationBuilder.Sql($\"CREATE INDEX ix_orders_customer ON {t} (customer_id);\", true);");
            FixedAndClean(new SqlStringFixProvider(), source, "postgresql", "SG2001", "$\"CREATE INDEX CONCURRENTLY ix_orders_customer ON {t}");
        }

        [Fact]
        public void Oracle_table_move_in_a_string_goes_online()
        {
            var source = Up("migrationBuilder.Sql(\"ALTER TABLE orders MOVE TABLESPACE users2\");");
            FixedAndClean(new SqlStringFixProvider(), source, "oracle", "SG4004", "ONLINE");
        }

        [Fact]
        public void Fix_all_in_document_applies_every_sql_fix()
        {
            var source = Up(@"migrationBuilder.Sql(""CREATE INDEX ix_a ON orders (customer_id)"", true);
        migrationBuilder.Sql(""CREATE INDEX ix_b ON orders (placed_at)"", true);");
            string fixedSource = CodeFixHarness.FixAll(new SqlStringFixProvider(), source, "postgresql", "SG2001");
            Assert.Contains("CREATE INDEX CONCURRENTLY ix_a", fixedSource, StringComparison.Ordinal);
            Assert.Contains("CREATE INDEX CONCURRENTLY ix_b", fixedSource, StringComparison.Ordinal);
            Assert.Empty(CodeFixHarness.Findings(fixedSource, "postgresql", "SG2001"));
        }

        [Fact]
        public void Ef_create_index_gets_no_annotation_where_ef_has_none()
        {
            var (_, _, actions) = CodeFixHarness.Offered(new EfCreateIndexOnlineFixProvider(), Up("migrationBuilder.CreateIndex(name: \"ix\", table: \"orders\", column: \"customer_id\");"), "oracle", "SG2001");
            Assert.Empty(actions);
        }

        [Fact]
        public async Task Sql_fix_is_not_offered_when_the_edits_no_longer_land_in_a_literal()
        {
            var source = Up("migrationBuilder.Sql(\"CREATE INDEX ix_orders_customer ON orders (customer_id);\", suppressTransaction: true);");
            var (document, diagnostic, actions) = CodeFixHarness.Offered(new SqlStringFixProvider(), source, "postgresql", "SG2001");
            Assert.Single(actions);

            // The same diagnostic against the file edited since: its offsets now point before the literal.
            string edited = source.Replace("migrationBuilder.Sql(\"", "migrationBuilder.Sql(" + new string('\n', 20) + "\"", StringComparison.Ordinal);
            var moved = document.WithText(SourceText.From(edited));
            var tree = await moved.GetSyntaxTreeAsync();
            var stale = Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree!, diagnostic.Location.SourceSpan), diagnostic.Properties, diagnostic.GetMessage());
            var offered = new List<CodeAction>();
            await new SqlStringFixProvider().RegisterCodeFixesAsync(new CodeFixContext(moved, stale, (action, _) => offered.Add(action), CancellationToken.None));
            Assert.Empty(offered);
        }

        [Fact]
        public void Sql_fix_is_not_offered_without_edits()
        {
            var (_, _, actions) = CodeFixHarness.Offered(new SqlStringFixProvider(), Up("migrationBuilder.CreateIndex(name: \"ix\", table: \"orders\", column: \"customer_id\");"), "postgresql", "SG2001");
            Assert.Empty(actions);
        }

        [Theory]
        [InlineData("sqlserver", ".Annotation(\"SqlServer:Online\", true);")]
        [InlineData("postgresql", ".Annotation(\"Npgsql:CreatedConcurrently\", true);")]
        public void Ef_create_index_gets_the_online_annotation(string dialect, string expected) =>
            FixedAndClean(new EfCreateIndexOnlineFixProvider(), Up("migrationBuilder.CreateIndex(name: \"IX_orders_customer_id\", table: \"orders\", column: \"customer_id\");"), dialect, "SG2001", expected);

        [Fact]
        public void Ef_create_index_with_the_annotation_off_gets_it_turned_on_not_repeated()
        {
            var source = Up("migrationBuilder.CreateIndex(name: \"ix\", table: \"orders\", column: \"customer_id\").Annotation(\"SqlServer:Online\", false);");
            string fixedSource = FixedAndClean(new EfCreateIndexOnlineFixProvider(), source, "sqlserver", "SG2001", ").Annotation(\"SqlServer:Online\", true);");
            Assert.Single(fixedSource.Split("SqlServer:Online").Skip(1));
        }

        [Fact]
        public void Ef_create_index_split_over_lines_keeps_its_layout()
        {
            var source = Up("migrationBuilder.CreateIndex(\n            name: \"IX_orders_customer_id\",\n            table: \"orders\",\n            column: \"customer_id\");");
            string fixedSource = FixedAndClean(new EfCreateIndexOnlineFixProvider(), source, "sqlserver", "SG2001", "column: \"customer_id\").Annotation(\"SqlServer:Online\", true);");
            Assert.Contains("\n            table: \"orders\",\n", fixedSource, StringComparison.Ordinal);
        }

        [Fact]
        public void Referential_action_cascade_becomes_restrict()
        {
            var source = Up(@"migrationBuilder.AddForeignKey(
            name: ""FK_orders_customers"",
            table: ""orders"",
            column: ""customer_id"",
            principalTable: ""customers"",
            principalColumn: ""id"",
            onDelete: ReferentialAction.Cascade);");
            FixedAndClean(new CascadeFixProvider(), source, "postgresql", "SG1001", "onDelete: ReferentialAction.Restrict);");
        }

        [Theory]
        [InlineData("Cascade")]
        [InlineData("ClientCascade")]
        public void Delete_behavior_cascade_becomes_restrict(string behavior)
        {
            string source = ModelSource(".OnDelete(DeleteBehavior." + behavior + ");");
            FixedAndClean(new CascadeFixProvider(), source, "postgresql", "SG1001", ".OnDelete(DeleteBehavior.Restrict);");
        }

        [Fact]
        public void Fix_all_in_document_restricts_every_cascade()
        {
            var source = Up(@"migrationBuilder.AddForeignKey(name: ""FK_a"", table: ""orders"", column: ""customer_id"", principalTable: ""customers"", principalColumn: ""id"", onDelete: ReferentialAction.Cascade);
        migrationBuilder.AddForeignKey(name: ""FK_b"", table: ""lines"", column: ""order_id"", principalTable: ""orders"", principalColumn: ""id"", onDelete: ReferentialAction.Cascade);");
            string fixedSource = CodeFixHarness.FixAll(new CascadeFixProvider(), source, "postgresql", "SG1001");
            Assert.DoesNotContain("ReferentialAction.Cascade", fixedSource, StringComparison.Ordinal);
            Assert.Equal(2, fixedSource.Split("ReferentialAction.Restrict").Length - 1);
            Assert.Empty(CodeFixHarness.Findings(fixedSource, "postgresql", "SG1001"));
        }

        [Fact]
        public void Fixes_have_distinct_equivalence_keys()
        {
            var sqlServer = CodeFixHarness.Offered(new EfCreateIndexOnlineFixProvider(), Up("migrationBuilder.CreateIndex(name: \"ix\", table: \"orders\", column: \"customer_id\");"), "sqlserver", "SG2001").Actions.Single();
            var npgsql = CodeFixHarness.Offered(new EfCreateIndexOnlineFixProvider(), Up("migrationBuilder.CreateIndex(name: \"ix\", table: \"orders\", column: \"customer_id\");"), "postgresql", "SG2001").Actions.Single();
            var sql = CodeFixHarness.Offered(new SqlStringFixProvider(), Up("migrationBuilder.Sql(\"CREATE INDEX ix ON orders (customer_id)\", true);"), "postgresql", "SG2001").Actions.Single();
            var keys = new[] { sqlServer.EquivalenceKey, npgsql.EquivalenceKey, sql.EquivalenceKey };
            Assert.Equal(3, keys.Distinct().Count());
            Assert.All(keys, k => Assert.False(string.IsNullOrEmpty(k)));
        }

        private static string ModelSource(string onDelete) => @"using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
public class Customer { public int Id { get; set; } public List<Order> Orders { get; set; } = new List<Order>(); }
public class Order { public int Id { get; set; } public int CustomerId { get; set; } public Customer Customer { get; set; } = null!; }
public class ShopContext : DbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>().HasOne(o => o.Customer).WithMany(c => c.Orders)" + onDelete + @"
    }
}";
    }
}

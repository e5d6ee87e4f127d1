using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>
    /// A finding's fix carried into the C# source: applied to the file, the code still compiles and the finding is gone.
    /// </summary>
    public class FixTests
    {
        private const string Prefix = @"
using Microsoft.EntityFrameworkCore.Migrations;
public class AddIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ";

        private const string Suffix = @"
    }
}";

        [Theory]
        [InlineData("migrationBuilder.Sql(\"CREATE INDEX ix_orders_customer ON orders (customer_id);\", suppressTransaction: true);", "CONCURRENTLY")]
        [InlineData("migrationBuilder.Sql(@\"-- \"\"x\"\"\r\nCREATE UNIQUE INDEX ux_users_email ON users (email)\", true);", "CONCURRENTLY")]
        [InlineData("migrationBuilder.Sql(\"\"\"\n            CREATE INDEX ix_orders_customer\n              ON orders (customer_id);\n            \"\"\", true);", "CONCURRENTLY")]
        [InlineData("string t = \"orders\"; migrationBuilder.Sql($\"CREATE INDEX ix_orders_customer ON {t} (customer_id);\", true);", "CONCURRENTLY")]
        public void Applying_the_fix_removes_the_finding(string statement, string expected)
        {
            var before = AnalyzerHarness.CSharp(Prefix + statement + Suffix);
            var diagnostic = before.Run().Single(d => d.Id == "SG2001");
            string fixedSource = Apply(before.Sources[0].Text, diagnostic);
            Assert.Contains(expected, fixedSource, System.StringComparison.Ordinal);

            var after = AnalyzerHarness.CSharp(fixedSource);
            Assert.DoesNotContain(after.Run(), d => d.Id == "SG2001");
        }

        [Fact]
        public void Sql_server_fix_in_a_regular_string_escapes_nothing_it_need_not()
        {
            var before = AnalyzerHarness.CSharp(Prefix + "migrationBuilder.Sql(\"CREATE INDEX ix_orders_customer ON dbo.orders (customer_id)\");" + Suffix, "sqlserver");
            var diagnostic = before.Run().Single(d => d.Id == "SG2001");
            Assert.True(diagnostic.Properties.ContainsKey("fix.count"), string.Join(",", diagnostic.Properties.Keys) + diagnostic.GetMessage());
            string fixedSource = Apply(before.Sources[0].Text, diagnostic);
            Assert.Contains("(customer_id) WITH (ONLINE = ON)\")", fixedSource, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Fix_that_would_land_outside_a_literal_is_not_offered()
        {
            var diagnostic = AnalyzerHarness.CSharp(Prefix + "migrationBuilder.CreateIndex(name: \"ix\", table: \"orders\", column: \"customer_id\");" + Suffix).Run().Single(d => d.Id == "SG2001");
            Assert.False(diagnostic.Properties.ContainsKey("fix.count"));
        }

        [Fact]
        public void Sql_file_fix_is_in_file_offsets()
        {
            var harness = AnalyzerHarness.CSharp("public class Empty { }").WithSql("/src/a.sql", "CREATE INDEX ix_orders_customer ON orders (customer_id);\n");
            var diagnostic = harness.Run().Single(d => d.Id == "SG2001");
            Assert.Equal("CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id);\n", Apply(harness.SqlFiles[0].Text, diagnostic));
        }

        private static string Apply(string text, Diagnostic diagnostic)
        {
            int count = int.Parse(diagnostic.Properties["fix.count"]!, CultureInfo.InvariantCulture);
            var edits = Enumerable.Range(0, count).Select(i => (
                Start: int.Parse(diagnostic.Properties["fix." + i + ".start"]!, CultureInfo.InvariantCulture),
                Length: int.Parse(diagnostic.Properties["fix." + i + ".length"]!, CultureInfo.InvariantCulture),
                Text: diagnostic.Properties["fix." + i + ".text"]!)).OrderByDescending(e => e.Start).ToList();
            foreach (var edit in edits) text = text.Substring(0, edit.Start) + edit.Text + text.Substring(edit.Start + edit.Length);
            return text;
        }
    }
}

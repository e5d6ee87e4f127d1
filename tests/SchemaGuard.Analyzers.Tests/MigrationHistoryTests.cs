using System.Linq;
using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>EF Core migrations replayed across the compilation in [Migration] id order.</summary>
    public class MigrationHistoryTests
    {
        [Fact]
        public void Later_migration_sees_indexes_and_cascades_of_earlier_ones_in_id_order()
        {
            // The later migration is written first: the order comes from the ids, not the source.
            var diagnostics = AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

[Migration(""20240201000000_Second"")]
public class Second : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.{|SG2001:CreateIndex(name: {|SG5001:""IX_orders_customer_again""|}, table: ""orders""|}, column: ""customer_id"");
        migrationBuilder.Sql(""{|SG1002:DELETE FROM customers|} WHERE id = 1"");
    }
}

[Migration(""20240101000000_First"")]
public class First : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(""CREATE TABLE customers (id bigint PRIMARY KEY)"");
        migrationBuilder.Sql(""CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id) ON DELETE CASCADE)"");
        migrationBuilder.Sql(""CREATE INDEX ix_orders_customer ON orders (customer_id)"");
    }
}", dialect: "postgresql").Verify("SG1001");
            Assert.Contains("orders", diagnostics.Single(d => d.Id == "SG1002").GetMessage(), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Methods_outside_migrations_are_not_part_of_the_history()
        {
            AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;
public class Setup
{
    public void A(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(""CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint)"");
    public void B(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(""{|SG2001:CREATE INDEX ix_orders_customer ON orders|} (customer_id)"");
}").Verify();
        }
    }
}

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>Drops translated so the history forgets what they remove, in every dialect's syntax.</summary>
    public class MigrationDropTests
    {
        [Theory]
        [InlineData("postgresql")]
        [InlineData("oracle")]
        [InlineData("sqlserver")]
        [InlineData("mysql")]
        public void A_dropped_index_is_not_duplicated_by_its_replacement(string dialect)
        {
            var diagnostics = AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;

[Migration(""20240101000000_First"")]
public class First : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: ""orders"", columns: t => new { Id = t.Column<long>(type: ""bigint"", nullable: false), CustomerId = t.Column<long>(type: ""bigint"", nullable: false) },
            constraints: t => { t.PrimaryKey(""PK_orders"", x => x.Id); t.ForeignKey(""FK_orders_customers"", x => x.CustomerId, ""customers"", ""Id""); });
        migrationBuilder.CreateIndex(name: ""IX_a"", table: ""orders"", column: ""CustomerId"");
    }
}

[Migration(""20240201000000_Second"")]
public class Second : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropForeignKey(name: ""FK_orders_customers"", table: ""orders"");
        migrationBuilder.DropIndex(name: ""IX_a"", table: ""orders"");
        migrationBuilder.CreateIndex(name: ""IX_b"", table: ""orders"", column: ""CustomerId"");
        migrationBuilder.DropTable(name: ""legacy"");
    }
}", dialect).Run();
            Assert.DoesNotContain(diagnostics, d => d.Id == "SG5001" || d.Id.StartsWith("SG900", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("postgresql")]
        [InlineData("oracle")]
        [InlineData("sqlserver")]
        [InlineData("mysql")]
        public void Column_and_rename_operations_read_cleanly(string dialect)
        {
            var diagnostics = AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;
public class Change : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(name: ""orders"", columns: t => new { Id = t.Column<long>(type: ""bigint"", nullable: false), Note = t.Column<string>(type: ""varchar(100)"", nullable: true) });
        migrationBuilder.AddColumn<int>(name: ""status"", table: ""orders"", type: ""int"", nullable: false, defaultValueSql: ""0"");
        migrationBuilder.DropColumn(name: ""Note"", table: ""orders"");
        migrationBuilder.RenameColumn(name: ""status"", table: ""orders"", newName: ""state"");
        migrationBuilder.CreateIndex(name: ""IX_orders_state"", table: ""orders"", column: ""state"");
        migrationBuilder.RenameTable(name: ""orders"", newName: ""purchases"");
    }
}", dialect).Run();
            // Every translated statement reads cleanly (no SG9001), and the index on the renamed column of the new table is quiet.
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        }
    }
}

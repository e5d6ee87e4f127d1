using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>EF Core MigrationBuilder operations translated into statements, replayed in order within one Up.</summary>
    public class MigrationOperationTests
    {
        private static AnalyzerHarness Up(string statements, string dialect = "postgresql") => AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;
public class AddIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
" + statements + @"
    }
}", dialect);

        [Fact]
        public void Create_index_on_an_existing_table_blocks_writes()
        {
            Up(@"migrationBuilder.{|SG2001:CreateIndex(
                name: ""IX_orders_customer_id"",
                table: ""orders""|},
                column: ""customer_id"");").Verify();
        }

        [Fact]
        public void Create_index_with_the_online_annotation_is_quiet()
        {
            Up(@"migrationBuilder.CreateIndex(name: ""IX_orders_customer_id"", table: ""orders"", columns: new[] { ""customer_id"", ""id"" })
                .Annotation(""Npgsql:CreatedConcurrently"", true);").Verify();
            Up(@"migrationBuilder.CreateIndex(name: ""IX_orders_customer_id"", table: ""orders"", column: ""customer_id"")
                .Annotation(""SqlServer:Online"", true);", "sqlserver").Verify();
        }

        [Fact]
        public void Sql_server_create_index_without_online_is_reported()
        {
            Up(@"migrationBuilder.{|SG2001:CreateIndex(name: ""IX_orders_customer_id"", table: ""orders"", schema: ""dbo""|}, column: ""customer_id"");", "sqlserver").Verify();
        }

        [Fact]
        public void Table_created_earlier_in_the_same_up_is_new_and_its_cascade_is_reported()
        {
            Up(@"migrationBuilder.CreateTable(
                name: ""orders"",
                columns: table => new
                {
                    Id = table.Column<long>(type: ""bigint"", nullable: false),
                    CustomerId = table.Column<long>(name: ""customer_id"", type: ""bigint"", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey(""PK_orders"", x => x.Id);
                    table.ForeignKey(
                        name: ""FK_orders_customers"",
                        column: x => x.CustomerId,
                        principalTable: ""customers"",
                        principalColumn: ""id"",
                        {|SG1001:onDelete: ReferentialAction.Cascade|});
                });
            migrationBuilder.CreateIndex(name: ""IX_orders_customer_id"", table: ""orders"", column: ""customer_id"");").Verify();
        }

        [Fact]
        public void Add_foreign_key_with_cascade_points_at_on_delete()
        {
            Up(@"migrationBuilder.AddForeignKey(
                name: ""FK_orders_customers"",
                table: ""orders"",
                column: ""customer_id"",
                principalTable: ""customers"",
                principalColumn: ""id"",
                {|SG1001:onDelete: ReferentialAction.Cascade|});
            migrationBuilder.AddForeignKey(name: ""FK_orders_shops"", table: ""orders"", column: ""shop_id"", principalTable: ""shops"", onDelete: ReferentialAction.Restrict);").Verify();
        }

        [Fact]
        public void Sql_strings_of_one_up_are_replayed_in_order()
        {
            Up(@"migrationBuilder.Sql(""CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint)"");
            migrationBuilder.Sql(""CREATE INDEX ix_invoices_customer ON invoices (customer_id)"");
            migrationBuilder.Sql(""{|SG2001:CREATE INDEX ix_orders_customer ON orders|} (customer_id)"");").Verify();
        }

        [Fact]
        public void Builder_calls_whose_names_are_not_constant_are_skipped()
        {
            AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;
public class AddIndex : Migration
{
    private readonly string _table = ""orders"";
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: ""IX_orders_customer_id"", table: _table, column: ""customer_id"");
    }
}").Verify();
        }

        [Fact]
        public void Oracle_alter_column_to_long_is_reported_on_the_type()
        {
            Up(@"migrationBuilder.AlterColumn<string>(name: ""note"", table: ""orders"", type: {|SG4001:""LONG""|}, nullable: true,
                oldClrType: typeof(string), oldType: ""VARCHAR2(100)"", oldNullable: true);", "oracle").Verify();
        }

        [Theory]
        [InlineData("postgresql")]
        [InlineData("oracle")]
        [InlineData("sqlserver")]
        [InlineData("mysql")]
        public void Alter_column_reads_cleanly_in_every_dialect(string dialect)
        {
            var diagnostics = Up(@"migrationBuilder.AlterColumn<long>(name: ""total"", table: ""orders"", type: ""bigint"", nullable: false,
                oldClrType: typeof(int), oldType: ""int"", oldNullable: true);", dialect).Run();
            // Read without a parse error or an analyzer failure in each vendor's form (a rewrite warning may come, rightly).
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("SG9", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("postgresql")]
        [InlineData("oracle")]
        [InlineData("mysql")]
        public void Rename_index_is_followed_by_the_history(string dialect)
        {
            const string Before = @"migrationBuilder.CreateTable(name: ""orders"", columns: t => new { Id = t.Column<long>(type: ""bigint"", nullable: false), CustomerId = t.Column<long>(name: ""customer_id"", type: ""bigint"", nullable: false) });
            migrationBuilder.CreateIndex(name: ""IX_a"", table: ""orders"", column: ""customer_id"");
";
            const string After = @"migrationBuilder.DropIndex(name: ""IX_b"", table: ""orders"");
            migrationBuilder.CreateIndex(name: ""IX_c"", table: ""orders"", column: ""customer_id"");";

            // Control: without the rename, IX_b is unknown, IX_a stays and IX_c duplicates it.
            Assert.Contains(Up(Before + After, dialect).Run(), d => d.Id == "SG5001");
            var diagnostics = Up(Before + @"migrationBuilder.RenameIndex(name: ""IX_a"", newName: ""IX_b"", table: ""orders"");
" + After, dialect).Run();
            Assert.DoesNotContain(diagnostics, d => d.Id == "SG5001" || d.Id.StartsWith("SG9", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Rename_column_on_sql_server_is_replayed_through_sp_rename()
        {
            const string Before = @"migrationBuilder.CreateTable(name: ""orders"", schema: ""dbo"", columns: t => new { Id = t.Column<long>(type: ""bigint"", nullable: false), CustomerId = t.Column<long>(name: ""customer_id"", type: ""bigint"", nullable: false) });
            migrationBuilder.CreateIndex(name: ""IX_a"", table: ""orders"", schema: ""dbo"", column: ""customer_id"");
";
            const string After = @"migrationBuilder.CreateIndex(name: ""IX_c"", table: ""orders"", schema: ""dbo"", column: ""client_id"");";

            // Control: without the rename, client_id is not the indexed column, so IX_c duplicates nothing.
            Assert.DoesNotContain(Up(Before + After, "sqlserver").Run(), d => d.Id == "SG5001");
            var diagnostics = Up(Before + @"migrationBuilder.RenameColumn(name: ""customer_id"", table: ""orders"", newName: ""client_id"", schema: ""dbo"");
" + After, "sqlserver").Run();
            Assert.Contains(diagnostics, d => d.Id == "SG5001");
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("SG9", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Rename_table_on_sql_server_is_replayed_through_sp_rename()
        {
            const string Before = @"migrationBuilder.CreateTable(name: ""orders"", columns: t => new { Id = t.Column<long>(type: ""bigint"", nullable: false), CustomerId = t.Column<long>(name: ""customer_id"", type: ""bigint"", nullable: false) });
            migrationBuilder.CreateIndex(name: ""IX_a"", table: ""orders"", column: ""customer_id"");
";
            const string After = @"migrationBuilder.CreateIndex(name: ""IX_c"", table: ""sales"", column: ""customer_id"");";

            // Control: without the rename, sales is unknown and IX_c duplicates nothing.
            Assert.DoesNotContain(Up(Before + After, "sqlserver").Run(), d => d.Id == "SG5001");
            var diagnostics = Up(Before + @"migrationBuilder.RenameTable(name: ""orders"", newName: ""sales"");
" + After, "sqlserver").Run();
            Assert.Contains(diagnostics, d => d.Id == "SG5001");

            // The renamed table was created by this migration, so an index on it blocks nobody.
            Assert.DoesNotContain(diagnostics, d => d.Id == "SG2001" || d.Id.StartsWith("SG9", System.StringComparison.Ordinal));
        }
    }
}

using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>EF Core <c>MigrationBuilder.Sql</c>: each kind of string literal, the finding on the exact characters.</summary>
    public class MigrationBuilderSqlTests
    {
        private static AnalyzerHarness Migration(string body) => AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;
public class AddIndex : Migration
{
" + body + @"
}");

        private static AnalyzerHarness Up(string statements) => Migration(@"
    protected override void Up(MigrationBuilder migrationBuilder)
    {
" + statements + @"
    }");

        [Fact]
        public void Regular_string()
        {
            Up(@"migrationBuilder.Sql(""{|SG2001:CREATE INDEX ix_orders_customer ON orders|} (customer_id);"");").Verify();
        }

        [Fact]
        public void Regular_string_with_escape_sequences_before_and_inside_the_clause()
        {
            Up(@"migrationBuilder.Sql(""-- \""quoted\""\r\n\u0020{|SG2001:CREATE\tINDEX ix_orders_customer ON orders|} (customer_id);"");").Verify();
        }

        [Fact]
        public void Verbatim_string_over_several_lines_with_doubled_quotes()
        {
            Up(@"migrationBuilder.Sql(@""-- say """"hi""""
            {|SG2001:CREATE INDEX ix_orders_customer
                ON orders|} (customer_id);"");").Verify();
        }

        [Fact]
        public void Raw_multi_line_string_with_indentation_removed()
        {
            Up(@"        migrationBuilder.Sql(""""""
            -- add the index
            {|SG2001:CREATE INDEX ix_orders_customer
              ON orders|} (customer_id);
            """""");").Verify();
        }

        [Fact]
        public void Raw_multi_line_string_with_crlf_line_breaks()
        {
            string body = "        migrationBuilder.Sql(\"\"\"\r\n            SELECT 1;\r\n            {|SG2001:CREATE INDEX ix_orders_customer ON orders|} (customer_id);\r\n            \"\"\");";
            Up(body).Verify();
        }

        [Fact]
        public void Raw_single_line_string()
        {
            Up(@"migrationBuilder.Sql(""""""{|SG2001:CREATE INDEX ix_orders_customer ON ""orders""|} (customer_id);"""""");").Verify();
        }

        [Fact]
        public void Concatenated_literals_span_the_pieces()
        {
            Up(@"migrationBuilder.Sql(""{|SG2001:CREATE INDEX ix_orders_customer "" +
                ""ON orders|} (customer_id);"");").Verify();
        }

        [Fact]
        public void Const_field_points_into_its_declaration()
        {
            Migration(@"
    private const string Table = ""orders"";
    private const string CreateIndex = ""{|SG2001:CREATE INDEX ix_orders_customer ON "" + Table|} + "" (customer_id);"";
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(CreateIndex);").Verify();
        }

        [Fact]
        public void Const_local_and_named_argument()
        {
            Up(@"const string sql = ""{|SG2001:CREATE INDEX ix_orders_customer ON orders|} (customer_id)"";
            migrationBuilder.Sql(sql: sql, suppressTransaction: true);").Verify();
        }

        [Fact]
        public void Interpolated_string_with_constant_hole_is_the_constant()
        {
            Up(@"const string table = ""orders"";
            migrationBuilder.Sql($""{|SG2001:CREATE INDEX ix_orders_customer ON {table}|} (customer_id)"");").Verify();
        }

        [Fact]
        public void Interpolated_string_with_non_constant_hole_is_still_linted()
        {
            Migration(@"
    private readonly string _table = ""orders"";
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($""{|SG1004:DELETE FROM {_table}|}"");
    }").Verify();
        }

        [Fact]
        public void Online_index_build_is_quiet()
        {
            Up(@"migrationBuilder.Sql(""CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id)"", suppressTransaction: true);").Verify();
        }

        [Fact]
        public void Value_not_known_at_compile_time_gives_nothing()
        {
            Migration(@"
    private static string Build() => ""CREATE INDEX ix_orders_customer ON orders (customer_id)"";
    private static readonly string Field = ""DELETE FROM orders"";
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Build());
        migrationBuilder.Sql(Field);
        migrationBuilder.Sql(""DELETE FROM "" + Field);
    }").Verify();
        }

        [Fact]
        public void Index_on_a_table_created_in_the_same_string_is_quiet()
        {
            Up(@"migrationBuilder.Sql(""CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint); CREATE INDEX ix_invoices_customer ON invoices (customer_id);"");").Verify();
        }
    }
}

using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class DropCascadeRuleTests
    {
        private const string Id = "SG1003";

        [Fact]
        public void Oracle_cascade_constraints_split_over_lines_points_at_the_clause()
        {
            const string sql = "DROP TABLE sales.orders\n  CASCADE CONSTRAINTS\n  PURGE;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("CASCADE CONSTRAINTS", OneRule.Covered(sql, finding));
            Assert.Equal(2, finding.Start.Line);
            Assert.Equal(3, finding.Start.Column);
            Assert.Contains("DROP TABLE sales.orders CASCADE CONSTRAINTS also drops every foreign key in other tables that references sales.orders", finding.Message);
            Assert.Contains("p.table_name IN ('ORDERS')", finding.Alternative);
            Assert.EndsWith("\n  DROP TABLE sales.orders\n  PURGE;", finding.Alternative);
            Assert.Empty(finding.Fix);
        }

        [Fact]
        public void Postgresql_drop_cascade_names_every_table_and_lists_views_too()
        {
            const string sql = "DROP TABLE IF EXISTS orders, customers CASCADE;";
            var finding = OneRule.Single(Id, sql, SqlDialect.PostgreSql);
            Assert.Equal("CASCADE", OneRule.Covered(sql, finding));
            Assert.Contains("orders and customers", finding.Message);
            Assert.Contains("confrelid IN ('orders'::regclass, 'customers'::regclass)", finding.Alternative);
            Assert.Contains("dependent_view", finding.Alternative);
            Assert.EndsWith("DROP TABLE IF EXISTS orders, customers;", finding.Alternative);
        }

        [Theory]
        [InlineData("oracle", "TRUNCATE TABLE orders CASCADE;", "ON DELETE CASCADE foreign key")]
        [InlineData("postgresql", "TRUNCATE TABLE orders, customers CASCADE;", "empties every table that references orders and customers")]
        public void Truncate_cascade_fires_and_names_the_tables(string dialectName, string sql, string expected)
        {
            Assert.True(SqlDialect.TryFromName(dialectName, out var dialect));
            var finding = OneRule.Single(Id, sql, dialect);
            Assert.Equal("CASCADE", OneRule.Covered(sql, finding));
            Assert.Contains(expected, finding.Message);
            Assert.Contains("TRUNCATE TABLE <referencing table>;", finding.Alternative);
        }

        [Theory]
        [InlineData("DROP TABLE orders;")]
        [InlineData("DROP TABLE orders PURGE;")]
        [InlineData("TRUNCATE TABLE orders;")]
        [InlineData("ALTER TABLE orders DROP COLUMN note CASCADE CONSTRAINTS;")]
        [InlineData("COMMENT ON TABLE orders IS 'DROP TABLE orders CASCADE CONSTRAINTS';")]
        [InlineData("-- DROP TABLE orders CASCADE CONSTRAINTS;\nSELECT 1 FROM dual;")]
        [InlineData("/* TRUNCATE TABLE orders CASCADE; */ SELECT q'{DROP TABLE orders CASCADE CONSTRAINTS}' FROM dual;")]
        public void Oracle_statements_without_a_table_cascade_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }

        [Theory]
        [InlineData("DROP TABLE orders RESTRICT;")]
        [InlineData("TRUNCATE TABLE audit_log RESTRICT;")]
        [InlineData("SELECT 'TRUNCATE orders CASCADE', $$DROP TABLE t CASCADE$$;")]
        public void Postgresql_statements_without_cascade_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.PostgreSql));
        }

        [Fact]
        public void Mysql_is_out_of_scope_because_its_cascade_does_nothing()
        {
            Assert.Empty(OneRule.Lint(Id, "DROP TABLE orders CASCADE;", SqlDialect.MySql));
        }

        [Fact]
        public void Mixed_case_and_crlf()
        {
            const string sql = "-- retire\r\nDrop Table Orders\r\n  Cascade Constraints;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("Cascade Constraints", OneRule.Covered(sql, finding));
            Assert.Equal(3, finding.Start.Line);
            Assert.Equal(3, finding.Start.Column);
            Assert.Contains("p.table_name IN ('ORDERS')", finding.Alternative);
            Assert.EndsWith("Drop Table Orders;", finding.Alternative);
        }
    }
}

using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class ExchangeWithoutValidationRuleTests
    {
        private const string Id = "SG4006";

        [Fact]
        public void Points_at_without_validation_over_several_lines_and_names_the_objects()
        {
            const string sql = "ALTER TABLE sales\n  EXCHANGE PARTITION p2024\n  WITH TABLE sales_stage\n  INCLUDING INDEXES\n  WITHOUT VALIDATION;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("WITHOUT VALIDATION", OneRule.Covered(sql, finding));
            Assert.Equal((5, 3), (finding.Start.Line, finding.Start.Column));
            Assert.StartsWith("EXCHANGE PARTITION p2024 of sales WITH TABLE sales_stage WITHOUT VALIDATION", finding.Message);
            Assert.Contains("ALTER TABLE sales_stage ADD CONSTRAINT ck_sales_stage_p2024 CHECK (<partition key> >= <lower bound of p2024> AND <partition key> < <upper bound of p2024>);", finding.Alternative);
            Assert.Contains("  INCLUDING INDEXES\n    WITH VALIDATION;", finding.Alternative);
            Assert.Empty(finding.Fix);
        }

        [Fact]
        public void The_partition_key_comes_from_a_create_table_earlier_in_the_file()
        {
            const string range = "CREATE TABLE sales (id NUMBER, sold_at DATE) PARTITION BY RANGE (sold_at) (PARTITION p2024 VALUES LESS THAN (DATE '2025-01-01'));\n" +
                                 "ALTER TABLE sales EXCHANGE PARTITION p2024 WITH TABLE sales_stage WITHOUT VALIDATION;";
            Assert.Contains("CHECK (sold_at >= <lower bound of p2024> AND sold_at < <upper bound of p2024>)", OneRule.Single(Id, range, SqlDialect.Oracle).Alternative);

            const string list = "CREATE TABLE sales (id NUMBER, region VARCHAR2(2)) PARTITION BY LIST (region) (PARTITION p_eu VALUES ('EU'));\n" +
                                "ALTER TABLE sales EXCHANGE PARTITION p_eu WITH TABLE sales_stage WITHOUT VALIDATION;";
            Assert.Contains("CHECK (region IN (<values of p_eu>))", OneRule.Single(Id, list, SqlDialect.Oracle).Alternative);
        }

        [Fact]
        public void The_create_table_is_found_as_every_rule_finds_tables_created_earlier()
        {
            // A schema on one side only still names the same table, and a table created again counts as last created.
            const string qualified = "CREATE TABLE sales (id NUMBER, sold_at DATE) PARTITION BY RANGE (sold_at) (PARTITION p2024 VALUES LESS THAN (DATE '2025-01-01'));\n" +
                                     "ALTER TABLE app.sales EXCHANGE PARTITION p2024 WITH TABLE sales_stage WITHOUT VALIDATION;";
            Assert.Contains("CHECK (sold_at >= <lower bound of p2024>", OneRule.Single(Id, qualified, SqlDialect.Oracle).Alternative);

            const string recreated = "CREATE TABLE sales (id NUMBER, sold_at DATE) PARTITION BY RANGE (sold_at) (PARTITION p2024 VALUES LESS THAN (DATE '2025-01-01'));\n" +
                                     "DROP TABLE sales;\n" +
                                     "CREATE TABLE sales (id NUMBER, region VARCHAR2(2)) PARTITION BY LIST (region) (PARTITION p_eu VALUES ('EU'));\n" +
                                     "ALTER TABLE sales EXCHANGE PARTITION p_eu WITH TABLE sales_stage WITHOUT VALIDATION;";
            Assert.Contains("CHECK (region IN (<values of p_eu>))", OneRule.Single(Id, recreated, SqlDialect.Oracle).Alternative);
        }

        [Fact]
        public void Mixed_case_crlf_and_the_users_case_in_the_rewrite()
        {
            const string sql = "alter table Sales exchange partition P1\r\n  with table Stage without validation;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("without validation", OneRule.Covered(sql, finding));
            Assert.Equal((2, 20), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("with table Stage with validation;", finding.Alternative);
            Assert.Contains("ck_stage_p1", finding.Alternative);
        }

        [Theory]
        [InlineData("ALTER TABLE sales EXCHANGE PARTITION p2024 WITH TABLE sales_stage INCLUDING INDEXES WITH VALIDATION;")]
        [InlineData("ALTER TABLE sales EXCHANGE PARTITION p2024 WITH TABLE sales_stage;")]
        [InlineData("COMMENT ON TABLE sales IS 'EXCHANGE PARTITION p WITH TABLE s WITHOUT VALIDATION';")]
        [InlineData("-- ALTER TABLE sales EXCHANGE PARTITION p2024 WITH TABLE sales_stage WITHOUT VALIDATION;\nSELECT q'!WITHOUT VALIDATION!' FROM dual;")]
        public void Validated_exchanges_strings_and_comments_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }
    }
}

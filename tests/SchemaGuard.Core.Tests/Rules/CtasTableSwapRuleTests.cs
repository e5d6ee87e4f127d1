using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class CtasTableSwapRuleTests
    {
        private const string Id = "SG4005";

        [Fact]
        public void Oracle_swap_points_at_the_ctas_head_and_names_the_later_lines()
        {
            const string sql =
                "CREATE TABLE orders_new\r\n  NOLOGGING\r\nAS\r\n  SELECT o.*, 0 AS flag\r\n  FROM app.orders o;\r\n" +
                "DROP TABLE app.orders CASCADE CONSTRAINTS;\r\n" +
                "RENAME orders_new TO orders;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("CREATE TABLE orders_new", OneRule.Covered(sql, finding));
            Assert.Equal((1, 1), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("DROP TABLE app.orders (line 6)", finding.Message);
            Assert.Contains("RENAME orders_new TO orders (line 7)", finding.Message);
            Assert.Contains("DBMS_REDEFINITION.START_REDEF_TABLE(uname => 'APP', orig_table => 'ORDERS', int_table => 'ORDERS_NEW')", finding.Alternative);
        }

        [Fact]
        public void Rename_away_then_rename_into_place_counts()
        {
            const string sql = "create table t2 as select * from t;\nrename t to t_old;\nrename t2 to t;";
            Assert.Contains("RENAME t TO t_old (line 2)", OneRule.Single(Id, sql, SqlDialect.Oracle).Message);
        }

        [Fact]
        public void PostgreSql_alter_table_rename()
        {
            const string sql =
                "CREATE TABLE accounts_copy AS SELECT id, lower(email) AS email FROM accounts;\n" +
                "ALTER TABLE accounts RENAME TO accounts_old;\n" +
                "ALTER TABLE accounts_copy RENAME TO accounts;\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.PostgreSql);
            Assert.Contains("ALTER TABLE accounts RENAME TO accounts_old (line 2)", finding.Message);
            Assert.Contains("pg_repack", finding.Alternative);
        }

        [Fact]
        public void MySql_rename_table_with_two_pairs()
        {
            const string sql = "CREATE TABLE orders_new AS SELECT * FROM orders;\nRENAME TABLE orders TO orders_old, orders_new TO orders;";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql);
            Assert.Contains("gh-ost", finding.Alternative);
        }

        [Theory]
        [InlineData("CREATE TABLE orders_backup AS SELECT * FROM orders;")]
        [InlineData("CREATE TABLE orders_new AS SELECT * FROM orders;\nDROP TABLE orders;")]
        [InlineData("CREATE TABLE orders_new AS SELECT * FROM orders;\nRENAME orders_new TO orders;")]
        [InlineData("RENAME orders TO orders_old;\nCREATE TABLE orders_new AS SELECT * FROM orders_old;\nRENAME orders_new TO orders;")]
        [InlineData("CREATE TABLE orders_new AS SELECT * FROM orders;\nRENAME orders_new TO orders;\nDROP TABLE orders;")]
        [InlineData("CREATE TABLE orders_new AS SELECT * FROM orders;\nDROP TABLE customers;\nRENAME orders_new TO customers;")]
        [InlineData("CREATE TABLE orders_new (id NUMBER);\nDROP TABLE orders;\nRENAME orders_new TO orders;")]
        [InlineData("-- CREATE TABLE orders_new AS SELECT * FROM orders;\nDROP TABLE orders;\nRENAME orders_new TO orders;")]
        public void Quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
    }
}

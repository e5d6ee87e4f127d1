using System.Linq;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class FkOnDeleteCascadeRuleTests
    {
        private const string Id = "SG1001";

        [Fact]
        public void Inline_reference_split_over_lines_points_at_the_clause()
        {
            const string sql = "CREATE TABLE order_items (\n  id NUMBER PRIMARY KEY,\n  order_id NUMBER NOT NULL\n    REFERENCES orders (id)\n      ON DELETE CASCADE\n);\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("ON DELETE CASCADE", OneRule.Covered(sql, finding));
            Assert.Equal(5, finding.Start.Line);
            Assert.Equal(7, finding.Start.Column);
            Assert.Contains("order_items (order_id) references orders (id)", finding.Message);
            Assert.Contains("order_id NUMBER NOT NULL REFERENCES orders (id)\n", finding.Alternative);
            Assert.Contains("DELETE FROM order_items WHERE order_id = :order_id;", finding.Alternative);
            Assert.Contains("DELETE FROM orders WHERE id = :order_id;", finding.Alternative);
            Assert.Contains("Oracle has no ON DELETE RESTRICT", finding.Alternative);
            Assert.Equal("CREATE TABLE order_items (\n  id NUMBER PRIMARY KEY,\n  order_id NUMBER NOT NULL\n    REFERENCES orders (id)\n);\n", OneRule.Fixed(sql, finding));
        }

        [Fact]
        public void Out_of_line_constraint_names_constraint_child_columns_and_parent()
        {
            const string sql = "CREATE TABLE order_items (\n  id INT PRIMARY KEY,\n  order_id INT NOT NULL,\n  shop_id INT NOT NULL,\n" +
                               "  CONSTRAINT fk_items_order FOREIGN KEY (order_id, shop_id) REFERENCES orders (id, shop) ON DELETE CASCADE\n) ENGINE=InnoDB;";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql);
            Assert.Equal(5, finding.Start.Line);
            Assert.StartsWith("Foreign key fk_items_order on order_items (order_id, shop_id) references orders (id, shop) ON DELETE CASCADE:", finding.Message);
            Assert.Contains("every DELETE on orders also deletes the matching order_items rows", finding.Message);
            Assert.Contains("\n  CONSTRAINT fk_items_order FOREIGN KEY (order_id, shop_id) REFERENCES orders (id, shop)\n", finding.Alternative);
            Assert.Contains("DELETE FROM order_items WHERE order_id = @order_id AND shop_id = @shop_id;", finding.Alternative);
            Assert.Contains("DELETE FROM orders WHERE id = @order_id AND shop = @shop_id;", finding.Alternative);
            Assert.Contains("ON DELETE RESTRICT", finding.Alternative);
        }

        [Theory]
        [InlineData("oracle")]
        [InlineData("postgresql")]
        [InlineData("mysql")]
        [InlineData("mariadb")]
        [InlineData("sqlserver")]
        public void Alter_table_add_constraint_fires_in_every_dialect_and_the_alternative_is_the_statement_without_the_cascade(string dialectName)
        {
            Assert.True(SqlDialect.TryFromName(dialectName, out var dialect));
            const string sql = "ALTER TABLE order_items ADD CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;";
            var finding = OneRule.Single(Id, sql, dialect);
            Assert.Equal("ON DELETE CASCADE", OneRule.Covered(sql, finding));
            Assert.Contains("\n  ALTER TABLE order_items ADD CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id);\n", finding.Alternative);
            Assert.Equal("ALTER TABLE order_items ADD CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id);", OneRule.Fixed(sql, finding));
        }

        [Fact]
        public void Sql_server_alternative_offers_no_action_and_at_parameters()
        {
            const string sql = "ALTER TABLE dbo.order_items WITH CHECK ADD CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES dbo.orders (id) ON DELETE CASCADE;";
            var finding = OneRule.Single(Id, sql, SqlDialect.SqlServer);
            Assert.Contains("dbo.order_items", finding.Message);
            Assert.Contains("dbo.orders", finding.Message);
            Assert.Contains("ON DELETE NO ACTION", finding.Alternative);
            Assert.Contains("DELETE FROM dbo.order_items WHERE order_id = @order_id;", finding.Alternative);
        }

        [Fact]
        public void Alter_table_add_column_with_inline_reference_fires()
        {
            const string sql = "ALTER TABLE order_items ADD (order_id NUMBER REFERENCES orders (id) ON DELETE CASCADE, note VARCHAR2(100));";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Contains("order_items (order_id) references orders (id)", finding.Message);
            Assert.Equal("ALTER TABLE order_items ADD (order_id NUMBER REFERENCES orders (id), note VARCHAR2(100));", OneRule.Fixed(sql, finding));
        }

        [Fact]
        public void Each_cascading_key_of_a_table_is_reported()
        {
            const string sql = "CREATE TABLE x (\n  a INT REFERENCES p (id) ON DELETE CASCADE,\n  b INT REFERENCES q (id) ON DELETE SET NULL,\n  c INT REFERENCES r (id) ON DELETE CASCADE\n);";
            var findings = OneRule.Lint(Id, sql, SqlDialect.PostgreSql);
            Assert.Equal(new[] { 2, 4 }, findings.Select(f => f.Start.Line));
        }

        [Theory]
        [InlineData("ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE SET NULL;")]
        [InlineData("ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE RESTRICT;")]
        [InlineData("ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE NO ACTION ON UPDATE CASCADE;")]
        [InlineData("ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY (p_id) REFERENCES p (id) ON UPDATE CASCADE;")]
        [InlineData("CREATE TABLE c (id INT, note VARCHAR(100) DEFAULT 'REFERENCES p ON DELETE CASCADE');")]
        [InlineData("CREATE TABLE c (id INT /* REFERENCES p ON DELETE CASCADE */, p_id INT REFERENCES p (id)); -- ON DELETE CASCADE")]
        [InlineData("COMMENT ON COLUMN c.p_id IS 'was ON DELETE CASCADE';")]
        public void Other_actions_strings_and_comments_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.PostgreSql));
        }

        [Fact]
        public void Oracle_q_quote_stays_quiet()
        {
            Assert.Empty(OneRule.Lint(Id, "COMMENT ON TABLE c IS q'[FOREIGN KEY (a) REFERENCES p ON DELETE CASCADE]';", SqlDialect.Oracle));
        }

        [Fact]
        public void Mixed_case_and_crlf_still_point_at_the_clause_and_fix_keeps_the_line_breaks()
        {
            const string sql = "create table Items (\r\n  Order_Id number\r\n    references Orders (Id) On Delete Cascade\r\n);\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("On Delete Cascade", OneRule.Covered(sql, finding));
            Assert.Equal(3, finding.Start.Line);
            Assert.Equal(28, finding.Start.Column);
            Assert.Contains("Items (Order_Id) references Orders (Id)", finding.Message);
            Assert.Equal("create table Items (\r\n  Order_Id number\r\n    references Orders (Id)\r\n);\r\n", OneRule.Fixed(sql, finding));
        }

        [Fact]
        public void Quoted_names_keep_their_quotes_in_message_and_alternative()
        {
            const string sql = "CREATE TABLE \"Items\" (\"OrderId\" int REFERENCES \"Orders\" (\"Id\") ON DELETE CASCADE);";
            var finding = OneRule.Single(Id, sql, SqlDialect.PostgreSql);
            Assert.Contains("\"Items\" (\"OrderId\") references \"Orders\" (\"Id\")", finding.Message);
            Assert.Contains("DELETE FROM \"Items\" WHERE \"OrderId\" = :orderid;", finding.Alternative);
        }
    }
}

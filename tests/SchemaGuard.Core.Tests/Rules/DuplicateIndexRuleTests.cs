using System.Linq;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using Xunit;
using static SchemaGuard.Core.Tests.RuleCases.SchemaRuleRunner;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class DuplicateIndexRuleTests
    {
        private const string Id = "SG5001";

        private const string Orders =
            "CREATE TABLE orders (id NUMBER PRIMARY KEY, customer_id NUMBER, created_at DATE, status VARCHAR2(10), code VARCHAR2(10));\n" +
            "CREATE INDEX ix_orders_customer_date ON orders (customer_id, created_at);\n" +
            "CREATE BITMAP INDEX bx_orders_status ON orders (status);\n";

        [Fact]
        public void The_message_names_both_indexes_and_where_the_other_was_declared()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "CREATE INDEX ix_orders_customer ON orders (customer_id);\n", Orders));

            Assert.Equal(
                "Index ix_orders_customer (customer_id) on orders is redundant: its key columns are a leading prefix of index ix_orders_customer_date " +
                "(customer_id, created_at), declared at V1__setup.sql:2. Every INSERT and DELETE, and every UPDATE of customer_id, pays to maintain it, " +
                "and it answers no query the other cannot.",
                finding.Message);
            Assert.Equal(Severity.Warning, finding.Severity);
            Assert.Equal((1, 14), (finding.Start.Line, finding.Start.Column));
            Assert.Equal(
                "Remove this index from the migration: index ix_orders_customer_date (customer_id, created_at) already serves every query it would. " +
                "If the migration has already run, retire it safely:\nALTER INDEX ix_orders_customer INVISIBLE;\n" +
                "-- watch a full business cycle (V$SQL_PLAN, DBA_INDEX_USAGE), then:\nDROP INDEX ix_orders_customer ONLINE;",
                finding.Alternative);
        }

        [Fact]
        public void An_index_equal_to_the_primary_key_is_reported_with_oracles_error()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "CREATE INDEX ix_orders_id ON orders (id);\n", Orders));
            Assert.Contains("are the same as those of the primary key (id), declared at V1__setup.sql:1", finding.Message);
            Assert.EndsWith("Oracle refuses it anyway (ORA-01408: such column list already indexed).", finding.Message);
        }

        [Fact]
        public void Other_orders_kinds_partial_indexes_and_invisible_others_are_not_compared()
        {
            string code = "CREATE INDEX ix_orders_date_customer ON orders (created_at, customer_id);\n" +
                          "CREATE INDEX ix_orders_status ON orders (status);\n" +
                          "CREATE INDEX ix_orders_code ON orders (code);\n" +
                          "CREATE INDEX ix_orders_upper ON orders (UPPER(customer_id));\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, code, Orders));

            const string pg = "CREATE TABLE t (a int, b int, c int);\nCREATE INDEX ix_ab ON t (a, b);\nCREATE INDEX ix_hidden ON t USING hash (c);\n";
            Assert.Empty(Run(Id, SqlDialect.PostgreSql, "CREATE INDEX ix_a_live ON t (a) WHERE b IS NULL;\nCREATE INDEX ix_a_gin ON t USING gin (a);\nCREATE INDEX ix_c ON t (c);\n", pg));

            const string invisible = "CREATE TABLE t (a NUMBER, b NUMBER);\nCREATE INDEX ix_ab ON t (a, b) INVISIBLE;\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, "CREATE INDEX ix_a ON t (a);\n", invisible));
        }

        [Fact]
        public void A_unique_index_that_is_a_prefix_of_a_wider_index_is_kept_but_one_equal_to_a_unique_key_is_not()
        {
            Assert.Empty(Run(Id, SqlDialect.Oracle, "CREATE UNIQUE INDEX ux_orders_customer ON orders (customer_id);\n", Orders));

            Finding finding = Assert.Single(Run(Id, SqlDialect.PostgreSql, "CREATE UNIQUE INDEX ux_users_email ON users (email);\n", "CREATE TABLE users (id int PRIMARY KEY, email text CONSTRAINT uq_users_email UNIQUE);\n"));
            Assert.StartsWith("Unique index ux_users_email (email) on users is redundant: its key columns are the same as those of unique constraint uq_users_email (email)", finding.Message);
            Assert.StartsWith("Remove this index from the migration: unique constraint uq_users_email (email) already enforces that uniqueness and serves every query it would.", finding.Alternative);
        }

        [Fact]
        public void Included_columns_must_be_covered_by_the_other_index()
        {
            const string setup = "CREATE TABLE dbo.t (a INT, b INT, c INT);\nCREATE INDEX ix_ab ON dbo.t (a, b);\n";
            Assert.Single(Run(Id, SqlDialect.SqlServer, "CREATE INDEX ix_a ON dbo.t (a) INCLUDE (b);\n", setup));
            Assert.Empty(Run(Id, SqlDialect.SqlServer, "CREATE INDEX ix_a ON dbo.t (a) INCLUDE (c);\n", setup));
        }

        [Fact]
        public void A_new_wider_index_reports_the_old_prefix_it_makes_redundant()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "CREATE INDEX ix_orders_customer_date_status ON orders (customer_id, created_at, status);\n", Orders));

            Assert.StartsWith(
                "Index ix_orders_customer_date_status (customer_id, created_at, status) on orders makes index ix_orders_customer_date (customer_id, created_at), " +
                "declared at V1__setup.sql:2, redundant",
                finding.Message);
            Assert.Contains("DROP INDEX ix_orders_customer_date ONLINE;", finding.Alternative);
        }

        [Fact]
        public void MySql_inline_keys_and_alter_table_add_index_are_checked()
        {
            const string users = "CREATE TABLE users (\n  id INT PRIMARY KEY,\n  email VARCHAR(200) NOT NULL,\n  tenant_id INT NOT NULL,\n  KEY ix_users_tenant_email (tenant_id, email)\n);\n";
            Finding added = Assert.Single(Run(Id, SqlDialect.MySql, "ALTER TABLE users\n  ADD INDEX ix_users_tenant (tenant_id);\n", users));
            Assert.Equal((2, 3), (added.Start.Line, added.Start.Column));
            Assert.Contains("ALTER TABLE users ALTER INDEX ix_users_tenant INVISIBLE;", added.Alternative);

            var inline = Run(Id, SqlDialect.MySql, "CREATE TABLE t (\n  a INT,\n  b INT,\n  PRIMARY KEY (a),\n  KEY ix_a (a),\n  KEY ix_b (b),\n  KEY ix_ba (b, a)\n);\n");
            Assert.Equal(new[] { 5, 6 }, inline.Select(f => f.Start.Line).ToArray());
            Assert.Contains("the primary key (a)", inline[0].Message);
            Assert.Contains("index ix_ba (b, a)", inline[1].Message);
        }

        [Fact]
        public void Mariadb_and_sqlserver_and_postgresql_retire_their_own_way()
        {
            const string setup = "CREATE TABLE t (a INT, b INT);\nCREATE INDEX ix_ab ON t (a, b);\n";
            Assert.Contains("ALTER TABLE t ALTER INDEX ix_a IGNORED;", Assert.Single(Run(Id, SqlDialect.MariaDb, "CREATE INDEX ix_a ON t (a);\n", setup)).Alternative);
            Assert.Contains("ALTER INDEX ix_a ON t DISABLE;", Assert.Single(Run(Id, SqlDialect.SqlServer, "CREATE INDEX ix_a ON t (a);\n", setup)).Alternative);
            Assert.Contains("DROP INDEX CONCURRENTLY ix_a;", Assert.Single(Run(Id, SqlDialect.PostgreSql, "CREATE INDEX ix_a ON t (a);\n", setup)).Alternative);
            Finding old = Assert.Single(Run(Id, new LintSettings(SqlDialect.Oracle, EngineVersion.Parse("11.2")), "CREATE INDEX ix_a ON t (a);\n", setup));
            Assert.Contains("DROP INDEX ix_a;", old.Alternative);
        }

        [Fact]
        public void Constraints_that_create_indexes_are_checked_except_where_oracle_reuses_an_index()
        {
            const string pg = "CREATE TABLE t (a int, b int);\nCREATE UNIQUE INDEX ux_a ON t (a);\n";
            Finding constraint = Assert.Single(Run(Id, SqlDialect.PostgreSql, "ALTER TABLE t ADD CONSTRAINT uq_a UNIQUE (a);\n", pg));
            Assert.StartsWith("Unique constraint uq_a (a) on t is redundant", constraint.Message);
            Assert.StartsWith("Do not add it: unique index ux_a (a)", constraint.Alternative);

            const string oracle = "CREATE TABLE t (a NUMBER, b NUMBER);\nCREATE INDEX ix_ab ON t (a, b);\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, "ALTER TABLE t ADD CONSTRAINT pk_t PRIMARY KEY (a);\n", oracle));
        }

        [Fact]
        public void Keywords_in_strings_and_comments_do_not_fire_and_mixed_case_names_meet()
        {
            string quiet = "-- CREATE INDEX ix_orders_customer ON orders (customer_id);\n/* CREATE INDEX ix ON orders (id); */\n" +
                           "BEGIN\n  dbms_output.put_line(q'[CREATE INDEX ix ON orders (id)]');\nEND;\n/\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, quiet, Orders));

            Assert.Single(Run(Id, SqlDialect.Oracle, "create index IX_Orders_Customer on ORDERS (Customer_ID);\n", Orders));
            Assert.Single(Run(Id, SqlDialect.Oracle, "CREATE INDEX ix ON \"ORDERS\" (\"CUSTOMER_ID\");\n", Orders));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "CREATE INDEX ix ON \"Orders\" (customer_id);\n", Orders));
        }

        [Fact]
        public void A_statement_over_many_crlf_lines_points_at_the_index_name()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "CREATE INDEX\r\n    ix_orders_customer\r\n  ON orders\r\n  (customer_id);\r\n", Orders.Replace("\n", "\r\n")));
            Assert.Equal((2, 5), (finding.Start.Line, finding.Start.Column));
            Assert.Equal((2, 23), (finding.End.Line, finding.End.Column));
        }

        [Fact]
        public void Indexes_made_earlier_in_the_same_file_count_and_dropped_ones_do_not()
        {
            Assert.Single(Run(Id, SqlDialect.Oracle, "CREATE TABLE t (a NUMBER, b NUMBER);\nCREATE INDEX ix_ab ON t (a, b);\nCREATE INDEX ix_a ON t (a);\n"));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "DROP INDEX ix_orders_customer_date;\nCREATE INDEX ix_orders_customer ON orders (customer_id);\n", Orders));
        }
    

        [Fact]
        public void An_index_of_the_same_name_is_a_replacement_not_a_duplicate()
        {
            const string setup = "CREATE TABLE t (a int, b int);\nCREATE INDEX ix_a ON t (a);\n";
            Assert.Empty(Run(Id, SqlDialect.PostgreSql, "CREATE INDEX IF NOT EXISTS ix_a ON t (a);\n", setup));
            Assert.Empty(Run(Id, SqlDialect.PostgreSql, "CREATE INDEX IF NOT EXISTS ix_a ON t (a, b);\n", setup));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "CREATE UNIQUE INDEX order_pk ON orders (order_id);\nALTER TABLE orders ADD (CONSTRAINT order_pk PRIMARY KEY (order_id));\n", "CREATE TABLE orders (order_id NUMBER);\n"));
            Assert.Empty(Run(Id, SqlDialect.MySql, "ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (a);\n", "CREATE TABLE t (a INT, b INT, PRIMARY KEY (a, b));\n"));
        }

        [Fact]
        public void Quoted_names_are_shown_the_way_the_dialect_needs_them()
        {
            Finding pg = Assert.Single(Run(Id, SqlDialect.PostgreSql, "CREATE INDEX \"ix_A\" ON \"Orders\" (\"customerId\");\n", "CREATE TABLE \"Orders\" (\"customerId\" int, x int);\nCREATE INDEX ix_cx ON \"Orders\" (\"customerId\", x);\n"));
            Assert.StartsWith("Index \"ix_A\" (\"customerId\") on \"Orders\" is redundant", pg.Message);
            Assert.Contains("DROP INDEX CONCURRENTLY \"ix_A\";", pg.Alternative);

            Finding mysql = Assert.Single(Run(Id, SqlDialect.MySql, "ALTER TABLE `orders` ADD INDEX `ix_c` (`c`);\n", "CREATE TABLE `orders` (`c` INT, `d` INT, KEY `ix_cd` (`c`, `d`));\n"));
            Assert.StartsWith("Index ix_c (c) on orders is redundant", mysql.Message);
        }
    

        [Fact]
        public void An_unnamed_index_is_called_so_except_in_mysql_which_names_it_after_its_first_column()
        {
            Finding pg = Assert.Single(Run(Id, SqlDialect.PostgreSql, "CREATE INDEX ix_a ON t (a);\n", "CREATE TABLE t (a int, b int);\nCREATE INDEX ON t (a, b);\n"));
            Assert.Contains("a leading prefix of the unnamed index (a, b), declared at V1__setup.sql:2", pg.Message);

            Finding mysql = Assert.Single(Run(Id, SqlDialect.MySql, "CREATE INDEX ix_a ON t (a);\n", "CREATE TABLE t (a INT, b INT, KEY (a, b));\n"));
            Assert.Contains("a leading prefix of index a (a, b)", mysql.Message);
        }
    }
}

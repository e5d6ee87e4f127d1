using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class OfflineTableRebuildRuleTests
    {
        private const string Id = "SG4004";

        [Fact]
        public void Oracle_move_on_19c_points_at_move_and_offers_the_online_form_as_a_fix()
        {
            const string sql = "ALTER TABLE orders\n  MOVE\n  TABLESPACE users2;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle, "19");
            Assert.Equal("MOVE", OneRule.Covered(sql, finding));
            Assert.Equal((2, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("ALTER TABLE orders MOVE without ONLINE blocks every insert, update and delete on orders", finding.Message);
            Assert.Contains("leaves its indexes UNUSABLE", finding.Message);
            Assert.Contains("MOVE ONLINE\n    TABLESPACE users2;", finding.Alternative);
            Assert.DoesNotContain("assumed", finding.Alternative);
            Assert.Equal("ALTER TABLE orders\n  MOVE ONLINE\n  TABLESPACE users2;", OneRule.Fixed(sql, finding));
        }

        [Fact]
        public void Without_a_target_version_a_current_release_is_assumed_and_said()
        {
            const string sql = "alter table orders move update indexes;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.DoesNotContain("UNUSABLE", finding.Message);
            Assert.Contains("19c is assumed", finding.Alternative);
            Assert.Equal("alter table orders move online update indexes;", OneRule.Fixed(sql, finding));
        }

        [Fact]
        public void Before_12_2_the_alternative_is_dbms_redefinition_with_the_names_filled_in()
        {
            const string sql = "ALTER TABLE hr.orders MOVE TABLESPACE users2;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle, "11.2");
            Assert.Contains("Oracle 11.2 has no ONLINE form for it", finding.Message);
            Assert.Empty(finding.Fix);
            Assert.Contains("DBMS_REDEFINITION.CAN_REDEF_TABLE('HR', 'ORDERS');", finding.Alternative);
            Assert.Contains("CREATE TABLE hr.orders_int TABLESPACE users2 AS SELECT * FROM hr.orders WHERE 1 = 0;", finding.Alternative);
            Assert.Contains("DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'ORDERS', 'ORDERS_INT');", finding.Alternative);
            Assert.Contains("DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS('HR', 'ORDERS', 'ORDERS_INT', num_errors => errors);", finding.Alternative);
            Assert.Contains("DBMS_REDEFINITION.SYNC_INTERIM_TABLE(", finding.Alternative);
            Assert.Contains("DBMS_REDEFINITION.FINISH_REDEF_TABLE(", finding.Alternative);
            Assert.Contains("DBMS_REDEFINITION.ABORT_REDEF_TABLE(", finding.Alternative);
        }

        [Fact]
        public void Partitions_move_online_from_12_1()
        {
            const string sql = "ALTER TABLE sales MOVE PARTITION p2023 TABLESPACE archive;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle, "12.1");
            Assert.Equal("MOVE PARTITION p2023", OneRule.Covered(sql, finding));
            Assert.Contains("partition p2023 of sales", finding.Message);
            Assert.Contains("ALTER TABLE sales MOVE PARTITION p2023 TABLESPACE archive UPDATE INDEXES ONLINE;", finding.Alternative);
            Assert.Empty(finding.Fix);

            var table = OneRule.Single(Id, "ALTER TABLE sales MOVE;", SqlDialect.Oracle, "12.1");
            Assert.Contains("DBMS_REDEFINITION", table.Alternative);

            var old = OneRule.Single(Id, sql, SqlDialect.Oracle, "11.2");
            Assert.Contains("part_name => 'P2023'", old.Alternative);
        }

        [Fact]
        public void Standard_edition_is_told_that_online_needs_enterprise_and_gets_no_fix()
        {
            const string sql = "ALTER TABLE orders MOVE TABLESPACE users2;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle, "19", Edition.Standard);
            Assert.Contains("ONLINE needs Enterprise Edition", finding.Message);
            Assert.Contains("maintenance window", finding.Alternative);
            Assert.Empty(finding.Fix);
        }

        [Fact]
        public void Modify_partition_by_points_at_its_words()
        {
            const string sql = "ALTER TABLE sales\n  MODIFY PARTITION BY RANGE (sold_at)\n  (PARTITION p2023 VALUES LESS THAN (DATE '2024-01-01'),\n   PARTITION pmax VALUES LESS THAN (MAXVALUE));";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle, "19");
            Assert.Equal("MODIFY PARTITION BY", OneRule.Covered(sql, finding));
            Assert.Equal((2, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("(MAXVALUE)) ONLINE;", finding.Alternative);

            var old = OneRule.Single(Id, sql, SqlDialect.Oracle, "12.1");
            Assert.Contains("has no MODIFY PARTITION BY at all", old.Message);
            Assert.Contains("CREATE TABLE sales_int PARTITION BY RANGE (sold_at) (PARTITION p2023", old.Alternative);
        }

        [Theory]
        [InlineData("ALTER TABLE orders MOVE ONLINE TABLESPACE users2;")]
        [InlineData("ALTER TABLE orders MOVE PARTITION p1 TABLESPACE users2 UPDATE INDEXES ONLINE;")]
        [InlineData("ALTER TABLE sales MODIFY PARTITION BY RANGE (sold_at) (PARTITION pmax VALUES LESS THAN (MAXVALUE)) ONLINE;")]
        [InlineData("COMMENT ON TABLE orders IS 'ALTER TABLE orders MOVE TABLESPACE users2';")]
        [InlineData("-- ALTER TABLE orders MOVE;\nSELECT q'[ALTER TABLE orders MOVE]' FROM dual;")]
        [InlineData("ALTER TABLE orders ADD (note VARCHAR2(10));")]
        public void Oracle_online_forms_strings_and_comments_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle, "19"));
        }

        [Fact]
        public void Mysql_copy_and_locks_point_at_the_option_and_rewrite_the_statement()
        {
            const string sql = "ALTER TABLE orders\n  ADD COLUMN note VARCHAR(200),\n  ALGORITHM=COPY, LOCK=SHARED;";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql);
            Assert.Equal("ALGORITHM=COPY", OneRule.Covered(sql, finding));
            Assert.Equal((3, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("ALGORITHM=COPY copies orders", finding.Message);
            Assert.Contains("LOCK=SHARED blocks every write to orders", finding.Message);
            Assert.Contains("ALGORITHM=INPLACE, LOCK=NONE;", finding.Alternative);
            Assert.Contains("pt-online-schema-change", finding.Alternative);

            const string lower = "alter table orders engine=InnoDB, lock=exclusive;";
            var exclusive = OneRule.Single(Id, lower, SqlDialect.MariaDb);
            Assert.Equal("lock=exclusive", OneRule.Covered(lower, exclusive));
            Assert.Contains("blocks every read and write of orders", exclusive.Message);
            Assert.Contains("alter table orders engine=InnoDB, lock=none;", exclusive.Alternative);
        }

        [Theory]
        [InlineData("ALTER TABLE orders ADD COLUMN note VARCHAR(200), ALGORITHM=INPLACE, LOCK=NONE;")]
        [InlineData("ALTER TABLE orders ADD COLUMN note VARCHAR(200), ALGORITHM=INSTANT;")]
        [InlineData("ALTER TABLE orders ADD COLUMN note VARCHAR(200);")]
        [InlineData("ALTER TABLE orders COMMENT = 'ALGORITHM=COPY';")]
        [InlineData("# ALTER TABLE orders ALGORITHM=COPY;\nSELECT 'LOCK=EXCLUSIVE';")]
        public void Mysql_in_place_forms_strings_and_comments_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.MySql));
        }

        [Theory]
        [InlineData("ALTER TABLE dbo.orders REBUILD;", "REBUILD", "ALTER TABLE dbo.orders REBUILD WITH (ONLINE = ON);")]
        [InlineData("alter table dbo.orders rebuild with (online = off);", "rebuild", "alter table dbo.orders rebuild with (online = on);")]
        [InlineData("ALTER TABLE dbo.orders REBUILD PARTITION = ALL WITH (DATA_COMPRESSION = PAGE);", "REBUILD PARTITION = ALL", "ALTER TABLE dbo.orders REBUILD PARTITION = ALL WITH (ONLINE = ON, DATA_COMPRESSION = PAGE);")]
        public void Sql_server_rebuild_without_online_points_at_rebuild_and_adds_online(string sql, string underlined, string rewritten)
        {
            var finding = OneRule.Single(Id, sql, SqlDialect.SqlServer);
            Assert.Equal(underlined, OneRule.Covered(sql, finding));
            Assert.Contains("dbo.orders", finding.Message);
            Assert.Contains("\n  " + rewritten, finding.Alternative);
        }

        [Theory]
        [InlineData("ALTER TABLE dbo.orders REBUILD WITH (ONLINE = ON);")]
        [InlineData("ALTER TABLE dbo.orders REBUILD PARTITION = 2 WITH (ONLINE = ON (WAIT_AT_LOW_PRIORITY (MAX_DURATION = 1 MINUTES, ABORT_AFTER_WAIT = SELF)));")]
        [InlineData("ALTER TABLE dbo.orders ADD note nvarchar(10);")]
        [InlineData("SELECT 'ALTER TABLE dbo.orders REBUILD'; -- REBUILD")]
        public void Sql_server_online_rebuilds_and_strings_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.SqlServer));
        }

        [Fact]
        public void Sql_server_standard_edition_is_told_online_needs_enterprise()
        {
            var finding = OneRule.Single(Id, "ALTER TABLE dbo.orders REBUILD;", SqlDialect.SqlServer, null, Edition.Standard);
            Assert.Contains("needs Enterprise Edition", finding.Message);
            Assert.Contains("maintenance window", finding.Alternative);
        }

        [Fact]
        public void Crlf_and_mixed_case_keep_positions()
        {
            const string sql = "-- relocate\r\nAlter Table Orders\r\n  Move Tablespace Users2;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle, "19.3");
            Assert.Equal("Move", OneRule.Covered(sql, finding));
            Assert.Equal((3, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Equal("-- relocate\r\nAlter Table Orders\r\n  Move ONLINE Tablespace Users2;\r\n", OneRule.Fixed(sql, finding));
        }
    }
}

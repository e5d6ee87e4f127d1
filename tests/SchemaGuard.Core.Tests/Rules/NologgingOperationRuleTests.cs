using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class NologgingOperationRuleTests
    {
        private const string Id = "SG3001";
        private const string SalesHistory = "CREATE TABLE sales_history (id NUMBER, amount NUMBER) NOLOGGING;\n";

        [Fact]
        public void Ctas_points_at_nologging_and_rewrites_the_statement_with_logging()
        {
            const string sql = "CREATE TABLE orders_copy NOLOGGING AS SELECT * FROM orders;";
            Finding finding = Assert.Single(OneRule.Lint(Id, sql, SqlDialect.Oracle));
            Assert.Equal("NOLOGGING", OneRule.Covered(sql, finding));
            Assert.StartsWith("CREATE TABLE orders_copy AS SELECT runs with NOLOGGING: the rows it copies are written without redo.", finding.Message);
            Assert.Contains("ORA-01578 and ORA-26040", finding.Message);
            Assert.Contains("Keep LOGGING (the default):\n  CREATE TABLE orders_copy LOGGING AS SELECT * FROM orders;\n", finding.Alternative);
            Assert.Contains("ALTER DATABASE FORCE LOGGING;", finding.Alternative);
            Assert.Contains("  ALTER TABLE orders_copy LOGGING;\n", finding.Alternative);
            Assert.Contains("REPORT UNRECOVERABLE", finding.Alternative);
            Assert.Contains("BACKUP DATAFILE <file#>;", finding.Alternative);
            Assert.Empty(finding.Fix);
        }

        [Fact]
        public void Unrecoverable_index_over_many_lines_with_crlf_is_found_on_its_line_and_named()
        {
            const string sql = "create index\r\n  ix_orders_customer\r\n  on orders (customer_id)\r\n  tablespace idx\r\n  unrecoverable;";
            Finding finding = Assert.Single(OneRule.Lint(Id, sql, SqlDialect.Oracle));
            Assert.Equal("unrecoverable", OneRule.Covered(sql, finding));
            Assert.Equal((5, 3), (finding.Start.Line, finding.Start.Column));
            Assert.StartsWith("CREATE INDEX ix_orders_customer on orders runs UNRECOVERABLE: the index is built without redo.", finding.Message);
            Assert.Contains("tablespace idx\r\n    logging;", finding.Alternative);
            Assert.Contains("  ALTER INDEX ix_orders_customer LOGGING;\n", finding.Alternative);
            Assert.Contains("  BACKUP TABLESPACE idx;\n", finding.Alternative);
        }

        [Fact]
        public void Keywords_in_strings_comments_and_q_quotes_do_not_fire()
        {
            const string sql =
                "-- CREATE INDEX ix ON t (a) NOLOGGING;\n" +
                "/* ALTER TABLE t NOLOGGING; */\n" +
                "INSERT INTO audit_log (note) VALUES ('ALTER TABLE t NOLOGGING');\n" +
                "INSERT INTO audit_log (note) VALUES (q'[CREATE TABLE x UNRECOVERABLE AS SELECT * FROM t]');\n" +
                "BEGIN\n  EXECUTE IMMEDIATE 'ALTER INDEX ix REBUILD NOLOGGING';\nEND;\n/\n";
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }

        [Fact]
        public void Logging_and_temporary_tables_stay_quiet()
        {
            const string sql =
                "CREATE TABLE t1 (id NUMBER) LOGGING;\n" +
                "CREATE INDEX ix1 ON t1 (id) LOGGING;\n" +
                "ALTER INDEX ix1 REBUILD ONLINE;\n" +
                "ALTER TABLE t1 MOVE ONLINE;\n" +
                "CREATE GLOBAL TEMPORARY TABLE gtt (id NUMBER) ON COMMIT DELETE ROWS NOLOGGING;\n";
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }

        [Fact]
        public void PostgreSQL_unlogged_tables_are_not_this_rule()
        {
            Assert.Empty(OneRule.Lint(Id, "CREATE UNLOGGED TABLE staging (id int);\nALTER TABLE staging SET UNLOGGED;\n", SqlDialect.PostgreSql));
        }

        [Fact]
        public void One_finding_per_statement_names_every_segment()
        {
            const string sql =
                "CREATE TABLE sales (id NUMBER, doc CLOB)\n" +
                "  LOB (doc) STORE AS SECUREFILE (NOLOGGING)\n" +
                "  NOLOGGING\n" +
                "  PARTITION BY RANGE (id) (PARTITION p1 VALUES LESS THAN (100) NOLOGGING);";
            Finding finding = Assert.Single(OneRule.Lint(Id, sql, SqlDialect.Oracle));
            Assert.Equal(2, finding.Start.Line);
            Assert.Contains("declares NOLOGGING on the table, its other storage (LOB, overflow, subpartition or index) and partition p1", finding.Message);
            Assert.Contains("STORE AS SECUREFILE (LOGGING)\n    LOGGING\n", finding.Alternative);
            Assert.Contains("  ALTER TABLE sales MODIFY PARTITION p1 LOGGING;\n", finding.Alternative);
        }

        [Fact]
        public void Alter_table_forms_name_the_operation()
        {
            const string move = "ALTER TABLE orders MOVE TABLESPACE users2 NOLOGGING;";
            Finding moved = Assert.Single(OneRule.Lint(Id, move, SqlDialect.Oracle));
            Assert.StartsWith("ALTER TABLE orders MOVE runs NOLOGGING: every row it moves is written without redo.", moved.Message);
            Assert.Contains("ALTER TABLE orders MOVE TABLESPACE users2 LOGGING;", moved.Alternative);
            Assert.Contains("BACKUP TABLESPACE users2;", moved.Alternative);

            const string attribute = "ALTER TABLE orders NOLOGGING;";
            Finding set = Assert.Single(OneRule.Lint(Id, attribute, SqlDialect.Oracle));
            Assert.StartsWith("ALTER TABLE orders NOLOGGING: every later direct-path load into orders", set.Message);
            Assert.StartsWith("Leave orders LOGGING: remove this statement;", set.Alternative);

            const string partition = "ALTER TABLE sales MODIFY PARTITION p1 NOLOGGING;";
            Finding part = Assert.Single(OneRule.Lint(Id, partition, SqlDialect.Oracle));
            Assert.StartsWith("Leave partition p1 of sales LOGGING", part.Alternative);

            const string split = "ALTER TABLE sales SPLIT PARTITION p2024 AT (DATE '2024-07-01') INTO (PARTITION p2024a, PARTITION p2024b) NOLOGGING;";
            Finding splitFinding = Assert.Single(OneRule.Lint(Id, split, SqlDialect.Oracle));
            Assert.StartsWith("ALTER TABLE sales SPLIT PARTITION runs NOLOGGING", splitFinding.Message);
            Assert.Contains("MODIFY PARTITION <partition> LOGGING;   -- for each partition it writes", splitFinding.Alternative);

            const string lob = "ALTER TABLE docs MODIFY LOB (body) (NOLOGGING);";
            Finding lobFinding = Assert.Single(OneRule.Lint(Id, lob, SqlDialect.Oracle));
            Assert.Contains("  ALTER TABLE docs MODIFY LOB (body) (LOGGING);\n", lobFinding.Alternative);
        }

        [Fact]
        public void Index_rebuild_and_attribute_are_told_apart()
        {
            Finding rebuild = Assert.Single(OneRule.Lint(Id, "alter index ix_a rebuild partition p1 nologging;", SqlDialect.Oracle));
            Assert.StartsWith("ALTER INDEX ix_a REBUILD PARTITION p1 runs NOLOGGING", rebuild.Message);
            Assert.Contains("alter index ix_a rebuild partition p1 logging;", rebuild.Alternative);

            Finding attribute = Assert.Single(OneRule.Lint(Id, "ALTER INDEX ix_a NOLOGGING;", SqlDialect.Oracle));
            Assert.StartsWith("ALTER INDEX ix_a NOLOGGING makes every later rebuild of ix_a write it without redo.", attribute.Message);
        }

        [Fact]
        public void Materialized_views_and_their_logs()
        {
            Finding view = Assert.Single(OneRule.Lint(Id, "CREATE MATERIALIZED VIEW mv_sales NOLOGGING AS SELECT * FROM sales;", SqlDialect.Oracle));
            Assert.Contains("ALTER MATERIALIZED VIEW mv_sales LOGGING;", view.Alternative);
            Finding log = Assert.Single(OneRule.Lint(Id, "CREATE MATERIALIZED VIEW LOG ON sales NOLOGGING WITH PRIMARY KEY;", SqlDialect.Oracle));
            Assert.Contains("ALTER MATERIALIZED VIEW LOG ON sales LOGGING;", log.Alternative);
        }

        [Fact]
        public void Force_logging_earlier_in_the_file_silences_until_it_is_switched_off()
        {
            const string sql =
                "ALTER DATABASE FORCE LOGGING;\n" +
                "CREATE INDEX ix_a ON t (a) NOLOGGING;\n" +
                "ALTER DATABASE NO FORCE LOGGING;\n" +
                "CREATE INDEX ix_b ON t (b) NOLOGGING;\n";
            Finding finding = Assert.Single(OneRule.Lint(Id, sql, SqlDialect.Oracle));
            Assert.Equal(4, finding.Start.Line);
        }

        [Fact]
        public void Direct_path_insert_into_a_nologging_table_points_at_the_hint_and_names_the_declaration()
        {
            const string code = "INSERT /*+ APPEND */ INTO sales_history\n  SELECT id, amount FROM sales;\n";
            Finding finding = Assert.Single(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, code, SalesHistory));
            Assert.Equal((1, 8), (finding.Start.Line, finding.Start.Column));
            Assert.Equal(13, finding.Span.Length);
            Assert.StartsWith("INSERT /*+ APPEND */ into sales_history is a direct-path load, and sales_history is NOLOGGING (declared at V1__setup.sql:1)", finding.Message);
            Assert.Contains("  ALTER TABLE sales_history LOGGING;\n", finding.Alternative);
        }

        [Fact]
        public void Only_hints_that_make_the_insert_direct_path_count()
        {
            Assert.Empty(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, "INSERT /*+ APPEND */ INTO sales_history (id, amount) VALUES (1, 2);\n", SalesHistory));
            Assert.Empty(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, "INSERT /*+ APPEND_VALUES */ INTO sales_history SELECT id, amount FROM sales;\n", SalesHistory));
            Assert.Empty(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, "INSERT /*+ NOAPPEND APPEND */ INTO sales_history SELECT id, amount FROM sales;\n", SalesHistory));
            Assert.Empty(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, "INSERT /* APPEND */ INTO sales_history SELECT id, amount FROM sales;\n", SalesHistory));
            Assert.Empty(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, "INSERT /*+ PARALLEL(s 4) */ INTO sales_history SELECT id, amount FROM sales s;\n", SalesHistory));
            Assert.Single(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, "INSERT /*+ append_values */ INTO sales_history (id, amount) VALUES (1, 2);\n", SalesHistory));

            // Oracle 11.1 still loaded INSERT ... VALUES direct-path under APPEND.
            var old = new LintSettings(SqlDialect.Oracle, EngineVersion.Parse("11.1"));
            Assert.Single(SchemaRuleRunner.Run(Id, old, "INSERT /*+ APPEND */ INTO sales_history (id, amount) VALUES (1, 2);\n", SalesHistory));
        }

        [Fact]
        public void The_catalog_decides_which_tables_are_nologging()
        {
            const string append = "INSERT /*+ APPEND */ INTO sales_history SELECT id, amount FROM sales;\n";
            Assert.Empty(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, append, "CREATE TABLE sales_history (id NUMBER, amount NUMBER);\n"));
            Assert.Empty(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, append, SalesHistory, "ALTER TABLE sales_history LOGGING;\n"));
            Assert.Empty(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, append));
            Assert.Single(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, append, "CREATE TABLE sales_history (id NUMBER, amount NUMBER);\n", "ALTER TABLE sales_history MOVE NOLOGGING;\n"));

            // A table made NOLOGGING earlier in the same file: the CREATE is reported, and so is the load.
            var findings = OneRule.Lint(Id, SalesHistory + append, SqlDialect.Oracle);
            Assert.Equal(2, findings.Count);
            Assert.Contains("declared at test.sql:1", findings[1].Message);
        }

        [Fact]
        public void A_direct_path_insert_nested_in_a_plsql_block_is_found()
        {
            const string code = "BEGIN\n  FOR r IN 1 .. 3 LOOP\n    INSERT /*+ APPEND */ INTO SALES_HISTORY SELECT id, amount FROM sales;\n    COMMIT;\n  END LOOP;\nEND;\n/\n";
            Finding finding = Assert.Single(SchemaRuleRunner.Run(Id, SqlDialect.Oracle, code, SalesHistory));
            Assert.Equal((3, 12), (finding.Start.Line, finding.Start.Column));
        }
    }
}

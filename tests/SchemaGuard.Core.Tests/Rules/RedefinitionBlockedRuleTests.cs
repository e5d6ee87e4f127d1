using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;
using Xunit;
using static SchemaGuard.Core.Tests.RuleCases.SchemaRuleRunner;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class RedefinitionBlockedRuleTests
    {
        private const string Id = "SG4002";

        private const string Schema =
            "CREATE TABLE docs (id NUMBER PRIMARY KEY, title VARCHAR2(100), body LONG);\n" +
            "CREATE TABLE images (id NUMBER PRIMARY KEY, raw_data LONG RAW);\n" +
            "CREATE TABLE orders (id NUMBER PRIMARY KEY, total NUMBER);\n" +
            "CREATE MATERIALIZED VIEW LOG ON orders WITH PRIMARY KEY;\n" +
            "CREATE MATERIALIZED VIEW mv_order_totals AS SELECT id, total FROM orders;\n" +
            "CREATE GLOBAL TEMPORARY TABLE session_cart (id NUMBER) ON COMMIT DELETE ROWS;\n" +
            "CREATE TABLE emp_c (id NUMBER, dept NUMBER) CLUSTER emp_dept (dept);\n" +
            "CREATE TABLE people OF person_t;\n" +
            "CREATE TABLE scans (id NUMBER PRIMARY KEY, image BFILE);\n" +
            "CREATE TABLE system.settings (id NUMBER PRIMARY KEY);\n" +
            "CREATE TABLE customers (id NUMBER PRIMARY KEY, name VARCHAR2(100));\n" +
            "CREATE TABLE \"Mixed\" (id NUMBER PRIMARY KEY, note LONG);\n";

        [Fact]
        public void Dropping_the_materialized_view_log_first_clears_the_blocker()
        {
            const string setup = "CREATE TABLE orders (id NUMBER PRIMARY KEY, total NUMBER);\nCREATE MATERIALIZED VIEW LOG ON orders WITH PRIMARY KEY;\n";
            const string redefine = "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'ORDERS');\n";

            Assert.Single(Run(Id, SqlDialect.Oracle, redefine, setup));
            Assert.Empty(Run(Id, SqlDialect.Oracle, redefine, setup, "DROP MATERIALIZED VIEW LOG ON orders;\n"));
        }

        [Fact]
        public void A_long_column_is_named_with_its_declaration_and_the_mapping_is_written_out()
        {
            const string code = "BEGIN\n  DBMS_REDEFINITION.CAN_REDEF_TABLE(uname => 'APP', tname => 'DOCS');\nEND;\n/\n";
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, code, Schema));
            Assert.Equal("'DOCS'", code.Substring(finding.Span.Start, finding.Span.Length));
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal(
                "APP.DOCS cannot be redefined online, so CAN_REDEF_TABLE fails: it has the LONG column body (declared at V1__setup.sql:1), which online redefinition " +
                "copies only when START_REDEF_TABLE's col_mapping converts it with TO_LOB.",
                finding.Message);
            Assert.EndsWith(
                "  DBMS_REDEFINITION.START_REDEF_TABLE(uname => 'APP', orig_table => 'DOCS', int_table => 'DOCS_INT', col_mapping => 'id id, title title, TO_LOB(body) body');",
                finding.Alternative);
        }

        [Fact]
        public void To_lob_in_the_mapping_clears_long_columns_and_a_missing_one_is_named()
        {
            Assert.Empty(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'DOCS', 'DOCS_INT', 'id id, title title, to_lob(body) body');\n", Schema));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'IMAGES', 'IMAGES_INT', 'id id, ' || 'TO_LOB(raw_data) raw_data');\n", Schema));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', '\"Mixed\"', 'MIXED_INT', 'id id, TO_LOB(\"NOTE\") note');\n", Schema));

            // A quoted name means exactly that name: "note" is not the column NOTE.
            Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', '\"Mixed\"', 'MIXED_INT', 'id id, TO_LOB(\"note\") note');\n", Schema));

            Finding unmapped = Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'IMAGES', 'IMAGES_INT', 'id id, raw_data raw_data');\n", Schema));
            Assert.Contains("it has the LONG RAW column raw_data (declared at V1__setup.sql:2)", unmapped.Message);
            Assert.Contains("int_table => 'IMAGES_INT', col_mapping => 'id id, TO_LOB(raw_data) raw_data');", unmapped.Alternative);

            Finding noMapping = Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', '\"Mixed\"', 'MIXED_INT');\n", Schema));
            Assert.Contains("LONG column note (declared at V1__setup.sql:12)", noMapping.Message);
        }

        [Fact]
        public void A_mapping_that_cannot_be_read_is_trusted()
        {
            const string code = "DECLARE\n  v_map VARCHAR2(200) := 'id id, TO_LOB(body) body';\nBEGIN\n  DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'DOCS', 'DOCS_INT', v_map);\nEND;\n/\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, code, Schema));
        }

        [Fact]
        public void Can_redef_table_is_judged_by_the_start_redef_table_of_the_same_table_in_the_file()
        {
            const string converted =
                "BEGIN\n  DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'DOCS');\n" +
                "  DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'DOCS', 'DOCS_INT', 'id id, title title, TO_LOB(body) body');\nEND;\n/\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, converted, Schema));

            const string notConverted =
                "BEGIN\n  DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'DOCS');\n" +
                "  DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'DOCS', 'DOCS_INT', 'id id, title title, body body');\nEND;\n/\n";
            var findings = Run(Id, SqlDialect.Oracle, notConverted, Schema);
            Assert.Equal(2, findings.Count);
            Assert.Equal(2, findings[0].Start.Line);
            Assert.Equal(3, findings[1].Start.Line);
        }

        [Fact]
        public void Materialized_view_log_and_views_on_the_table_are_named_with_the_statements_to_run()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n", Schema));
            Assert.Equal(
                "APP.ORDERS cannot be redefined online, so START_REDEF_TABLE fails: it has a materialized view log (created at V1__setup.sql:4); " +
                "materialized view MV_ORDER_TOTALS (created at V1__setup.sql:5) is defined on it.",
                finding.Message);
            Assert.Contains("  DROP MATERIALIZED VIEW LOG ON APP.ORDERS;", finding.Alternative);
            Assert.Contains("  DROP MATERIALIZED VIEW MV_ORDER_TOTALS;", finding.Alternative);

            Finding container = Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'MV_ORDER_TOTALS');\n", Schema));
            Assert.Contains("it is the container table of materialized view MV_ORDER_TOTALS (created at V1__setup.sql:5)", container.Message);
        }

        [Theory]
        [InlineData("SESSION_CART", "it is a global temporary table (created at V1__setup.sql:6)")]
        [InlineData("EMP_C", "it is a clustered table (stored in a cluster) (created at V1__setup.sql:7)")]
        [InlineData("PEOPLE", "it is an object table (created at V1__setup.sql:8)")]
        [InlineData("SCANS", "it has the BFILE column image (declared at V1__setup.sql:9)")]
        public void Table_kinds_and_bfile_columns_block(string table, string reason)
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', '" + table + "');\n", Schema));
            Assert.Contains(reason, finding.Message);
        }

        [Fact]
        public void Sys_and_system_owners_block_from_the_argument_or_the_tables_schema()
        {
            Finding sys = Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('sys', 'AUD$');\n"));
            Assert.Contains("it belongs to SYS (the uname argument)", sys.Message);

            const string code = "DECLARE\n  v_owner VARCHAR2(30) := 'SYSTEM';\nBEGIN\n  DBMS_REDEFINITION.CAN_REDEF_TABLE(v_owner, 'SETTINGS');\nEND;\n/\n";
            Finding system = Assert.Single(Run(Id, SqlDialect.Oracle, code, Schema));
            Assert.Contains("it belongs to SYSTEM (created at V1__setup.sql:10)", system.Message);
        }

        [Fact]
        public void Ordinary_unknown_and_unreadable_tables_stay_quiet()
        {
            const string code =
                "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'CUSTOMERS');\n" +
                "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'CUSTOMERS', 'CUSTOMERS_INT');\n" +
                "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'NOT_REPLAYED');\n" +
                "EXEC DBMS_REDEFINITION.FINISH_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n" +
                "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'mixed');\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, code, Schema));
        }

        [Fact]
        public void Calls_in_strings_and_comments_do_not_fire()
        {
            const string code =
                "-- EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'DOCS');\n" +
                "/* DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT'); */\n" +
                "INSERT INTO audit_log (note) VALUES ('DBMS_REDEFINITION.CAN_REDEF_TABLE(''APP'', ''DOCS'')');\n" +
                "INSERT INTO audit_log (note) VALUES (q'[DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'SESSION_CART')]');\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, code, Schema));
        }

        [Fact]
        public void Mixed_case_crlf_and_a_call_over_many_lines_point_at_the_table_argument()
        {
            const string code = "begin\r\n  dbms_redefinition.can_redef_table(\r\n    uname => 'app',\r\n    tname => 'session_cart');\r\nend;\r\n/\r\n";
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, code, Schema));
            Assert.Equal((4, 14), (finding.Start.Line, finding.Start.Column));
            Assert.StartsWith("app.session_cart cannot be redefined online", finding.Message);
        }

        [Fact]
        public void The_table_is_judged_as_the_earlier_statements_of_the_file_left_it()
        {
            const string create = "CREATE TABLE docs2 (id NUMBER PRIMARY KEY, body LONG);\n";
            const string call = "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'DOCS2');\n";
            Assert.Single(Run(Id, SqlDialect.Oracle, create + call, Schema));
            Assert.Empty(Run(Id, SqlDialect.Oracle, create + "ALTER TABLE docs2 MODIFY (body CLOB);\n" + call, Schema));
            Assert.Empty(Run(Id, SqlDialect.Oracle, call + create, Schema));
        }
    }
}

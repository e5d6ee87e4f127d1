using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class RedefinitionIncompleteRuleTests
    {
        private const string Id = "SG4003";

        private const string Complete =
            "DECLARE\n  n PLS_INTEGER;\nBEGIN\n" +
            "  DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'ORDERS');\n" +
            "  DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n" +
            "  DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS('APP', 'ORDERS', 'ORDERS_INT', num_errors => n);\n" +
            "  DBMS_REDEFINITION.SYNC_INTERIM_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n" +
            "  DBMS_REDEFINITION.FINISH_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n" +
            "EXCEPTION\n  WHEN OTHERS THEN\n" +
            "    DBMS_REDEFINITION.ABORT_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n    RAISE;\nEND;\n/\n";

        [Fact]
        public void A_complete_block_with_positional_arguments_is_quiet() => Assert.Empty(OneRule.Lint(Id, Complete, SqlDialect.Oracle));

        [Theory]
        [InlineData("  DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'ORDERS');\n", "CAN_REDEF_TABLE before it")]
        [InlineData("  DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS('APP', 'ORDERS', 'ORDERS_INT', num_errors => n);\n", "COPY_TABLE_DEPENDENTS")]
        [InlineData("  DBMS_REDEFINITION.SYNC_INTERIM_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n", "SYNC_INTERIM_TABLE before FINISH_REDEF_TABLE (line 7)")]
        [InlineData("    DBMS_REDEFINITION.ABORT_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n", "ABORT_REDEF_TABLE in an exception handler")]
        public void Each_missing_step_is_named(string removed, string expected)
        {
            string sql = Complete.Replace(removed, string.Empty);
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Contains(expected, finding.Message);
            Assert.Contains("missing a step", finding.Message);
            Assert.Contains("APP.ORDERS (interim ORDERS_INT)", finding.Message);
        }

        [Fact]
        public void Points_at_the_start_call_inside_the_block()
        {
            string sql = Complete.Replace("  DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'ORDERS');\n", string.Empty);
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("DBMS_REDEFINITION.START_REDEF_TABLE", OneRule.Covered(sql, finding));
            Assert.Equal((4, 3), (finding.Start.Line, finding.Start.Column));
        }

        [Fact]
        public void Steps_for_another_table_do_not_count()
        {
            string sql = Complete.Replace("CAN_REDEF_TABLE('APP', 'ORDERS')", "CAN_REDEF_TABLE('APP', 'CUSTOMERS')");
            Assert.Contains("CAN_REDEF_TABLE before it", OneRule.Single(Id, sql, SqlDialect.Oracle).Message);
        }

        [Fact]
        public void Sync_after_finish_does_not_count()
        {
            string sql = Complete
                .Replace("  DBMS_REDEFINITION.SYNC_INTERIM_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n", string.Empty)
                .Replace("EXCEPTION\n", "  DBMS_REDEFINITION.SYNC_INTERIM_TABLE('APP', 'ORDERS', 'ORDERS_INT');\nEXCEPTION\n");
            Assert.Contains("SYNC_INTERIM_TABLE before FINISH_REDEF_TABLE", OneRule.Single(Id, sql, SqlDialect.Oracle).Message);
        }

        [Fact]
        public void Named_arguments_mixed_case_and_the_sys_schema_are_recognized()
        {
            const string sql =
                "begin\n" +
                "  sys.dbms_redefinition.can_redef_table(tname => 'orders', uname => 'app');\n" +
                "  Dbms_Redefinition.Start_Redef_Table(int_table => 'ORDERS_INT', orig_table => 'ORDERS', uname => 'APP', col_mapping => NULL);\n" +
                "  dbms_redefinition.register_dependent_object('APP', 'ORDERS', 'ORDERS_INT', dbms_redefinition.cons_index, 'APP', 'IX_A', 'IX_A_INT');\n" +
                "  dbms_redefinition.sync_interim_table(uname => 'APP', orig_table => 'ORDERS', int_table => 'ORDERS_INT');\n" +
                "  dbms_redefinition.finish_redef_table(uname => 'APP', orig_table => 'ORDERS', int_table => 'ORDERS_INT');\n" +
                "exception\n  when others then\n" +
                "    begin\n      sys.dbms_redefinition.abort_redef_table(uname => 'APP', orig_table => 'ORDERS', int_table => 'ORDERS_INT');\n    end;\n    raise;\n" +
                "end;\n/\n";
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }

        [Fact]
        public void Explicit_index_copies_on_the_interim_table_count_as_copies()
        {
            string sql = "CREATE INDEX ix_orders_int_a ON orders_int (a);\n" +
                Complete.Replace("  DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS('APP', 'ORDERS', 'ORDERS_INT', num_errors => n);\n", string.Empty);
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }

        [Fact]
        public void Exec_lines_have_no_error_path_and_are_told_to_use_a_block()
        {
            const string sql =
                "WHENEVER SQLERROR EXIT FAILURE\r\n" +
                "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'ORDERS');\r\n" +
                "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\r\n" +
                "VARIABLE n NUMBER\r\n" +
                "EXEC DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS('APP', 'ORDERS', 'ORDERS_INT', num_errors => :n);\r\n" +
                "EXEC DBMS_REDEFINITION.SYNC_INTERIM_TABLE('APP', 'ORDERS', 'ORDERS_INT');\r\n" +
                "EXEC DBMS_REDEFINITION.FINISH_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal((3, 6), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("WHENEVER SQLERROR", finding.Message);
            Assert.DoesNotContain("CAN_REDEF_TABLE before it", finding.Message);
            Assert.Contains("EXCEPTION\n  WHEN OTHERS THEN\n    DBMS_REDEFINITION.ABORT_REDEF_TABLE(uname => 'APP', orig_table => 'ORDERS', int_table => 'ORDERS_INT');", finding.Alternative);
            Assert.Contains("  DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\n", finding.Alternative);
        }

        [Fact]
        public void Each_start_is_checked_for_its_own_table()
        {
            const string sql =
                "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT')\n" +
                "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ITEMS', 'ITEMS_INT')\n";
            var findings = OneRule.Lint(Id, sql, SqlDialect.Oracle);
            Assert.Equal(2, findings.Count);
            Assert.Contains("APP.ORDERS", findings[0].Message);
            Assert.Contains("APP.ITEMS", findings[1].Message);
        }

        [Fact]
        public void A_handler_of_a_procedure_guards_the_start_inside_it()
        {
            const string sql =
                "CREATE OR REPLACE PROCEDURE redef(p_table IN VARCHAR2) AS\nBEGIN\n" +
                "  DBMS_REDEFINITION.CAN_REDEF_TABLE(USER, p_table);\n" +
                "  DBMS_REDEFINITION.START_REDEF_TABLE(USER, p_table, p_table || '_INT');\n" +
                "  DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS(USER, p_table, p_table || '_INT');\n" +
                "  DBMS_REDEFINITION.SYNC_INTERIM_TABLE(USER, p_table, p_table || '_INT');\n" +
                "  DBMS_REDEFINITION.FINISH_REDEF_TABLE(USER, p_table, p_table || '_INT');\n" +
                "EXCEPTION\n  WHEN OTHERS THEN\n    DBMS_REDEFINITION.ABORT_REDEF_TABLE(USER, p_table, p_table || '_INT');\n    RAISE;\nEND;\n/\n";
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }

        [Fact]
        public void A_start_in_a_handler_is_not_guarded_by_that_handler()
        {
            const string sql =
                "BEGIN\n  NULL;\nEXCEPTION\n  WHEN OTHERS THEN\n" +
                "    DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'T');\n" +
                "    DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'T', 'T_INT');\n" +
                "    DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS('APP', 'T', 'T_INT');\n" +
                "    DBMS_REDEFINITION.ABORT_REDEF_TABLE('APP', 'T', 'T_INT');\nEND;\n/\n";
            Assert.Contains("ABORT_REDEF_TABLE in an exception handler", OneRule.Single(Id, sql, SqlDialect.Oracle).Message);
        }

        [Theory]
        [InlineData("-- EXEC DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');\nSELECT 1 FROM dual;")]
        [InlineData("SELECT 'DBMS_REDEFINITION.START_REDEF_TABLE' FROM dual;")]
        [InlineData("BEGIN\n  EXECUTE IMMEDIATE q'[BEGIN DBMS_REDEFINITION.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT'); END;]';\nEND;\n/")]
        [InlineData("EXEC my_pkg.START_REDEF_TABLE('APP', 'ORDERS', 'ORDERS_INT');")]
        [InlineData("EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('APP', 'ORDERS');")]
        public void Quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
    }
}

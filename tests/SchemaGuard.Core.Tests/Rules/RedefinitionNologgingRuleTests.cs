using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;
using Xunit;
using static SchemaGuard.Core.Tests.RuleCases.SchemaRuleRunner;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class RedefinitionNologgingRuleTests
    {
        private const string Id = "SG3002";

        private const string Tables =
            "CREATE TABLE emp (id NUMBER PRIMARY KEY, name VARCHAR2(100));\n" +
            "CREATE TABLE emp_interim (id NUMBER PRIMARY KEY, name VARCHAR2(200)) NOLOGGING;\n" +
            "CREATE TABLE dept (id NUMBER PRIMARY KEY) NOLOGGING;\n" +
            "CREATE TABLE dept_logged (id NUMBER PRIMARY KEY) LOGGING;\n";

        [Fact]
        public void A_nologging_interim_table_is_named_with_its_declaration_at_the_call()
        {
            const string code = "BEGIN\n  DBMS_REDEFINITION.START_REDEF_TABLE(uname => 'HR', orig_table => 'EMP', int_table => 'EMP_INTERIM');\nEND;\n/\n";
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, code, Tables));
            Assert.Equal((2, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Equal("DBMS_REDEFINITION.START_REDEF_TABLE", code.Substring(finding.Span.Start, finding.Span.Length));
            Assert.Equal(
                "START_REDEF_TABLE copies HR.EMP into HR.EMP_INTERIM with direct-path inserts, and HR.EMP_INTERIM is NOLOGGING (declared at V1__setup.sql:2): " +
                "the copy generates no redo, so after FINISH_REDEF_TABLE the production table HR.EMP is made of blocks that media recovery and standby databases " +
                "cannot rebuild (ORA-01578 / ORA-26040 when they are read after a restore or a switchover).",
                finding.Message);
            Assert.StartsWith(
                "Make the interim table LOGGING before the copy starts (or run ALTER DATABASE FORCE LOGGING):\n  ALTER TABLE HR.EMP_INTERIM LOGGING;\n" +
                "  DBMS_REDEFINITION.START_REDEF_TABLE(uname => 'HR', orig_table => 'EMP', int_table => 'EMP_INTERIM');\n",
                finding.Alternative);
            Assert.Contains("REPORT UNRECOVERABLE", finding.Alternative);
        }

        [Fact]
        public void A_nologging_original_counts_unless_the_interim_is_declared_logging()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'DEPT', 'DEPT_INT');\n", Tables));
            Assert.Contains("HR.DEPT is NOLOGGING (declared at V1__setup.sql:3), which an interim table created from its DDL (DBMS_METADATA.GET_DDL) inherits", finding.Message);
            Assert.Contains("would be made of blocks", finding.Message);

            Assert.Empty(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'DEPT', 'DEPT_LOGGED');\n", Tables));
        }

        [Fact]
        public void Both_nologging_are_both_named()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'DEPT', 'EMP_INTERIM');\n", Tables));
            Assert.Contains("HR.EMP_INTERIM is NOLOGGING (declared at V1__setup.sql:2), as is HR.DEPT (declared at V1__setup.sql:3)", finding.Message);
        }

        [Fact]
        public void Only_start_redef_table_copies_and_unknown_or_logging_tables_stay_quiet()
        {
            const string code =
                "EXEC DBMS_REDEFINITION.CAN_REDEF_TABLE('HR', 'EMP_INTERIM');\n" +
                "EXEC DBMS_REDEFINITION.SYNC_INTERIM_TABLE('HR', 'EMP', 'EMP_INTERIM');\n" +
                "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'EMP', 'DEPT_LOGGED');\n" +
                "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'UNKNOWN', 'UNKNOWN_INT');\n" +
                "EXEC OTHER_PKG.START_REDEF_TABLE('HR', 'EMP', 'EMP_INTERIM');\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, code, Tables));
        }

        [Fact]
        public void A_table_switched_to_logging_earlier_in_the_file_is_quiet()
        {
            const string code = "ALTER TABLE emp_interim LOGGING;\nEXEC DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'EMP', 'EMP_INTERIM');\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, code, Tables));
        }

        [Fact]
        public void Calls_in_strings_and_comments_do_not_fire()
        {
            const string code =
                "-- DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'EMP', 'EMP_INTERIM');\n" +
                "DECLARE\n  v VARCHAR2(200) := 'BEGIN DBMS_REDEFINITION.START_REDEF_TABLE(''HR'', ''EMP'', ''EMP_INTERIM''); END;';\n" +
                "  w VARCHAR2(200) := q'[DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'EMP', 'EMP_INTERIM')]';\n" +
                "BEGIN\n  /* DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'EMP', 'EMP_INTERIM'); */\n  NULL;\nEND;\n/\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, code, Tables));
        }

        [Fact]
        public void Mixed_case_crlf_and_a_call_over_many_lines()
        {
            const string code = "begin\r\n  null;\r\n  Dbms_Redefinition.Start_Redef_Table(\r\n    'hr',\r\n    'emp',\r\n    'emp_interim');\r\nend;\r\n/\r\n";
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, code, Tables));
            Assert.Equal((3, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("hr.emp_interim is NOLOGGING", finding.Message);
            Assert.Contains("  Dbms_Redefinition.Start_Redef_Table( 'hr', 'emp', 'emp_interim');\n", finding.Alternative);
        }

        [Fact]
        public void A_variable_owner_still_finds_the_table_by_name()
        {
            const string code = "DECLARE\n  v_owner VARCHAR2(30) := USER;\nBEGIN\n  DBMS_REDEFINITION.START_REDEF_TABLE(v_owner, 'EMP', 'EMP_INTERIM');\nEND;\n/\n";
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, code, Tables));
            Assert.Contains("copies EMP into EMP_INTERIM", finding.Message);
        }
    }
}

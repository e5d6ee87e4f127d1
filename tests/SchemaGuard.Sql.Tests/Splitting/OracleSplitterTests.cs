using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Splitting;
using System.Linq;
using Xunit;
using static SchemaGuard.Sql.Tests.Splitting.SplitAssert;

namespace SchemaGuard.Sql.Tests.Splitting
{
    /// <summary>SQL*Plus / SQLcl: semicolons, slash lines, PL/SQL units, one-line client commands.</summary>
    public class OracleSplitterTests
    {
        private static readonly SqlDialect Oracle = SqlDialect.Oracle;

        [Fact]
        public void Semicolons_end_sql_statements_and_empty_statements_make_no_range()
        {
            Assert.Equal(
                new[] { "Sql|create table t (id number)|;", "Sql|drop table t|;" },
                Describe("create table t (id number);;\n;\ndrop table t;", Oracle));
        }

        [Fact]
        public void A_statement_without_terminator_runs_to_the_end_of_the_file()
        {
            Assert.Equal(new[] { "Sql|select 1 from dual|" }, Describe("select 1 from dual\n-- done\n", Oracle));
        }

        [Fact]
        public void A_slash_line_runs_a_sql_statement_without_semicolon()
        {
            Assert.Equal(
                new[] { "Sql|create table t (id number)|/", "Sql|drop table t|;" },
                Describe("create table t (id number)\n/\ndrop table t;\n", Oracle));
        }

        [Fact]
        public void A_slash_line_after_a_semicolon_is_a_harmless_rerun()
        {
            Assert.Equal(
                new[] { "Sql|create sequence s|;", "Sql|drop sequence s|;" },
                Describe("create sequence s;\n/\n  /  \ndrop sequence s;\n/", Oracle));
        }

        [Fact]
        public void A_slash_that_is_not_alone_on_its_line_is_division()
        {
            Assert.Equal(
                new[] { "Sql|select a\n/ b from t|;" },
                Describe("select a\n/ b from t;", Oracle));
            Assert.Equal(
                new[] { "Sql|select a /\nb from t|;" },
                Describe("select a /\nb from t;", Oracle));
        }

        [Theory]
        [InlineData("create or replace procedure p is begin null; end;")]
        [InlineData("CREATE PROCEDURE p AS BEGIN NULL; END;")]
        [InlineData("create or replace editionable function f return number is begin return 1; end;")]
        [InlineData("create or replace noneditionable package pkg as procedure p; end pkg;")]
        [InlineData("create or replace package body pkg as procedure p is begin null; end; end;")]
        [InlineData("create or replace trigger trg before insert on t for each row begin :new.id := 1; end;")]
        [InlineData("create or replace type ty as object (a number, member function f return number);")]
        [InlineData("create or replace type body ty as member function f return number is begin return 1; end; end;")]
        [InlineData("create or replace library lib as 'x.so';")]
        [InlineData("create or replace and compile java source named \"Hello\" as public class Hello { void f() { int i; } };")]
        [InlineData("create or replace and resolve noforce java class using bfile (d, 'x.class');")]
        [InlineData("declare x number; begin x := 1; end;")]
        [InlineData("begin dbms_output.put_line('a;b'); end;")]
        [InlineData("<<outer>> begin null; end outer;")]
        [InlineData("with function f return number is begin return 1; end; select f from dual;")]
        [InlineData("create or replace mle module m language javascript as export function f() { return 1; };")]
        public void Plsql_units_hold_semicolons_and_end_at_a_slash_line(string unit)
        {
            Assert.Equal(
                new[] { "PlSqlUnit|" + unit + "|/", "Sql|select 1 from dual|;" },
                Describe(unit + "\n/\nselect 1 from dual;", Oracle));
        }

        [Fact]
        public void A_plsql_unit_spanning_lines_ends_only_at_a_line_holding_only_a_slash()
        {
            const string unit = "CREATE OR REPLACE PACKAGE BODY p AS\n  PROCEDURE x IS\n  BEGIN\n    y := a\n    / b;\n  END;\n\nEND p;";
            Assert.Equal(new[] { "PlSqlUnit|" + unit + "|/" }, Describe(unit + "\n  /  \n", Oracle));
        }

        [Fact]
        public void A_plsql_unit_without_slash_runs_to_the_end_of_the_file()
        {
            Assert.Equal(
                new[] { "PlSqlUnit|begin null; end;\nselect 1 from dual;|" },
                Describe("begin null; end;\nselect 1 from dual;\n", Oracle));
        }

        [Fact]
        public void A_dot_line_ends_plsql_entry()
        {
            Assert.Equal(
                new[] { "PlSqlUnit|begin null; end;|.", "Sql|select 1 from dual|;" },
                Describe("begin null; end;\n.\n/\nselect 1 from dual;", Oracle));
        }

        [Fact]
        public void Create_table_and_views_stay_sql()
        {
            Assert.Equal(
                new[] { "Sql|create or replace force view v as select 1 x from dual|;", "Sql|create table type_t (x number)|;" },
                Describe("create or replace force view v as select 1 x from dual;\ncreate table type_t (x number);", Oracle));
        }

        [Fact]
        public void Raw_client_commands_take_their_line_and_need_no_semicolon()
        {
            const string script =
                "set serveroutput on size unlimited\n" +
                "PROMPT Don't stop\n" +
                "rem it's a remark\n" +
                "spool install.log\n" +
                "whenever sqlerror exit failure rollback\n" +
                "column 1 new_value 1 noprint\n" +
                "create table t (id number);\n";
            Assert.Equal(
                new[]
                {
                    "ClientCommand|set serveroutput on size unlimited|",
                    "ClientCommand|PROMPT Don't stop|",
                    "ClientCommand|rem it's a remark|",
                    "ClientCommand|spool install.log|",
                    "ClientCommand|whenever sqlerror exit failure rollback|",
                    "ClientCommand|column 1 new_value 1 noprint|",
                    "Sql|create table t (id number)|;",
                },
                Describe(script, Oracle));
        }

        [Fact]
        public void The_free_text_of_a_raw_command_is_one_token()
        {
            var (tokens, ranges, diagnostics) = Split("prompt Don't 'stop' \"here\n", Oracle);
            Assert.Empty(diagnostics);
            var range = Assert.Single(ranges);
            Assert.Equal(range.FirstToken + 2, range.EndToken);
            Assert.Equal(SyntaxKind.ClientCommandText, tokens[range.FirstToken + 1].Kind);
            Assert.Equal("Don't 'stop' \"here", tokens.GetText(range.FirstToken + 1));
        }

        [Fact]
        public void A_trailing_semicolon_on_a_client_command_is_its_terminator()
        {
            Assert.Equal(
                new[] { "ClientCommand|set echo on|;", "ClientCommand|exit|;", "ClientCommand|prompt a; b|;" },
                Describe("set echo on;\nexit ;\nprompt a; b;  \n", Oracle));
        }

        [Theory]
        [InlineData("SET TRANSACTION READ ONLY")]
        [InlineData("set role all")]
        [InlineData("SET CONSTRAINTS ALL DEFERRED")]
        [InlineData("set constraint c immediate")]
        public void Set_transaction_role_and_constraints_are_sql(string statement)
        {
            Assert.Equal(new[] { "Sql|" + statement + "|;" }, Describe(statement + ";", Oracle));
        }

        [Fact]
        public void Set_followed_by_a_word_starting_like_transaction_is_the_client_command()
        {
            Assert.Equal(new[] { "ClientCommand|set transactionx on|" }, Describe("set transactionx on\n", Oracle));
        }

        [Fact]
        public void Client_command_words_count_only_at_statement_start_and_first_on_their_line()
        {
            Assert.Equal(
                new[] { "Sql|select * from t\nconnect by prior id = pid\nstart with id = 1\norder by x\ndesc|;" },
                Describe("select * from t\nconnect by prior id = pid\nstart with id = 1\norder by x\ndesc;\n", Oracle));
        }

        [Fact]
        public void A_command_word_after_another_statement_on_the_same_line_is_not_a_client_command()
        {
            Assert.Equal(
                new[] { "Sql|select 1 from dual|;", "Sql|prompt x|;" },
                Describe("select 1 from dual; prompt x;\n", Oracle));
        }

        [Fact]
        public void At_and_double_at_run_scripts_read_raw()
        {
            Assert.Equal(
                new[]
                {
                    "ClientCommand|@@define_ut3_owner_param.sql|",
                    "ClientCommand|@@install_component.sql 'core/ut_utils.pks'|",
                    "ClientCommand|@@&&1|",
                    "ClientCommand|@ params.sql.tmp|",
                    "ClientCommand|@@check_sys_grants.sql \"'CREATE TYPE','CREATE VIEW'\"|",
                },
                Describe(
                    "@@define_ut3_owner_param.sql\n@@install_component.sql 'core/ut_utils.pks'\n@@&&1\n@ params.sql.tmp\n" +
                    "@@check_sys_grants.sql \"'CREATE TYPE','CREATE VIEW'\"\n",
                    Oracle));
        }

        [Fact]
        public void Host_shortcuts_are_raw_client_commands()
        {
            Assert.Equal(
                new[] { "ClientCommand|$ del params.sql.tmp|", "ClientCommand|! rm params.sql.tmp|", "ClientCommand|set termout on|" },
                Describe("--try running on windows\n$ del params.sql.tmp\n! rm params.sql.tmp\nset termout on\n", Oracle));
        }

        [Fact]
        public void Exec_is_lexed_as_sql_and_ends_at_its_line_break_or_semicolon()
        {
            var (tokens, ranges, _) = Split("exec dbms_output.put_line('x')\nexecute p(1);\nshutdown abort\nstartup\n", Oracle);
            Assert.Equal(
                new[]
                {
                    "ClientCommand|exec dbms_output.put_line('x')|",
                    "ClientCommand|execute p(1)|;",
                    "ClientCommand|shutdown abort|",
                    "ClientCommand|startup|",
                },
                Describe(tokens, ranges));
            Assert.Equal(SyntaxKind.StringLiteral, tokens[ranges[0].FirstToken + 5].Kind);
        }

        [Fact]
        public void A_hyphen_at_the_end_of_a_command_line_continues_it()
        {
            const string script =
                "EXECUTE dbms_stats.gather_schema_stats( -\n" +
                "        'OE'                            ,       -\n" +
                "        cascade => TRUE                 ); \n" +
                "HOST sqlldr pm/&pm_pass -\n" +
                "  control=&ctl_file data=&dat_file\n" +
                "DESCRIBE long2lob\n" +
                "select 1 - \n2 from dual;\n";
            var (tokens, ranges, _) = Split(script, Oracle);
            Assert.Equal(
                new[]
                {
                    "ClientCommand|EXECUTE dbms_stats.gather_schema_stats( -\n        'OE'                            ,       -\n        cascade => TRUE                 )|;",
                    "ClientCommand|HOST sqlldr pm/&pm_pass -\n  control=&ctl_file data=&dat_file|",
                    "ClientCommand|DESCRIBE long2lob|",
                    "Sql|select 1 - \n2 from dual|;",
                },
                Describe(tokens, ranges));

            // The hyphens are trivia, so the parser reads EXECUTE's arguments as plain SQL.
            for (int i = ranges[0].FirstToken; i < ranges[0].EndToken; i++) Assert.NotEqual(SyntaxKind.Minus, tokens[i].Kind);
            Assert.Contains(tokens.AllTrivia, t => t.Kind == TriviaKind.LineContinuation);

            // SQL*Plus joins the lines of a SQL statement the same way: "select 1 - \n2" runs as "select 1 2".
            for (int i = ranges[3].FirstToken; i < ranges[3].EndToken; i++) Assert.NotEqual(SyntaxKind.Minus, tokens[i].Kind);
        }

        [Fact]
        public void A_hyphen_ending_a_line_of_a_sql_statement_continues_it_but_not_in_plsql()
        {
            const string script =
                "INSERT INTO t VALUES(1726-\n,'AR'-\n);\n" +
                "BEGIN\n  x := 2 -\n  1;\nEND;\n/\n" +
                "SELECT 3 - 1 FROM dual;\n";
            var (tokens, ranges, _) = Split(script, Oracle);

            Assert.Equal(3, ranges.Count);
            var insert = Enumerable.Range(ranges[0].FirstToken, ranges[0].EndToken - ranges[0].FirstToken).Select(i => tokens.GetText(i));
            Assert.Equal(new[] { "INSERT", "INTO", "t", "VALUES", "(", "1726", ",", "'AR'", ")" }, insert);
            Assert.True(tokens[ranges[0].FirstToken + 6].Kind == SyntaxKind.Comma && !tokens[ranges[0].FirstToken + 6].Has(TokenFlags.FirstOnLine));
            Assert.Equal(StatementRangeKind.PlSqlUnit, ranges[1].Kind);
            Assert.Contains(Enumerable.Range(ranges[1].FirstToken, ranges[1].EndToken - ranges[1].FirstToken), i => tokens[i].Kind == SyntaxKind.Minus);
            Assert.Contains(Enumerable.Range(ranges[2].FirstToken, ranges[2].EndToken - ranges[2].FirstToken), i => tokens[i].Kind == SyntaxKind.Minus);

            var (postgres, _, _) = Split("SELECT 1 -\n1;\n", SqlDialect.PostgreSql);
            Assert.Contains(postgres, t => t.Kind == SyntaxKind.Minus);
        }

        [Fact]
        public void Remarks_and_separator_lines_do_not_continue()
        {
            Assert.Equal(
                new[] { "ClientCommand|rem   pthornto  07/29/04 -|", "ClientCommand|prompt ------|", "Sql|create table t (x int)|;" },
                Describe("rem   pthornto  07/29/04 - \nprompt ------\ncreate table t (x int);", Oracle));
        }

        [Fact]
        public void Substitution_variables_and_q_quotes_split_as_sql()
        {
            Assert.Equal(
                new[]
                {
                    "Sql|alter session set current_schema = &&ut3_owner|;",
                    "Sql|create or replace context &&ut3_owner._info using &&ut3_owner..ut_session_context|;",
                    "Sql|select q'[ACCEPT x PROMPT 'a;b']' from dual|;",
                },
                Describe(
                    "alter session set current_schema = &&ut3_owner;\n" +
                    "create or replace context &&ut3_owner._info using &&ut3_owner..ut_session_context;\n" +
                    "select q'[ACCEPT x PROMPT 'a;b']' from dual;\n",
                    Oracle));
        }

        [Fact]
        public void Comments_before_a_slash_line_do_not_hide_it()
        {
            Assert.Equal(
                new[] { "PlSqlUnit|begin null; end;|/", "Sql|select 1 from dual|;" },
                Describe("begin null; end;\n/* done */\n/ -- run\nselect 1 from dual;", Oracle));
        }

        [Fact]
        public void A_slash_at_the_end_of_the_file_without_newline_ends_the_unit()
        {
            Assert.Equal(
                new[] { "PlSqlUnit|create or replace type t as object (a int)|/" },
                Describe("create or replace type t as object (a int)\n/", Oracle));
        }

        [Fact]
        public void Crlf_and_cr_line_ends_split_like_lf()
        {
            const string lf = "set echo on\nbegin null; end;\n/\nprompt x\nselect 1 from dual\n/\n";
            var expected = Describe(lf, Oracle);
            Assert.Equal(expected, Describe(lf.Replace("\n", "\r\n"), Oracle).Select(s => s.Replace("\r\n", "\n")).ToArray());
            Assert.Equal(expected, Describe(lf.Replace("\n", "\r"), Oracle).Select(s => s.Replace("\r", "\n")).ToArray());
        }
    }
}

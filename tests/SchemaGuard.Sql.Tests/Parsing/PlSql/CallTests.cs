using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.PlSql
{
    public class CallTests
    {
        [Fact]
        public void SqlPlus_exec_line_is_a_call_covering_the_whole_line()
        {
            const string text = "EXEC DBMS_REDEFINITION.START_REDEF_TABLE('HR', 'EMPLOYEES', 'EMPLOYEES_INT', options_flag => DBMS_REDEFINITION.CONS_USE_ROWID);";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle, StatementRangeKind.ClientCommand);
            var call = unit.Single<CallStatement>();
            Assert.Equal(text, unit.Of(call));
            Assert.Equal("DBMS_REDEFINITION.START_REDEF_TABLE", call.Procedure.Normalized);
            Assert.Equal(4, call.Arguments.Count);
            Assert.Equal("options_flag", call.Arguments[3].Name!.Text);
            Assert.Equal("DBMS_REDEFINITION.CONS_USE_ROWID", unit.Of(call.Arguments[3].Value));
        }

        [Fact]
        public void SqlPlus_exec_assignment_and_continuation_lines()
        {
            var assignment = ParsedUnit.Parse("EXEC :rc := pkg.can_redef('HR', 'EMP')", SqlDialect.Oracle, StatementRangeKind.ClientCommand);
            var statement = assignment.Single<AssignmentStatement>();
            Assert.Equal(":rc", assignment.Of(statement.Target));
            Assert.Equal("pkg.can_redef('HR', 'EMP')", assignment.Of(statement.Value));
            Assert.Equal("EXEC :rc := pkg.can_redef('HR', 'EMP')", assignment.Of(statement));

            const string continued = "EXEC DBMS_REDEFINITION.SYNC_INTERIM_TABLE( -\n  'HR', -\n  'EMP', 'EMP_INT' -\n)";
            var unit = ParsedUnit.Parse(continued, SqlDialect.Oracle, StatementRangeKind.ClientCommand);
            var call = unit.Single<CallStatement>();
            Assert.Equal(new[] { "'HR'", "'EMP'", "'EMP_INT'" }, call.Arguments.Select(unit.Of));
        }

        [Fact]
        public void Exec_through_the_script_parser()
        {
            const string text = "EXECUTE dbms_redefinition.finish_redef_table(uname => 'HR', orig_table => 'EMP', int_table => 'EMP_INT');\nSELECT 1 FROM dual;\n";
            var script = SqlScript.Parse(text, SqlDialect.Oracle);
            var call = Assert.IsType<CallStatement>(script.Statements[0]);
            Assert.Equal("DBMS_REDEFINITION.FINISH_REDEF_TABLE", call.Procedure.Normalized);
            Assert.Equal("'EMP_INT'", text.Substring(call.FindArgument("int_table", 2)!.Value.Span.Start, 9));
            Assert.Empty(script.Diagnostics);
        }

        [Fact]
        public void Call_statement_in_every_dialect()
        {
            var oracle = ParsedUnit.Parse("CALL hr.refresh_stats(1, 'x') INTO :ret", SqlDialect.Oracle, StatementRangeKind.Sql).Single<CallStatement>();
            Assert.Equal("HR.REFRESH_STATS", oracle.Procedure.Normalized);
            Assert.Equal(2, oracle.Arguments.Count);

            var pg = ParsedUnit.Parse("CALL archive_orders(cutoff => now() - interval '1 year')", SqlDialect.PostgreSql, StatementRangeKind.Sql);
            var pgCall = pg.Single<CallStatement>();
            Assert.Equal("cutoff", pgCall.Arguments[0].Name!.Normalized);
            Assert.Equal("now() - interval '1 year'", pg.Of(pgCall.Arguments[0].Value));

            var mysql = ParsedUnit.Parse("CALL purge", SqlDialect.MySql, StatementRangeKind.Sql).Single<CallStatement>();
            Assert.Empty(mysql.Arguments);
        }

        [Fact]
        public void SqlServer_exec_with_return_status_named_and_output_arguments()
        {
            const string text = "EXEC @rc = dbo.usp_Move @From = N'a', 42, @Out = @x OUTPUT WITH RECOMPILE";
            var unit = ParsedUnit.Parse(text, SqlDialect.SqlServer, StatementRangeKind.Sql);
            var call = unit.Single<CallStatement>();
            Assert.Equal("@rc", unit.Of(call.ReturnStatus!));
            Assert.Equal("dbo.usp_Move", unit.Of(call.Procedure));
            Assert.Equal(new[] { "@From = N'a'", "42", "@Out = @x OUTPUT" }, call.Arguments.Select(unit.Of));
            Assert.Equal("@x", unit.Of(call.Arguments[2].Value));
            Assert.True(call.Arguments[2].IsOutput);
            Assert.False(call.Arguments[0].IsOutput);
            Assert.Same(call.Arguments[2], call.FindArgument("Out", 2));
            Assert.Equal(text, unit.Of(call));
        }

        [Fact]
        public void SqlServer_exec_ends_at_the_next_statement()
        {
            const string text = "EXEC sp_rename 'dbo.t.a', 'b', 'COLUMN'\nSELECT 1";
            var script = SqlScript.Parse(text, SqlDialect.SqlServer);
            Assert.Equal(2, script.Statements.Count);
            var call = Assert.IsType<CallStatement>(script.Statements[0]);
            Assert.Equal(3, call.Arguments.Count);
            Assert.Equal("EXEC sp_rename 'dbo.t.a', 'b', 'COLUMN'", text.Substring(call.Span.Start, call.Span.Length));
        }

        [Fact]
        public void SqlServer_dynamic_exec_is_dynamic_sql()
        {
            var unit = ParsedUnit.Parse("EXEC ('ALTER INDEX ALL ON dbo.t REBUILD')", SqlDialect.SqlServer, StatementRangeKind.Sql);
            var dynamic = unit.Single<ExecuteImmediateStatement>();
            Assert.Equal(StatementKind.ExecuteImmediate, dynamic.Kind);
            Assert.Equal("ALTER INDEX ALL ON dbo.t REBUILD", dynamic.SqlText);
        }

        [Fact]
        public void Execute_as_is_not_a_call()
        {
            var unit = ParsedUnit.Parse("EXECUTE AS USER = 'app'", SqlDialect.SqlServer, StatementRangeKind.Sql);
            Assert.Equal("EXECUTE AS", unit.Single<OtherStatement>().Description);
        }
    }
}

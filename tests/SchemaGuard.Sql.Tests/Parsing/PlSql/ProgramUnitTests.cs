using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.PlSql
{
    public class ProgramUnitTests
    {
        [Fact]
        public void Procedure_body_is_read_to_its_statements()
        {
            const string text =
                "CREATE OR REPLACE EDITIONABLE PROCEDURE hr.purge_history (p_days IN NUMBER DEFAULT 30)\n" +
                "AUTHID CURRENT_USER IS\n" +
                "  l_cutoff DATE := SYSDATE - p_days;\n" +
                "BEGIN\n" +
                "  DELETE FROM job_history WHERE end_date < l_cutoff;\n" +
                "  COMMIT;\n" +
                "END purge_history;\n";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(StatementKind.CreateProgramUnit, create.Kind);
            Assert.Equal(ProgramUnitKind.Procedure, create.UnitKind);
            Assert.Equal("HR.PURGE_HISTORY", create.Name.Normalized);
            Assert.Equal("OR REPLACE", unit.Of(create.OrReplace!));
            Assert.Equal(text.TrimEnd('\n'), unit.Of(create));
            var body = Assert.Single(create.Bodies);
            Assert.Null(body.SubprogramName);
            Assert.Equal("l_cutoff DATE := SYSDATE - p_days;", unit.Of(body.DeclareSpan));
            Assert.Equal(new[] { "DELETE FROM job_history WHERE end_date < l_cutoff", "COMMIT" }, body.Statements.Select(unit.Of));
            Assert.EndsWith("END purge_history", unit.Of(body));
        }

        [Fact]
        public void Package_specification_keeps_kind_and_name_only()
        {
            const string text =
                "CREATE OR REPLACE PACKAGE rentals AUTHID DEFINER AS\n" +
                "  FUNCTION get_actor(p_actor_id INT) RETURN actor_t;\n" +
                "  PROCEDURE refresh;\n" +
                "  c_max CONSTANT PLS_INTEGER := 10;\n" +
                "END rentals;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Package, create.UnitKind);
            Assert.Equal("RENTALS", create.Name.Normalized);
            Assert.Empty(create.Bodies);
            Assert.Equal(text, unit.Of(create));
        }

        [Fact]
        public void Package_body_lists_every_subprogram_body_then_the_initialisation_section()
        {
            const string text =
                "CREATE OR REPLACE PACKAGE BODY redef AS\n" +
                "  g_owner CONSTANT VARCHAR2(30) := 'HR';\n" +
                "  CURSOR c_tabs IS SELECT table_name FROM user_tables;\n" +
                "  PROCEDURE log(p_msg VARCHAR2);\n" +
                "  FUNCTION can_redef(p_table VARCHAR2) RETURN BOOLEAN IS\n" +
                "  BEGIN\n" +
                "    DBMS_REDEFINITION.CAN_REDEF_TABLE(g_owner, p_table);\n" +
                "    RETURN TRUE;\n" +
                "  EXCEPTION WHEN OTHERS THEN RETURN FALSE;\n" +
                "  END can_redef;\n" +
                "  PROCEDURE run(p_table VARCHAR2) IS\n" +
                "    l_errors PLS_INTEGER;\n" +
                "    PROCEDURE step(p_name VARCHAR2) IS\n" +
                "    BEGIN\n" +
                "      log(p_name);\n" +
                "    END step;\n" +
                "  BEGIN\n" +
                "    step('start');\n" +
                "    DBMS_REDEFINITION.START_REDEF_TABLE(g_owner, p_table, p_table || '_INT');\n" +
                "  END;\n" +
                "  PROCEDURE log(p_msg VARCHAR2) IS BEGIN NULL; END;\n" +
                "BEGIN\n" +
                "  log('loaded');\n" +
                "END redef;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.PackageBody, create.UnitKind);
            Assert.Equal(4, create.Bodies.Count);
            Assert.Equal(new[] { "can_redef", "run", "log", null }, create.Bodies.Select(b => b.SubprogramName?.Text));

            var canRedef = create.Bodies[0];
            Assert.Equal("DBMS_REDEFINITION.CAN_REDEF_TABLE(g_owner, p_table)", unit.Of(canRedef.Statements[0]));
            Assert.Single(canRedef.ExceptionHandlers);

            var run = create.Bodies[1];
            var step = Assert.Single(run.Subprograms);
            Assert.Equal("step", step.SubprogramName!.Text);
            Assert.Equal("log(p_name)", unit.Of(Assert.Single(step.Statements)));
            Assert.Equal(new[] { "step('start')", "DBMS_REDEFINITION.START_REDEF_TABLE(g_owner, p_table, p_table || '_INT')" }, run.Statements.Select(unit.Of));
            Assert.StartsWith("l_errors PLS_INTEGER;\n    PROCEDURE step", unit.Of(run.DeclareSpan));

            var init = create.Bodies[3];
            Assert.Equal("log('loaded')", unit.Of(Assert.Single(init.Statements)));
            Assert.Equal("BEGIN\n  log('loaded');\nEND redef", unit.Of(init));
            Assert.True(init.DeclareSpan.IsEmpty);
        }

        [Fact]
        public void Type_body_reads_member_and_constructor_bodies()
        {
            const string text =
                "create or replace type body ut_stack as\n" +
                "  constructor function ut_stack(self in out nocopy ut_stack) return self as result is\n" +
                "  begin\n" +
                "    self.top := 0;\n" +
                "    return;\n" +
                "  end ut_stack;\n" +
                "  member procedure push(self in out nocopy ut_stack, a_token varchar2) is\n" +
                "  begin\n" +
                "    self.tokens.extend;\n" +
                "  end push;\n" +
                "  map member function sort_key return number is begin return top; end;\n" +
                "end;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.TypeBody, create.UnitKind);
            Assert.Equal("UT_STACK", create.Name.Normalized);
            Assert.Equal(new[] { "ut_stack", "push", "sort_key" }, create.Bodies.Select(b => b.SubprogramName!.Text));
            Assert.Equal(new[] { "self.top := 0", "return" }, create.Bodies[0].Statements.Select(unit.Of));
        }

        [Fact]
        public void Type_specification_keeps_kind_and_name_quietly()
        {
            var unit = ParsedUnit.Parse("CREATE TYPE film_t AS OBJECT (film_id INT, title VARCHAR(255), MEMBER FUNCTION f RETURN NUMBER);", SqlDialect.Oracle);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Type, create.UnitKind);
            Assert.Equal("FILM_T", create.Name.Normalized);
        }

        [Fact]
        public void Trigger_records_its_table_and_body()
        {
            const string text =
                "CREATE OR REPLACE TRIGGER update_job_history\n" +
                "  AFTER UPDATE OF job_id, department_id ON hr.employees\n" +
                "  REFERENCING NEW AS n OLD AS o\n" +
                "  FOR EACH ROW\n" +
                "  WHEN (n.job_id <> o.job_id)\n" +
                "BEGIN\n" +
                "  add_job_history(:old.employee_id, :old.hire_date, sysdate, :old.job_id, :old.department_id);\n" +
                "END;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Trigger, create.UnitKind);
            Assert.Equal("hr.employees", unit.Of(create.TriggerTable!));
            var call = Assert.IsType<CallStatement>(Assert.Single(Assert.Single(create.Bodies).Statements));
            Assert.Equal("add_job_history", call.Procedure.Name.Text);
            Assert.Equal(5, call.Arguments.Count);
            Assert.Equal(":old.employee_id", unit.Of(call.Arguments[0].Value));
        }

        [Fact]
        public void Schema_and_database_triggers_have_no_table()
        {
            var onDatabase = ParsedUnit.Parse("CREATE TRIGGER t AFTER CREATE OR ALTER ON DATABASE BEGIN p; END;", SqlDialect.Oracle);
            Assert.Null(onDatabase.Single<CreateProgramUnitStatement>().TriggerTable);
            var onSchema = ParsedUnit.Parse("CREATE TRIGGER t BEFORE DROP ON hr.SCHEMA BEGIN p; END;", SqlDialect.Oracle);
            Assert.Null(onSchema.Single<CreateProgramUnitStatement>().TriggerTable);
        }

        [Fact]
        public void Compound_trigger_lists_its_timing_point_sections()
        {
            const string text =
                "CREATE OR REPLACE TRIGGER orders_ct FOR INSERT OR UPDATE ON orders COMPOUND TRIGGER\n" +
                "  g_ids id_list := id_list();\n" +
                "  AFTER EACH ROW IS\n" +
                "  BEGIN\n" +
                "    g_ids.extend;\n" +
                "  END AFTER EACH ROW;\n" +
                "  AFTER STATEMENT IS\n" +
                "  BEGIN\n" +
                "    FORALL i IN 1 .. g_ids.COUNT DELETE FROM staging WHERE id = g_ids(i);\n" +
                "  END AFTER STATEMENT;\n" +
                "END orders_ct;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal("orders", unit.Of(create.TriggerTable!));
            Assert.Equal(2, create.Bodies.Count);
            Assert.Equal("DELETE FROM staging WHERE id = g_ids(i)", unit.Of(Assert.Single(create.Bodies[1].Statements)));
            Assert.Equal(text, unit.Of(create));
        }

        [Fact]
        public void Call_specifications_and_forward_only_units_have_no_body()
        {
            var unit = ParsedUnit.Parse("CREATE OR REPLACE FUNCTION f(x NUMBER) RETURN NUMBER AS LANGUAGE JAVA NAME 'F.f(int) return int';", SqlDialect.Oracle);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Function, create.UnitKind);
            Assert.Empty(create.Bodies);
        }

        [Fact]
        public void PostgreSql_function_body_is_a_string_and_not_read()
        {
            const string text =
                "CREATE OR REPLACE FUNCTION audit_orders() RETURNS trigger\n" +
                "    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public\n" +
                "AS $$\nBEGIN\n  INSERT INTO audit VALUES (NEW.id);\n  RETURN NEW;\nEND;\n$$";
            var unit = ParsedUnit.Parse(text, SqlDialect.PostgreSql, StatementRangeKind.Sql);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Function, create.UnitKind);
            Assert.Equal("audit_orders", create.Name.Normalized);
            Assert.Empty(create.Bodies);
            Assert.Equal(text, unit.Of(create));
        }

        [Fact]
        public void PostgreSql_trigger_records_its_table()
        {
            const string text =
                "CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE OF status ON public.orders\n" +
                "    REFERENCING NEW TABLE AS newtab\n" +
                "    FOR EACH STATEMENT EXECUTE FUNCTION audit_orders()";
            var unit = ParsedUnit.Parse(text, SqlDialect.PostgreSql, StatementRangeKind.Sql);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Trigger, create.UnitKind);
            Assert.Equal("public.orders", create.TriggerTable!.Normalized);
            Assert.Empty(create.Bodies);
        }

        [Fact]
        public void MySql_procedure_body_is_read_as_a_compound_statement()
        {
            const string text =
                "CREATE DEFINER=`root`@`localhost` PROCEDURE `archive_orders`(IN cutoff DATE)\n" +
                "    MODIFIES SQL DATA\n" +
                "main: BEGIN\n" +
                "  DECLARE done INT DEFAULT 0;\n" +
                "  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;\n" +
                "  IF cutoff IS NULL THEN\n" +
                "    LEAVE main;\n" +
                "  ELSEIF cutoff > NOW() THEN\n" +
                "    SIGNAL SQLSTATE '45000';\n" +
                "  END IF;\n" +
                "  lp: WHILE done = 0 DO\n" +
                "    DELETE FROM orders WHERE created < cutoff LIMIT 1000;\n" +
                "  END WHILE lp;\n" +
                "  REPEAT CALL tick(); UNTIL done = 1 END REPEAT;\n" +
                "END";
            var unit = ParsedUnit.Parse(text, SqlDialect.MySql, StatementRangeKind.Sql);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Procedure, create.UnitKind);
            Assert.Equal("archive_orders", create.Name.Normalized);
            var body = Assert.Single(create.Bodies);
            Assert.Equal("main", body.Label!.Text);
            Assert.Equal(
                new[]
                {
                    "DECLARE done INT DEFAULT 0", "SET done = 1", "LEAVE main", "SIGNAL SQLSTATE '45000'",
                    "DELETE FROM orders WHERE created < cutoff LIMIT 1000", "CALL tick()",
                },
                body.Statements.Select(unit.Of));
            Assert.Equal(StatementKind.Set, body.Statements[1].Kind);
            Assert.Equal(StatementKind.Call, body.Statements[5].Kind);
        }

        [Fact]
        public void MySql_trigger_with_a_single_statement_body()
        {
            var unit = ParsedUnit.Parse("CREATE TRIGGER orders_bi BEFORE INSERT ON shop.orders FOR EACH ROW SET NEW.created = NOW()", SqlDialect.MySql, StatementRangeKind.Sql);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal("shop.orders", unit.Of(create.TriggerTable!));
            Assert.Equal("SET NEW.created = NOW()", unit.Of(Assert.Single(Assert.Single(create.Bodies).Statements)));
        }

        [Fact]
        public void SqlServer_procedure_body_is_the_rest_of_the_batch()
        {
            const string text =
                "CREATE OR ALTER PROCEDURE dbo.PurgeOrders\n" +
                "    @Cutoff DATETIME2,\n" +
                "    @Batch AS INT = 1000\n" +
                "WITH EXECUTE AS OWNER\n" +
                "AS\n" +
                "BEGIN\n" +
                "    SET NOCOUNT ON;\n" +
                "    DELETE TOP (@Batch) FROM dbo.Orders WHERE CreatedAt < @Cutoff\n" +
                "    EXEC dbo.LogPurge @Rows = @@ROWCOUNT\n" +
                "END\n";
            var unit = ParsedUnit.Parse(text, SqlDialect.SqlServer, StatementRangeKind.Sql);
            var create = unit.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Procedure, create.UnitKind);
            Assert.Equal("OR ALTER", create.OrReplace!.Keyword);
            Assert.Equal("dbo.purgeorders", create.Name.Normalized);
            var body = Assert.Single(create.Bodies);
            Assert.Equal(
                new[] { "BEGIN", "SET NOCOUNT ON", "DELETE TOP (@Batch) FROM dbo.Orders WHERE CreatedAt < @Cutoff", "EXEC dbo.LogPurge @Rows = @@ROWCOUNT", "END" },
                body.Statements.Select(unit.Of));
            var exec = Assert.IsType<CallStatement>(body.Statements[3]);
            Assert.Equal("@Rows", exec.Arguments[0].Name!.Text);
        }

        [Fact]
        public void SqlServer_trigger_and_inline_function()
        {
            var trigger = ParsedUnit.Parse("CREATE TRIGGER trg_orders ON dbo.Orders AFTER INSERT, UPDATE AS\nSET NOCOUNT ON\nUPDATE dbo.Stats SET n = n + 1", SqlDialect.SqlServer, StatementRangeKind.Sql);
            var create = trigger.Single<CreateProgramUnitStatement>();
            Assert.Equal("dbo.Orders", trigger.Of(create.TriggerTable!));
            Assert.Equal(2, Assert.Single(create.Bodies).Statements.Count);

            var function = ParsedUnit.Parse("CREATE FUNCTION dbo.f(@a INT) RETURNS TABLE AS RETURN (SELECT @a AS a)", SqlDialect.SqlServer, StatementRangeKind.Sql);
            var fn = function.Single<CreateProgramUnitStatement>();
            Assert.Equal(ProgramUnitKind.Function, fn.UnitKind);
            Assert.Equal("RETURN (SELECT @a AS a)", function.Of(Assert.Single(Assert.Single(fn.Bodies).Statements)));
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Admin
{
    public class AlterSystemTests
    {
        private static ParsedUnit Parse(string text) => ParsedUnit.Parse(text, SqlDialect.Oracle, StatementRangeKind.Sql);

        [Fact]
        public void Set_with_scope()
        {
            var unit = Parse("ALTER SYSTEM SET undo_retention = 900 SCOPE=BOTH;");
            var statement = unit.Single<AlterSystemStatement>();
            Assert.Equal(StatementKind.AlterSystem, statement.Kind);
            Assert.Equal("SET", statement.Action);
            var setting = Assert.Single(statement.Settings);
            Assert.Equal("UNDO_RETENTION", setting.Name.Normalized);
            Assert.Equal("900", unit.Of(setting.Value!));
            Assert.Equal("900", setting.ValueText);
            Assert.Equal("BOTH", setting.Scope);
            Assert.Null(setting.Sid);
            Assert.False(setting.IsHidden);
            Assert.Equal("undo_retention = 900 SCOPE=BOTH", unit.Of(setting));
            Assert.Equal("ALTER SYSTEM SET undo_retention = 900 SCOPE=BOTH", unit.Of(statement));
        }

        [Fact]
        public void Hidden_parameter_keeps_its_quotes_and_sid()
        {
            var unit = Parse("ALTER SYSTEM SET \"_allow_resetlogs_corruption\"=TRUE SCOPE=SPFILE SID='*'");
            var setting = Assert.Single(unit.Single<AlterSystemStatement>().Settings);
            Assert.True(setting.Name.IsQuoted);
            Assert.Equal("_allow_resetlogs_corruption", setting.Name.Text);
            Assert.Equal("\"_allow_resetlogs_corruption\"", unit.Of(setting.Name));
            Assert.True(setting.IsHidden);
            Assert.True(setting.ValueIs("true"));
            Assert.Equal("SPFILE", setting.Scope);
            Assert.Equal("*", setting.Sid);
        }

        [Fact]
        public void Several_settings_and_value_lists()
        {
            var unit = Parse("ALTER SYSTEM SET control_files = '/u01/a.ctl', '/u02/b.ctl' SCOPE = SPFILE log_archive_dest_1='LOCATION=/arch' COMMENT='x' DEFERRED");
            var settings = unit.Single<AlterSystemStatement>().Settings;
            Assert.Equal(2, settings.Count);
            Assert.Equal("'/u01/a.ctl', '/u02/b.ctl'", unit.Of(settings[0].ValueSpan));
            Assert.Equal("'/u01/a.ctl', '/u02/b.ctl'", unit.Of(settings[0].Value!));
            Assert.Equal("SPFILE", settings[0].Scope);
            Assert.Equal("LOCATION=/arch", settings[1].ValueText);
            Assert.Null(settings[1].Scope);
        }

        [Fact]
        public void Reset_and_other_actions()
        {
            var reset = Parse("ALTER SYSTEM RESET undo_retention SCOPE=SPFILE SID='orcl1'").Single<AlterSystemStatement>();
            Assert.Equal("RESET", reset.Action);
            Assert.Null(Assert.Single(reset.Settings).Value);
            Assert.Equal("orcl1", reset.Settings[0].Sid);

            var kill = Parse("ALTER SYSTEM KILL SESSION '12,345' IMMEDIATE");
            var killStatement = kill.Single<AlterSystemStatement>();
            Assert.Equal("KILL SESSION", killStatement.Action);
            Assert.Equal("KILL SESSION", kill.Of(killStatement.ActionSpan));
            Assert.Empty(killStatement.Settings);
            Assert.Equal("FLUSH SHARED_POOL", Parse("alter system flush shared_pool").Single<AlterSystemStatement>().Action);
            Assert.Equal("SWITCH LOGFILE", Parse("ALTER SYSTEM SWITCH LOGFILE").Single<AlterSystemStatement>().Action);
        }

        [Fact]
        public void PostgreSql_alter_system()
        {
            var unit = ParsedUnit.Parse("ALTER SYSTEM SET max_wal_size TO '4GB'", SqlDialect.PostgreSql, StatementRangeKind.Sql);
            var setting = Assert.Single(unit.Single<AlterSystemStatement>().Settings);
            Assert.Equal("max_wal_size", setting.Name.Normalized);
            Assert.Equal("4GB", setting.ValueText);
        }

        [Fact]
        public void Alter_session_set_and_actions()
        {
            var schema = Parse("ALTER SESSION SET current_schema = hr");
            var setting = Assert.Single(schema.Single<AlterSessionStatement>().Settings);
            Assert.Equal("CURRENT_SCHEMA", setting.Name.Normalized);
            Assert.Equal("hr", schema.Of(setting.Value!));

            var hidden = Parse("ALTER SESSION SET \"_use_nosegment_indexes\" = TRUE");
            var hiddenSetting = Assert.Single(hidden.Single<AlterSessionStatement>().Settings);
            Assert.True(hiddenSetting.Name.IsQuoted);
            Assert.Equal("_use_nosegment_indexes", hiddenSetting.Name.Text);
            Assert.True(hiddenSetting.IsHidden);

            var parallel = Parse("ALTER SESSION ENABLE PARALLEL DML");
            var parallelStatement = parallel.Single<AlterSessionStatement>();
            Assert.Equal(StatementKind.AlterSession, parallelStatement.Kind);
            Assert.Equal("ENABLE PARALLEL DML", parallelStatement.Action);
            Assert.Equal("ENABLE PARALLEL DML", parallel.Of(parallelStatement.ActionSpan));

            var two = Parse("ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD' NLS_LANGUAGE = AMERICAN").Single<AlterSessionStatement>();
            Assert.Equal(new[] { "NLS_DATE_FORMAT", "NLS_LANGUAGE" }, two.Settings.Select(s => s.Name.Normalized));

            var events = Parse("ALTER SESSION SET EVENTS '10046 trace name context forever, level 12'").Single<AlterSessionStatement>();
            Assert.Equal("10046 trace name context forever, level 12", Assert.Single(events.Settings).ValueText);
        }

        [Fact]
        public void Settings_inside_a_block_are_not_involved_but_alter_session_in_a_script_is()
        {
            var script = SqlScript.Parse("alter session set current_schema = &&ut3_owner;\nALTER SESSION SET NLS_LANGUAGE=American;\n", SqlDialect.Oracle);
            Assert.Equal(2, script.Statements.Count);
            Assert.All(script.Statements, s => Assert.IsType<AlterSessionStatement>(s));
            Assert.Equal("&&ut3_owner", ((AlterSessionStatement)script.Statements[0]).Settings[0].ValueText);
            Assert.Empty(script.Diagnostics);
        }
    }
}

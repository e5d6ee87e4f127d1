using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Session
{
    public class SetTests
    {
        private static ParsedUnit Parse(string text, SqlDialect dialect) => ParsedUnit.Parse(text, dialect, StatementRangeKind.Sql);

        [Theory]
        [InlineData("SET NOCOUNT ON", "NOCOUNT", "ON")]
        [InlineData("SET XACT_ABORT ON", "XACT_ABORT", "ON")]
        [InlineData("SET LOCK_TIMEOUT 5000", "LOCK_TIMEOUT", "5000")]
        [InlineData("SET @x = 1", "@x", "1")]
        [InlineData("SET @n += 1", "@n", "1")]
        [InlineData("SET TRANSACTION ISOLATION LEVEL SNAPSHOT", "TRANSACTION", "ISOLATION LEVEL SNAPSHOT")]
        public void SqlServer(string text, string name, string value)
        {
            var unit = Parse(text, SqlDialect.SqlServer);
            var set = unit.Single<SetStatement>();
            Assert.Equal(StatementKind.Set, set.Kind);
            Assert.Equal(name, set.Name!.Text);
            Assert.Equal(value, unit.Of(set.Value!));
            Assert.Equal(text, unit.Of(set));
        }

        [Fact]
        public void SqlServer_several_options_share_a_value_and_end_at_the_next_statement()
        {
            var script = SqlScript.Parse("SET ANSI_NULLS, QUOTED_IDENTIFIER ON\nSELECT 1", SqlDialect.SqlServer);
            var set = Assert.IsType<SetStatement>(script.Statements[0]);
            Assert.Equal(new[] { "ANSI_NULLS", "QUOTED_IDENTIFIER" }, set.GetSettings().Select(s => s.Name.Text));
            Assert.All(set.GetSettings(), s => Assert.Equal("ON", s.ValueText));
            Assert.Equal(2, script.Statements.Count);
        }

        [Theory]
        [InlineData("SET search_path = app, public", "search_path", "app, public", null)]
        [InlineData("SET search_path TO app", "search_path", "app", null)]
        [InlineData("SET LOCAL lock_timeout = '5s'", "lock_timeout", "5s", "LOCAL")]
        [InlineData("SET SESSION statement_timeout TO 0", "statement_timeout", "0", "SESSION")]
        [InlineData("SET TIME ZONE 'UTC'", "TIME ZONE", "UTC", null)]
        [InlineData("SET ROLE app_owner", "ROLE", "app_owner", null)]
        [InlineData("SET CONSTRAINTS ALL DEFERRED", "CONSTRAINTS", "ALL DEFERRED", null)]
        public void PostgreSql(string text, string name, string valueText, string? scope)
        {
            var set = Parse(text, SqlDialect.PostgreSql).Single<SetStatement>();
            Assert.Equal(name, set.Name!.Text);
            Assert.Equal(valueText, set.ValueText);
            Assert.Equal(scope, set.Scope);
            Assert.Empty(set.AdditionalSettings);
        }

        [Fact]
        public void MySql_system_variables_and_lists()
        {
            var fk = Parse("SET FOREIGN_KEY_CHECKS=0", SqlDialect.MySql).Single<SetStatement>();
            Assert.Equal("foreign_key_checks", fk.Name!.Normalized);
            Assert.Equal("0", fk.ValueText);

            var session = Parse("SET @@session.sql_mode = 'STRICT_ALL_TABLES'", SqlDialect.MySql);
            var sessionSet = session.Single<SetStatement>();
            Assert.Equal("sql_mode", sessionSet.Name!.Text);
            Assert.Equal("sql_mode", session.Of(sessionSet.Name));
            Assert.Equal("SESSION", sessionSet.Scope);

            var global = Parse("SET GLOBAL max_connections = 1000", SqlDialect.MySql).Single<SetStatement>();
            Assert.Equal("GLOBAL", global.Scope);

            var plain = Parse("SET @@FOREIGN_KEY_CHECKS = 1", SqlDialect.MySql).Single<SetStatement>();
            Assert.Equal("FOREIGN_KEY_CHECKS", plain.Name!.Text);

            var dump = Parse("SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0", SqlDialect.MySql);
            var dumpSet = dump.Single<SetStatement>();
            Assert.Equal("@OLD_FOREIGN_KEY_CHECKS", dumpSet.Name!.Text);
            Assert.Equal("@@FOREIGN_KEY_CHECKS", dump.Of(dumpSet.Value!));
            var second = Assert.Single(dumpSet.AdditionalSettings);
            Assert.Equal("FOREIGN_KEY_CHECKS", second.Name.Text);
            Assert.Equal("0", second.ValueText);
            Assert.Equal("FOREIGN_KEY_CHECKS=0", dump.Of(second));

            var names = Parse("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci", SqlDialect.MySql).Single<SetStatement>();
            Assert.Equal("NAMES", names.Name!.Text);
            Assert.Equal("utf8mb4 COLLATE utf8mb4_unicode_ci", names.ValueText);
        }

        [Fact]
        public void Oracle_set_transaction_role_and_constraints()
        {
            var transaction = Parse("SET TRANSACTION READ ONLY", SqlDialect.Oracle).Single<SetStatement>();
            Assert.Equal("TRANSACTION", transaction.Name!.Normalized);
            Assert.Equal("READ ONLY", transaction.ValueText);
            Assert.Equal("ROLE", Parse("SET ROLE ALL EXCEPT dba", SqlDialect.Oracle).Single<SetStatement>().Name!.Normalized);
            Assert.Equal("CONSTRAINTS", Parse("SET CONSTRAINTS ALL DEFERRED", SqlDialect.Oracle).Single<SetStatement>().Name!.Normalized);
        }
    }
}

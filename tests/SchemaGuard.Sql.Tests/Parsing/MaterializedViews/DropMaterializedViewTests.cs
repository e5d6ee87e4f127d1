using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.MaterializedViews
{
    public class DropMaterializedViewTests
    {
        [Fact]
        public void Oracle_drop_materialized_view_log_names_the_master_table()
        {
            var unit = ParsedUnit.Parse("DROP MATERIALIZED VIEW LOG ON app.orders", SqlDialect.Oracle, StatementRangeKind.Sql);
            var drop = unit.Single<DropMaterializedViewStatement>();
            Assert.Equal(StatementKind.DropMaterializedView, drop.Kind);
            Assert.True(drop.IsLog);
            Assert.Equal("APP.ORDERS", drop.Name.Normalized);
            Assert.Equal("app.orders", unit.Of(drop.Name));
        }

        [Fact]
        public void Oracle_drop_materialized_view_keeps_the_view_name()
        {
            var unit = ParsedUnit.Parse("drop materialized view sales_mv preserve table", SqlDialect.Oracle, StatementRangeKind.Sql);
            var drop = unit.Single<DropMaterializedViewStatement>();
            Assert.False(drop.IsLog);
            Assert.Equal("SALES_MV", drop.Name.Normalized);
            Assert.False(drop.IsPartial);
        }

        [Fact]
        public void PostgreSql_drop_materialized_view_if_exists()
        {
            var unit = ParsedUnit.Parse("DROP MATERIALIZED VIEW IF EXISTS report_mv CASCADE", SqlDialect.PostgreSql, StatementRangeKind.Sql);
            var drop = unit.Single<DropMaterializedViewStatement>();
            Assert.True(drop.IfExists);
            Assert.Equal("report_mv", drop.Name.Normalized);
        }

        [Fact]
        public void A_log_drop_without_a_table_is_reported_and_kept()
        {
            var script = SqlScript.Parse("DROP MATERIALIZED VIEW LOG ON;\nSELECT 1 FROM dual;\n", SqlDialect.Oracle);
            Assert.Equal(2, script.Statements.Count);
            Assert.Contains(script.Diagnostics, d => d.Id == "SG9001");
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.MaterializedViews
{
    public class MaterializedViewTests
    {
        [Fact]
        public void Oracle_materialized_view_options_and_source_tables()
        {
            const string text =
                "CREATE MATERIALIZED VIEW sh.sales_mv\n" +
                "  ON PREBUILT TABLE WITH REDUCED PRECISION\n" +
                "  NOLOGGING TABLESPACE mv_ts\n" +
                "  BUILD DEFERRED\n" +
                "  REFRESH FAST ON COMMIT WITH ROWID\n" +
                "  ENABLE QUERY REWRITE\n" +
                "AS SELECT t.calendar_month_desc, SUM(s.amount_sold) AS dollars\n" +
                "   FROM sh.sales s JOIN sh.times t ON s.time_id = t.time_id\n" +
                "   LEFT OUTER JOIN (SELECT * FROM x) y ON 1 = 1, sh.products p\n" +
                "   WHERE s.prod_id IN (SELECT prod_id FROM sh.promos)\n" +
                "   GROUP BY t.calendar_month_desc\n" +
                "   UNION ALL SELECT 'x', 0 FROM dual";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle, StatementRangeKind.Sql);
            var mv = unit.Single<CreateMaterializedViewStatement>();
            Assert.Equal(StatementKind.CreateMaterializedView, mv.Kind);
            Assert.Equal("SH.SALES_MV", mv.Name.Normalized);
            Assert.Equal("ON PREBUILT TABLE", unit.Of(mv.OnPrebuiltTable!));
            Assert.Equal(LoggingMode.NoLogging, mv.Logging!.Mode);
            Assert.Equal("NOLOGGING", unit.Of(mv.Logging));
            Assert.Equal("BUILD DEFERRED", mv.BuildMode!.Keyword);
            Assert.Equal("FAST", mv.RefreshMode);
            Assert.Equal("COMMIT", mv.RefreshOn);
            Assert.Equal(new[] { "SH.SALES", "SH.TIMES", "X", "SH.PRODUCTS" }, mv.SourceTables.Select(t => t.Normalized));
            Assert.StartsWith("SELECT t.calendar_month_desc", unit.Of(mv.QuerySpan));
            Assert.EndsWith("FROM dual", unit.Of(mv.QuerySpan));
        }

        [Fact]
        public void Sample_schema_materialized_view()
        {
            const string text =
                "CREATE MATERIALIZED VIEW cal_month_sales_mv\n--  ON PREBUILT TABLE\n   ENABLE QUERY REWRITE\n   AS\n" +
                "   SELECT   t.calendar_month_desc,\n            SUM(s.amount_sold) AS dollars\n" +
                "   FROM     sh.sales s,\n            sh.times t\n   WHERE    s.time_id = t.time_id\n   GROUP BY t.calendar_month_desc";
            var mv = ParsedUnit.Parse(text, SqlDialect.Oracle, StatementRangeKind.Sql).Single<CreateMaterializedViewStatement>();
            Assert.Null(mv.OnPrebuiltTable);
            Assert.Null(mv.RefreshMode);
            Assert.Equal(new[] { "SH.SALES", "SH.TIMES" }, mv.SourceTables.Select(t => t.Normalized));
        }

        [Fact]
        public void PostgreSql_materialized_view_skips_its_own_with_names()
        {
            const string text = "CREATE MATERIALIZED VIEW IF NOT EXISTS daily AS WITH o AS (SELECT * FROM orders) SELECT * FROM o JOIN customers c USING (customer_id) WITH NO DATA";
            var mv = ParsedUnit.Parse(text, SqlDialect.PostgreSql, StatementRangeKind.Sql).Single<CreateMaterializedViewStatement>();
            Assert.Equal("daily", mv.Name.Normalized);
            Assert.Equal(new[] { "orders", "customers" }, mv.SourceTables.Select(t => t.Normalized));
        }

        [Fact]
        public void Never_refresh_and_refresh_complete_on_demand()
        {
            var never = ParsedUnit.Parse("CREATE MATERIALIZED VIEW m NEVER REFRESH AS SELECT * FROM t", SqlDialect.Oracle, StatementRangeKind.Sql).Single<CreateMaterializedViewStatement>();
            Assert.Equal("NEVER", never.RefreshMode);
            var complete = ParsedUnit.Parse("CREATE MATERIALIZED VIEW m REFRESH COMPLETE ON DEMAND START WITH SYSDATE NEXT SYSDATE + 1 AS SELECT * FROM t", SqlDialect.Oracle, StatementRangeKind.Sql).Single<CreateMaterializedViewStatement>();
            Assert.Equal("COMPLETE", complete.RefreshMode);
            Assert.Equal("DEMAND", complete.RefreshOn);
            Assert.Equal("T", Assert.Single(complete.SourceTables).Normalized);
        }

        [Fact]
        public void Materialized_view_log()
        {
            const string text = "CREATE MATERIALIZED VIEW LOG ON sh.sales NOLOGGING WITH ROWID, SEQUENCE (amount_sold, time_id) INCLUDING NEW VALUES";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle, StatementRangeKind.Sql);
            var log = unit.Single<CreateMaterializedViewLogStatement>();
            Assert.Equal(StatementKind.CreateMaterializedViewLog, log.Kind);
            Assert.Equal("sh.sales", unit.Of(log.Table));
            Assert.Equal(LoggingMode.NoLogging, log.Logging!.Mode);
            Assert.Equal(new[] { "ROWID", "SEQUENCE" }, log.WithOptions.Select(o => o.Keyword));
            Assert.Equal("INCLUDING NEW VALUES", unit.Of(log.NewValues!));
            Assert.Equal(text, unit.Of(log));
        }

        [Fact]
        public void Materialized_view_log_with_primary_key()
        {
            var log = ParsedUnit.Parse("CREATE MATERIALIZED VIEW LOG ON orders TABLESPACE users WITH PRIMARY KEY", SqlDialect.Oracle, StatementRangeKind.Sql).Single<CreateMaterializedViewLogStatement>();
            Assert.Equal("ORDERS", log.Table.Normalized);
            Assert.Null(log.Logging);
            Assert.Equal("PRIMARY KEY", Assert.Single(log.WithOptions).Keyword);
        }
    }
}

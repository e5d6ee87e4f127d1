using System.Linq;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using Xunit;
using static SchemaGuard.Core.Tests.Schema.SchemaTestKit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class MaterializedViewTests
    {
        [Fact]
        public void Materialized_views_are_found_from_their_source_tables()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "SALES"),
                Table(At("V1__a.sql", 2), "CUSTOMERS"),
                new CreateMaterializedViewChange(At("V2__mv.sql", 4), N("SALES_MV"), new[] { N("SALES"), N("CUSTOMERS") }));

            MaterializedViewInfo view = replayer.Catalog.GetMaterializedViewsOn(N("CUSTOMERS")).Single();

            Assert.Equal("SALES_MV", view.Name.Name);
            Assert.Equal("V2__mv.sql:4", view.DeclaredAt.ToString());
            Assert.Empty(replayer.Catalog.GetMaterializedViewsOn(N("OTHER")));
        }

        [Fact]
        public void A_view_follows_a_renamed_source_table_and_goes_when_dropped()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "SALES"),
                new CreateMaterializedViewChange(At("V2__mv.sql"), N("SALES_MV"), new[] { N("SALES") }),
                new RenameTableChange(At("V3__r.sql"), N("SALES"), N("SALES_2020")));

            Assert.Single(replayer.Catalog.GetMaterializedViewsOn(N("SALES_2020")));

            replayer.Apply(new DropMaterializedViewChange(At("V4__d.sql"), N("SALES_MV")));

            Assert.Empty(replayer.Catalog.GetMaterializedViewsOn(N("SALES_2020")));
            Assert.Empty(replayer.Catalog.MaterializedViews);
        }

        [Fact]
        public void A_view_log_is_on_its_table_follows_renames_and_goes_with_the_table()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "ORDERS"),
                new CreateMaterializedViewLogChange(At("V2__log.sql", 2), N("ORDERS")));

            Assert.True(replayer.Catalog.HasMaterializedViewLog(N("ORDERS")));
            Assert.Equal("V2__log.sql:2", replayer.Catalog.FindMaterializedViewLog(N("ORDERS"))!.DeclaredAt.ToString());

            replayer.Apply(new RenameTableChange(At("V3__r.sql"), N("ORDERS"), N("ORDERS_X")));
            Assert.True(replayer.Catalog.HasMaterializedViewLog(N("ORDERS_X")));

            replayer.Apply(new DropTableChange(At("V4__d.sql"), N("ORDERS_X")));
            replayer.Apply(Table(At("V5__c.sql"), "ORDERS_X"));
            Assert.False(replayer.Catalog.HasMaterializedViewLog(N("ORDERS_X")));
        }

        [Fact]
        public void Dropping_a_view_log_removes_it()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "ORDERS"),
                new CreateMaterializedViewLogChange(At("V2__log.sql"), N("ORDERS")),
                new DropMaterializedViewLogChange(At("V3__d.sql"), N("ORDERS")));

            Assert.False(replayer.Catalog.HasMaterializedViewLog(N("ORDERS")));
            Assert.Empty(replayer.Notes);
        }
    }
}

using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using Xunit;
using static SchemaGuard.Core.Tests.Schema.SchemaTestKit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class NameResolutionTests
    {
        [Fact]
        public void An_unqualified_name_finds_the_table_in_the_default_schema()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("HR"));
            replayer.Apply(Table(At("V1__a.sql"), "ORDERS"));
            replayer.Apply(Table(At("V1__a.sql", 2), "SALES.ORDERS"));

            TableInfo? found = replayer.Catalog.FindTable("ORDERS");

            Assert.NotNull(found);
            Assert.Equal(new SchemaObjectName("HR", "ORDERS"), found!.Name);
            Assert.Equal("HR", found.Owner);
            Assert.Same(found, replayer.Catalog.FindTable("HR.ORDERS"));
            Assert.Equal("SALES", replayer.Catalog.FindTable("SALES.ORDERS")!.Owner);
        }

        [Fact]
        public void An_unqualified_name_finds_the_only_table_of_that_name_in_any_schema()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("HR"));
            replayer.Apply(Table(At("V1__a.sql"), "SALES.ORDERS"));

            Assert.Equal("SALES", replayer.Catalog.FindTable("ORDERS")?.Owner);
        }

        [Fact]
        public void An_unqualified_name_shared_by_two_other_schemas_is_ambiguous()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("HR"));
            replayer.Apply(Table(At("V1__a.sql"), "SALES.ORDERS"));
            replayer.Apply(Table(At("V1__a.sql", 2), "BILLING.ORDERS"));

            Assert.Null(replayer.Catalog.FindTable("ORDERS"));
            Assert.NotNull(replayer.Catalog.FindTable("BILLING.ORDERS"));
        }

        [Fact]
        public void Without_a_known_default_schema_a_qualified_name_finds_a_table_created_unqualified()
        {
            SchemaReplayer replayer = Replay(Table(At("V1__a.sql"), "orders"));

            Assert.NotNull(replayer.Catalog.FindTable("public.orders"));
            Assert.Null(replayer.Catalog.FindTable("public.customers"));
        }

        [Fact]
        public void With_a_known_default_schema_another_schema_does_not_find_the_table()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("public"));
            replayer.Apply(Table(At("V1__a.sql"), "orders"));

            Assert.NotNull(replayer.Catalog.FindTable("public.orders"));
            Assert.Null(replayer.Catalog.FindTable("audit.orders"));
        }

        [Fact]
        public void Keys_are_compared_as_given_so_folding_is_the_callers_normalization()
        {
            // Oracle: orders, ORDERS and "ORDERS" all normalize to ORDERS; "orders" (quoted) stays lower case.
            SchemaReplayer replayer = Replay(Table(At("V1__a.sql"), "ORDERS"));

            Assert.NotNull(replayer.Catalog.FindTable("ORDERS"));
            Assert.Null(replayer.Catalog.FindTable("orders"));
        }

        [Fact]
        public void An_alter_on_an_unqualified_name_reaches_the_qualified_table()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("HR"));
            replayer.Apply(Table(At("V1__a.sql"), "HR.EMPLOYEES"));
            replayer.Apply(new AddColumnChange(At("V2__b.sql"), N("EMPLOYEES"), Col("EMAIL", "VARCHAR2")));

            Assert.NotNull(replayer.Catalog.FindTable("HR.EMPLOYEES")!.FindColumn("EMAIL"));
            Assert.Single(replayer.Catalog.Tables);
        }

        [Fact]
        public void Creating_a_qualified_table_beside_an_unqualified_one_makes_a_second_table()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "events", new[] { Col("a") }),
                Table(At("V2__b.sql"), "audit.events", new[] { Col("b") }));

            Assert.Equal(2, replayer.Catalog.Tables.Count);
            Assert.Equal("a", replayer.Catalog.FindTable("events")!.Columns[0].Name);
            Assert.Equal("b", replayer.Catalog.FindTable("audit.events")!.Columns[0].Name);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void An_unqualified_create_over_a_table_a_snapshot_dumped_qualified_replaces_it_in_place()
        {
            SchemaReplayer replayer = Replay(
                Table(Snapshot("dump.sql"), "public.orders", new[] { Col("a") }),
                Child(Snapshot("dump.sql", 2), "public.lines", "public.orders", DeleteRule.Cascade),
                Table(At("V1__a.sql"), "orders", new[] { Col("b") }));

            TableInfo orders = Assert.Single(replayer.Catalog.Tables, t => t.Name.Name == "orders");
            Assert.Equal(N("public.orders"), orders.Name);
            Assert.Equal("b", orders.Columns[0].Name);
            Assert.Single(replayer.Notes);
            Assert.Single(replayer.Catalog.GetCascadingChildren(N("orders")).Deleted);
        }

        [Fact]
        public void With_a_known_default_schema_an_unqualified_create_is_in_that_schema_whatever_else_exists()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("public"));
            replayer.Apply(Table(At("V1__a.sql"), "audit.events"));
            replayer.Apply(Table(At("V2__b.sql"), "events"));

            Assert.Equal(2, replayer.Catalog.Tables.Count);
            Assert.Equal("public", replayer.Catalog.FindTable("events")!.Owner);
            Assert.Empty(replayer.Notes);
        }
    }
}

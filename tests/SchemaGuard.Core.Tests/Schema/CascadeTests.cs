using System.Linq;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using Xunit;
using static SchemaGuard.Core.Tests.Schema.SchemaTestKit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class CascadeTests
    {
        [Fact]
        public void Cascades_are_followed_transitively_with_the_foreign_key_path()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "orders", constraints: new[] { Pk("id") }),
                Child(At("V1__a.sql", 5), "order_items", "orders", DeleteRule.Cascade),
                Child(At("V1__a.sql", 9), "item_notes", "order_items", DeleteRule.Cascade),
                Child(At("V1__a.sql", 13), "shipments", "orders", DeleteRule.NoAction));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("orders"));

            Assert.Equal(new[] { "order_items", "item_notes" }, Names(result.Deleted));
            CascadePath notes = result.Deleted[1];
            Assert.Equal(new[] { "fk_order_items", "fk_item_notes" }, notes.ForeignKeys.Select(f => f.Name).ToArray());
            Assert.Equal(2, notes.Depth);
            Assert.Equal("orders -> order_items (fk_order_items) -> item_notes (fk_item_notes)", notes.Describe("orders"));
            Assert.Empty(result.Updated);
        }

        [Fact]
        public void Set_null_children_are_reported_as_updated_not_deleted()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "customers"),
                Child(At("V1__a.sql", 2), "orders", "customers", DeleteRule.Cascade),
                Child(At("V1__a.sql", 3), "referrals", "customers", DeleteRule.SetNull),
                Child(At("V1__a.sql", 4), "invoices", "orders", DeleteRule.SetDefault));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("customers"));

            Assert.Equal(new[] { "orders" }, Names(result.Deleted));
            Assert.Equal(new[] { "referrals", "invoices" }, Names(result.Updated));
            Assert.Equal(DeleteRule.SetDefault, result.Updated[1].Effect);
            Assert.Equal(new[] { "fk_orders", "fk_invoices" }, result.Updated[1].ForeignKeys.Select(f => f.Name).ToArray());
        }

        [Fact]
        public void A_table_that_loses_rows_is_not_also_listed_as_updated()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "a"),
                Child(At("V1__a.sql", 2), "b", "a", DeleteRule.Cascade),
                Table(At("V1__a.sql", 3), "c", new[] { Col("id"), Col("a_id"), Col("b_id") }, new[]
                {
                    Fk("a_id", "a", DeleteRule.SetNull, "fk_c_a"),
                    Fk("b_id", "b", DeleteRule.Cascade, "fk_c_b"),
                }));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("a"));

            Assert.Equal(new[] { "b", "c" }, Names(result.Deleted));
            Assert.Empty(result.Updated);
        }

        [Fact]
        public void Cycles_are_followed_once()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "a", new[] { Col("id"), Col("c_id") }),
                Child(At("V1__a.sql", 2), "b", "a", DeleteRule.Cascade),
                Child(At("V1__a.sql", 3), "c", "b", DeleteRule.Cascade),
                new AddConstraintChange(At("V1__a.sql", 4), N("a"), Fk("c_id", "c", DeleteRule.Cascade, "fk_a_c")));

            CascadeResult fromA = replayer.Catalog.GetCascadingChildren(N("a"));
            CascadeResult fromB = replayer.Catalog.GetCascadingChildren(N("b"));

            Assert.Equal(new[] { "b", "c" }, Names(fromA.Deleted));
            Assert.Equal(new[] { "c", "a" }, Names(fromB.Deleted));
        }

        [Fact]
        public void A_self_referencing_cascade_is_flagged_not_listed()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "employees", new[] { Col("id"), Col("manager_id") }, new[]
                {
                    Pk("id"),
                    Fk("manager_id", "employees", DeleteRule.Cascade, "fk_manager"),
                }));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("employees"));

            Assert.True(result.IsSelfCascading);
            Assert.Empty(result.Deleted);
            Assert.Single(replayer.Catalog.GetReferencingForeignKeys(N("employees")));
        }

        [Fact]
        public void Each_table_comes_with_its_shortest_path()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "a"),
                Child(At("V1__a.sql", 2), "b", "a", DeleteRule.Cascade),
                Table(At("V1__a.sql", 3), "c", new[] { Col("id"), Col("a_id"), Col("b_id") }, new[]
                {
                    Fk("b_id", "b", DeleteRule.Cascade, "fk_c_b"),
                    Fk("a_id", "a", DeleteRule.Cascade, "fk_c_a"),
                }));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("a"));

            CascadePath c = result.Deleted.Single(p => p.Table.Name.Name == "c");
            Assert.Equal(new[] { "fk_c_a" }, c.ForeignKeys.Select(f => f.Name).ToArray());
        }

        [Fact]
        public void An_unknown_table_cascades_nowhere()
        {
            SchemaReplayer replayer = Replay(Table(At("V1__a.sql"), "a"));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("nothing"));

            Assert.True(result.IsEmpty);
            Assert.False(result.IsSelfCascading);
        }

        [Fact]
        public void A_foreign_key_added_later_by_alter_table_counts()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "orders"),
                Table(At("V1__a.sql", 2), "lines", new[] { Col("id"), Col("order_id") }),
                new AddConstraintChange(At("V2__fk.sql"), N("lines"), Fk("order_id", "orders", DeleteRule.Cascade, "fk_lines")));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("orders"));

            Assert.Equal(new[] { "lines" }, Names(result.Deleted));
            Assert.Equal("V2__fk.sql", result.Deleted[0].ForeignKeys[0].DeclaredAt.FileName);
        }

        [Fact]
        public void With_partial_history_both_ends_of_a_foreign_key_become_known()
        {
            SchemaReplayer replayer = Replay(
                new AddConstraintChange(At("V9__fk.sql"), N("details"), Fk("master_id", "masters", DeleteRule.Cascade, "fk_details")));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("masters"));

            Assert.Equal(new[] { "details" }, Names(result.Deleted));
            Assert.True(replayer.Catalog.FindTable("masters")!.IsInferred);
            Assert.True(result.Deleted[0].Table.IsInferred);
        }

        [Fact]
        public void Dropping_the_cascading_foreign_key_stops_the_cascade()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "orders"),
                Child(At("V1__a.sql", 2), "lines", "orders", DeleteRule.Cascade),
                new DropConstraintChange(At("V2__b.sql"), N("lines"), "fk_lines"));

            Assert.True(replayer.Catalog.GetCascadingChildren(N("orders")).IsEmpty);
        }

        [Fact]
        public void Answers_follow_each_change_between_questions()
        {
            SchemaReplayer replayer = Replay(Table(At("V1__a.sql"), "orders"), Table(At("V1__a.sql", 2), "lines", new[] { Col("id"), Col("order_id") }));
            Assert.True(replayer.Catalog.GetCascadingChildren(N("orders")).IsEmpty);

            replayer.Apply(new AddConstraintChange(At("V2__b.sql"), N("lines"), Fk("order_id", "orders", DeleteRule.Cascade, "fk_lines")));
            Assert.Equal(new[] { "lines" }, Names(replayer.Catalog.GetCascadingChildren(N("orders")).Deleted));

            replayer.Apply(new DropTableChange(At("V3__c.sql"), N("lines")));
            Assert.True(replayer.Catalog.GetCascadingChildren(N("orders")).IsEmpty);
            Assert.Single(replayer.Catalog.Tables);
        }

        [Fact]
        public void A_long_cascade_chain_is_answered_quickly_and_completely()
        {
            var replayer = new SchemaReplayer();
            replayer.Apply(Table(At("V1__a.sql"), "t0"));
            for (int i = 1; i < 2000; i++)
                replayer.Apply(Child(At("V1__a.sql", i + 1), "t" + i, "t" + (i - 1), DeleteRule.Cascade));

            var watch = System.Diagnostics.Stopwatch.StartNew();
            CascadeResult result = null!;
            for (int q = 0; q < 200; q++) result = replayer.Catalog.GetCascadingChildren(N("t0"));

            Assert.Equal(1999, result.Deleted.Count);
            Assert.Equal(1999, result.Deleted[1998].Depth);
            Assert.Equal("fk_t1", result.Deleted[1998].ForeignKeys[0].Name);
            Assert.Equal("fk_t1999", result.Deleted[1998].ForeignKeys[1998].Name);
            Assert.True(watch.ElapsedMilliseconds < 10000, "200 questions took " + watch.ElapsedMilliseconds + " ms");
        }
    }
}

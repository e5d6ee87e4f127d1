using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using Xunit;
using static SchemaGuard.Core.Tests.Schema.SchemaTestKit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class SnapshotTests
    {
        [Fact]
        public void A_snapshot_seeds_the_catalog_before_the_migrations()
        {
            SchemaReplayer replayer = Replay(
                Table(Snapshot("schema.sql"), "customers"),
                Child(Snapshot("schema.sql", 8), "orders", "customers", DeleteRule.Cascade),
                new DropConstraintChange(At("V7__relax.sql"), N("orders"), "fk_orders"),
                Child(At("V8__addresses.sql"), "addresses", "customers", DeleteRule.Cascade));

            CascadeResult result = replayer.Catalog.GetCascadingChildren(N("customers"));

            Assert.Equal(new[] { "addresses" }, Names(result.Deleted));
            Assert.True(replayer.Catalog.FindTable("customers")!.IsFromSnapshot);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void A_snapshot_table_is_never_created_in_the_file_being_linted()
        {
            SchemaReplayer replayer = Replay(
                Table(Snapshot("schema.sql"), "customers"),
                Table(At("V8__b.sql"), "orders"));

            SchemaCatalog catalog = replayer.Catalog;
            Assert.False(catalog.IsCreatedInFile(N("customers"), "schema.sql"));
            Assert.True(catalog.IsCreatedInFile(N("orders"), "V8__b.sql"));
            Assert.False(catalog.IsCreatedInFile(N("orders"), "V9__c.sql"));
            Assert.False(catalog.IsCreatedInFile(N("nothing"), "V8__b.sql"));
        }

        [Fact]
        public void Created_in_file_treats_both_path_separators_alike()
        {
            SchemaReplayer replayer = Replay(Table(At(@"db\migrations\V1__a.sql"), "t"));

            Assert.True(replayer.Catalog.IsCreatedInFile(N("t"), "db/migrations/V1__a.sql"));
            Assert.False(replayer.Catalog.IsCreatedInFile(N("t"), "other/V1__a.sql"));
        }

        [Fact]
        public void An_inferred_table_is_not_created_anywhere()
        {
            SchemaReplayer replayer = Replay(new AddColumnChange(At("V1__a.sql"), N("legacy"), Col("x")));

            Assert.False(replayer.Catalog.IsCreatedInFile(N("legacy"), "V1__a.sql"));
            Assert.Null(replayer.Catalog.FindTable("legacy")!.CreatedIn);
        }

        [Fact]
        public void A_migration_that_creates_a_snapshot_table_again_replaces_it_with_a_note()
        {
            SchemaReplayer replayer = Replay(
                Table(Snapshot("schema.sql"), "t", new[] { Col("a") }),
                Table(At("V1__a.sql"), "t", new[] { Col("b") }));

            Assert.False(replayer.Catalog.FindTable("t")!.IsFromSnapshot);
            Assert.Contains("schema.sql", Assert.Single(replayer.Notes).Message);
        }
    }
}

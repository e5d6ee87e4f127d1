using System.Linq;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using Xunit;
using static SchemaGuard.Core.Tests.Schema.SchemaTestKit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class ConstraintReplayTests
    {
        [Fact]
        public void A_foreign_key_keeps_its_action_columns_and_declaration()
        {
            var fk = ConstraintSpec.ForeignKey(
                new[] { "ORDER_ID" }, N("ORDERS"), DeleteRule.SetNull, new[] { "ID" }, "FK_LINES_ORDER", At("V2__lines.sql", 6));
            SchemaReplayer replayer = Replay(
                Table(At("V1__orders.sql"), "ORDERS"),
                Table(At("V2__lines.sql"), "LINES", new[] { Col("ID"), Col("ORDER_ID") }, new[] { fk }));

            ConstraintInfo stored = replayer.Catalog.GetReferencingForeignKeys(N("ORDERS")).Single();

            Assert.Equal("FK_LINES_ORDER", stored.Name);
            Assert.Equal(N("LINES"), stored.Table);
            Assert.Equal(N("ORDERS"), stored.ReferencedTable);
            Assert.Equal(new[] { "ORDER_ID" }, stored.Columns);
            Assert.Equal(new[] { "ID" }, stored.ReferencedColumns);
            Assert.Equal(DeleteRule.SetNull, stored.OnDelete);
            Assert.Equal("V2__lines.sql:6", stored.DeclaredAt.ToString());
        }

        [Fact]
        public void A_foreign_key_references_the_table_it_resolves_to_when_declared()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("APP"));
            replayer.Apply(Table(At("V1__a.sql"), "REF.COUNTRIES"));
            replayer.Apply(Table(At("V1__a.sql", 2), "ADDRESSES", new[] { Col("ID"), Col("COUNTRY_ID") },
                new[] { Fk("COUNTRY_ID", "COUNTRIES", DeleteRule.Cascade, "FK_ADDR_COUNTRY") }));

            Assert.Equal(N("REF.COUNTRIES"), replayer.Catalog.FindTable("ADDRESSES")!.ForeignKeys.Single().ReferencedTable);
            Assert.Single(replayer.Catalog.GetReferencingForeignKeys(N("REF.COUNTRIES")));
        }

        [Fact]
        public void An_unnamed_constraint_is_described_for_messages()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "p"),
                Table(At("V1__a.sql", 2), "c", new[] { Col("id"), Col("p_id") }, new[] { Fk("p_id", "p", DeleteRule.Cascade) }));

            ConstraintInfo fk = replayer.Catalog.FindTable("c")!.ForeignKeys.Single();
            Assert.Null(fk.Name);
            Assert.Equal("FOREIGN KEY (p_id)", fk.DisplayName);
        }

        [Fact]
        public void Drop_primary_key_needs_no_name()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("id") }, new[] { Pk("id") }),
                new DropConstraintChange(At("V2__b.sql"), N("t"), null, ConstraintType.PrimaryKey));

            Assert.Null(replayer.Catalog.FindTable("t")!.PrimaryKey);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Dropping_a_constraint_by_an_index_name_drops_the_index()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("id"), Col("code") }, indexes: new[] { new IndexSpec(new[] { IndexKeyColumn.Column("code") }, N("uq_code"), isUnique: true) }),
                new DropConstraintChange(At("V2__b.sql"), N("t"), "uq_code"));

            Assert.Empty(replayer.Catalog.FindTable("t")!.Indexes);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void A_second_primary_key_replaces_the_first_with_a_note()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("a"), Col("b") }, new[] { Pk("a") }),
                new AddConstraintChange(At("V2__b.sql"), N("t"), Pk("b")));

            Assert.Equal(new[] { "b" }, replayer.Catalog.FindTable("t")!.PrimaryKey!.Columns);
            Assert.Single(replayer.Notes);
        }

        [Fact]
        public void Renaming_a_constraint_keeps_it()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "p"),
                Child(At("V1__a.sql", 2), "c", "p", DeleteRule.Cascade, "fk_old"),
                new RenameConstraintChange(At("V2__b.sql"), N("c"), "fk_old", "fk_new"));

            Assert.Equal("fk_new", replayer.Catalog.GetCascadingChildren(N("p")).Deleted.Single().ForeignKeys.Single().Name);
        }
    }
}

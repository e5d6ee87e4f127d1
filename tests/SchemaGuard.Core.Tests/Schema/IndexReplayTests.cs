using System.Linq;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using Xunit;
using static SchemaGuard.Core.Tests.Schema.SchemaTestKit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class IndexReplayTests
    {
        [Fact]
        public void Create_index_records_key_columns_in_order_uniqueness_visibility_and_place()
        {
            var spec = new IndexSpec(
                new[] { IndexKeyColumn.Column("customer_id"), new IndexKeyColumn("lower(email)", isExpression: true) },
                N("ix_orders_cust"),
                isUnique: true,
                isVisible: false);
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "orders", new[] { Col("id"), Col("customer_id"), Col("email") }),
                new CreateIndexChange(At("V2__ix.sql", 3), N("orders"), spec));

            IndexInfo index = replayer.Catalog.GetIndexes(N("orders")).Single();

            Assert.Equal("ix_orders_cust", index.Name.Name);
            Assert.Equal(N("orders"), index.Table);
            Assert.Equal(new[] { "customer_id", "lower(email)" }, index.Columns.Select(c => c.Text).ToArray());
            Assert.True(index.Columns[1].IsExpression);
            Assert.True(index.IsUnique);
            Assert.False(index.IsVisible);
            Assert.Equal("V2__ix.sql:3", index.DeclaredAt.ToString());
        }

        [Fact]
        public void An_index_is_found_by_name_and_by_schema_qualified_name()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("HR"));
            replayer.Apply(Table(At("V1__a.sql"), "EMP", new[] { Col("ID"), Col("NAME") }));
            replayer.Apply(new CreateIndexChange(At("V1__a.sql", 2), N("EMP"), Ix("EMP_NAME_IX", "NAME")));

            Assert.NotNull(replayer.Catalog.FindIndex("EMP_NAME_IX"));
            Assert.NotNull(replayer.Catalog.FindIndex("HR.EMP_NAME_IX"));
            Assert.Null(replayer.Catalog.FindIndex("OTHER.EMP_NAME_IX"));
        }

        [Fact]
        public void Per_table_index_names_are_told_apart_by_the_table()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "a", new[] { Col("id"), Col("x") }, indexes: new[] { Ix("idx_x", "x") }),
                Table(At("V1__a.sql", 2), "b", new[] { Col("id"), Col("y") }, indexes: new[] { Ix("idx_x", "y") }),
                new DropIndexChange(At("V2__b.sql"), N("idx_x"), N("b")));

            Assert.Null(replayer.Catalog.FindIndex(N("idx_x"), N("b")));
            Assert.NotNull(replayer.Catalog.FindIndex(N("idx_x"), N("a")));
            Assert.Equal("x", replayer.Catalog.FindIndex("idx_x")!.Columns.Single().Text);
        }

        [Fact]
        public void Unnamed_inline_indexes_get_mysql_style_names()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("id"), Col("a"), Col("b") }, indexes: new[] { Ix(null, "a"), Ix(null, "a", "b") }));

            IndexInfo[] indexes = replayer.Catalog.GetIndexes(N("t")).ToArray();
            Assert.Equal(new[] { "a", "a_2" }, indexes.Select(i => i.Name.Name).ToArray());
            Assert.All(indexes, i => Assert.True(i.IsNameGenerated));
        }

        [Fact]
        public void Visibility_and_rename_change_the_index()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "T", new[] { Col("ID"), Col("X") }, indexes: new[] { Ix("IX_OLD", "X") }),
                new SetIndexVisibilityChange(At("V2__b.sql"), N("IX_OLD"), isVisible: false),
                new RenameIndexChange(At("V2__b.sql", 2), N("IX_OLD"), "IX_NEW"));

            Assert.Null(replayer.Catalog.FindIndex("IX_OLD"));
            IndexInfo index = replayer.Catalog.FindIndex("IX_NEW")!;
            Assert.False(index.IsVisible);
            Assert.Equal(N("T"), index.Table);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void A_dropped_and_recreated_index_is_the_new_definition()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("id"), Col("a"), Col("b") }, indexes: new[] { Ix("ix", "a") }),
                new DropIndexChange(At("V2__b.sql"), N("ix")),
                new CreateIndexChange(At("V2__b.sql", 2), N("t"), Ix("ix", "b")));

            Assert.Equal("b", replayer.Catalog.FindIndex("ix")!.Columns.Single().Text);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Drop_index_on_a_table_removes_a_unique_constraint_of_that_name()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("id"), Col("email") }, new[] { ConstraintSpec.Unique(new[] { "email" }, "uq_email") }),
                new DropIndexChange(At("V2__b.sql"), N("uq_email"), N("t")));

            Assert.Null(replayer.Catalog.FindTable("t")!.FindConstraint("uq_email"));
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Dropping_an_unknown_index_leaves_a_note_unless_if_exists()
        {
            SchemaReplayer replayer = Replay(
                new DropIndexChange(At("V1__a.sql"), N("ix_gone"), ifExists: true),
                new DropIndexChange(At("V1__a.sql", 2), N("ix_gone")));

            Assert.Contains("ix_gone", Assert.Single(replayer.Notes).Message);
        }

        [Fact]
        public void Create_index_if_not_exists_keeps_the_existing_index()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("id"), Col("a"), Col("b") }, indexes: new[] { Ix("ix", "a") }),
                new CreateIndexChange(At("V2__b.sql"), N("t"), Ix("ix", "b"), ifNotExists: true));

            Assert.Equal("a", replayer.Catalog.FindIndex("ix")!.Columns.Single().Text);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Dropping_the_table_drops_its_indexes()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("id") }, indexes: new[] { Ix("ix_t", "id") }),
                new DropTableChange(At("V2__b.sql"), N("t")));

            Assert.Null(replayer.Catalog.FindIndex("ix_t"));
        }
    }
}

using System.Linq;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using Xunit;
using static SchemaGuard.Core.Tests.Schema.SchemaTestKit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class TableReplayTests
    {
        [Fact]
        public void Create_table_records_kind_logging_partitioning_and_where_it_was_created()
        {
            var change = new CreateTableChange(
                At("V3__stage.sql", 12, start: 40, length: 100),
                N("STAGE"),
                displayName: "Stage",
                kind: TableKind.GlobalTemporary,
                columns: new[] { Col("ID") },
                logging: TableLogging.NoLogging,
                loggingDeclaredAt: At("V3__stage.sql", 14, start: 120, length: 9),
                isPartitioned: true);

            TableInfo table = Replay(change).Catalog.FindTable("STAGE")!;

            Assert.Equal(TableKind.GlobalTemporary, table.Kind);
            Assert.Equal("Stage", table.DisplayName);
            Assert.Equal(TableLogging.NoLogging, table.Logging);
            Assert.Equal("V3__stage.sql:14", table.LoggingDeclaredAt!.ToString());
            Assert.True(table.IsPartitioned);
            Assert.Equal(40, table.CreatedIn!.Span.Start);
            Assert.Equal("V3__stage.sql:12", table.CreatedIn.ToString());
            Assert.False(table.IsInferred);
        }

        [Fact]
        public void Alter_table_logging_changes_the_attribute_and_where_it_was_declared()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "T", logging: TableLogging.Logging),
                new SetLoggingChange(At("V2__b.sql", 3), N("T"), TableLogging.NoLogging));

            TableInfo table = replayer.Catalog.FindTable("T")!;
            Assert.Equal(TableLogging.NoLogging, table.Logging);
            Assert.Equal("V2__b.sql:3", table.LoggingDeclaredAt!.ToString());
        }

        [Fact]
        public void A_dropped_and_recreated_table_is_the_new_definition()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("a"), Col("b") }),
                new DropTableChange(At("V2__b.sql"), N("t")),
                Table(At("V2__b.sql", 2), "t", new[] { Col("c") }));

            TableInfo table = replayer.Catalog.FindTable("t")!;
            Assert.Equal(new[] { "c" }, table.Columns.Select(c => c.Name).ToArray());
            Assert.Equal("V2__b.sql", table.CreatedIn!.FileName);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Dropping_a_parent_drops_the_foreign_keys_that_reference_it()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "parent"),
                Child(At("V1__a.sql", 2), "child", "parent", DeleteRule.Cascade),
                new DropTableChange(At("V2__b.sql"), N("parent")),
                Table(At("V2__b.sql", 2), "parent"));

            Assert.Empty(replayer.Catalog.FindTable("child")!.ForeignKeys);
            Assert.True(replayer.Catalog.GetCascadingChildren(N("parent")).IsEmpty);
        }

        [Fact]
        public void Foreign_keys_kept_through_a_drop_bind_again_to_the_recreated_parent()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "parent"),
                Child(At("V1__a.sql", 2), "child", "parent", DeleteRule.Cascade),
                new DropTableChange(At("V2__b.sql"), N("parent"), keepReferencingForeignKeys: true),
                Table(At("V2__b.sql", 2), "parent"));

            Assert.Equal(new[] { "child" }, Names(replayer.Catalog.GetCascadingChildren(N("parent")).Deleted));
        }

        [Fact]
        public void Renaming_a_parent_keeps_the_foreign_keys_pointing_at_it()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "orders"),
                Child(At("V1__a.sql", 2), "lines", "orders", DeleteRule.Cascade),
                new RenameTableChange(At("V2__b.sql"), N("orders"), N("orders_old")));

            SchemaCatalog catalog = replayer.Catalog;
            Assert.Null(catalog.FindTable("orders"));
            Assert.Equal(new[] { "lines" }, Names(catalog.GetCascadingChildren(N("orders_old")).Deleted));
            Assert.Equal(N("orders_old"), catalog.FindTable("lines")!.ForeignKeys.Single().ReferencedTable);
        }

        [Fact]
        public void Renaming_a_child_moves_its_foreign_keys_indexes_and_constraints_with_it()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "orders"),
                Table(At("V1__a.sql", 2), "lines", new[] { Col("id"), Col("order_id") },
                    new[] { Pk("id"), Fk("order_id", "orders", DeleteRule.Cascade, "fk_lines") },
                    new[] { Ix("ix_lines_order", "order_id") }),
                new RenameTableChange(At("V2__b.sql"), N("lines"), N("order_lines")));

            SchemaCatalog catalog = replayer.Catalog;
            CascadeResult result = catalog.GetCascadingChildren(N("orders"));
            Assert.Equal(new[] { "order_lines" }, Names(result.Deleted));
            Assert.Equal(N("order_lines"), result.Deleted[0].ForeignKeys[0].Table);
            Assert.Equal(N("order_lines"), catalog.FindIndex(N("ix_lines_order"))!.Table);
        }

        [Fact]
        public void Rename_keeps_the_schema_when_the_new_name_is_unqualified()
        {
            var replayer = new SchemaReplayer(new SchemaCatalog("HR"));
            replayer.Apply(Table(At("V1__a.sql"), "SALES.ORDERS"));
            replayer.Apply(new RenameTableChange(At("V2__b.sql"), N("SALES.ORDERS"), N("ORDERS_OLD")));

            Assert.NotNull(replayer.Catalog.FindTable("SALES.ORDERS_OLD"));
            Assert.Null(replayer.Catalog.FindTable("HR.ORDERS_OLD"));
        }

        [Fact]
        public void A_table_swap_by_renames_ends_with_the_copy_under_the_old_name()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("old_col") }),
                Table(At("V2__swap.sql", 1), "t_new", new[] { Col("new_col") }),
                new RenameTableChange(At("V2__swap.sql", 2), N("t"), N("t_old")),
                new RenameTableChange(At("V2__swap.sql", 3), N("t_new"), N("t")));

            TableInfo t = replayer.Catalog.FindTable("t")!;
            Assert.Equal("new_col", t.Columns.Single().Name);
            Assert.True(replayer.Catalog.IsCreatedInFile(N("t"), "V2__swap.sql"));
            Assert.Equal("old_col", replayer.Catalog.FindTable("t_old")!.Columns.Single().Name);
        }

        [Fact]
        public void Creating_an_existing_table_replaces_it_with_a_note_unless_if_not_exists()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("a") }),
                Table(At("V2__b.sql"), "t", new[] { Col("b") }, ifNotExists: true));

            Assert.Equal("a", replayer.Catalog.FindTable("t")!.Columns.Single().Name);
            Assert.Empty(replayer.Notes);

            replayer.Apply(Table(At("V3__c.sql", 7), "t", new[] { Col("c") }));

            Assert.Equal("c", replayer.Catalog.FindTable("t")!.Columns.Single().Name);
            ReplayNote note = Assert.Single(replayer.Notes);
            Assert.Equal("V3__c.sql:7", note.Source.ToString());
            Assert.Contains("created at V1__a.sql:1", note.Message);
        }

        [Fact]
        public void Dropping_an_unknown_table_leaves_a_note_unless_if_exists()
        {
            SchemaReplayer replayer = Replay(
                new DropTableChange(At("V1__a.sql"), N("ghost"), ifExists: true),
                new DropTableChange(At("V1__a.sql", 2), N("ghost")));

            ReplayNote note = Assert.Single(replayer.Notes);
            Assert.Contains("ghost", note.Message);
        }

        [Fact]
        public void Creating_a_table_known_only_from_references_keeps_what_was_learned()
        {
            SchemaReplayer replayer = Replay(
                new AddConstraintChange(At("V1__a.sql"), N("child"), Fk("parent_id", "parent", DeleteRule.Cascade, "fk_child")),
                new CreateIndexChange(At("V1__a.sql", 2), N("parent"), Ix("ix_parent_code", "code")),
                Table(At("V2__b.sql"), "parent", new[] { Col("id"), Col("code") }));

            TableInfo parent = replayer.Catalog.FindTable("parent")!;
            Assert.False(parent.IsInferred);
            Assert.Equal("ix_parent_code", parent.Indexes.Single().Name.Name);
            Assert.Equal(new[] { "child" }, Names(replayer.Catalog.GetCascadingChildren(N("parent")).Deleted));
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Tables_are_listed_in_the_order_they_became_known()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "b"),
                Table(At("V1__a.sql", 2), "a"),
                Table(At("V1__a.sql", 3), "c"),
                new DropTableChange(At("V2__b.sql"), N("a")),
                Table(At("V2__b.sql", 2), "a"));

            Assert.Equal(new[] { "b", "c", "a" }, replayer.Catalog.Tables.Select(t => t.Name.Name).ToArray());
        }

        [Fact]
        public void A_table_instance_does_not_change_when_the_catalog_does()
        {
            SchemaReplayer replayer = Replay(Table(At("V1__a.sql"), "t", new[] { Col("a") }));
            TableInfo before = replayer.Catalog.FindTable("t")!;

            replayer.Apply(new AddColumnChange(At("V2__b.sql"), N("t"), Col("b")));

            Assert.Single(before.Columns);
            Assert.Equal(2, replayer.Catalog.FindTable("t")!.Columns.Count);
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using Xunit;
using static SchemaGuard.Core.Tests.Schema.SchemaTestKit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class ColumnReplayTests
    {
        [Fact]
        public void Long_columns_are_found_with_where_they_were_declared()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__docs.sql"), "DOCS", new[]
                {
                    Col("ID"),
                    Col("BODY", "long", at: At("V1__docs.sql", 3)),
                    Col("IMAGE", "Long  Raw", at: At("V1__docs.sql", 4)),
                    Col("TITLE", "VARCHAR2"),
                }));

            bool has = replayer.Catalog.HasLongColumns(N("DOCS"), out IReadOnlyList<ColumnInfo> columns);

            Assert.True(has);
            Assert.Equal(new[] { "BODY", "IMAGE" }, columns.Select(c => c.Name).ToArray());
            Assert.Equal("LONG RAW", columns[1].DataType);
            Assert.Equal("V1__docs.sql:4", columns[1].DeclaredAt.ToString());
        }

        [Fact]
        public void A_long_column_added_by_modify_points_at_the_modify()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "T", new[] { Col("ID"), Col("NOTE", "VARCHAR2") }),
                new ModifyColumnChange(At("V2__b.sql", 5), N("T"), new ColumnSpec("NOTE", "LONG")));

            Assert.True(replayer.Catalog.HasLongColumns(N("T"), out IReadOnlyList<ColumnInfo> columns));
            Assert.Equal("V2__b.sql:5", columns.Single().DeclaredAt.ToString());
        }

        [Fact]
        public void Modify_changes_only_what_it_states()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "T", new[] { Col("NOTE", "VARCHAR2", nullable: true) }),
                new ModifyColumnChange(At("V2__b.sql"), N("T"), new ColumnSpec("NOTE", isNullable: false)));

            ColumnInfo note = replayer.Catalog.FindTable("T")!.FindColumn("NOTE")!;
            Assert.Equal("VARCHAR2", note.DataType);
            Assert.False(note.IsNullable);
            Assert.Equal("V1__a.sql", note.DeclaredAt.FileName);
        }

        [Fact]
        public void Bfile_columns_are_found_by_type()
        {
            SchemaReplayer replayer = Replay(Table(At("V1__a.sql"), "MEDIA", new[] { Col("ID"), Col("F", "bfile") }));

            Assert.Equal("F", replayer.Catalog.GetColumnsOfType(N("MEDIA"), "BFILE").Single().Name);
            Assert.False(replayer.Catalog.HasLongColumns(N("MEDIA"), out _));
        }

        [Fact]
        public void Primary_key_columns_are_not_nullable()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("id"), Col("x") }, new[] { Pk("id") }));

            TableInfo table = replayer.Catalog.FindTable("t")!;
            Assert.False(table.FindColumn("id")!.IsNullable);
            Assert.True(table.FindColumn("x")!.IsNullable);
        }

        [Fact]
        public void Dropping_a_column_drops_its_indexes_constraints_and_the_foreign_keys_to_it()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "p", new[] { Col("id"), Col("code") }, new[] { Pk("id"), ConstraintSpec.Unique(new[] { "code" }, "uq_code") },
                    new[] { Ix("ix_code_id", "code", "id"), Ix("ix_id", "id") }),
                Table(At("V1__a.sql", 2), "c", new[] { Col("id"), Col("p_code") },
                    new[] { Fk("p_code", "p", DeleteRule.Cascade, "fk_c_code", parentColumn: "code") }),
                new DropColumnChange(At("V2__b.sql"), N("p"), "code"));

            TableInfo p = replayer.Catalog.FindTable("p")!;
            Assert.Equal(new[] { "id" }, p.Columns.Select(c => c.Name).ToArray());
            Assert.Equal(new[] { "ix_id" }, p.Indexes.Select(i => i.Name.Name).ToArray());
            Assert.Null(p.FindConstraint("uq_code"));
            Assert.NotNull(p.PrimaryKey);
            Assert.Empty(replayer.Catalog.FindTable("c")!.ForeignKeys);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Renaming_a_column_follows_into_constraints_indexes_and_child_foreign_keys()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "p", new[] { Col("id") }, new[] { Pk("id") }, new[] { Ix("ix_p", "id") }),
                Table(At("V1__a.sql", 2), "c", new[] { Col("id"), Col("p_id") },
                    new[] { Fk("p_id", "p", DeleteRule.Cascade, "fk_c", parentColumn: "id") }),
                new RenameColumnChange(At("V2__b.sql"), N("p"), "id", "p_key", "P_Key"),
                new RenameColumnChange(At("V2__b.sql", 2), N("c"), "p_id", "parent_key"));

            SchemaCatalog catalog = replayer.Catalog;
            TableInfo p = catalog.FindTable("p")!;
            Assert.Equal("P_Key", p.Columns.Single().DisplayName);
            Assert.Equal(new[] { "p_key" }, p.PrimaryKey!.Columns);
            Assert.Equal("p_key", p.Indexes.Single().Columns.Single().Text);
            ConstraintInfo fk = catalog.FindTable("c")!.ForeignKeys.Single();
            Assert.Equal(new[] { "parent_key" }, fk.Columns);
            Assert.Equal(new[] { "p_key" }, fk.ReferencedColumns);
        }

        [Fact]
        public void Adding_a_column_that_exists_replaces_it_with_a_note_unless_if_not_exists()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t", new[] { Col("a", "INT") }),
                new AddColumnChange(At("V2__b.sql"), N("t"), Col("a", "TEXT"), ifNotExists: true));

            Assert.Equal("INT", replayer.Catalog.FindTable("t")!.FindColumn("a")!.DataType);
            Assert.Empty(replayer.Notes);

            replayer.Apply(new AddColumnChange(At("V3__c.sql"), N("t"), Col("a", "TEXT")));

            Assert.Equal("TEXT", replayer.Catalog.FindTable("t")!.FindColumn("a")!.DataType);
            Assert.Single(replayer.Notes);
        }

        [Fact]
        public void Columns_of_a_table_no_migration_created_are_learned_without_notes()
        {
            SchemaReplayer replayer = Replay(
                new AddColumnChange(At("V5__a.sql"), N("legacy"), Col("flag", "CHAR")),
                new ModifyColumnChange(At("V5__a.sql", 2), N("legacy"), new ColumnSpec("other", "LONG")),
                new DropColumnChange(At("V5__a.sql", 3), N("legacy"), "unknown"));

            TableInfo legacy = replayer.Catalog.FindTable("legacy")!;
            Assert.True(legacy.IsInferred);
            Assert.Equal(new[] { "flag", "other" }, legacy.Columns.Select(c => c.Name).ToArray());
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Dropping_an_undeclared_column_of_a_known_table_leaves_a_note()
        {
            SchemaReplayer replayer = Replay(
                Table(At("V1__a.sql"), "t"),
                new DropColumnChange(At("V2__b.sql"), N("t"), "nope"),
                new DropColumnChange(At("V2__b.sql", 2), N("t"), "nope", ifExists: true));

            Assert.Contains("nope", Assert.Single(replayer.Notes).Message);
        }

        [Theory]
        [InlineData("long  raw", "LONG RAW")]
        [InlineData(" timestamp with time zone ", "TIMESTAMP WITH TIME ZONE")]
        [InlineData("varchar2", "VARCHAR2")]
        public void Type_names_are_upper_cased_with_single_spaces(string written, string expected)
        {
            Assert.Equal(expected, ColumnInfo.NormalizeTypeName(written));
        }
    }
}

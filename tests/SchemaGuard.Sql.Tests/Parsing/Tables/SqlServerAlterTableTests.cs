using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class SqlServerAlterTableTests
    {
        private static readonly SqlDialect SqlServer = SqlDialect.SqlServer;

        [Fact]
        public void With_nocheck_add_constraint_marks_the_constraint()
        {
            const string sql = "ALTER TABLE [dbo].[Orders]  WITH NOCHECK ADD  CONSTRAINT [FK_Orders_Customers] FOREIGN KEY([CustomerId])\nREFERENCES [dbo].[Customers] ([Id])\nON DELETE CASCADE";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, SqlServer);

            var add = Assert.IsType<AddConstraintAction>(Assert.Single(alter.Actions));
            Assert.StartsWith("WITH NOCHECK ADD", script.Text(add));
            var fk = add.Constraint;
            Assert.Equal("WITH NOCHECK", script.Text(fk.NoCheck!));
            Assert.Same(add.ExistingRowsCheck, fk.NoCheck);
            Assert.Null(fk.WithCheck);
            Assert.Equal("FK_Orders_Customers", fk.Name!.Text);
            Assert.Equal("ON DELETE CASCADE", script.Text(fk.References!.OnDelete!));

            var (_, withCheck) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t WITH CHECK ADD CONSTRAINT ck CHECK (a > 0)", SqlServer);
            var checkedConstraint = Assert.IsType<AddConstraintAction>(Assert.Single(withCheck.Actions)).Constraint;
            Assert.Null(checkedConstraint.NoCheck);
            Assert.Equal("WITH CHECK", checkedConstraint.WithCheck!.Keyword);
            Assert.Null(checkedConstraint.Validate);
        }

        [Fact]
        public void With_nocheck_before_several_constraints_is_held_once_and_shown_on_each()
        {
            const string sql = "ALTER TABLE t WITH NOCHECK ADD CONSTRAINT ck_a CHECK (a > 0), CONSTRAINT ck_b CHECK (b > 0)";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, SqlServer);

            Assert.Equal(2, alter.Actions.Count);
            var first = Assert.IsType<AddConstraintAction>(alter.Actions[0]);
            var second = Assert.IsType<AddConstraintAction>(alter.Actions[1]);
            Assert.Equal("WITH NOCHECK", script.Text(first.ExistingRowsCheck!));
            Assert.StartsWith("WITH NOCHECK ADD CONSTRAINT ck_a", script.Text(first));
            Assert.Null(second.ExistingRowsCheck);
            Assert.Equal("CONSTRAINT ck_b CHECK (b > 0)", script.Text(second));
            Assert.Same(first.ExistingRowsCheck, first.Constraint.NoCheck);
            Assert.Same(first.ExistingRowsCheck, second.Constraint.NoCheck);
        }

        [Fact]
        public void Check_and_nocheck_constraint()
        {
            var (_, nocheck) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE dbo.Orders NOCHECK CONSTRAINT FK_a, FK_b", SqlServer);
            var state = Assert.IsType<ConstraintStateAction>(Assert.Single(nocheck.Actions));
            Assert.Equal("NOCHECK", state.State.Keyword);
            Assert.Equal(new[] { "FK_a", "FK_b" }, state.Constraints.Names());

            var (script, all) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE dbo.Orders WITH CHECK CHECK CONSTRAINT ALL", SqlServer);
            var allState = Assert.IsType<ConstraintStateAction>(Assert.Single(all.Actions));
            Assert.True(allState.AllConstraints);
            Assert.Equal("CHECK", allState.State.Keyword);
            Assert.Equal("WITH CHECK", script.Text(allState.Validation!));
        }

        [Fact]
        public void Add_column_list_without_column_keyword()
        {
            const string sql = "ALTER TABLE dbo.Orders ADD Note nvarchar(200) NULL, Flag bit NOT NULL CONSTRAINT DF_Flag DEFAULT 0 WITH VALUES, CONSTRAINT CK_Flag CHECK (Flag IN (0, 1))";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, SqlServer);

            Assert.Equal(2, alter.Actions.Count);
            var add = Assert.IsType<AddColumnsAction>(alter.Actions[0]);
            Assert.Equal(new[] { "Note", "Flag" }, add.Columns.Select(c => c.Name.Text));
            Assert.True(add.Columns[0].IsNullable);
            Assert.False(add.Columns[1].IsNullable);
            Assert.Equal("0", script.Text(add.Columns[1].Default!));
            var check = Assert.IsType<AddConstraintAction>(alter.Actions[1]);
            Assert.Equal("CONSTRAINT CK_Flag CHECK (Flag IN (0, 1))", script.Text(check));
        }

        [Fact]
        public void Alter_column_with_online_option()
        {
            const string sql = "ALTER TABLE dbo.Orders ALTER COLUMN Note nvarchar(400) NOT NULL WITH (ONLINE = ON)";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, SqlServer);

            var column = Assert.IsType<AlterColumnAction>(alter.Actions[0]);
            Assert.Equal("Note", column.Column.Text);
            Assert.Equal("TYPE", column.Change);
            Assert.Equal("NVARCHAR", column.NewType!.Name);
            Assert.False(column.IsNullable);
            Assert.Equal("ALTER COLUMN Note nvarchar(400) NOT NULL", script.Text(column));
            var options = Assert.IsType<TableOptionsAction>(alter.Actions[1]);
            Assert.Equal("WITH (ONLINE = ON)", script.Text(options));
            var online = Assert.Single(alter.Options);
            Assert.Equal("ONLINE", online.Name);
            Assert.True(online.ValueIs("on"));
        }

        [Fact]
        public void Drop_lists_mix_constraints_and_columns()
        {
            const string sql = "ALTER TABLE dbo.Orders DROP CONSTRAINT DF_Flag, CONSTRAINT IF EXISTS DF_Other, COLUMN Flag, Note";
            var (_, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, SqlServer);

            Assert.Equal(3, alter.Actions.Count);
            Assert.Equal("DF_Flag", Assert.IsType<DropConstraintAction>(alter.Actions[0]).Name!.Text);
            var other = Assert.IsType<DropConstraintAction>(alter.Actions[1]);
            Assert.True(other.IfExists);
            Assert.Equal(new[] { "Flag", "Note" }, Assert.IsType<DropColumnsAction>(alter.Actions[2]).Columns.Names());

            var (_, bare) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE dbo.Orders DROP DF_Legacy", SqlServer);
            Assert.Equal("DF_Legacy", Assert.IsType<DropConstraintAction>(Assert.Single(bare.Actions)).Name!.Text);
        }

        [Fact]
        public void Default_constraint_for_a_column()
        {
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE dbo.Orders ADD CONSTRAINT DF_Created DEFAULT (getdate()) FOR Created", SqlServer);
            var df = Assert.IsType<AddConstraintAction>(Assert.Single(alter.Actions)).Constraint;
            Assert.Equal(ConstraintKind.Default, df.Kind);
            Assert.Equal("(getdate())", script.Text(df.Expression!));
            Assert.Equal(new[] { "Created" }, df.Columns.Names());

            var (unnamedScript, unnamed) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE [dbo].[t] ADD  DEFAULT ((0)) FOR [Flag]", SqlServer);
            var unnamedDefault = Assert.IsType<AddConstraintAction>(Assert.Single(unnamed.Actions)).Constraint;
            Assert.Null(unnamedDefault.Name);
            Assert.Equal(ConstraintKind.Default, unnamedDefault.Kind);
            Assert.Equal("((0))", unnamedScript.Text(unnamedDefault.Expression!));
            Assert.Equal(new[] { "Flag" }, unnamedDefault.Columns.Names());
        }

        [Fact]
        public void Index_options_of_an_added_key_are_statement_options()
        {
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(
                "ALTER TABLE dbo.Orders ADD CONSTRAINT PK_Orders PRIMARY KEY CLUSTERED (OrderId) WITH (ONLINE = ON, FILLFACTOR = 90)", SqlServer);
            var pk = Assert.IsType<AddConstraintAction>(Assert.Single(alter.Actions)).Constraint;
            Assert.Equal("CLUSTERED", pk.Clustering!.Keyword);
            Assert.Equal(new[] { "ONLINE", "FILLFACTOR" }, alter.Options.Select(o => o.Name));
            Assert.Equal("ONLINE = ON", script.Text(alter.FindOption("online")!));
        }

        [Fact]
        public void Rebuild_with_options_and_set_lock_escalation()
        {
            var (_, rebuild) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE dbo.Orders REBUILD PARTITION = ALL WITH (DATA_COMPRESSION = PAGE, ONLINE = ON)", SqlServer);
            Assert.Equal("REBUILD", Assert.IsType<PartitionMaintenanceAction>(rebuild.Actions[0]).Operation);
            Assert.Equal("ON", rebuild.FindOption("ONLINE")!.Value);

            var (_, set) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE dbo.Orders SET (LOCK_ESCALATION = DISABLE)", SqlServer);
            Assert.Equal("DISABLE", set.FindOption("LOCK_ESCALATION")!.Value);
        }

        [Fact]
        public void Action_on_the_next_line_belongs_to_the_statement()
        {
            const string sql = "ALTER TABLE dbo.Orders\n    ALTER COLUMN Total decimal(19, 4) NULL\nDROP TABLE dbo.Old";
            var script = SqlScript.Parse(sql, SqlServer);

            Assert.Empty(script.Diagnostics);
            Assert.Equal(2, script.Statements.Count);
            var alter = Assert.IsType<AlterTableStatement>(script.Statements[0]);
            var column = Assert.IsType<AlterColumnAction>(Assert.Single(alter.Actions));
            Assert.True(column.IsNullable);
            Assert.Equal(new[] { "19", "4" }, column.NewType!.Arguments);
            Assert.IsType<DropTableStatement>(script.Statements[1]);
        }
    }
}

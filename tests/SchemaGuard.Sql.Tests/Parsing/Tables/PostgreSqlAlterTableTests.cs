using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class PostgreSqlAlterTableTests
    {
        private static readonly SqlDialect Pg = SqlDialect.PostgreSql;

        [Fact]
        public void Add_foreign_key_not_valid_then_validate()
        {
            const string sql = "ALTER TABLE ONLY public.identities ADD CONSTRAINT identities_nid_fk FOREIGN KEY (nid) REFERENCES networks(id) ON DELETE CASCADE NOT VALID";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, Pg);

            Assert.True(alter.Only);
            var fk = Assert.IsType<AddConstraintAction>(Assert.Single(alter.Actions)).Constraint;
            Assert.Equal("NOT VALID", script.Text(fk.NotValid!));
            Assert.Equal("ON DELETE CASCADE", script.Text(fk.References!.OnDelete!));

            var (_, validate) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE identities VALIDATE CONSTRAINT identities_nid_fk", Pg);
            var state = Assert.IsType<ConstraintStateAction>(Assert.Single(validate.Actions));
            Assert.Equal("VALIDATE", state.State.Keyword);
            Assert.Equal(new[] { "identities_nid_fk" }, state.Constraints.Names());
        }

        [Fact]
        public void Comma_separated_actions_with_if_exists_forms()
        {
            const string sql = "ALTER TABLE IF EXISTS t ADD COLUMN IF NOT EXISTS a int NOT NULL DEFAULT 0, ADD b text, DROP COLUMN IF EXISTS c CASCADE, DROP d";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, Pg);

            Assert.True(alter.IfExists);
            Assert.Equal(4, alter.Actions.Count);
            var addA = Assert.IsType<AddColumnsAction>(alter.Actions[0]);
            Assert.True(addA.IfNotExists);
            Assert.Equal("ADD COLUMN IF NOT EXISTS a int NOT NULL DEFAULT 0", script.Text(addA));
            Assert.Equal("b", Assert.Single(Assert.IsType<AddColumnsAction>(alter.Actions[1]).Columns).Name.Text);
            var dropC = Assert.IsType<DropColumnsAction>(alter.Actions[2]);
            Assert.True(dropC.IfExists);
            Assert.Equal("CASCADE", script.Text(dropC.Cascade!));
            Assert.Equal(new[] { "d" }, Assert.IsType<DropColumnsAction>(alter.Actions[3]).Columns.Names());
        }

        [Fact]
        public void Alter_column_forms()
        {
            const string sql = "ALTER TABLE t ALTER COLUMN a TYPE bigint USING a::bigint, ALTER COLUMN b SET DATA TYPE varchar(20), ALTER c SET DEFAULT now(), ALTER COLUMN d DROP DEFAULT, ALTER COLUMN e SET NOT NULL, ALTER COLUMN f DROP NOT NULL, ALTER COLUMN g SET STATISTICS 500";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, Pg);

            var changes = alter.Actions.Cast<AlterColumnAction>().ToList();
            Assert.Equal(new[] { "a", "b", "c", "d", "e", "f", "g" }, changes.Select(c => c.Column.Text));
            Assert.Equal(new[] { "TYPE", "TYPE", "SET DEFAULT", "DROP DEFAULT", "SET NOT NULL", "DROP NOT NULL", "SET STATISTICS" }, changes.Select(c => c.Change));
            Assert.Equal("BIGINT", changes[0].NewType!.Name);
            Assert.Equal("a::bigint", script.Text(changes[0].Using!));
            Assert.Equal("ALTER COLUMN a TYPE bigint USING a::bigint", script.Text(changes[0]));
            Assert.Equal(new[] { "20" }, changes[1].NewType!.Arguments);
            Assert.Equal("now()", script.Text(changes[2].Default!));
        }

        [Fact]
        public void Rename_forms()
        {
            var (_, column) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t RENAME a TO b", Pg);
            var rc = Assert.IsType<RenameColumnAction>(Assert.Single(column.Actions));
            Assert.Equal("a", rc.From.Text);

            var (_, table) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t RENAME TO t2", Pg);
            Assert.Equal("t2", Assert.IsType<RenameTableAction>(Assert.Single(table.Actions)).NewName.Normalized);

            var (_, constraint) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t RENAME CONSTRAINT a TO b", Pg);
            Assert.Equal("RENAME CONSTRAINT", Assert.IsType<OtherTableAction>(Assert.Single(constraint.Actions)).Description);
        }

        [Fact]
        public void Set_unlogged_is_a_nologging_action_and_set_tablespace_a_move()
        {
            var (script, unlogged) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t SET UNLOGGED", Pg);
            var logging = Assert.IsType<LoggingAction>(Assert.Single(unlogged.Actions));
            Assert.Equal(LoggingMode.NoLogging, logging.Logging.Mode);
            Assert.Equal("UNLOGGED", script.Text(logging.Logging));
            Assert.Equal("SET UNLOGGED", script.Text(logging));

            var (_, logged) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t SET LOGGED", Pg);
            Assert.Equal(LoggingMode.Logging, Assert.IsType<LoggingAction>(Assert.Single(logged.Actions)).Logging.Mode);

            var (_, tablespace) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t SET TABLESPACE fast", Pg);
            Assert.Equal("fast", Assert.IsType<MoveAction>(Assert.Single(tablespace.Actions)).Tablespace!.Text);
        }

        [Fact]
        public void Storage_parameters_and_other_actions()
        {
            var (_, alter) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t SET (fillfactor = 70), OWNER TO admin, ENABLE TRIGGER ALL", Pg);
            var options = Assert.IsType<TableOptionsAction>(alter.Actions[0]);
            Assert.Equal("FILLFACTOR", Assert.Single(options.Options).Name);
            Assert.Equal("70", alter.FindOption("fillfactor")!.Value);
            Assert.Equal("OWNER TO", Assert.IsType<OtherTableAction>(alter.Actions[1]).Description);
            Assert.Equal("ENABLE TRIGGER ALL", Assert.IsType<OtherTableAction>(alter.Actions[2]).Description);

            var (_, attach) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE orders ATTACH PARTITION orders_p0 FOR VALUES WITH (MODULUS 4, REMAINDER 0)", Pg);
            Assert.Equal("ATTACH PARTITION", Assert.IsType<OtherTableAction>(Assert.Single(attach.Actions)).Description);
            Assert.Empty(attach.Options);
        }

        [Fact]
        public void Primary_key_using_an_existing_index()
        {
            var (_, alter) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_pk_idx", Pg);
            var pk = Assert.IsType<AddConstraintAction>(Assert.Single(alter.Actions)).Constraint;
            Assert.Equal(ConstraintKind.PrimaryKey, pk.Kind);
            Assert.Equal("t_pk_idx", pk.UsingIndexName!.Text);
            Assert.Empty(pk.Columns);
        }

        [Fact]
        public void Drop_constraint_if_exists()
        {
            var (_, alter) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t DROP CONSTRAINT IF EXISTS t_fk CASCADE", Pg);
            var drop = Assert.IsType<DropConstraintAction>(Assert.Single(alter.Actions));
            Assert.True(drop.IfExists);
            Assert.Equal("t_fk", drop.Name!.Text);
            Assert.Null(drop.Kind);
            Assert.NotNull(drop.Cascade);
        }
    }
}

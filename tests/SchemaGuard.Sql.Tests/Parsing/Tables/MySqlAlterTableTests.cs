using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class MySqlAlterTableTests
    {
        private static readonly SqlDialect MySql = SqlDialect.MySql;

        [Fact]
        public void Algorithm_and_lock_are_options_with_spans()
        {
            const string sql = "ALTER TABLE t ADD COLUMN c INT NOT NULL DEFAULT 0 AFTER b, ALGORITHM=INSTANT, LOCK = NONE";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, MySql);

            Assert.Equal(3, alter.Actions.Count);
            var add = Assert.IsType<AddColumnsAction>(alter.Actions[0]);
            Assert.Equal("ADD COLUMN c INT NOT NULL DEFAULT 0 AFTER b", script.Text(add));
            Assert.Equal(new[] { "ALGORITHM", "LOCK" }, alter.Options.Select(o => o.Name));
            var algorithm = alter.FindOption("algorithm")!;
            Assert.True(algorithm.ValueIs("instant"));
            Assert.Equal("ALGORITHM=INSTANT", script.Text(algorithm));
            Assert.Equal("INSTANT", script.Text(algorithm.ValueSpan));
            Assert.Equal("LOCK = NONE", script.Text(alter.FindOption("LOCK")!));
        }

        [Fact]
        public void Add_index_forms()
        {
            const string sql = "ALTER TABLE t ADD INDEX idx_c (c), ADD UNIQUE KEY uk_d (d), ADD FULLTEXT ft (body), ADD KEY (e, f(10))";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, MySql);

            var indexes = alter.Actions.Cast<AddIndexAction>().ToList();
            Assert.Equal(new[] { "idx_c", "uk_d", "ft", null }, indexes.Select(i => i.Name?.Text));
            Assert.Equal(new[] { false, true, false, false }, indexes.Select(i => i.Unique));
            Assert.Equal("FULLTEXT", indexes[2].Category);
            Assert.Equal(new[] { "e", "f" }, indexes[3].Columns.Names());
            Assert.Equal("ADD INDEX idx_c (c)", script.Text(indexes[0]));
        }

        [Fact]
        public void Modify_and_change_columns()
        {
            var (_, modify) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t MODIFY COLUMN c BIGINT UNSIGNED NOT NULL", MySql);
            var modified = Assert.IsType<ModifyColumnsAction>(Assert.Single(modify.Actions));
            Assert.Null(modified.OldName);
            Assert.True(Assert.Single(modified.Columns).DataType!.IsUnsigned);

            var (script, change) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t CHANGE COLUMN old_c new_c VARCHAR(100) CHARACTER SET utf8mb4 NULL FIRST", MySql);
            var changed = Assert.IsType<ModifyColumnsAction>(Assert.Single(change.Actions));
            Assert.Equal("old_c", changed.OldName!.Text);
            var column = Assert.Single(changed.Columns);
            Assert.Equal("new_c", column.Name.Text);
            Assert.True(column.IsNullable);
            Assert.Equal("CHARACTER SET utf8mb4", script.Text(column.CharacterSet!));
        }

        [Fact]
        public void Drop_forms()
        {
            const string sql = "ALTER TABLE t DROP FOREIGN KEY fk_x, DROP INDEX idx_c, DROP KEY k2, DROP PRIMARY KEY, DROP COLUMN e, DROP f, DROP CHECK ck";
            var (_, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, MySql);

            Assert.Equal(7, alter.Actions.Count);
            var fk = Assert.IsType<DropConstraintAction>(alter.Actions[0]);
            Assert.Equal(ConstraintKind.ForeignKey, fk.Kind);
            Assert.Equal("fk_x", fk.Name!.Text);
            Assert.Equal("idx_c", Assert.IsType<DropIndexAction>(alter.Actions[1]).Name.Text);
            Assert.Equal("k2", Assert.IsType<DropIndexAction>(alter.Actions[2]).Name.Text);
            Assert.Equal(ConstraintKind.PrimaryKey, Assert.IsType<DropConstraintAction>(alter.Actions[3]).Kind);
            Assert.Equal(new[] { "e" }, Assert.IsType<DropColumnsAction>(alter.Actions[4]).Columns.Names());
            Assert.Equal(new[] { "f" }, Assert.IsType<DropColumnsAction>(alter.Actions[5]).Columns.Names());
            Assert.Equal(ConstraintKind.Check, Assert.IsType<DropConstraintAction>(alter.Actions[6]).Kind);
        }

        [Fact]
        public void Convert_to_character_set()
        {
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", MySql);
            var convert = Assert.IsType<ConvertCharsetAction>(Assert.Single(alter.Actions));
            Assert.Equal("CHARACTER SET", convert.CharacterSet.Name);
            Assert.Equal("utf8mb4", convert.CharacterSet.Value);
            Assert.Equal("utf8mb4_unicode_ci", convert.Collation!.Value);
            Assert.Equal("CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", script.Text(convert));
        }

        [Fact]
        public void Table_options_and_rename_forms()
        {
            var (_, options) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t ENGINE=InnoDB, DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin", MySql);
            Assert.Equal(new[] { "ENGINE", "DEFAULT CHARSET", "COLLATE" }, options.Options.Select(o => o.Name));
            Assert.Equal(2, options.Actions.Count);

            var (_, rename) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t RENAME INDEX a TO b, RENAME COLUMN x TO y, RENAME AS t2", MySql);
            Assert.IsType<RenameIndexAction>(rename.Actions[0]);
            Assert.IsType<RenameColumnAction>(rename.Actions[1]);
            Assert.Equal("t2", Assert.IsType<RenameTableAction>(rename.Actions[2]).NewName.Normalized);

            var (_, force) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t FORCE", MySql);
            Assert.Equal("FORCE", Assert.IsType<OtherTableAction>(Assert.Single(force.Actions)).Description);
        }

        [Fact]
        public void Foreign_key_with_both_actions()
        {
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(
                "ALTER TABLE `order` ADD CONSTRAINT `fk_p` FOREIGN KEY (`p`) REFERENCES `parent` (`id`) ON DELETE CASCADE ON UPDATE CASCADE", MySql);
            var fk = Assert.IsType<AddConstraintAction>(Assert.Single(alter.Actions)).Constraint;
            Assert.Equal("fk_p", fk.Name!.Text);
            Assert.Equal("ON DELETE CASCADE", script.Text(fk.References!.OnDelete!));
            Assert.Equal("ON UPDATE CASCADE", script.Text(fk.References.OnUpdate!));
        }

        [Fact]
        public void Partitioning_changes()
        {
            var (_, partition) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t PARTITION BY HASH (id) PARTITIONS 8", MySql);
            Assert.Equal("HASH", Assert.IsType<ModifyPartitioningAction>(Assert.Single(partition.Actions)).Partitioning.Method);

            var (script, exchange) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t EXCHANGE PARTITION p0 WITH TABLE t0 WITH VALIDATION", MySql);
            var exchanged = Assert.IsType<ExchangePartitionAction>(Assert.Single(exchange.Actions));
            Assert.Equal("WITH VALIDATION", script.Text(exchanged.WithValidation!));

            var (_, truncate) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t TRUNCATE PARTITION p0, p1", MySql);
            Assert.Equal(new[] { "p0", "p1" }, Assert.IsType<PartitionMaintenanceAction>(Assert.Single(truncate.Actions)).Partitions.Names());
        }
    }
}

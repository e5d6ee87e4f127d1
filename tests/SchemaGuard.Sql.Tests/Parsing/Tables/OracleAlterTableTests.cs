using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class OracleAlterTableTests
    {
        private static readonly SqlDialect Oracle = SqlDialect.Oracle;

        [Fact]
        public void Add_parenthesized_columns()
        {
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE hr.emp ADD (bonus NUMBER DEFAULT 0 NOT NULL, notes LONG)", Oracle);

            Assert.Equal(StatementKind.AlterTable, alter.Kind);
            Assert.Equal("HR.EMP", alter.Name.Normalized);
            var add = Assert.IsType<AddColumnsAction>(Assert.Single(alter.Actions));
            Assert.Equal("ADD (bonus NUMBER DEFAULT 0 NOT NULL, notes LONG)", script.Text(add));
            Assert.Equal(new[] { "bonus", "notes" }, add.Columns.Select(c => c.Name.Text));
            Assert.Equal("0", script.Text(add.Columns[0].Default!));
            Assert.False(add.Columns[0].IsNullable);
            Assert.Equal("LONG", add.Columns[1].DataType!.Name);
        }

        [Fact]
        public void Add_foreign_key_constraint_with_cascade_and_state()
        {
            const string sql = @"ALTER TABLE order_items
ADD ( CONSTRAINT order_items_order_id_fk
      FOREIGN KEY (order_id)
      REFERENCES orders(order_id)
      ON DELETE CASCADE
enable novalidate
    )";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, Oracle);

            var add = Assert.IsType<AddConstraintAction>(Assert.Single(alter.Actions));
            var fk = add.Constraint;
            Assert.Equal(ConstraintKind.ForeignKey, fk.Kind);
            Assert.Equal("order_items_order_id_fk", fk.Name!.Text);
            Assert.Equal(new[] { "order_id" }, fk.Columns.Names());
            Assert.Equal("ORDERS", fk.References!.Table.Normalized);
            Assert.Equal("ON DELETE CASCADE", script.Text(fk.References.OnDelete!));
            Assert.Equal("enable", script.Text(fk.Enabled!));
            Assert.Equal("novalidate", script.Text(fk.Novalidate!));
            Assert.StartsWith("ADD (", script.Text(add));
        }

        [Fact]
        public void Several_clauses_without_commas()
        {
            var (_, alter) = TableParsing.ParseSingle<AlterTableStatement>(
                "ALTER TABLE t ADD CONSTRAINT a_uk UNIQUE (a) ADD CONSTRAINT b_ck CHECK (b > 0) MODIFY (c NOT NULL)", Oracle);

            Assert.Equal(3, alter.Actions.Count);
            Assert.Equal(ConstraintKind.Unique, Assert.IsType<AddConstraintAction>(alter.Actions[0]).Constraint.Kind);
            Assert.Equal(ConstraintKind.Check, Assert.IsType<AddConstraintAction>(alter.Actions[1]).Constraint.Kind);
            var modify = Assert.IsType<ModifyColumnsAction>(alter.Actions[2]);
            var c = Assert.Single(modify.Columns);
            Assert.Null(c.DataType);
            Assert.False(c.IsNullable);
        }

        [Fact]
        public void Drop_set_unused_and_rename()
        {
            var (script, drop) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t DROP (c1, c2) CASCADE CONSTRAINTS", Oracle);
            var dropColumns = Assert.IsType<DropColumnsAction>(Assert.Single(drop.Actions));
            Assert.Equal(new[] { "c1", "c2" }, dropColumns.Columns.Names());
            Assert.Equal("CASCADE CONSTRAINTS", script.Text(dropColumns.Cascade!));

            var (_, dropOne) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t DROP COLUMN c3 CHECKPOINT 1000", Oracle);
            Assert.Equal(new[] { "c3" }, Assert.IsType<DropColumnsAction>(Assert.Single(dropOne.Actions)).Columns.Names());

            var (unusedScript, unused) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t SET UNUSED (c4, c5) ONLINE", Oracle);
            var setUnused = Assert.IsType<SetUnusedAction>(Assert.Single(unused.Actions));
            Assert.Equal(new[] { "c4", "c5" }, setUnused.Columns.Names());
            Assert.Equal("ONLINE", unusedScript.Text(setUnused.Online!));

            var (_, unusedOne) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t SET UNUSED COLUMN c6", Oracle);
            Assert.Equal(new[] { "c6" }, Assert.IsType<SetUnusedAction>(Assert.Single(unusedOne.Actions)).Columns.Names());

            var (_, rename) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t RENAME TO t_old", Oracle);
            Assert.Equal("T_OLD", Assert.IsType<RenameTableAction>(Assert.Single(rename.Actions)).NewName.Normalized);

            var (_, renameColumn) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t RENAME COLUMN a TO b", Oracle);
            var rc = Assert.IsType<RenameColumnAction>(Assert.Single(renameColumn.Actions));
            Assert.Equal("a", rc.From.Text);
            Assert.Equal("b", rc.To.Text);
        }

        [Fact]
        public void Constraint_state_changes()
        {
            var (script, enable) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t ENABLE NOVALIDATE CONSTRAINT fk_a", Oracle);
            var state = Assert.IsType<ConstraintStateAction>(Assert.Single(enable.Actions));
            Assert.Equal("ENABLE", state.State.Keyword);
            Assert.Equal("NOVALIDATE", script.Text(state.Validation!));
            Assert.Equal(new[] { "fk_a" }, state.Constraints.Names());

            var (_, disable) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t DISABLE PRIMARY KEY CASCADE KEEP INDEX", Oracle);
            var disablePk = Assert.IsType<ConstraintStateAction>(Assert.Single(disable.Actions));
            Assert.Equal("DISABLE", disablePk.State.Keyword);
            Assert.Equal(ConstraintKind.PrimaryKey, disablePk.Kind);

            var (_, modify) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t MODIFY CONSTRAINT fk_a ENABLE VALIDATE", Oracle);
            var modified = Assert.IsType<ConstraintStateAction>(Assert.Single(modify.Actions));
            Assert.Equal("ENABLE", modified.State.Keyword);
            Assert.Equal("VALIDATE", modified.Validation!.Keyword);

            var (_, dropPk) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t DROP PRIMARY KEY CASCADE DROP INDEX", Oracle);
            var dropped = Assert.IsType<DropConstraintAction>(Assert.Single(dropPk.Actions));
            Assert.Equal(ConstraintKind.PrimaryKey, dropped.Kind);
            Assert.Null(dropped.Name);
            Assert.NotNull(dropped.Cascade);

            var (_, dropUnique) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t DROP UNIQUE (a, b)", Oracle);
            var droppedUnique = Assert.IsType<DropConstraintAction>(Assert.Single(dropUnique.Actions));
            Assert.Equal(ConstraintKind.Unique, droppedUnique.Kind);
            Assert.Equal(new[] { "a", "b" }, droppedUnique.Columns.Names());
        }

        [Fact]
        public void Move_keeps_online_tablespace_logging_and_update_indexes()
        {
            const string sql = "ALTER TABLE sales MOVE PARTITION p2019 ONLINE TABLESPACE archive NOLOGGING COMPRESS UPDATE GLOBAL INDEXES";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, Oracle);

            var move = Assert.IsType<MoveAction>(Assert.Single(alter.Actions));
            Assert.Equal(sql.Substring(sql.IndexOf("MOVE", System.StringComparison.Ordinal)), script.Text(move));
            Assert.Equal("p2019", move.Partition!.Text);
            Assert.Equal("ONLINE", script.Text(move.Online!));
            Assert.Equal("archive", move.Tablespace!.Text);
            Assert.Equal("NOLOGGING", script.Text(move.Logging!));
            Assert.Equal("UPDATE GLOBAL INDEXES", script.Text(move.UpdateIndexes!));
            Assert.Same(move.Logging, Assert.Single(alter.AllLoggingClauses));
        }

        [Fact]
        public void Plain_move_and_lob_move()
        {
            var (_, plain) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t MOVE", Oracle);
            var move = Assert.IsType<MoveAction>(Assert.Single(plain.Actions));
            Assert.Null(move.Online);
            Assert.Null(move.UpdateIndexes);

            var (script, lob) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t MOVE LOB (doc) STORE AS SECUREFILE (TABLESPACE lobs NOLOGGING)", Oracle);
            var lobMove = Assert.IsType<MoveAction>(Assert.Single(lob.Actions));
            Assert.Null(lobMove.Logging);
            Assert.Equal("NOLOGGING", script.Text(Assert.Single(lobMove.LobLogging)));
            Assert.Single(lob.AllLoggingClauses);
        }

        [Fact]
        public void Nologging_on_the_table_and_on_a_partition()
        {
            var (script, table) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t NOLOGGING", Oracle);
            var logging = Assert.IsType<LoggingAction>(Assert.Single(table.Actions));
            Assert.Equal("NOLOGGING", script.Text(logging.Logging));
            Assert.True(logging.Logging.SkipsRedo);
            Assert.Null(logging.Partition);

            var (partScript, partition) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t MODIFY PARTITION p1 NOLOGGING", Oracle);
            var partLogging = Assert.IsType<LoggingAction>(Assert.Single(partition.Actions));
            Assert.Equal("MODIFY PARTITION p1 NOLOGGING", partScript.Text(partLogging));
            Assert.Equal("NOLOGGING", partScript.Text(partLogging.Logging));
            Assert.Equal("p1", partLogging.Partition!.Text);
        }

        [Fact]
        public void Storage_clause_after_added_columns_keeps_its_logging()
        {
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(
                "ALTER TABLE t ADD (doc CLOB) LOB (doc) STORE AS SECUREFILE (NOLOGGING)", Oracle);

            Assert.IsType<AddColumnsAction>(alter.Actions[0]);
            var logging = Assert.Single(alter.AllLoggingClauses);
            Assert.Equal("NOLOGGING", script.Text(logging));
            Assert.Contains(alter.Actions, a => a is LoggingAction l && ReferenceEquals(l.Logging, logging));
        }

        [Fact]
        public void Exchange_partition()
        {
            const string sql = "ALTER TABLE sales EXCHANGE PARTITION p2019 WITH TABLE sales_stage INCLUDING INDEXES WITHOUT VALIDATION UPDATE GLOBAL INDEXES";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, Oracle);

            var exchange = Assert.IsType<ExchangePartitionAction>(Assert.Single(alter.Actions));
            Assert.Equal("p2019", exchange.Partition.Text);
            Assert.Equal("SALES_STAGE", exchange.Table.Normalized);
            Assert.Equal("INCLUDING INDEXES", script.Text(exchange.IncludingIndexes!));
            Assert.Equal("WITHOUT VALIDATION", script.Text(exchange.WithoutValidation!));
            Assert.Null(exchange.WithValidation);
            Assert.Equal("UPDATE GLOBAL INDEXES", script.Text(exchange.UpdateIndexes!));
        }

        [Fact]
        public void Modify_partition_by_online()
        {
            const string sql = "ALTER TABLE sales MODIFY PARTITION BY RANGE (sold) INTERVAL (NUMTOYMINTERVAL(1,'MONTH')) (PARTITION p0 VALUES LESS THAN (DATE '2020-01-01')) ONLINE UPDATE INDEXES (ix_sales LOCAL)";
            var (script, alter) = TableParsing.ParseSingle<AlterTableStatement>(sql, Oracle);

            var modify = Assert.IsType<ModifyPartitioningAction>(Assert.Single(alter.Actions));
            Assert.Equal("RANGE", modify.Partitioning.Method);
            Assert.Equal(new[] { "sold" }, modify.Partitioning.Columns.Names());
            Assert.NotNull(modify.Partitioning.Interval);
            Assert.Equal("p0", Assert.Single(modify.Partitioning.Partitions).Name!.Text);
            Assert.Equal("ONLINE", script.Text(modify.Online!));
            Assert.Same(modify.Online, modify.Partitioning.Online);
            Assert.Equal("UPDATE INDEXES", script.Text(modify.UpdateIndexes!));
        }

        [Fact]
        public void Partition_maintenance()
        {
            var (script, drop) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE sales DROP PARTITION p1, p2 UPDATE GLOBAL INDEXES", Oracle);
            var dropped = Assert.IsType<PartitionMaintenanceAction>(Assert.Single(drop.Actions));
            Assert.Equal("DROP", dropped.Operation);
            Assert.Equal(new[] { "p1", "p2" }, dropped.Partitions.Names());
            Assert.Equal("UPDATE GLOBAL INDEXES", script.Text(dropped.UpdateIndexes!));

            var (_, truncate) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE sales TRUNCATE PARTITION p3 DROP STORAGE", Oracle);
            var truncated = Assert.IsType<PartitionMaintenanceAction>(Assert.Single(truncate.Actions));
            Assert.Equal("TRUNCATE", truncated.Operation);
            Assert.Null(truncated.UpdateIndexes);

            var (_, split) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE sales SPLIT PARTITION p4 AT (100) INTO (PARTITION p4a, PARTITION p4b) ONLINE", Oracle);
            var splitAction = Assert.IsType<PartitionMaintenanceAction>(Assert.Single(split.Actions));
            Assert.Equal(new[] { "p4" }, splitAction.Partitions.Names());
            Assert.NotNull(splitAction.Online);

            var (_, add) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE sales ADD PARTITION p9 VALUES LESS THAN (900) TABLESPACE ts9", Oracle);
            var added = Assert.IsType<PartitionMaintenanceAction>(Assert.Single(add.Actions));
            Assert.Equal("ADD", added.Operation);
            Assert.Equal(new[] { "p9" }, added.Partitions.Names());
        }

        [Fact]
        public void Other_actions_are_kept_with_their_leading_words()
        {
            var (_, alter) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t ENABLE ROW MOVEMENT", Oracle);
            Assert.Equal("ENABLE ROW MOVEMENT", Assert.IsType<OtherTableAction>(Assert.Single(alter.Actions)).Description);

            var (_, shrink) = TableParsing.ParseSingle<AlterTableStatement>("ALTER TABLE t SHRINK SPACE CASCADE", Oracle);
            Assert.Equal("SHRINK SPACE", Assert.IsType<OtherTableAction>(Assert.Single(shrink.Actions)).Description);
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.Indexes.IndexHarness;
using static SchemaGuard.Sql.Tests.Parsing.SingleStatement;

namespace SchemaGuard.Sql.Tests.Parsing.Indexes
{
    public class AlterDropIndexTests
    {
        [Fact]
        public void Oracle_rebuild_online_with_options()
        {
            var alter = Single<AlterIndexStatement>("ALTER INDEX hr.emp_ix REBUILD PARTITION p1 ONLINE TABLESPACE users NOLOGGING PARALLEL 4", SqlDialect.Oracle, out var script);
            Assert.Equal(StatementKind.AlterIndex, alter.Kind);
            Assert.Equal(AlterIndexAction.Rebuild, alter.Action);
            AssertOption(script, alter.Rebuild, "REBUILD");
            AssertOption(script, alter.ActionClause, "REBUILD");
            AssertOption(script, alter.Online, "ONLINE");
            Assert.Equal("P1", alter.Partition!.Normalized);
            Assert.Equal("USERS", alter.Tablespace!.Normalized);
            Assert.Equal(LoggingMode.NoLogging, alter.Logging!.Mode);
            Assert.Equal("4", alter.Parallel!.Value);
        }

        [Theory]
        [InlineData("ALTER INDEX i INVISIBLE", AlterIndexAction.Invisible, "INVISIBLE")]
        [InlineData("ALTER INDEX i VISIBLE", AlterIndexAction.Visible, "VISIBLE")]
        [InlineData("ALTER INDEX i UNUSABLE ONLINE", AlterIndexAction.Unusable, "UNUSABLE")]
        [InlineData("ALTER INDEX i COALESCE CLEANUP", AlterIndexAction.Coalesce, "COALESCE")]
        [InlineData("ALTER INDEX i SHRINK SPACE COMPACT CASCADE", AlterIndexAction.Shrink, "SHRINK SPACE")]
        [InlineData("ALTER INDEX i NOLOGGING", AlterIndexAction.Logging, "NOLOGGING")]
        [InlineData("ALTER INDEX i ENABLE", AlterIndexAction.Enable, "ENABLE")]
        [InlineData("ALTER INDEX i DISABLE", AlterIndexAction.Disable, "DISABLE")]
        [InlineData("ALTER INDEX i MONITORING USAGE", AlterIndexAction.Other, "MONITORING USAGE")]
        [InlineData("ALTER INDEX i MODIFY PARTITION p UNUSABLE", AlterIndexAction.Other, "MODIFY")]
        [InlineData("ALTER INDEX i PARALLEL 1", AlterIndexAction.Other, "PARALLEL")]
        public void Oracle_actions(string sql, AlterIndexAction action, string actionText)
        {
            var alter = Single<AlterIndexStatement>(sql, SqlDialect.Oracle, out var script);
            Assert.Equal(action, alter.Action);
            AssertOption(script, alter.ActionClause, actionText);
        }

        [Fact]
        public void Rename_to_and_rename_partition()
        {
            var rename = Single<AlterIndexStatement>("ALTER INDEX IF EXISTS a RENAME TO b", SqlDialect.PostgreSql, out var s1);
            Assert.True(rename.IfExists);
            Assert.Equal(AlterIndexAction.Rename, rename.Action);
            AssertOption(s1, rename.ActionClause, "RENAME TO");
            Assert.Equal("b", rename.NewName!.Normalized);

            var partition = Single<AlterIndexStatement>("ALTER INDEX i RENAME PARTITION p1 TO p2", SqlDialect.Oracle, out _);
            Assert.Equal("P1", partition.Partition!.Normalized);
            Assert.Equal("P2", partition.NewName!.Normalized);
        }

        [Fact]
        public void Postgresql_set_tablespace_and_storage_parameters()
        {
            var move = Single<AlterIndexStatement>("ALTER INDEX i SET TABLESPACE fast", SqlDialect.PostgreSql, out var s1);
            Assert.Equal(AlterIndexAction.Other, move.Action);
            AssertOption(s1, move.ActionClause, "SET TABLESPACE");
            Assert.Equal("fast", move.Tablespace!.Normalized);

            var set = Single<AlterIndexStatement>("ALTER INDEX i SET (fillfactor = 50)", SqlDialect.PostgreSql, out _);
            Assert.Equal("50", set.WithOptions.Single().Value);
        }

        [Fact]
        public void Sql_server_rebuild_all_with_online()
        {
            var alter = Single<AlterIndexStatement>("ALTER INDEX ALL ON dbo.Orders REBUILD PARTITION = 3 WITH (ONLINE = ON, MAXDOP = 4)", SqlDialect.SqlServer, out var script);
            Assert.Equal("ALL", alter.Name.Name.Text);
            Assert.Equal("dbo.orders", alter.Table!.Normalized);
            Assert.Equal(AlterIndexAction.Rebuild, alter.Action);
            Assert.Equal("3", alter.Partition!.Text);
            Assert.True(alter.WithOptions.Single(o => o.Name == "ONLINE").ValueIs("ON"));
            Assert.Null(alter.Online);
            AssertOption(script, alter.Rebuild, "REBUILD");
        }

        [Fact]
        public void Sql_server_reorganize()
        {
            var alter = Single<AlterIndexStatement>("ALTER INDEX ix ON t REORGANIZE WITH (LOB_COMPACTION = ON)", SqlDialect.SqlServer, out _);
            Assert.Equal(AlterIndexAction.Reorganize, alter.Action);
            Assert.Null(alter.Rebuild);
            Assert.Single(alter.WithOptions);
        }

        [Fact]
        public void Oracle_drop_index_online_force()
        {
            var drop = Single<DropIndexStatement>("DROP INDEX hr.emp_ix ONLINE FORCE", SqlDialect.Oracle, out var script);
            Assert.Equal(StatementKind.DropIndex, drop.Kind);
            Assert.Equal("HR.EMP_IX", drop.Names.Single().Normalized);
            Assert.Null(drop.Table);
            AssertOption(script, drop.Online, "ONLINE");
            AssertOption(script, drop.Force, "FORCE");
        }

        [Fact]
        public void Postgresql_drop_index_concurrently_several_cascade()
        {
            var drop = Single<DropIndexStatement>("DROP INDEX CONCURRENTLY IF EXISTS a, s.b CASCADE", SqlDialect.PostgreSql, out var script);
            AssertOption(script, drop.Concurrently, "CONCURRENTLY");
            Assert.True(drop.IfExists);
            Assert.Equal(new[] { "a", "s.b" }, drop.Names.Select(n => n.Normalized));
            AssertOption(script, drop.Cascade, "CASCADE");
        }

        [Fact]
        public void Mysql_drop_index_on_table_with_algorithm_and_lock()
        {
            var drop = Single<DropIndexStatement>("DROP INDEX `idx` ON `db`.`t` ALGORITHM = INPLACE LOCK = NONE", SqlDialect.MySql, out _);
            Assert.Equal("idx", drop.Names.Single().Normalized);
            Assert.Equal("db.t", drop.Table!.Normalized);
            Assert.True(drop.Algorithm!.ValueIs("INPLACE"));
            Assert.True(drop.Lock!.ValueIs("NONE"));
        }

        [Fact]
        public void Sql_server_drop_index_forms()
        {
            var modern = Single<DropIndexStatement>("DROP INDEX IF EXISTS ix ON dbo.t WITH (ONLINE = ON)", SqlDialect.SqlServer, out _);
            Assert.Equal("ix", modern.Names.Single().Normalized);
            Assert.Equal("dbo.t", modern.Table!.Normalized);
            Assert.True(modern.WithOptions.Single().ValueIs("ON"));

            var legacy = Single<DropIndexStatement>("drop index ACT_HI_ACTINST.ACT_IDX_HI_ACT_INST_START", SqlDialect.SqlServer, out var script);
            Assert.Equal("act_idx_hi_act_inst_start", legacy.Names.Single().Normalized);
            Assert.Equal("ACT_IDX_HI_ACT_INST_START", script.Text(legacy.Names.Single()));
            Assert.Equal("ACT_HI_ACTINST", script.Text(legacy.Table!));
        }

        [Fact]
        public void Oracle_qualified_drop_names_the_schema_not_a_table()
        {
            var drop = Single<DropIndexStatement>("DROP INDEX hr.emp_ix", SqlDialect.Oracle, out _);
            Assert.Equal("HR", drop.Names.Single().Schema!.Normalized);
            Assert.Null(drop.Table);
        }
    }
}

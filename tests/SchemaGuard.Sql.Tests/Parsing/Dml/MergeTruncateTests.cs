using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.SingleStatement;

namespace SchemaGuard.Sql.Tests.Parsing.Dml
{
    public class MergeTruncateTests
    {
        [Fact]
        public void Oracle_merge_with_delete_where()
        {
            const string sql = "MERGE /*+ APPEND */ INTO bonuses b USING (SELECT * FROM emp) e ON (b.id = e.id) " +
                "WHEN MATCHED THEN UPDATE SET b.bonus = e.sal * 0.1 DELETE WHERE (e.sal > 8000) " +
                "WHEN NOT MATCHED THEN INSERT (b.id, b.bonus) VALUES (e.id, e.sal * 0.1)";
            var merge = Single<MergeStatement>(sql, SqlDialect.Oracle, out var script);
            Assert.Equal(StatementKind.Merge, merge.Kind);
            Assert.Single(merge.Hints);
            Assert.Equal("BONUSES", merge.Target.Normalized);
            Assert.Equal("B", merge.TargetAlias!.Normalized);
            Assert.Null(merge.Source);
            Assert.Equal("E", merge.SourceAlias!.Normalized);
            Assert.Equal("(b.id = e.id)", script.Text(merge.Condition!));
            Assert.True(merge.HasDelete);
            Assert.Equal(sql.IndexOf("DELETE", System.StringComparison.Ordinal), merge.DeleteAction!.Span.Start);
        }

        [Fact]
        public void Merge_without_delete()
        {
            var merge = Single<MergeStatement>("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v", SqlDialect.PostgreSql, out _);
            Assert.Equal("s", merge.Source!.Normalized);
            Assert.False(merge.HasDelete);
        }

        [Fact]
        public void Sql_server_merge_branches_on_their_own_lines_stay_in_the_merge()
        {
            const string sql = "MERGE dbo.t AS tgt\nUSING (VALUES (1)) AS src (id)\nON tgt.id = src.id\nWHEN MATCHED THEN\nUPDATE SET x = 1\nWHEN NOT MATCHED BY SOURCE THEN\nDELETE\nOUTPUT $action;";
            var merge = Single<MergeStatement>(sql, SqlDialect.SqlServer, out _);
            Assert.True(merge.HasDelete);
            Assert.Equal("src", merge.SourceAlias!.Normalized);
        }

        [Fact]
        public void Oracle_truncate_with_storage_and_cascade()
        {
            var truncate = Single<TruncateStatement>("TRUNCATE TABLE hr.emp PURGE MATERIALIZED VIEW LOG REUSE STORAGE CASCADE", SqlDialect.Oracle, out var script);
            Assert.Equal(StatementKind.Truncate, truncate.Kind);
            Assert.Equal("HR.EMP", truncate.Tables.Single().Normalized);
            Assert.Equal("REUSE STORAGE", script.Text(truncate.Storage!));
            Assert.Equal("CASCADE", script.Text(truncate.Cascade!));
        }

        [Fact]
        public void Postgresql_truncate_several_tables()
        {
            var truncate = Single<TruncateStatement>("TRUNCATE ONLY a, b * RESTART IDENTITY CASCADE", SqlDialect.PostgreSql, out var script);
            Assert.Equal(new[] { "a", "b" }, truncate.Tables.Select(t => t.Normalized));
            Assert.Equal("RESTART IDENTITY", script.Text(truncate.RestartIdentity!));
            Assert.NotNull(truncate.Cascade);
        }

        [Fact]
        public void Truncate_without_options()
        {
            var truncate = Single<TruncateStatement>("TRUNCATE t", SqlDialect.MySql, out _);
            Assert.Null(truncate.Cascade);
            Assert.False(truncate.IsCluster);
            var cluster = Single<TruncateStatement>("TRUNCATE CLUSTER personnel DROP ALL STORAGE", SqlDialect.Oracle, out var script);
            Assert.True(cluster.IsCluster);
            Assert.Equal("DROP ALL STORAGE", script.Text(cluster.Storage!));
        }
    }
}

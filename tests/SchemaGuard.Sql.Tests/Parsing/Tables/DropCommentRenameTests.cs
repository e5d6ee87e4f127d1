using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class DropCommentRenameTests
    {
        [Fact]
        public void Oracle_drop_table_cascade_constraints_purge()
        {
            const string sql = "DROP TABLE hr.emp CASCADE CONSTRAINTS PURGE";
            var (script, drop) = TableParsing.ParseSingle<DropTableStatement>(sql, SqlDialect.Oracle);

            Assert.Equal(StatementKind.DropTable, drop.Kind);
            Assert.Equal("HR.EMP", Assert.Single(drop.Tables).Normalized);
            Assert.Equal("CASCADE CONSTRAINTS", script.Text(drop.CascadeConstraints!));
            Assert.Equal("PURGE", script.Text(drop.Purge!));
            Assert.Equal(sql.Length - "PURGE".Length, drop.Purge!.Span.Start);
            Assert.Null(drop.Cascade);
            Assert.False(drop.IfExists);
        }

        [Fact]
        public void Postgresql_drop_several_tables_cascade()
        {
            var (script, drop) = TableParsing.ParseSingle<DropTableStatement>("DROP TABLE IF EXISTS a, public.b CASCADE", SqlDialect.PostgreSql);
            Assert.True(drop.IfExists);
            Assert.Equal(new[] { "a", "public.b" }, drop.Tables.Select(t => t.Normalized));
            Assert.Equal("CASCADE", script.Text(drop.Cascade!));
            Assert.Null(drop.CascadeConstraints);
        }

        [Fact]
        public void Mysql_drop_temporary_table_and_sql_server_drop_if_exists()
        {
            var (_, mysql) = TableParsing.ParseSingle<DropTableStatement>("DROP TEMPORARY TABLE IF EXISTS tmp1, `tmp2` RESTRICT", SqlDialect.MySql);
            Assert.Equal("TEMPORARY", mysql.Temporary!.Keyword);
            Assert.Equal(new[] { "tmp1", "tmp2" }, mysql.Tables.Select(t => t.Name.Text));
            Assert.NotNull(mysql.Restrict);

            var (_, sqlServer) = TableParsing.ParseSingle<DropTableStatement>("DROP TABLE IF EXISTS [dbo].[a], #b", SqlDialect.SqlServer);
            Assert.Equal(new[] { "dbo.a", "#b" }, sqlServer.Tables.Select(t => t.Normalized));
        }

        [Fact]
        public void Comment_on_table_and_column()
        {
            var (script, table) = TableParsing.ParseSingle<CommentStatement>("COMMENT ON TABLE times\nIS 'Time dimension table'", SqlDialect.Oracle);
            Assert.Equal(StatementKind.Comment, table.Kind);
            Assert.Equal("TABLE", table.TargetKind);
            Assert.Equal("TIMES", table.Target.Normalized);
            Assert.Equal("'Time dimension table'", script.Text(table.Text!));

            var (_, column) = TableParsing.ParseSingle<CommentStatement>("COMMENT ON COLUMN hr.times.day_name IS 'Monday to Sunday'", SqlDialect.Oracle);
            Assert.Equal("COLUMN", column.TargetKind);
            Assert.Equal("HR.TIMES.DAY_NAME", column.Target.Normalized);
        }

        [Fact]
        public void Postgresql_comment_forms()
        {
            var (_, mv) = TableParsing.ParseSingle<CommentStatement>("COMMENT ON MATERIALIZED VIEW sales_mv IS 'x'", SqlDialect.PostgreSql);
            Assert.Equal("MATERIALIZED VIEW", mv.TargetKind);

            var (_, constraint) = TableParsing.ParseSingle<CommentStatement>("COMMENT ON CONSTRAINT t_fk ON public.t IS 'fk'", SqlDialect.PostgreSql);
            Assert.Equal("CONSTRAINT", constraint.TargetKind);
            Assert.Equal("t_fk", constraint.Target.Normalized);
            Assert.Equal("public.t", constraint.Parent!.Normalized);

            var (script, removed) = TableParsing.ParseSingle<CommentStatement>("COMMENT ON INDEX ix IS NULL", SqlDialect.PostgreSql);
            Assert.Equal("INDEX", removed.TargetKind);
            Assert.Equal("NULL", script.Text(removed.Text!));

            var (_, function) = TableParsing.ParseSingle<CommentStatement>("COMMENT ON FUNCTION f(int, text) IS 'fn'", SqlDialect.PostgreSql);
            Assert.Equal("f", function.Target.Normalized);
        }

        [Fact]
        public void Rename_statements()
        {
            var (_, oracle) = TableParsing.ParseSingle<RenameStatement>("RENAME emp TO emp_old", SqlDialect.Oracle);
            Assert.Equal(StatementKind.Rename, oracle.Kind);
            var pair = Assert.Single(oracle.Pairs);
            Assert.Equal("EMP", pair.From.Normalized);
            Assert.Equal("EMP_OLD", pair.To.Normalized);

            var (script, mysql) = TableParsing.ParseSingle<RenameStatement>("RENAME TABLE a TO b, db.c TO db.d", SqlDialect.MySql);
            Assert.Equal(2, mysql.Pairs.Count);
            Assert.Equal("db.c TO db.d", script.Text(mysql.Pairs[1]));

            var user = Assert.Single(SqlScript.Parse("RENAME USER 'a'@'%' TO 'b'@'%'", SqlDialect.MySql).Statements);
            Assert.Equal(StatementKind.Other, user.Kind);
        }

        [Fact]
        public void Comment_as_mysql_table_option_is_not_a_comment_statement()
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE t (a INT COMMENT 'col') COMMENT 'table'", SqlDialect.MySql);
            Assert.Equal("table", Assert.Single(create.Options).Value);
        }
    }
}

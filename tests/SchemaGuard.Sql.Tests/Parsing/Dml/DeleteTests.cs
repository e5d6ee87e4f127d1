using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.SingleStatement;

namespace SchemaGuard.Sql.Tests.Parsing.Dml
{
    public class DeleteTests
    {
        [Theory]
        [InlineData("oracle", "DELETE FROM t")]
        [InlineData("oracle", "DELETE t")]
        [InlineData("postgresql", "DELETE FROM ONLY t")]
        [InlineData("mysql", "DELETE QUICK FROM t")]
        [InlineData("sqlserver", "DELETE dbo.t")]
        public void Delete_without_where_has_no_where(string dialect, string sql)
        {
            SqlDialect.TryFromName(dialect, out var d);
            var delete = Single<DeleteStatement>(sql, d, out _);
            Assert.Equal(StatementKind.Delete, delete.Kind);
            Assert.Null(delete.Where);
            Assert.Null(delete.CurrentOf);
            Assert.Equal("t", delete.Table.Name.Text);
        }

        [Fact]
        public void Tsql_common_table_expressions_stay_with_their_statement_across_lines()
        {
            const string sql =
                "WITH old AS (SELECT id FROM dbo.t WHERE created < '2020-01-01')\n" +
                "DELETE FROM dbo.t WHERE id IN (SELECT id FROM old)\n" +
                "WITH c AS (SELECT 1 AS a)\n" +
                "SELECT a FROM c\n" +
                "PRINT 'done'\n";
            var script = SqlScript.Parse(sql, SqlDialect.SqlServer);

            Assert.Empty(script.Diagnostics);
            Assert.Equal(new[] { StatementKind.Delete, StatementKind.Select, StatementKind.Other }, System.Linq.Enumerable.Select(script.Statements, s => s.Kind));
            var delete = Assert.IsType<DeleteStatement>(script.Statements[0]);
            Assert.StartsWith("WITH old AS", script.Text(delete));
            Assert.Equal("dbo.t", delete.Table.ToString());
            Assert.NotNull(delete.Where);
            Assert.Equal("WITH c AS (SELECT 1 AS a)\nSELECT a FROM c", script.Text(script.Statements[1]));
        }

        [Fact]
        public void Where_clause_span_runs_from_the_keyword_to_the_end_of_the_condition()
        {
            const string sql = "DELETE FROM hr.emp e WHERE e.dept_id = 10 AND e.hired < SYSDATE - 30";
            var delete = Single<DeleteStatement>(sql, SqlDialect.Oracle, out var script);
            Assert.Equal("HR.EMP", delete.Table.Normalized);
            Assert.Equal("E", delete.Alias!.Normalized);
            Assert.Equal("WHERE e.dept_id = 10 AND e.hired < SYSDATE - 30", script.Text(delete.Where!));
            Assert.Equal(sql.IndexOf("WHERE", System.StringComparison.Ordinal), delete.Where!.KeywordSpan.Start);
            Assert.Equal(5, delete.Where.KeywordSpan.Length);
            Assert.Equal(BinaryOperator.And, Assert.IsType<BinaryExpression>(delete.Where.Condition).Operator);
            Assert.False(delete.HasJoinOrUsing);
        }

        [Fact]
        public void Where_one_equals_one_is_visible_to_rules()
        {
            var delete = Single<DeleteStatement>("DELETE FROM t WHERE 1 = 1", SqlDialect.PostgreSql, out _);
            var equal = Assert.IsType<BinaryExpression>(delete.Where!.Condition);
            Assert.Equal(BinaryOperator.Equal, equal.Operator);
            Assert.Equal("1", Assert.IsType<LiteralExpression>(equal.Left).Value);
            Assert.Equal("1", Assert.IsType<LiteralExpression>(equal.Right).Value);
        }

        [Fact]
        public void Oracle_hint_after_delete_is_recorded()
        {
            const string sql = "DELETE /*+ PARALLEL(t 4) FULL(t) */ FROM t WHERE x = 1";
            var delete = Single<DeleteStatement>(sql, SqlDialect.Oracle, out var script);
            var hint = Assert.Single(delete.Hints);
            Assert.Equal("/*+ PARALLEL(t 4) FULL(t) */", script.Text(hint));
            Assert.True(HintText.Contains(script.Source, hint, "parallel"));
            Assert.True(HintText.Contains(script.Source, hint, "FULL"));
            Assert.False(HintText.Contains(script.Source, hint, "t"));
            Assert.False(HintText.Contains(script.Source, hint, "APPEND"));
        }

        [Fact]
        public void Select_and_mysql_statements_record_hints_too()
        {
            var select = SqlScript.Parse("SELECT /*+ FULL(t) */ * FROM t", SqlDialect.Oracle);
            Assert.Single(Assert.Single(select.Statements).Hints);

            var delete = Single<DeleteStatement>("DELETE /*+ MAX_EXECUTION_TIME(1000) */ FROM t WHERE id = 1", SqlDialect.MySql, out var script);
            Assert.True(HintText.Contains(script.Source, Assert.Single(delete.Hints), "MAX_EXECUTION_TIME"));
        }

        [Fact]
        public void Hints_are_not_read_where_the_dialect_has_none()
        {
            var delete = Single<DeleteStatement>("DELETE /*+ APPEND */ FROM t", SqlDialect.PostgreSql, out _);
            Assert.Empty(delete.Hints);
        }

        [Fact]
        public void Ordinary_comment_is_not_a_hint()
        {
            var delete = Single<DeleteStatement>("DELETE /* APPEND */ FROM t", SqlDialect.Oracle, out _);
            Assert.Empty(delete.Hints);
        }

        [Fact]
        public void Where_current_of_is_a_positioned_delete()
        {
            var delete = Single<DeleteStatement>("DELETE FROM t WHERE CURRENT OF c1", SqlDialect.PostgreSql, out var script);
            Assert.Null(delete.Where);
            Assert.Equal("WHERE CURRENT OF c1", script.Text(delete.CurrentOf!));
        }

        [Fact]
        public void Postgresql_using_and_returning()
        {
            var delete = Single<DeleteStatement>("DELETE FROM orders o USING customers c WHERE o.cid = c.id AND c.gone RETURNING o.id", SqlDialect.PostgreSql, out var script);
            Assert.True(delete.HasJoinOrUsing);
            Assert.Equal("orders", delete.Table.Normalized);
            Assert.Equal("o", delete.Alias!.Normalized);
            Assert.Equal("WHERE o.cid = c.id AND c.gone", script.Text(delete.Where!));
        }

        [Fact]
        public void Postgresql_delete_after_with()
        {
            var script = SqlScript.Parse("WITH old AS (SELECT id FROM t WHERE x < 1) DELETE FROM t WHERE id IN (SELECT id FROM old)", SqlDialect.PostgreSql);
            var delete = Assert.IsType<DeleteStatement>(Assert.Single(script.Statements));
            Assert.Equal(0, delete.Span.Start);
            Assert.NotNull(delete.Where);
            Assert.Empty(script.Diagnostics);
        }

        [Fact]
        public void Mysql_order_by_and_limit_bound_the_delete()
        {
            var delete = Single<DeleteStatement>("DELETE LOW_PRIORITY IGNORE FROM log WHERE at < NOW() - INTERVAL 30 DAY ORDER BY at LIMIT 1000", SqlDialect.MySql, out var script);
            Assert.Equal("LIMIT 1000", script.Text(delete.Limit!));
            Assert.Equal("WHERE at < NOW() - INTERVAL 30 DAY", script.Text(delete.Where!));
        }

        [Fact]
        public void Mysql_multi_table_delete_takes_the_first_target()
        {
            var delete = Single<DeleteStatement>("DELETE t1, t2 FROM t1 INNER JOIN t2 ON t1.id = t2.id WHERE t1.x = 1", SqlDialect.MySql, out _);
            Assert.True(delete.HasJoinOrUsing);
            Assert.Equal("t1", delete.Table.Normalized);
            Assert.NotNull(delete.Where);

            var usingForm = Single<DeleteStatement>("DELETE FROM t1 USING t1 JOIN t2 ON t1.id = t2.id", SqlDialect.MySql, out _);
            Assert.True(usingForm.HasJoinOrUsing);
            Assert.Equal("t1", usingForm.Table.Normalized);
            Assert.Null(usingForm.Where);
        }

        [Fact]
        public void Delete_alias_from_join_resolves_to_the_table()
        {
            const string sql = "DELETE o FROM dbo.Orders AS o INNER JOIN dbo.Customers c ON o.CustomerId = c.Id WHERE c.Name = N'x'";
            var delete = Single<DeleteStatement>(sql, SqlDialect.SqlServer, out var script);
            Assert.Equal("dbo.orders", delete.Table.Normalized);
            Assert.Equal("o", delete.Alias!.Normalized);
            Assert.True(delete.HasJoinOrUsing);
            Assert.Equal("WHERE c.Name = N'x'", script.Text(delete.Where!));
        }

        [Fact]
        public void Sql_server_top_hints_and_output()
        {
            const string sql = "DELETE TOP (100) PERCENT FROM dbo.Orders WITH (ROWLOCK) OUTPUT deleted.Id INTO @ids WHERE OrderDate < @cutoff OPTION (MAXDOP 1)";
            var delete = Single<DeleteStatement>(sql, SqlDialect.SqlServer, out var script);
            Assert.Equal("TOP (100) PERCENT", script.Text(delete.Top!));
            Assert.Equal("dbo.orders", delete.Table.Normalized);
            Assert.Null(delete.Alias);
            Assert.False(delete.HasJoinOrUsing);
            Assert.Equal("WHERE OrderDate < @cutoff", script.Text(delete.Where!));
        }

        [Fact]
        public void Sql_server_statements_without_semicolons_split_at_the_next_statement()
        {
            var script = SqlScript.Parse("DELETE FROM a\nWHERE x = 1\nDELETE FROM b\nTRUNCATE TABLE c", SqlDialect.SqlServer);
            Assert.Equal(3, script.Statements.Count);
            Assert.Equal("WHERE x = 1", script.Source.GetText(Assert.IsType<DeleteStatement>(script.Statements[0]).Where!.Span));
            Assert.Null(Assert.IsType<DeleteStatement>(script.Statements[1]).Where);
            Assert.IsType<TruncateStatement>(script.Statements[2]);
        }

        [Fact]
        public void Oracle_inline_view_target_names_its_table()
        {
            var delete = Single<DeleteStatement>("DELETE FROM (SELECT * FROM emp e WHERE e.x = 1) WHERE y = 2", SqlDialect.Oracle, out _);
            Assert.Equal("EMP", delete.Table.Normalized);
            Assert.NotNull(delete.Where);
        }

        [Fact]
        public void Delete_without_a_table_is_reported_and_kept_as_unread()
        {
            var script = SqlScript.Parse("DELETE FROM WHERE x = 1", SqlDialect.Oracle);
            var statement = Assert.Single(script.Statements);
            Assert.IsNotType<DeleteStatement>(statement);
            Assert.True(statement.IsPartial);
            Assert.Contains(script.Diagnostics, d => d.Id == "SG9001");
        }
    }
}

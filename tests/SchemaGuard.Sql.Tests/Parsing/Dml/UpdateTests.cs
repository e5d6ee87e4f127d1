using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.SingleStatement;

namespace SchemaGuard.Sql.Tests.Parsing.Dml
{
    public class UpdateTests
    {
        [Fact]
        public void Update_without_where_lists_its_columns()
        {
            var update = Single<UpdateStatement>("UPDATE emp SET salary = salary * 1.1, bonus = NULL", SqlDialect.Oracle, out _);
            Assert.Equal(StatementKind.Update, update.Kind);
            Assert.Equal("EMP", update.Table.Normalized);
            Assert.Equal(new[] { "SALARY", "BONUS" }, update.SetColumns.Select(c => c.Normalized));
            Assert.Null(update.Where);
            Assert.False(update.HasFrom);
        }

        [Fact]
        public void Oracle_alias_hint_row_assignment_and_returning()
        {
            const string sql = "UPDATE /*+ INDEX(e emp_ix) */ hr.emp e SET (sal, comm) = (SELECT s, c FROM x WHERE x.id = e.id), e.upd = SYSDATE " +
                "WHERE e.dept = :d RETURNING sal INTO :s";
            var update = Single<UpdateStatement>(sql, SqlDialect.Oracle, out var script);
            Assert.Equal("/*+ INDEX(e emp_ix) */", script.Text(Assert.Single(update.Hints)));
            Assert.Equal("E", update.Alias!.Normalized);
            Assert.Equal(new[] { "SAL", "COMM", "UPD" }, update.SetColumns.Select(c => c.Normalized));
            Assert.Equal("WHERE e.dept = :d", script.Text(update.Where!));
        }

        [Fact]
        public void Postgresql_update_from()
        {
            var update = Single<UpdateStatement>("UPDATE ONLY orders AS o SET total = s.sum FROM sums s WHERE s.id = o.id RETURNING o.*", SqlDialect.PostgreSql, out var script);
            Assert.True(update.HasFrom);
            Assert.Equal("orders", update.Table.Normalized);
            Assert.Equal("o", update.Alias!.Normalized);
            Assert.Equal("WHERE s.id = o.id", script.Text(update.Where!));
        }

        [Fact]
        public void Mysql_joined_update_with_limit()
        {
            var update = Single<UpdateStatement>("UPDATE LOW_PRIORITY t1 a JOIN t2 b ON a.id = b.id SET a.x = b.y, a.z = DEFAULT WHERE b.q > 0 ORDER BY a.id LIMIT 10", SqlDialect.MySql, out var script);
            Assert.True(update.HasFrom);
            Assert.Equal("t1", update.Table.Normalized);
            Assert.Equal("a", update.Alias!.Normalized);
            Assert.Equal(new[] { "x", "z" }, update.SetColumns.Select(c => c.Normalized));
            Assert.Equal("LIMIT 10", script.Text(update.Limit!));
        }

        [Fact]
        public void Sql_server_alias_target_resolves_through_from()
        {
            const string sql = "UPDATE TOP (10) a\nSET a.x += 1, @v = 2\nFROM dbo.T AS a JOIN u ON u.id = a.id\nWHERE a.y IS NULL";
            var update = Single<UpdateStatement>(sql, SqlDialect.SqlServer, out var script);
            Assert.Equal("dbo.t", update.Table.Normalized);
            Assert.Equal("a", update.Alias!.Normalized);
            Assert.Equal("x", update.SetColumns.Single().Normalized);
            Assert.True(update.HasFrom);
            Assert.Equal("TOP (10)", script.Text(update.Top!));
            Assert.Equal("WHERE a.y IS NULL", script.Text(update.Where!));
        }

        [Fact]
        public void Object_attribute_assignment_names_the_column_after_the_alias()
        {
            var update = Single<UpdateStatement>("UPDATE XDB.xdb$resource r SET r.XMLDATA.LOCKS = NULL WHERE r.XMLDATA.LOCKS IS NOT NULL", SqlDialect.Oracle, out _);
            Assert.Equal("XDB.XDB$RESOURCE", update.Table.Normalized);
            Assert.Equal("XMLDATA", update.SetColumns.Single().Normalized);
        }

        [Fact]
        public void Where_current_of()
        {
            var update = Single<UpdateStatement>("UPDATE t SET a = 1 WHERE CURRENT OF c", SqlDialect.Oracle, out var script);
            Assert.Null(update.Where);
            Assert.Equal("WHERE CURRENT OF c", script.Text(update.CurrentOf!));
        }

        [Fact]
        public void Missing_set_is_reported()
        {
            var script = SqlScript.Parse("UPDATE t WHERE a = 1", SqlDialect.PostgreSql);
            Assert.IsType<UpdateStatement>(Assert.Single(script.Statements));
            Assert.Contains(script.Diagnostics, d => d.Message.Contains("SET"));
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class QueryClauseTests
    {
        private static QueryClause Query(string sql, SqlDialect dialect)
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, dialect);
            return create.AsQuery!;
        }

        [Theory]
        [InlineData("CREATE TABLE x AS SELECT * FROM t", "T")]
        [InlineData("CREATE TABLE x AS SELECT * FROM a, b WHERE a.id = b.id", "A|B")]
        [InlineData("CREATE TABLE x AS SELECT * FROM a LEFT OUTER JOIN b ON a.id = b.id CROSS JOIN c NATURAL JOIN d", "A|B|C|D")]
        [InlineData("CREATE TABLE x AS SELECT * FROM a UNION ALL SELECT * FROM b MINUS SELECT * FROM c", "A|B|C")]
        [InlineData("CREATE TABLE x AS SELECT (SELECT MAX(id) FROM inner_t) m FROM outer_t", "OUTER_T")]
        [InlineData("CREATE TABLE x AS SELECT * FROM (SELECT * FROM base WHERE x IN (SELECT y FROM filter_t)) d", "BASE")]
        [InlineData("CREATE TABLE x AS SELECT sysdate FROM dual", "")]
        [InlineData("CREATE TABLE x AS SELECT * FROM hr.emp@remote e", "HR.EMP")]
        [InlineData("CREATE TABLE x AS (SELECT * FROM t1) UNION (SELECT * FROM t2)", "T1|T2")]
        [InlineData("CREATE TABLE x AS WITH c AS (SELECT * FROM src) SELECT * FROM c JOIN other o ON o.id = c.id", "SRC|OTHER")]
        [InlineData("CREATE TABLE x AS SELECT * FROM TABLE(f(1)) t, real_t", "REAL_T")]
        [InlineData("CREATE TABLE x AS SELECT EXTRACT(YEAR FROM d) y, CASE WHEN a IS NULL THEN 0 END z FROM t", "T")]
        public void Source_tables_are_the_outermost_from_and_join_tables(string sql, string expected)
        {
            var query = Query(sql, SqlDialect.Oracle);
            Assert.Equal(expected, string.Join("|", query.SourceTables.Select(t => t.Normalized)));
        }

        [Fact]
        public void Query_span_stops_before_postgresql_with_data()
        {
            const string sql = "CREATE TABLE x AS SELECT * FROM t WITH DATA";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, SqlDialect.PostgreSql);
            Assert.Equal("SELECT * FROM t", script.Text(create.AsQuery!));
        }

        [Fact]
        public void Table_query_form()
        {
            var query = Query("CREATE TABLE x AS TABLE source_t", SqlDialect.PostgreSql);
            Assert.Equal("source_t", Assert.Single(query.SourceTables).Normalized);
        }

        [Fact]
        public void Sql_server_style_table_hints_do_not_end_the_from_clause()
        {
            var query = Query("CREATE TABLE x AS SELECT * FROM a WITH (NOLOCK) JOIN b ON a.id = b.id", SqlDialect.Oracle);
            Assert.Equal(new[] { "A", "B" }, query.SourceTables.Select(t => t.Normalized));
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.Expressions.ExpressionHarness;

namespace SchemaGuard.Sql.Tests.Parsing.Expressions
{
    public class FunctionCallTests
    {
        [Fact]
        public void Package_procedure_call_with_named_arguments()
        {
            const string call = "DBMS_REDEFINITION.START_REDEF_TABLE(uname => 'HR', orig_table => 'EMP', int_table => 'INT_EMP', options_flag => DBMS_REDEFINITION.CONS_USE_PK)";
            var f = Assert.IsType<FunctionCallExpression>(Value(call, SqlDialect.Oracle, out var script));
            Assert.Equal("DBMS_REDEFINITION", f.Name.Schema!.Text);
            Assert.Equal("START_REDEF_TABLE", f.Name.Name.Text);
            Assert.Equal(new[] { "uname", "orig_table", "int_table", "options_flag" }, f.Arguments.Select(a => a.Name!.Text));
            Assert.Equal("HR", Assert.IsType<LiteralExpression>(f.Arguments[0].Value).Value);
            Assert.Equal("uname => 'HR'", script.Text(f.Arguments[0]));
            Assert.Equal("DBMS_REDEFINITION.CONS_USE_PK", script.Text(f.Arguments[3].Value));
            Assert.Equal(call, script.Text(f));
        }

        [Fact]
        public void Positional_and_named_arguments_mix_and_calls_nest()
        {
            var f = Assert.IsType<FunctionCallExpression>(Value("pkg.p(1, nvl(a, upper(b)), p_flag => TRUE)", SqlDialect.Oracle, out var script));
            Assert.Equal(3, f.Arguments.Count);
            Assert.Null(f.Arguments[0].Name);
            var nvl = Assert.IsType<FunctionCallExpression>(f.Arguments[1].Value);
            Assert.Equal("upper(b)", script.Text(Assert.IsType<FunctionCallExpression>(nvl.Arguments[1].Value)));
            Assert.Equal("p_flag", f.Arguments[2].Name!.Text);
        }

        [Fact]
        public void Plsql_generalized_invocation_calls_the_supertype_method()
        {
            var call = Assert.IsType<MethodCallExpression>(Value("(SELF AS ut_matcher).run_matcher(a_actual)", SqlDialect.Oracle, out var script));
            Assert.Equal("run_matcher", call.Method.Text);
            Assert.Equal("a_actual", script.Text(Assert.Single(call.Arguments)));
            var target = Assert.IsType<CastExpression>(Assert.IsType<ParenthesizedExpression>(call.Target).Inner);
            Assert.Equal(CastSyntax.GeneralizedInvocation, target.Syntax);
            Assert.Equal("ut_matcher", script.Text(target.TypeName));
            Assert.Equal("SELF AS ut_matcher", script.Text(target));
        }

        [Fact]
        public void Methods_chain_on_call_results()
        {
            var call = Assert.IsType<MethodCallExpression>(Value("XMLTYPE(doc).extract('/a').getStringVal()", SqlDialect.Oracle, out var script));
            Assert.Equal("getStringVal", call.Method.Text);
            Assert.Empty(call.Arguments);
            var inner = Assert.IsType<MethodCallExpression>(call.Target);
            Assert.Equal("XMLTYPE(doc).extract('/a')", script.Text(inner));
            Assert.IsType<FunctionCallExpression>(inner.Target);

            // The outer-join marker after a member is not a call.
            var join = Assert.IsType<BinaryExpression>(Where("t.a(+) = 1", SqlDialect.Oracle));
            Assert.Equal(UnaryOperator.OuterJoin, Assert.IsType<UnaryExpression>(join.Left).Operator);
        }

        [Fact]
        public void Postgresql_named_argument_with_colon_equals()
        {
            var f = Assert.IsType<FunctionCallExpression>(Value("make_interval(days := 10)", SqlDialect.PostgreSql));
            Assert.Equal("days", Assert.Single(f.Arguments).Name!.Text);
        }

        [Fact]
        public void Empty_argument_list()
        {
            var f = Assert.IsType<FunctionCallExpression>(Value("now()", SqlDialect.PostgreSql));
            Assert.Empty(f.Arguments);
            Assert.Null(f.OverSpan);
        }

        [Fact]
        public void Count_star_has_a_wildcard_argument()
        {
            var f = Assert.IsType<FunctionCallExpression>(Value("COUNT(*)", SqlDialect.SqlServer));
            var star = Assert.IsType<WildcardExpression>(Assert.Single(f.Arguments).Value);
            Assert.Null(star.Qualifier);
        }

        [Fact]
        public void Count_distinct_reads_through_the_keyword()
        {
            var f = Assert.IsType<FunctionCallExpression>(Value("COUNT(DISTINCT t.x)", SqlDialect.MySql, out var script));
            var argument = Assert.Single(f.Arguments);
            Assert.Equal("DISTINCT t.x", script.Text(argument));
            Assert.Equal("t.x", script.Text(argument.Value));
        }

        [Fact]
        public void Analytic_call_records_its_over_clause()
        {
            var f = Assert.IsType<FunctionCallExpression>(Value("ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC)", SqlDialect.Oracle, out var script));
            Assert.Equal("OVER (PARTITION BY a ORDER BY b DESC)", script.Text(f.OverSpan!.Value));
            Assert.Equal("ROW_NUMBER() OVER (PARTITION BY a ORDER BY b DESC)", script.Text(f));
        }

        [Theory]
        [InlineData("oracle", "EXTRACT(YEAR FROM hire_date)")]
        [InlineData("oracle", "LISTAGG(name, ',') WITHIN GROUP (ORDER BY name)")]
        [InlineData("oracle", "TRIM(LEADING '0' FROM code)")]
        [InlineData("oracle", "CAST(MULTISET(SELECT x FROM y) AS t_tab)")]
        [InlineData("oracle", "DECODE(a, 1, 'one', 'other')")]
        [InlineData("oracle", "JSON_VALUE(doc, '$.a' RETURNING NUMBER NULL ON ERROR)")]
        [InlineData("oracle", "TO_CHAR(SYSDATE, 'YYYY-MM-DD')")]
        [InlineData("postgresql", "string_agg(name, ',' ORDER BY name)")]
        [InlineData("postgresql", "count(*) FILTER (WHERE x > 1)")]
        [InlineData("postgresql", "substring(s FROM 1 FOR 3)")]
        [InlineData("postgresql", "position('a' IN s)")]
        [InlineData("postgresql", "array_agg(DISTINCT x)")]
        [InlineData("postgresql", "nextval('s'::regclass)")]
        [InlineData("mysql", "CONVERT(x USING utf8mb4)")]
        [InlineData("mysql", "CAST(x AS CHAR(10) CHARACTER SET utf8mb4)")]
        [InlineData("mysql", "GROUP_CONCAT(x ORDER BY y SEPARATOR ';')")]
        [InlineData("mysql", "JSON_EXTRACT(doc, '$.a')")]
        [InlineData("sqlserver", "CONVERT(varchar(10), GETDATE(), 120)")]
        [InlineData("sqlserver", "DATEADD(day, -30, SYSUTCDATETIME())")]
        [InlineData("sqlserver", "IIF(a > 1, N'x', N'y')")]
        public void Special_argument_forms_parse_cleanly(string dialect, string call)
        {
            SqlDialect.TryFromName(dialect, out var d);
            var expression = Value(call, d, out var script);
            Assert.Equal(call, script.Text(expression));
        }

        [Fact]
        public void Qualified_wildcard()
        {
            var f = Assert.IsType<FunctionCallExpression>(Value("COUNT(t.*)", SqlDialect.PostgreSql, out var script));
            var star = Assert.IsType<WildcardExpression>(Assert.Single(f.Arguments).Value);
            Assert.Equal("t", script.Text(star.Qualifier!));
        }
    }
}

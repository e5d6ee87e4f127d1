using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.Expressions.ExpressionHarness;

namespace SchemaGuard.Sql.Tests.Parsing.Expressions
{
    public class PredicateTests
    {
        [Theory]
        [InlineData("x IS NULL", BinaryOperator.Is, "IS", LiteralKind.Null)]
        [InlineData("x IS NOT NULL", BinaryOperator.IsNot, "IS NOT", LiteralKind.Null)]
        [InlineData("x IS TRUE", BinaryOperator.Is, "IS", LiteralKind.Boolean)]
        [InlineData("x is not false", BinaryOperator.IsNot, "is not", LiteralKind.Boolean)]
        public void Is_tests_are_binary_with_the_literal_on_the_right(string condition, BinaryOperator op, string opText, LiteralKind kind)
        {
            var binary = Assert.IsType<BinaryExpression>(Where(condition, SqlDialect.PostgreSql, out var script));
            Assert.Equal(op, binary.Operator);
            Assert.Equal(opText, script.Text(binary.OperatorSpan));
            Assert.Equal(kind, Assert.IsType<LiteralExpression>(binary.Right).Kind);
            Assert.Equal(condition, script.Text(binary));
        }

        [Fact]
        public void Is_distinct_from_is_an_other_operator_spanning_all_its_words()
        {
            var binary = Assert.IsType<BinaryExpression>(Where("a IS NOT DISTINCT FROM b", SqlDialect.PostgreSql, out var script));
            Assert.Equal(BinaryOperator.Other, binary.Operator);
            Assert.Equal("IS NOT DISTINCT FROM", script.Text(binary.OperatorSpan));
            Assert.Equal("b", script.Text(binary.Right));
        }

        [Fact]
        public void In_list_is_a_tuple_even_with_one_element()
        {
            var inList = Assert.IsType<BinaryExpression>(Where("status IN ('A')", SqlDialect.Oracle, out var script));
            Assert.Equal(BinaryOperator.In, inList.Operator);
            var tuple = Assert.IsType<TupleExpression>(inList.Right);
            Assert.Equal("('A')", script.Text(tuple));
            Assert.Equal("A", Assert.IsType<LiteralExpression>(Assert.Single(tuple.Items)).Value);
        }

        [Fact]
        public void Not_in_with_a_subquery_keeps_the_query_as_a_span()
        {
            var notIn = Assert.IsType<BinaryExpression>(Where("id NOT IN (SELECT id FROM u WHERE (a) = 1)", SqlDialect.MySql, out var script));
            Assert.Equal(BinaryOperator.NotIn, notIn.Operator);
            Assert.Equal("NOT IN", script.Text(notIn.OperatorSpan));
            var query = Assert.IsType<SubqueryExpression>(notIn.Right);
            Assert.Equal("(SELECT id FROM u WHERE (a) = 1)", script.Text(query));
        }

        [Fact]
        public void Row_values_compare_as_tuples()
        {
            var inList = Assert.IsType<BinaryExpression>(Where("(a, b) IN ((1, 2), (3, 4))", SqlDialect.Oracle));
            Assert.Equal(2, Assert.IsType<TupleExpression>(inList.Left).Items.Count);
            var right = Assert.IsType<TupleExpression>(inList.Right);
            Assert.Equal(2, right.Items.Count);
            Assert.All(right.Items, item => Assert.IsType<TupleExpression>(item));
        }

        [Fact]
        public void Between_keeps_its_and_out_of_the_boolean_and()
        {
            var and = Assert.IsType<BinaryExpression>(Where("a BETWEEN 1 AND 10 AND b NOT BETWEEN x AND y + 1", SqlDialect.SqlServer, out var script));
            Assert.Equal(BinaryOperator.And, and.Operator);
            var between = Assert.IsType<BetweenExpression>(and.Left);
            Assert.False(between.IsNegated);
            Assert.Equal("a BETWEEN 1 AND 10", script.Text(between));
            Assert.Equal("10", script.Text(between.High));
            var notBetween = Assert.IsType<BetweenExpression>(and.Right);
            Assert.True(notBetween.IsNegated);
            Assert.Equal("y + 1", script.Text(notBetween.High));
        }

        [Fact]
        public void Like_with_escape_puts_the_escape_beside_the_pattern()
        {
            var like = Assert.IsType<BinaryExpression>(Where(@"name NOT LIKE 'A\_%' ESCAPE '\'", SqlDialect.Oracle, out var script));
            Assert.Equal(BinaryOperator.NotLike, like.Operator);
            Assert.Equal("NOT LIKE", script.Text(like.OperatorSpan));
            var escape = Assert.IsType<BinaryExpression>(like.Right);
            Assert.Equal(BinaryOperator.Other, escape.Operator);
            Assert.Equal("ESCAPE", script.Text(escape.OperatorSpan));
            Assert.Equal(@"A\_%", Assert.IsType<LiteralExpression>(escape.Left).Value);
        }

        [Theory]
        [InlineData("name ILIKE 'a%'", "ILIKE")]
        [InlineData("name NOT ILIKE 'a%'", "NOT ILIKE")]
        [InlineData("name SIMILAR TO 'a%'", "SIMILAR TO")]
        public void Other_pattern_operators_are_other(string condition, string opText)
        {
            var binary = Assert.IsType<BinaryExpression>(Where(condition, SqlDialect.PostgreSql, out var script));
            Assert.Equal(BinaryOperator.Other, binary.Operator);
            Assert.Equal(opText, script.Text(binary.OperatorSpan));
        }

        [Fact]
        public void Not_exists_wraps_an_exists_of_a_subquery()
        {
            var not = Assert.IsType<UnaryExpression>(Where("NOT EXISTS (SELECT 1 FROM u WHERE u.id = t.id)", SqlDialect.Oracle, out var script));
            Assert.Equal(UnaryOperator.Not, not.Operator);
            var exists = Assert.IsType<ExistsExpression>(not.Operand);
            Assert.Equal("EXISTS (SELECT 1 FROM u WHERE u.id = t.id)", script.Text(exists));
            Assert.IsType<SubqueryExpression>(exists.Query);
        }

        [Theory]
        [InlineData("a @> b", "@>")]
        [InlineData("a <@ b", "<@")]
        [InlineData("a ->> 'k'", "->>")]
        [InlineData("a -> 'k'", "->")]
        [InlineData("a #>> '{k}'", "#>>")]
        [InlineData("a ~* 'x'", "~*")]
        [InlineData("a !~ 'x'", "!~")]
        [InlineData("a ~ 'x'", "~")]
        [InlineData("a && b", "&&")]
        [InlineData("a ? 'k'", "?")]
        [InlineData("a ?| b", "?|")]
        public void Postgresql_operators_are_other_with_their_exact_span(string condition, string opText)
        {
            var binary = Assert.IsType<BinaryExpression>(Where(condition, SqlDialect.PostgreSql, out var script));
            Assert.Equal(BinaryOperator.Other, binary.Operator);
            Assert.Equal(opText, script.Text(binary.OperatorSpan));
            Assert.Equal("a", script.Text(binary.Left));
        }

        [Fact]
        public void A_symbolic_operator_does_not_swallow_a_following_minus_sign_when_spaced()
        {
            var binary = Assert.IsType<BinaryExpression>(Where("a = -1", SqlDialect.PostgreSql, out var script));
            Assert.Equal(BinaryOperator.Equal, binary.Operator);
            Assert.Equal(UnaryOperator.Negate, Assert.IsType<UnaryExpression>(binary.Right).Operator);
            Assert.Equal("=", script.Text(binary.OperatorSpan));
        }

        [Fact]
        public void Quantified_comparison_reads_any_as_a_call()
        {
            var equal = Assert.IsType<BinaryExpression>(Where("x = ANY (SELECT y FROM u)", SqlDialect.PostgreSql));
            var any = Assert.IsType<FunctionCallExpression>(equal.Right);
            Assert.Equal("ANY", any.Name.Name.Text);
            Assert.IsType<SubqueryExpression>(Assert.Single(any.Arguments).Value);
        }
    }
}

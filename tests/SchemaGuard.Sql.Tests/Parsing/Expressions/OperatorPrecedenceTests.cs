using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.Expressions.ExpressionHarness;

namespace SchemaGuard.Sql.Tests.Parsing.Expressions
{
    public class OperatorPrecedenceTests
    {
        [Fact]
        public void One_equals_one_is_a_binary_equality_of_two_number_literals()
        {
            var expr = Where("1=1", SqlDialect.Oracle, out var script);
            var equal = Assert.IsType<BinaryExpression>(expr);
            Assert.Equal(BinaryOperator.Equal, equal.Operator);
            Assert.Equal("1=1", script.Text(equal));
            Assert.Equal(WherePrefix.Length + 1, equal.OperatorSpan.Start);
            Assert.Equal(1, equal.OperatorSpan.Length);
            var left = Assert.IsType<LiteralExpression>(equal.Left);
            var right = Assert.IsType<LiteralExpression>(equal.Right);
            Assert.Equal(LiteralKind.Number, left.Kind);
            Assert.Equal("1", left.Value);
            Assert.Equal(LiteralKind.Number, right.Kind);
            Assert.Equal(WherePrefix.Length + 2, right.Span.Start);
        }

        [Fact]
        public void And_joins_two_comparisons_and_spans_them_both()
        {
            const string condition = "1 = 1 AND x = 2";
            var expr = Where(condition, SqlDialect.PostgreSql, out var script);
            var and = Assert.IsType<BinaryExpression>(expr);
            Assert.Equal(BinaryOperator.And, and.Operator);
            Assert.Equal(condition, script.Text(and));
            Assert.Equal("AND", script.Text(and.OperatorSpan));
            Assert.Equal("1 = 1", script.Text(Assert.IsType<BinaryExpression>(and.Left)));
            var right = Assert.IsType<BinaryExpression>(and.Right);
            Assert.Equal(BinaryOperator.Equal, right.Operator);
            Assert.Equal("x", Assert.IsType<NameExpression>(right.Left).Name.Name.Text);
        }

        [Fact]
        public void And_binds_tighter_than_or()
        {
            var or = Assert.IsType<BinaryExpression>(Where("a = 1 OR b = 2 AND c = 3", SqlDialect.Oracle, out var script));
            Assert.Equal(BinaryOperator.Or, or.Operator);
            Assert.Equal("a = 1", script.Text(or.Left));
            var and = Assert.IsType<BinaryExpression>(or.Right);
            Assert.Equal(BinaryOperator.And, and.Operator);
            Assert.Equal("b = 2 AND c = 3", script.Text(and));
        }

        [Fact]
        public void Not_applies_to_the_whole_comparison()
        {
            var and = Assert.IsType<BinaryExpression>(Where("NOT a = b AND c = d", SqlDialect.Oracle, out var script));
            var not = Assert.IsType<UnaryExpression>(and.Left);
            Assert.Equal(UnaryOperator.Not, not.Operator);
            Assert.Equal("NOT a = b", script.Text(not));
            Assert.Equal("NOT", script.Text(not.OperatorSpan));
            Assert.Equal(BinaryOperator.Equal, Assert.IsType<BinaryExpression>(not.Operand).Operator);
        }

        [Fact]
        public void Multiplication_binds_tighter_than_addition_and_both_associate_left()
        {
            var sub = Assert.IsType<BinaryExpression>(Value("a + b * c - d", SqlDialect.MySql, out var script));
            Assert.Equal(BinaryOperator.Subtract, sub.Operator);
            var add = Assert.IsType<BinaryExpression>(sub.Left);
            Assert.Equal(BinaryOperator.Add, add.Operator);
            var mul = Assert.IsType<BinaryExpression>(add.Right);
            Assert.Equal(BinaryOperator.Multiply, mul.Operator);
            Assert.Equal("b * c", script.Text(mul));
            Assert.Equal("d", script.Text(sub.Right));
        }

        [Fact]
        public void Concatenation_binds_looser_than_addition()
        {
            var concat = Assert.IsType<BinaryExpression>(Value("'a' || b + 1", SqlDialect.Oracle, out var script));
            Assert.Equal(BinaryOperator.Concat, concat.Operator);
            Assert.Equal("b + 1", script.Text(concat.Right));
        }

        [Theory]
        [InlineData("a % b", BinaryOperator.Modulo)]
        [InlineData("a MOD b", BinaryOperator.Modulo)]
        [InlineData("a / b", BinaryOperator.Divide)]
        [InlineData("a DIV b", BinaryOperator.Other)]
        [InlineData("a <> b", BinaryOperator.NotEqual)]
        [InlineData("a != b", BinaryOperator.NotEqual)]
        [InlineData("a <= b", BinaryOperator.LessOrEqual)]
        [InlineData("a >= b", BinaryOperator.GreaterOrEqual)]
        [InlineData("a < b", BinaryOperator.Less)]
        [InlineData("a > b", BinaryOperator.Greater)]
        [InlineData("a XOR b", BinaryOperator.Other)]
        [InlineData("a <=> b", BinaryOperator.Other)]
        public void Each_operator_maps_to_its_kind(string expression, BinaryOperator expected)
        {
            var binary = Assert.IsType<BinaryExpression>(Value(expression, SqlDialect.MySql));
            Assert.Equal(expected, binary.Operator);
        }

        [Theory]
        [InlineData("-x", UnaryOperator.Negate)]
        [InlineData("+x", UnaryOperator.Plus)]
        [InlineData("~x", UnaryOperator.Other)]
        [InlineData("!x", UnaryOperator.Not)]
        public void Prefix_operators_are_unary(string expression, UnaryOperator expected)
        {
            var unary = Assert.IsType<UnaryExpression>(Value(expression, SqlDialect.MySql, out var script));
            Assert.Equal(expected, unary.Operator);
            Assert.Equal("x", script.Text(unary.Operand));
        }

        [Fact]
        public void Unary_minus_binds_tighter_than_multiplication()
        {
            var mul = Assert.IsType<BinaryExpression>(Value("-a * b", SqlDialect.SqlServer));
            Assert.Equal(BinaryOperator.Multiply, mul.Operator);
            Assert.Equal(UnaryOperator.Negate, Assert.IsType<UnaryExpression>(mul.Left).Operator);
        }

        [Fact]
        public void Prior_is_a_prefix_operator_in_oracle_conditions()
        {
            var equal = Assert.IsType<BinaryExpression>(Where("PRIOR id = parent_id", SqlDialect.Oracle, out var script));
            var prior = Assert.IsType<UnaryExpression>(equal.Left);
            Assert.Equal(UnaryOperator.Prior, prior.Operator);
            Assert.Equal("PRIOR id", script.Text(prior));
        }
    }
}

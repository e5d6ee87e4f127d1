using System.Linq;
using System.Text;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Expressions
{
    public class RobustnessTests
    {
        [Fact]
        public void Parentheses_past_the_depth_limit_are_skipped_with_a_diagnostic()
        {
            string sql = "DELETE FROM t WHERE " + new string('(', 500) + "1" + new string(')', 500) + " = 1";
            var script = SqlScript.Parse(sql, SqlDialect.Oracle);
            var delete = Assert.IsType<DeleteStatement>(Assert.Single(script.Statements));
            Assert.Contains(script.Diagnostics, d => d.Id == "SG9007");
            Assert.Equal(sql.Length, delete.Span.End);
            Assert.Contains(delete.Where!.DescendantsAndSelf(), n => n is RawExpression);
        }

        [Fact]
        public void Long_operator_chains_do_not_deepen_the_stack()
        {
            var sb = new StringBuilder("DELETE FROM t WHERE x = 1");
            for (int i = 0; i < 20000; i++) sb.Append(" + 1 AND NOT - - y = 2");
            var script = SqlScript.Parse(sb.ToString(), SqlDialect.PostgreSql);
            Assert.Empty(script.Diagnostics);
            Assert.IsType<DeleteStatement>(Assert.Single(script.Statements));
        }

        [Fact]
        public void A_missing_operand_is_reported_and_the_statement_kept()
        {
            var script = SqlScript.Parse("DELETE FROM t WHERE a = ", SqlDialect.Oracle);
            var delete = Assert.IsType<DeleteStatement>(Assert.Single(script.Statements));
            var equal = Assert.IsType<BinaryExpression>(delete.Where!.Condition);
            Assert.IsType<RawExpression>(equal.Right);
            Assert.Contains(script.Diagnostics, d => d.Id == "SG9001" && d.Message.Contains("an expression"));
        }

        [Fact]
        public void A_token_that_cannot_continue_the_condition_ends_it()
        {
            var script = SqlScript.Parse("DELETE FROM t WHERE a = 1 ORDER BY id LIMIT 10", SqlDialect.MySql);
            var delete = Assert.IsType<DeleteStatement>(Assert.Single(script.Statements));
            Assert.Equal("WHERE a = 1", script.Source.GetText(delete.Where!.Span));
            Assert.Equal("LIMIT 10", script.Source.GetText(delete.Limit!.Span));
            Assert.Empty(script.Diagnostics);
        }

        [Fact]
        public void Unbalanced_and_stray_tokens_never_hang()
        {
            string[] inputs =
            {
                "DELETE FROM t WHERE (((a = 1", "DELETE FROM t WHERE a = 1)))", "DELETE FROM t WHERE CASE WHEN",
                "DELETE FROM t WHERE f(a =>", "DELETE FROM t WHERE x IN", "DELETE FROM t WHERE x BETWEEN 1",
                "DELETE FROM t WHERE x::", "DELETE FROM t WHERE CAST(x", "DELETE FROM t WHERE a[1", "DELETE FROM t WHERE } { ] [",
                "DELETE FROM t WHERE NOT", "DELETE FROM t WHERE x IS", "DELETE FROM t WHERE EXISTS", "DELETE FROM t WHERE a = = = 1",
            };
            foreach (var dialect in SqlDialect.All)
            {
                foreach (var input in inputs)
                {
                    var script = SqlScript.Parse(input, dialect);
                    Assert.NotEmpty(script.Statements);
                    Assert.NotEmpty(script.Diagnostics);
                }
            }
        }

        [Fact]
        public void Every_prefix_of_a_rich_expression_parses_without_exception()
        {
            const string sql = "UPDATE t SET a = CASE WHEN x BETWEEN 1 AND 2 THEN f(p => :b, CAST(y AS NUMBER(3))) ELSE -z::int END " +
                "WHERE (a, b) IN ((1, 2)) AND NOT EXISTS (SELECT 1) OR c LIKE 'x%' ESCAPE '!' AND d.e(+) = ARRAY[1][1] AND q IS NOT DISTINCT FROM r";
            foreach (var dialect in SqlDialect.All)
            {
                for (int i = 0; i <= sql.Length; i++)
                {
                    var script = SqlScript.Parse(sql.Substring(0, i), dialect);
                    Assert.All(script.Statements, s => Assert.True(s.Span.End <= i));
                    foreach (var node in script.Statements.SelectMany(s => s.DescendantsAndSelf()))
                    {
                        Assert.True(node.Span.Start >= 0 && node.Span.End <= i, node.GetType().Name + " " + node.Span);
                    }
                }
            }
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Expressions
{
    /// <summary>Reaches the expression parser through real statements: a DELETE's WHERE and an INSERT's VALUES.</summary>
    internal static class ExpressionHarness
    {
        public const string WherePrefix = "DELETE FROM t WHERE ";

        /// <summary>Parses <c>DELETE FROM t WHERE condition</c> and returns the condition; the statement must read cleanly.</summary>
        public static Expression Where(string condition, SqlDialect dialect, out SqlScript script)
        {
            script = SqlScript.Parse(WherePrefix + condition, dialect);
            AssertClean(script);
            var delete = Assert.IsType<DeleteStatement>(Assert.Single(script.Statements));
            Assert.NotNull(delete.Where);
            return delete.Where!.Condition;
        }

        public static Expression Where(string condition, SqlDialect dialect) => Where(condition, dialect, out _);

        /// <summary>Parses <c>INSERT INTO t VALUES (value)</c> and returns the single value.</summary>
        public static Expression Value(string value, SqlDialect dialect, out SqlScript script)
        {
            script = SqlScript.Parse("INSERT INTO t VALUES (" + value + ")", dialect);
            AssertClean(script);
            var insert = Assert.IsType<InsertStatement>(Assert.Single(script.Statements));
            return Assert.Single(Assert.Single(insert.Rows).Values);
        }

        public static Expression Value(string value, SqlDialect dialect) => Value(value, dialect, out _);

        public static void AssertClean(SqlScript script)
        {
            Assert.True(script.Diagnostics.Count == 0, string.Join("\n", script.Diagnostics.Select(d => d.Id + " " + d.Message)));
            Assert.All(script.Statements, s => Assert.False(s.IsPartial));
        }

        public static string Text(this SqlScript script, TextSpan span) => script.Source.GetText(span);

        public static string Text(this SqlScript script, SyntaxNode node) => script.Source.GetText(node.Span);
    }
}

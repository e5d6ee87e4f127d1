using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Indexes
{
    internal static class IndexHarness
    {
        /// <summary>Parses one statement that must read cleanly and be of type <typeparamref name="T"/>.</summary>
        public static T Single<T>(string sql, SqlDialect dialect, out SqlScript script)
            where T : Statement
        {
            script = SqlScript.Parse(sql, dialect);
            Assert.True(script.Diagnostics.Count == 0, string.Join("\n", script.Diagnostics.Select(d => d.Id + " " + d.Message)));
            var statement = Assert.IsType<T>(Assert.Single(script.Statements));
            Assert.False(statement.IsPartial);
            return statement;
        }

        public static string Text(this SqlScript script, TextSpan span) => script.Source.GetText(span);

        public static string Text(this SqlScript script, SyntaxNode node) => script.Source.GetText(node.Span);

        /// <summary>Asserts that the option is present and covers exactly <paramref name="expected"/>, at its first occurrence.</summary>
        public static void AssertOption(SqlScript script, OptionClause? option, string expected)
        {
            Assert.NotNull(option);
            Assert.Equal(expected, script.Text(option!));
            Assert.Equal(script.Source.Text.IndexOf(expected, System.StringComparison.Ordinal), option!.Span.Start);
        }
    }
}

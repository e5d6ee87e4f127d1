using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Indexes
{
    internal static class IndexHarness
    {
        /// <summary>Asserts that the option is present and covers exactly <paramref name="expected"/>, at its first occurrence.</summary>
        public static void AssertOption(SqlScript script, OptionClause? option, string expected)
        {
            Assert.NotNull(option);
            Assert.Equal(expected, script.Text(option!));
            Assert.Equal(script.Source.Text.IndexOf(expected, System.StringComparison.Ordinal), option!.Span.Start);
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing
{
    /// <summary>Parses one statement that must read cleanly; shared by the DML and index tests.</summary>
    internal static class SingleStatement
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
    }
}

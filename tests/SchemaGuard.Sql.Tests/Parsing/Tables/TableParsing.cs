using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    /// <summary>Parses through the public entry point and checks what every table test relies on.</summary>
    internal static class TableParsing
    {
        /// <summary>Parses a script holding one statement of type <typeparamref name="T"/>, read whole and without diagnostics.</summary>
        public static (SqlScript Script, T Statement) ParseSingle<T>(string sql, SqlDialect dialect)
            where T : Statement
        {
            var script = SqlScript.Parse(sql, dialect);
            Assert.Empty(script.Diagnostics);
            var statement = Assert.IsType<T>(Assert.Single(script.Statements));
            Assert.False(statement.IsPartial, "statement should be read whole");
            return (script, statement);
        }

        /// <summary>The source text a span covers.</summary>
        public static string Text(this SqlScript script, TextSpan span) => script.Source.Text.Substring(span.Start, span.Length);

        /// <summary>The source text a node covers.</summary>
        public static string Text(this SqlScript script, SyntaxNode node) => script.Text(node.Span);

        /// <summary>Names of identifiers as written.</summary>
        public static string[] Names(this System.Collections.Generic.IEnumerable<Identifier> ids) => ids.Select(i => i.Text).ToArray();
    }
}

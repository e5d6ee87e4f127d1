using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Parsing;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing
{
    /// <summary>Parses one unit as a single range (what the splitter delivers for a PL/SQL unit) and reads spans back as text.</summary>
    internal sealed class ParsedUnit
    {
        private ParsedUnit(string text, IReadOnlyList<Statement> statements, DiagnosticBag diagnostics)
        {
            Text = text;
            Statements = statements;
            Diagnostics = diagnostics;
        }

        public string Text { get; }

        public IReadOnlyList<Statement> Statements { get; }

        public DiagnosticBag Diagnostics { get; }

        public static ParsedUnit Parse(string text, SqlDialect dialect, StatementRangeKind kind = StatementRangeKind.PlSqlUnit)
        {
            var diagnostics = new DiagnosticBag();
            var statements = Parser.ParseSingleRange(new SourceText(text), dialect, diagnostics, kind);
            return new ParsedUnit(text, statements, diagnostics);
        }

        /// <summary>The only statement, asserting there is one, of the type, with no diagnostics.</summary>
        public T Single<T>()
            where T : Statement
        {
            Assert.Empty(Diagnostics);
            var statement = Assert.Single(Statements);
            Assert.False(statement.IsPartial, "statement is partial");
            return Assert.IsType<T>(statement);
        }

        public string Of(SyntaxNode node) => Of(node.Span);

        public string Of(TextSpan span) => Text.Substring(span.Start, span.Length);

        public static string Dump(SyntaxNode node, string text)
        {
            var sb = new StringBuilder();
            DumpInto(sb, node, text, 0);
            return sb.ToString();
        }

        private static void DumpInto(StringBuilder sb, SyntaxNode node, string text, int indent)
        {
            string snippet = text.Substring(node.Span.Start, node.Span.Length).Replace("\n", "\\n");
            if (snippet.Length > 60) snippet = snippet.Substring(0, 57) + "...";
            sb.Append(' ', indent * 2).Append(node.GetType().Name);
            if (node is Statement s) sb.Append(" [").Append(s.Kind).Append(s.IsPartial ? " partial" : string.Empty).Append(']');
            if (node is OtherStatement o) sb.Append(" '").Append(o.Description).Append('\'');
            sb.Append(' ').Append(snippet).Append('\n');
            foreach (var child in node.ChildNodes()) DumpInto(sb, child, text, indent + 1);
        }
    }
}

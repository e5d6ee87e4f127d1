using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SchemaGuard.Analyzers.Strings;
using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>
    /// The string decoder and map against the compiler itself: the decoded text must equal the constant the compiler
    /// computes, and every character must map back to the source characters that wrote it.
    /// </summary>
    public class SqlStringMapTests
    {
        public static TheoryData<string> Literals => new TheoryData<string>
        {
            "\"plain text\"",
            "\"\"",
            "@\"\"",
            "\"tab\\there\\r\\nnext \\\"q\\\" \\\\ \\0 \\a\\b\\f\\v end\"",
            "\"\\u0041\\u00e9 \\x41 \\x4142 \\U0001F600 after\"",
            "@\"verbatim \"\"quoted\"\" \\n stays\"",
            "@\"line one\r\n  line two\nline three\"",
            "\"\"\"single raw \"quoted\" \"\"\"",
            "\"\"\"\"  four \"\"\" quotes \"\"\"\"",
            "\"\"\"\n    first\n      indented\n\n    last\n    \"\"\"",
            "\"\"\"\r\n    first\r\n      second\r\n    \"\"\"",
            "\"\"\"\n\tfirst\n\t  second\n\t\"\"\"",
            "\"\"\"   \n    after trailing blanks on the opening line\n    \"\"\"",
            "\"\"\"\n    only\n    \"\"\"",
            "\"a\" + \"b\" + @\"c\"\"d\" + \"\"\"e\"\"\"",
            "$\"interp {{braces}} {Table} \\t end\"",
            "$@\"verbatim interp {{x}} \"\"q\"\" {Table}\"",
            "$\"\"\"\n    raw interp {Table}\n      next\n    \"\"\"",
            "$$\"\"\"\n    {braces} {{Table}}\n    \"\"\"",
            "$\"nested {$\"inner {Table}\"} done\"",
            "Prefix + \"tail\"",
            "Prefix + Table",
        };

        [Theory]
        [MemberData(nameof(Literals))]
        public void Decoded_text_equals_the_compiler_constant_and_maps_back(string literal)
        {
            string source = "class C { const string Table = \"orders\"; const string Prefix = \"DELETE FROM \" + Table; const string Value = " + literal + "; }";
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
            var compilation = Compile(tree);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var model = compilation.GetSemanticModel(tree);
            var declarator = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == "Value");
            var expected = (string)model.GetConstantValue(declarator.Initializer!.Value).Value!;
            var operation = model.GetOperation(declarator.Initializer.Value)!;

            var map = SqlStringExtractor.Extract(operation, default)!;
            Assert.NotNull(map);
            Assert.Equal(expected, map.Text);

            string text = tree.GetText().ToString();
            foreach (var segment in map.Segments)
            {
                string piece = map.Text.Substring(segment.SqlStart, segment.SqlLength);
                string written = text.Substring(segment.Source.Start, segment.Source.Length);
                if (segment.OneToOne) Assert.Equal(piece, written);
                else Assert.True(written.Length > 0, "A mapped segment covers source text: " + segment);
            }

            // Every single character maps inside the initializer or the constants it uses, never outside the class.
            for (int i = 0; i < map.Length; i++)
            {
                var mapped = map.Map(i, 1)!.Value;
                Assert.True(mapped.Span.Length > 0 && mapped.Span.End <= text.Length, "char " + i);
            }
        }

        [Fact]
        public void Escape_sequence_maps_to_all_its_characters()
        {
            var map = Extract("\"a\\tb\"");
            Assert.Equal("a\tb", map.Text);
            Assert.Equal("\\t", SourceOf(map, 1, 1));
            Assert.Equal("a\\tb", SourceOf(map, 0, 3));
        }

        [Fact]
        public void Raw_string_span_over_two_lines_includes_the_removed_indentation()
        {
            var map = Extract("\"\"\"\n        CREATE INDEX\n          ON orders\n        \"\"\"");
            Assert.Equal("CREATE INDEX\n  ON orders", map.Text);
            Assert.Equal("CREATE INDEX\n          ON orders", SourceOf(map, 0, map.Length));
            Assert.Equal("ON", SourceOf(map, map.Text.IndexOf("ON", System.StringComparison.Ordinal), 2));
        }

        [Fact]
        public void Doubled_quote_in_verbatim_string_maps_to_both_quotes()
        {
            var map = Extract("@\"say \"\"hi\"\"\"");
            Assert.Equal("say \"hi\"", map.Text);
            Assert.Equal("\"\"", SourceOf(map, 4, 1));
            Assert.Equal("hi", SourceOf(map, 5, 2));
        }

        [Fact]
        public void Non_constant_hole_becomes_a_placeholder_mapped_to_the_whole_hole()
        {
            string source = "class C { string M(string table) => $\"DELETE FROM {table} x\"; }";
            var tree = CSharpSyntaxTree.ParseText(source);
            var compilation = Compile(tree);
            var model = compilation.GetSemanticModel(tree);
            var interpolated = tree.GetRoot().DescendantNodes().OfType<InterpolatedStringExpressionSyntax>().Single();
            var map = SqlStringExtractor.Extract(model.GetOperation(interpolated)!, default)!;
            Assert.True(map.HasPlaceholders);
            Assert.Equal("DELETE FROM " + SqlStringExtractor.Placeholder(1) + " x", map.Text);
            var span = map.Map(12, SqlStringExtractor.Placeholder(1).Length)!.Value.Span;
            Assert.Equal("{table}", source.Substring(span.Start, span.Length));
        }

        [Fact]
        public void Non_constant_expression_gives_no_map()
        {
            string source = "class C { string M(string table) => \"DELETE FROM \" + table; }";
            var tree = CSharpSyntaxTree.ParseText(source);
            var compilation = Compile(tree);
            var model = compilation.GetSemanticModel(tree);
            var binary = tree.GetRoot().DescendantNodes().OfType<BinaryExpressionSyntax>().Single();
            Assert.Null(SqlStringExtractor.Extract(model.GetOperation(binary)!, default));
        }

        [Fact]
        public void Empty_span_at_the_end_maps_to_the_end_of_the_last_piece()
        {
            var map = Extract("\"abc\"");
            var mapped = map.Map(3, 0)!.Value.Span;
            Assert.Equal(0, mapped.Length);
            Assert.Equal("abc", SourceText.Substring(mapped.Start - 3, 3));
        }

        private string SourceText { get; set; } = string.Empty;

        private static CSharpCompilation Compile(SyntaxTree tree) =>
            CSharpCompilation.Create("t", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        private SqlStringMap Extract(string literal)
        {
            SourceText = "class C { const string Value = " + literal + "; }";
            var tree = CSharpSyntaxTree.ParseText(SourceText, new CSharpParseOptions(LanguageVersion.Latest));
            var compilation = Compile(tree);
            var model = compilation.GetSemanticModel(tree);
            var declarator = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single();
            return SqlStringExtractor.Extract(model.GetOperation(declarator.Initializer!.Value)!, default)!;
        }

        private string SourceOf(SqlStringMap map, int start, int length)
        {
            var span = map.Map(start, length)!.Value.Span;
            return SourceText.Substring(span.Start, span.Length);
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Syntax
{
    public class SyntaxTreeDumperTests
    {
        private static readonly SourceText Source = new SourceText("ALTER TABLE app.\"Orders\"@remote NOLOGGING;\n  x + 1\n");

        [Fact]
        public void Dumps_statements_with_kind_span_and_diagnostics()
        {
            var script = SqlScript.Parse("SELECT 1 FROM dual;\nFROBNICATE it;\n", SqlDialect.Oracle);

            Assert.Equal(
                "statement 1: Select 1:1-1:19\n" +
                "  OtherStatement 1:1-1:19 Description=\"SELECT\"\n" +
                "statement 2: Unknown 2:1-2:14\n" +
                "  OtherStatement 2:1-2:14 Description=\"FROBNICATE\"\n" +
                "diagnostics:\n" +
                "  SG9001 warning 2:1: SchemaGuard could not read this statement: 'FROBNICATE' does not begin a statement SchemaGuard knows; the statement was skipped.\n",
                SyntaxTreeDumper.Dump(script));
            Assert.DoesNotContain("diagnostics:", SyntaxTreeDumper.Dump(script, includeDiagnostics: false));
        }

        [Fact]
        public void Names_children_by_property_and_writes_each_node_once()
        {
            var name = QualifiedName();

            Assert.Equal(
                "ObjectName 1:13-1:32 Normalized=\"APP.Orders\"\n" +
                "  Parts[0]: Identifier 1:13-1:16 Text=\"app\" Normalized=\"APP\"\n" +
                "  Parts[1]: Identifier 1:17-1:25 Text=\"Orders\" IsQuoted Normalized=\"Orders\"\n" +
                "  DatabaseLink: Identifier 1:26-1:32 Text=\"remote\" Normalized=\"REMOTE\"\n",
                SyntaxTreeDumper.DumpNode(name, Source));
        }

        [Fact]
        public void Child_nodes_skip_convenience_properties_that_repeat_a_child()
        {
            var name = QualifiedName();

            // ObjectName.Name and .Schema return parts already listed in Parts.
            Assert.Equal(new SyntaxNode[] { name.Parts[0], name.Parts[1], name.DatabaseLink! }, name.ChildNodes().ToArray());
            Assert.Equal(4, name.DescendantsAndSelf().Count());
        }

        [Fact]
        public void Leaves_out_null_false_and_empty_values()
        {
            var setting = new OptionSetting(new TextSpan(33, 9), "NOLOGGING", null, default);
            var logging = new LoggingClause(new TextSpan(33, 9), LoggingMode.NoLogging);

            Assert.Equal("OptionSetting 1:34-1:43 Name=\"NOLOGGING\"\n", SyntaxTreeDumper.DumpNode(setting, Source));
            Assert.Equal("LoggingClause 1:34-1:43 Mode=NoLogging SkipsRedo\n", SyntaxTreeDumper.DumpNode(logging, Source));
        }

        [Fact]
        public void Escapes_strings_and_shows_the_text_of_bare_leaves()
        {
            var setting = new OptionSetting(new TextSpan(0, 5), "COMMENT", "a \"b\"\r\n\tc\\", new TextSpan(6, 5));
            var expression = new RawExpression(new TextSpan(45, 5));

            Assert.Equal(
                "OptionSetting 1:1-1:6 Name=\"COMMENT\" Value=\"a \\\"b\\\"\\r\\n\\tc\\\\\" ValueSpan=1:7-1:12\n",
                SyntaxTreeDumper.DumpNode(setting, Source));
            Assert.Equal("RawExpression 2:3-2:8 `x + 1`\n", SyntaxTreeDumper.DumpNode(expression, Source));
        }

        [Fact]
        public void Formats_spans_with_exclusive_ends()
        {
            Assert.Equal("1:1-1:6", SyntaxTreeDumper.FormatSpan(Source, new TextSpan(0, 5)));
            Assert.Equal("1:43-2:1", SyntaxTreeDumper.FormatSpan(Source, new TextSpan(42, 1)));
        }

        [Theory]
        [InlineData("  SELECT *\r\n  FROM\tt  ", 20, "SELECT * FROM t")]
        [InlineData("SELECT a, b FROM t", 9, "SELECT a,...")]
        [InlineData("SELECT a", 8, "SELECT a")]
        [InlineData("", 5, "")]
        public void Abbreviates_text_to_one_short_line(string text, int maxLength, string expected)
        {
            Assert.Equal(expected, SyntaxTreeDumper.Abbreviate(text, maxLength));
        }

        private static ObjectName QualifiedName()
        {
            var schema = new Identifier(new TextSpan(12, 3), "app", false, "APP");
            var table = new Identifier(new TextSpan(16, 8), "Orders", true, "Orders");
            var link = new Identifier(new TextSpan(25, 6), "remote", false, "REMOTE");
            return new ObjectName(new TextSpan(12, 19), new[] { schema, table }, link);
        }
    }
}

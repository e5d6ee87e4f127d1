using System.Linq;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;
using Xunit;
using static SchemaGuard.Sql.Tests.Lexing.LexAssert;

namespace SchemaGuard.Sql.Tests.Lexing
{
    public class MySqlLexerTests
    {
        private static readonly SqlDialect MySql = SqlDialect.MySql;

        [Fact]
        public void Backticks_quote_identifiers_with_doubled_backticks_inside()
        {
            var (tokens, _) = Lex("`my``table`.`a;b`", MySql);
            Assert.Equal(
                new[] { (SyntaxKind.QuotedIdentifier, "`my``table`"), (SyntaxKind.Dot, "."), (SyntaxKind.QuotedIdentifier, "`a;b`") },
                Pairs(tokens));
        }

        [Fact]
        public void Hash_starts_a_line_comment()
        {
            const string text = "a # ; comment\nb";
            var (tokens, _) = Lex(text, MySql);
            Assert.Equal(new[] { "a", "b" }, Pairs(tokens).Select(p => p.Text));
            Assert.Contains((TriviaKind.LineComment, "# ; comment"), Trivia(tokens, text));
        }

        [Theory]
        [InlineData("a -- c\nb")]
        [InlineData("a --\tc\nb")]
        [InlineData("a --\nb")]
        public void Dash_dash_is_a_comment_only_before_a_blank(string text)
        {
            var (tokens, _) = Lex(text, MySql);
            Assert.Equal(new[] { "a", "b" }, Pairs(tokens).Select(p => p.Text));
        }

        [Fact]
        public void Dash_dash_at_the_end_of_the_text_is_a_comment()
        {
            var (tokens, _) = Lex("a --", MySql);
            Assert.Equal(new[] { "a" }, Pairs(tokens).Select(p => p.Text));
        }

        [Fact]
        public void Dash_dash_without_a_blank_is_arithmetic()
        {
            var (tokens, _) = Lex("1--1 --x", MySql);
            Assert.Equal(
                new[] { "NumericLiteral:1", "Minus:-", "Minus:-", "NumericLiteral:1", "Minus:-", "Minus:-", "Word:x" },
                Pairs(tokens).Select(p => p.Kind + ":" + p.Text));
        }

        [Fact]
        public void Executable_comments_are_read_as_code()
        {
            const string text = "/*!40101 SET @a = 1 */; /*! b */ /*!80013 c */ d";
            var (tokens, diagnostics) = Lex(text, MySql);
            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "SET", "@a", "=", "1", ";", "b", "c", "d" }, Pairs(tokens).Select(p => p.Text));
            Assert.Equal(
                new[] { true, true, true, true, false, true, true, false },
                Enumerable.Range(0, tokens.Count - 1).Select(i => tokens[i].Has(TokenFlags.InsideExecutableComment)));
            Assert.Equal(
                new[]
                {
                    (TriviaKind.ExecutableCommentStart, "/*!40101"), (TriviaKind.ExecutableCommentEnd, "*/"),
                    (TriviaKind.ExecutableCommentStart, "/*!"), (TriviaKind.ExecutableCommentEnd, "*/"),
                    (TriviaKind.ExecutableCommentStart, "/*!80013"), (TriviaKind.ExecutableCommentEnd, "*/"),
                },
                Trivia(tokens, text).Where(t => t.Kind != TriviaKind.Whitespace));
        }

        [Fact]
        public void An_unclosed_executable_comment_is_reported_at_its_start()
        {
            var (_, diagnostics) = Lex("x /*!50003 CREATE TRIGGER t", MySql);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(DiagnosticIds.UnterminatedToken, diagnostic.Id);
            Assert.Equal(2, diagnostic.Span.Start);
        }

        [Theory]
        [InlineData("'it\\'s'", SyntaxKind.StringLiteral, TokenFlags.None)]
        [InlineData("'a\\\\'", SyntaxKind.StringLiteral, TokenFlags.None)]
        [InlineData("\"say \\\"hi\\\"\"", SyntaxKind.StringLiteral, TokenFlags.DoubleQuotedString)]
        [InlineData("X'0aFF'", SyntaxKind.StringLiteral, TokenFlags.Hex)]
        [InlineData("x'00'", SyntaxKind.StringLiteral, TokenFlags.Hex)]
        [InlineData("b'0101'", SyntaxKind.StringLiteral, TokenFlags.Bit)]
        [InlineData("0x1F", SyntaxKind.NumericLiteral, TokenFlags.Hex)]
        [InlineData("0b0101", SyntaxKind.NumericLiteral, TokenFlags.Bit)]
        [InlineData("N'x'", SyntaxKind.StringLiteral, TokenFlags.National)]
        [InlineData("@var", SyntaxKind.Parameter, TokenFlags.None)]
        [InlineData("@@global", SyntaxKind.Parameter, TokenFlags.None)]
        public void Literals_and_variables(string literal, SyntaxKind kind, TokenFlags flag)
        {
            var (token, text, diagnostics) = Single(literal, MySql);
            Assert.Equal(kind, token.Kind);
            Assert.Equal(literal, text);
            Assert.Equal(flag | TokenFlags.FirstOnLine, token.Flags);
            Assert.Empty(diagnostics);
        }

        [Fact]
        public void A_custom_delimiter_cuts_a_word_that_runs_into_it()
        {
            var builder = new System.Collections.Generic.List<SyntaxTrivia>();
            var lexer = new Lexer(new SourceText("END$$ a$b END;;"), MySql, new DiagnosticBag(), builder) { CustomDelimiter = "$$" };
            var kinds = Enumerable.Range(0, 6).Select(_ => lexer.NextToken().Kind).ToArray();
            Assert.Equal(
                new[] { SyntaxKind.Word, SyntaxKind.CustomDelimiter, SyntaxKind.Word, SyntaxKind.Word, SyntaxKind.Semicolon, SyntaxKind.Semicolon },
                kinds);
        }
    }
}

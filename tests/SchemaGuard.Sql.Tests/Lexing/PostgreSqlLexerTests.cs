using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using Xunit;
using static SchemaGuard.Sql.Tests.Lexing.LexAssert;

namespace SchemaGuard.Sql.Tests.Lexing
{
    public class PostgreSqlLexerTests
    {
        private static readonly SqlDialect Pg = SqlDialect.PostgreSql;

        [Theory]
        [InlineData("$$a; 'b' \"c\"$$")]
        [InlineData("$fn$ BEGIN RETURN $$x$$; END $fn$")]
        [InlineData("$_$ SELECT $1 $_$")]
        [InlineData("$a$ $ab$ $b$ $a$")]
        [InlineData("$$\n/* not closed\n$$")]
        [InlineData("$é$ x $é$")]
        public void Dollar_quotes_run_to_the_same_tag(string literal)
        {
            var (token, text, diagnostics) = Single(literal, Pg);
            Assert.Equal(SyntaxKind.StringLiteral, token.Kind);
            Assert.Equal(literal, text);
            Assert.True(token.Has(TokenFlags.DollarQuoted));
            Assert.Empty(diagnostics);
        }

        [Fact]
        public void Dollar_signs_that_do_not_open_a_quote()
        {
            var (tokens, _) = Lex("$1 + $23 a$b$ $ $1a", Pg);
            Assert.Equal(
                new[]
                {
                    (SyntaxKind.Parameter, "$1"), (SyntaxKind.Plus, "+"), (SyntaxKind.Parameter, "$23"), (SyntaxKind.Word, "a$b$"),
                    (SyntaxKind.Operator, "$"), (SyntaxKind.Parameter, "$1"), (SyntaxKind.Word, "a"),
                },
                Pairs(tokens));
        }

        [Theory]
        [InlineData("E'it\\'s'", TokenFlags.EscapeString)]
        [InlineData("e'a\\\\'", TokenFlags.EscapeString)]
        [InlineData("E'x''y'", TokenFlags.EscapeString)]
        [InlineData("U&'d\\0061t\\+000061'", TokenFlags.UnicodeEscape)]
        [InlineData("B'0101'", TokenFlags.Bit)]
        [InlineData("X'1F'", TokenFlags.Hex)]
        [InlineData("'a\\'", TokenFlags.None)]
        [InlineData("'it''s'", TokenFlags.None)]
        public void String_forms(string literal, TokenFlags flag)
        {
            var (token, text, diagnostics) = Single(literal, Pg);
            Assert.Equal(SyntaxKind.StringLiteral, token.Kind);
            Assert.Equal(literal, text);
            Assert.Equal(flag | TokenFlags.FirstOnLine, token.Flags);
            Assert.Empty(diagnostics);
        }

        [Fact]
        public void Unicode_escaped_double_quotes_make_an_identifier()
        {
            var (token, text, _) = Single("U&\"d\\0061t\"", Pg);
            Assert.Equal(SyntaxKind.QuotedIdentifier, token.Kind);
            Assert.Equal("U&\"d\\0061t\"", text);
            Assert.True(token.Has(TokenFlags.UnicodeEscape));
        }

        [Fact]
        public void Block_comments_nest()
        {
            const string text = "a /* x /* y */ z */ b /*/**/*/ c";
            var (tokens, diagnostics) = Lex(text, Pg);
            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "a", "b", "c" }, Pairs(tokens).Select(p => p.Text));
            Assert.Equal(
                new[] { "/* x /* y */ z */", "/*/**/*/" },
                Trivia(tokens, text).Where(t => t.Kind == TriviaKind.BlockComment).Select(t => t.Text));
        }

        [Fact]
        public void Casts_and_parameters()
        {
            var (tokens, _) = Lex("$1::int[] || 'a'::text", Pg);
            Assert.Equal(
                new[] { "Parameter:$1", "DoubleColon:::", "Word:int", "OpenBracket:[", "CloseBracket:]", "Concat:||", "StringLiteral:'a'", "DoubleColon:::", "Word:text" },
                Pairs(tokens).Select(p => p.Kind + ":" + p.Text));
        }

        [Fact]
        public void Json_operators_and_colons()
        {
            var (tokens, _) = Lex("a->>'k' ->'j' @> b :x", Pg);
            Assert.Equal(
                new[] { "Word:a", "Operator:->>", "StringLiteral:'k'", "Operator:->", "StringLiteral:'j'", "Operator:@>", "Word:b", "Colon::", "Word:x" },
                Pairs(tokens).Select(p => p.Kind + ":" + p.Text));
        }
    }
}

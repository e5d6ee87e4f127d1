using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using Xunit;
using static SchemaGuard.Sql.Tests.Lexing.LexAssert;

namespace SchemaGuard.Sql.Tests.Lexing
{
    /// <summary>
    /// Anything never closed gets one located SG9004 diagnostic, ends with its first line, and the rest of the file
    /// is still read as tokens.
    /// </summary>
    public class UnterminatedTests
    {
        public static TheoryData<string, string, string> Openers => new TheoryData<string, string, string>
        {
            { "oracle", "'abc", "A string literal" },
            { "oracle", "\"abc", "A quoted identifier" },
            { "oracle", "q'[abc", "A q-quoted string literal" },
            { "oracle", "nq'!abc", "A q-quoted string literal" },
            { "oracle", "N'abc", "A string literal" },
            { "oracle", "/* abc", "A block comment" },
            { "postgresql", "$$abc", "A dollar-quoted string" },
            { "postgresql", "$fn$abc $$ $f$", "A dollar-quoted string" },
            { "postgresql", "E'ab\\'c", "A string literal" },
            { "postgresql", "U&'abc", "A string literal" },
            { "postgresql", "U&\"abc", "A quoted identifier" },
            { "postgresql", "/* a /* b */ c", "A block comment" },
            { "postgresql", "B'01", "A string literal" },
            { "mysql", "`abc", "A quoted identifier" },
            { "mysql", "'ab\\'c", "A string literal" },
            { "mysql", "\"abc", "A string literal" },
            { "mysql", "X'ab", "A string literal" },
            { "sqlserver", "[abc", "A bracketed identifier" },
            { "sqlserver", "N'abc", "A string literal" },
            { "sqlserver", "/* a /* b */", "A block comment" },
        };

        [Theory]
        [MemberData(nameof(Openers))]
        public void Is_reported_where_it_opens_and_the_next_lines_are_still_lexed(string name, string opener, string what)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            string text = "select " + opener + " x;\nselect 1 from t;\r\nend";
            var (tokens, diagnostics) = Lex(text, dialect);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(DiagnosticIds.UnterminatedToken, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(7, diagnostic.Span.Start);
            Assert.Equal(text.IndexOf('\n') - 7, diagnostic.Span.Length);
            Assert.StartsWith(what + " is never closed", diagnostic.Message);

            // The unclosed piece runs to the end of its line: a token flagged Unterminated, or comment trivia.
            var pairs = Pairs(tokens);
            Assert.Equal(new[] { "select", "1", "from", "t", ";", "end" }, pairs.Skip(pairs.Count - 6).Select(p => p.Text));
            if (opener.StartsWith("/*"))
            {
                Assert.Equal(new[] { "select" }, pairs.Take(pairs.Count - 6).Select(p => p.Text));
            }
            else
            {
                Assert.Equal(2, pairs.Count - 6);
                Assert.Equal(opener + " x;", pairs[1].Text);
                Assert.True(tokens[1].Has(TokenFlags.Unterminated));
            }

            Assert.True(tokens[tokens.Count - 7].Has(TokenFlags.FirstOnLine));
        }

        [Theory]
        [MemberData(nameof(Openers))]
        public void At_the_very_end_of_the_text_it_is_still_one_located_token(string name, string opener, string what)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            var (_, diagnostics) = Lex(opener, dialect);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(0, diagnostic.Span.Start);
            Assert.Equal(opener.Length, diagnostic.Span.Length);
            Assert.StartsWith(what, diagnostic.Message);
        }

        [Fact]
        public void Several_unclosed_strings_are_each_reported()
        {
            var (tokens, diagnostics) = Lex("a 'x\nb \"y\nc", SqlDialect.Oracle);
            Assert.Equal(new[] { 2, 7 }, diagnostics.Select(d => d.Span.Start));
            Assert.Equal(new[] { "a", "'x", "b", "\"y", "c" }, Pairs(tokens).Select(p => p.Text));
        }

        [Fact]
        public void A_later_closer_closes_a_string_over_several_lines()
        {
            var (tokens, diagnostics) = Lex("'a\nb' c", SqlDialect.Oracle);
            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "'a\nb'", "c" }, Pairs(tokens).Select(p => p.Text));
            Assert.False(tokens[1].Has(TokenFlags.FirstOnLine));
        }

        [Fact]
        public void Notes_from_a_failed_search_do_not_hide_a_later_closer()
        {
            // The first quote finds no lone closer (only doubled quotes follow); the strings read after it still close.
            var (tokens, diagnostics) = Lex("a 'x\n'' ''''", SqlDialect.Oracle);
            Assert.Equal(2, Assert.Single(diagnostics).Span.Start);
            Assert.Equal(new[] { "a", "'x", "''", "''''" }, Pairs(tokens).Select(p => p.Text));
        }

        [Fact]
        public void A_failed_nested_comment_search_still_finds_comments_that_close_later()
        {
            const string text = "/* a\n/* b */ x /* c */ y";
            var (tokens, diagnostics) = Lex(text, SqlDialect.PostgreSql);
            Assert.Single(diagnostics);
            Assert.Equal(new[] { "x", "y" }, Pairs(tokens).Select(p => p.Text));
            Assert.Equal(
                new List<(TriviaKind, string)> { (TriviaKind.BlockComment, "/* a"), (TriviaKind.BlockComment, "/* b */"), (TriviaKind.BlockComment, "/* c */") },
                Trivia(tokens, text).Where(t => t.Kind != TriviaKind.Whitespace).ToList());
        }

        [Fact]
        public void A_failed_dollar_quote_search_still_finds_later_quotes_with_other_tags()
        {
            var (tokens, diagnostics) = Lex("$a$ x\n$b$ y $b$ $a$ z", SqlDialect.PostgreSql);
            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "$a$ x\n$b$ y $b$ $a$", "z" }, Pairs(tokens).Select(p => p.Text));

            (tokens, diagnostics) = Lex("$a$ x\n$b$ y $b$ $c$ z", SqlDialect.PostgreSql);
            Assert.Equal(new[] { 0, 16 }, diagnostics.Select(d => d.Span.Start));
            Assert.Equal(new[] { "$a$ x", "$b$ y $b$", "$c$ z" }, Pairs(tokens).Select(p => p.Text));
        }
    }
}

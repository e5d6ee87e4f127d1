using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using Xunit;
using static SchemaGuard.Sql.Tests.Lexing.LexAssert;

namespace SchemaGuard.Sql.Tests.Lexing
{
    /// <summary>Input no one writes on purpose still lexes exactly, with the right line flags.</summary>
    public class OddInputTests
    {
        public static TheoryData<string> Dialects => new TheoryData<string> { "oracle", "postgresql", "mysql", "mariadb", "sqlserver" };

        private static SqlDialect Dialect(string name)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            return dialect;
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Empty_and_blank_texts_have_only_end_of_file(string name)
        {
            Assert.Single(Lex(string.Empty, Dialect(name)).Tokens);
            var (tokens, _) = Lex(" \t\r\n\uFEFF\u00a0\u2028", Dialect(name));
            Assert.Single(tokens);
            Assert.Equal(SyntaxKind.EndOfFile, tokens[0].Kind);
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Nul_characters_are_bad_tokens_and_lexing_goes_on(string name)
        {
            var (tokens, diagnostics) = Lex("a\0b \0\0 'x\0y'", Dialect(name));
            Assert.Empty(diagnostics);
            Assert.Equal(
                new[] { "Word:a", "BadToken:\0", "Word:b", "BadToken:\0", "BadToken:\0", "StringLiteral:'x\0y'" },
                Pairs(tokens).Select(p => p.Kind + ":" + p.Text));
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Lone_surrogates_are_single_bad_tokens_and_pairs_stay_together(string name)
        {
            var (tokens, _) = Lex("a\ud800b \udc00 \ud83d\ude00 x\U0001D49Cy", Dialect(name));
            Assert.Equal(
                new[] { "Word:a", "BadToken:\ud800", "Word:b", "BadToken:\udc00", "BadToken:\ud83d\ude00", "Word:x\U0001D49Cy" },
                Pairs(tokens).Select(p => p.Kind + ":" + p.Text));
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void A_byte_order_mark_in_the_middle_is_whitespace(string name)
        {
            var (tokens, _) = Lex("a\uFEFFb\n\uFEFFc", Dialect(name));
            Assert.Equal(new[] { "a", "b", "c" }, Pairs(tokens).Select(p => p.Text));
            Assert.Equal(new[] { true, false, true }, Enumerable.Range(0, 3).Select(i => tokens[i].Has(TokenFlags.FirstOnLine)));
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Cr_lf_and_crlf_line_ends_all_start_lines(string name)
        {
            var (tokens, _) = Lex("a b\rc\r\nd\ne\u2028f", Dialect(name));
            Assert.Equal(
                new[] { true, false, true, true, true, false },
                Enumerable.Range(0, 6).Select(i => tokens[i].Has(TokenFlags.FirstOnLine)));
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Tokens_after_a_multiline_comment_start_a_line_and_after_a_multiline_string_do_not(string name)
        {
            var (tokens, _) = Lex("a /* x\r y */ b /* z */ c 'p\nq' d -- e\nf", Dialect(name));
            Assert.Equal(new[] { "a", "b", "c", "'p\nq'", "d", "f" }, Pairs(tokens).Select(p => p.Text));
            Assert.Equal(
                new[] { true, true, false, false, false, true },
                Enumerable.Range(0, 6).Select(i => tokens[i].Has(TokenFlags.FirstOnLine)));
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void A_very_long_line_is_one_token_per_word(string name)
        {
            string word = new string('w', 300_000);
            string literal = "'" + new string('s', 300_000) + "'";
            var (tokens, _) = Lex(word + " " + literal, Dialect(name));
            Assert.Equal(new[] { word, literal }, Pairs(tokens).Select(p => p.Text));
        }

        [Fact]
        public void A_megabyte_of_open_parentheses_is_a_megabyte_of_tokens()
        {
            var (tokens, _) = Lex(new string('(', 1 << 20), SqlDialect.Oracle);
            Assert.Equal((1 << 20) + 1, tokens.Count);
            for (int i = 0; i < 1 << 20; i++)
            {
                if (tokens[i].Kind != SyntaxKind.OpenParen || tokens[i].Start != i) Assert.Fail("token " + i + " is " + tokens[i]);
            }
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Non_ascii_letters_and_marks_continue_words(string name)
        {
            var (tokens, _) = Lex("café naïve Ωmega e\u0301t", Dialect(name));
            Assert.Equal(new[] { "café", "naïve", "Ωmega", "e\u0301t" }, Pairs(tokens).Select(p => p.Text));
            Assert.All(Pairs(tokens), p => Assert.Equal(SyntaxKind.Word, p.Kind));
        }
    }
}

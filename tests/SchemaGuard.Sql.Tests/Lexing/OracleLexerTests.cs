using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using Xunit;
using static SchemaGuard.Sql.Tests.Lexing.LexAssert;

namespace SchemaGuard.Sql.Tests.Lexing
{
    public class OracleLexerTests
    {
        private static readonly SqlDialect Oracle = SqlDialect.Oracle;

        [Theory]
        [InlineData("q'[it's [nested]]'")]
        [InlineData("q'{a'b}'")]
        [InlineData("q'<a'b>'")]
        [InlineData("q'(a'b)'")]
        [InlineData("q'!a'b!'")]
        [InlineData("Q'#it's#'")]
        [InlineData("q'[a]b]'")]
        [InlineData("q'''a''")]
        [InlineData("q'[multi\nline ' ] ']'")]
        public void Alternative_quoting_makes_one_string(string literal)
        {
            var (token, text, diagnostics) = Single(literal, Oracle);
            Assert.Equal(SyntaxKind.StringLiteral, token.Kind);
            Assert.Equal(literal, text);
            Assert.Equal(TokenFlags.AlternativeQuoted | TokenFlags.FirstOnLine, token.Flags);
            Assert.Empty(diagnostics);
        }

        [Fact]
        public void Alternative_quoting_closes_at_the_first_closer_followed_by_a_quote()
        {
            var (tokens, _) = Lex("q'[a]' || ']'", Oracle);
            Assert.Equal(
                new[] { (SyntaxKind.StringLiteral, "q'[a]'"), (SyntaxKind.Concat, "||"), (SyntaxKind.StringLiteral, "']'") },
                Pairs(tokens));
        }

        [Theory]
        [InlineData("nq'[x's]'")]
        [InlineData("NQ'!x!'")]
        [InlineData("Nq'<x>'")]
        public void National_alternative_quoting_sets_both_flags(string literal)
        {
            var (token, text, _) = Single(literal, Oracle);
            Assert.Equal(literal, text);
            Assert.Equal(TokenFlags.National | TokenFlags.AlternativeQuoted | TokenFlags.FirstOnLine, token.Flags);
        }

        [Theory]
        [InlineData("N'it''s'")]
        [InlineData("n'x'")]
        public void National_strings(string literal)
        {
            var (token, text, _) = Single(literal, Oracle);
            Assert.Equal(SyntaxKind.StringLiteral, token.Kind);
            Assert.Equal(literal, text);
            Assert.True(token.Has(TokenFlags.National));
            Assert.False(token.Has(TokenFlags.AlternativeQuoted));
        }

        [Fact]
        public void A_blank_after_q_quote_is_not_a_delimiter()
        {
            var (tokens, _) = Lex("q' x '", Oracle);
            Assert.Equal(new[] { (SyntaxKind.Word, "q"), (SyntaxKind.StringLiteral, "' x '") }, Pairs(tokens));
        }

        [Fact]
        public void Words_that_merely_start_with_q_or_n_stay_words()
        {
            var (tokens, _) = Lex("quit nq n q", Oracle);
            Assert.All(Pairs(tokens), p => Assert.Equal(SyntaxKind.Word, p.Kind));
        }

        [Fact]
        public void Double_quotes_make_quoted_identifiers_with_doubled_quotes_inside()
        {
            var (tokens, _) = Lex("\"My \"\"Table\"\".x\" . \"COL\"", Oracle);
            Assert.Equal(
                new[] { (SyntaxKind.QuotedIdentifier, "\"My \"\"Table\"\".x\""), (SyntaxKind.Dot, "."), (SyntaxKind.QuotedIdentifier, "\"COL\"") },
                Pairs(tokens));
        }

        [Fact]
        public void Substitution_variables_end_at_a_period_which_they_consume()
        {
            var (tokens, _) = Lex("&owner.tab &&owner..table &1 &&2 a & b", Oracle);
            Assert.Equal(
                new[]
                {
                    (SyntaxKind.SubstitutionVariable, "&owner."), (SyntaxKind.Word, "tab"),
                    (SyntaxKind.SubstitutionVariable, "&&owner."), (SyntaxKind.Dot, "."), (SyntaxKind.Word, "table"),
                    (SyntaxKind.SubstitutionVariable, "&1"), (SyntaxKind.SubstitutionVariable, "&&2"),
                    (SyntaxKind.Word, "a"), (SyntaxKind.Operator, "&"), (SyntaxKind.Word, "b"),
                },
                Pairs(tokens));
        }

        [Fact]
        public void Hints_are_hint_trivia_and_other_comments_are_not()
        {
            const string text = "SELECT /*+ INDEX(t i) */ a --+ ordered\n, b /* + no */ -- plain\nFROM t";
            var (tokens, _) = Lex(text, Oracle);
            Assert.Equal(
                new[]
                {
                    (TriviaKind.Hint, "/*+ INDEX(t i) */"), (TriviaKind.Hint, "--+ ordered"),
                    (TriviaKind.BlockComment, "/* + no */"), (TriviaKind.LineComment, "-- plain"),
                },
                Trivia(tokens, text).Where(t => t.Kind != TriviaKind.Whitespace).ToArray());
            Assert.Equal(new[] { "SELECT", "a", ",", "b", "FROM", "t" }, Pairs(tokens).Select(p => p.Text));
        }

        [Fact]
        public void Plsql_operators_ranges_and_binds()
        {
            var (tokens, _) = Lex("for i in 1..10 loop :new.id := f(p => 2.5e3); end loop; <<lbl>>", Oracle);
            Assert.Equal(
                new[]
                {
                    "Word:for", "Word:i", "Word:in", "NumericLiteral:1", "DotDot:..", "NumericLiteral:10", "Word:loop",
                    "Parameter::new", "Dot:.", "Word:id", "Assign::=", "Word:f", "OpenParen:(", "Word:p", "Arrow:=>",
                    "NumericLiteral:2.5e3", "CloseParen:)", "Semicolon:;", "Word:end", "Word:loop", "Semicolon:;",
                    "Operator:<<", "Word:lbl", "Operator:>>",
                },
                Pairs(tokens).Select(p => p.Kind + ":" + p.Text));
        }

        [Fact]
        public void Dollar_and_hash_continue_identifiers()
        {
            var (tokens, _) = Lex("v$session sys.x#y $z", Oracle);
            Assert.Equal(
                new[] { (SyntaxKind.Word, "v$session"), (SyntaxKind.Word, "sys"), (SyntaxKind.Dot, "."), (SyntaxKind.Word, "x#y"), (SyntaxKind.Operator, "$"), (SyntaxKind.Word, "z") },
                Pairs(tokens));
        }

        [Fact]
        public void Backslashes_do_not_escape_quotes()
        {
            var (tokens, diagnostics) = Lex("'a\\' b", Oracle);
            Assert.Empty(diagnostics);
            Assert.Equal(new[] { (SyntaxKind.StringLiteral, "'a\\'"), (SyntaxKind.Word, "b") }, Pairs(tokens));
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Lexing
{
    /// <summary>Lexes text and checks the invariants every token list must keep.</summary>
    internal static class LexAssert
    {
        internal static (TokenList Tokens, DiagnosticBag Diagnostics) Lex(string text, SqlDialect dialect)
        {
            var diagnostics = new DiagnosticBag();
            var tokens = Lexer.LexAll(new SourceText(text), dialect, diagnostics);
            AssertExact(tokens, text);
            return (tokens, diagnostics);
        }

        /// <summary>
        /// Concatenating each token's leading trivia and text gives the input back; trivia and tokens tile the text
        /// with no gap or overlap; the list ends with one end-of-file token; FirstOnLine is set exactly on tokens
        /// with a line break between them and the previous token.
        /// </summary>
        internal static void AssertExact(TokenList tokens, string text)
        {
            var sb = new StringBuilder(text.Length);
            int expected = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                foreach (var trivia in tokens.GetLeadingTrivia(i))
                {
                    if (trivia.Start != expected || trivia.Length <= 0) Assert.Fail("trivia " + trivia + " before token " + i + " should start at " + expected);
                    sb.Append(text, trivia.Start, trivia.Length);
                    expected = trivia.Start + trivia.Length;
                }

                var token = tokens[i];
                if (token.Start != expected) Assert.Fail("token " + i + " " + token + " should start at " + expected);
                if (token.Kind != SyntaxKind.EndOfFile && token.Length <= 0) Assert.Fail("empty token " + i + " " + token);
                if ((token.Kind == SyntaxKind.EndOfFile) != (i == tokens.Count - 1)) Assert.Fail("end of file token misplaced at " + i);
                sb.Append(text, token.Start, token.Length);
                expected = token.End;

                bool breakBefore = i == 0
                    ? true
                    : HasLineBreak(text, tokens[i - 1].End, token.Start, tokens.GetLeadingTrivia(i));
                if (breakBefore != token.Has(TokenFlags.FirstOnLine)) Assert.Fail("FirstOnLine wrong on token " + i + " " + token);
            }

            Assert.Equal(text.Length, expected);
            Assert.Equal(text, sb.ToString());
        }

        private static bool HasLineBreak(string text, int from, int to, System.ArraySegment<SyntaxTrivia> trivia)
        {
            foreach (var t in trivia)
            {
                // A continuation's line break does not start a new line for the command.
                if (t.Kind == TriviaKind.LineContinuation) continue;
                for (int k = t.Start; k < t.Start + t.Length; k++)
                {
                    if (text[k] == '\n' || text[k] == '\r') return true;
                }
            }

            _ = from;
            _ = to;
            return false;
        }

        /// <summary>Tokens other than end of file, as (kind, text) pairs.</summary>
        internal static List<(SyntaxKind Kind, string Text)> Pairs(TokenList tokens) =>
            Enumerable.Range(0, tokens.Count - 1).Select(i => (tokens[i].Kind, tokens.GetText(i))).ToList();

        internal static List<(TriviaKind Kind, string Text)> Trivia(TokenList tokens, string text) =>
            tokens.AllTrivia.Select(t => (t.Kind, text.Substring(t.Start, t.Length))).ToList();

        /// <summary>The single token of a text (besides end of file).</summary>
        internal static (SyntaxToken Token, string Text, DiagnosticBag Diagnostics) Single(string text, SqlDialect dialect)
        {
            var (tokens, diagnostics) = Lex(text, dialect);
            Assert.Equal(2, tokens.Count);
            return (tokens[0], tokens.GetText(0), diagnostics);
        }
    }
}

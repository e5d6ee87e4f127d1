using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Tests.Lexing;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Splitting
{
    /// <summary>Splits text, checks the invariants of ranges, and describes ranges as short strings.</summary>
    internal static class SplitAssert
    {
        internal static (TokenList Tokens, IReadOnlyList<StatementRange> Ranges, DiagnosticBag Diagnostics) Split(string text, SqlDialect dialect)
        {
            var diagnostics = new DiagnosticBag();
            var (tokens, ranges) = new ScriptSplitter(new SourceText(text), dialect, diagnostics).Split();
            LexAssert.AssertExact(tokens, text);
            AssertRanges(tokens, ranges);
            return (tokens, ranges, diagnostics);
        }

        /// <summary>Ranges are non-empty, in order, do not overlap, end before end of file, and own their terminator.</summary>
        internal static void AssertRanges(TokenList tokens, IReadOnlyList<StatementRange> ranges)
        {
            int previousEnd = 0;
            foreach (var range in ranges)
            {
                if (range.FirstToken < previousEnd) Assert.Fail("overlap at " + range);
                if (range.EndToken <= range.FirstToken) Assert.Fail("empty range " + range);
                if (range.EndToken >= tokens.Count) Assert.Fail("range runs past end of file " + range);
                if (range.TerminatorToken >= 0)
                {
                    Assert.Equal(range.EndToken, range.TerminatorToken);
                    Assert.NotEqual(SyntaxKind.EndOfFile, tokens[range.TerminatorToken].Kind);
                    previousEnd = range.TerminatorToken + 1;
                }
                else
                {
                    previousEnd = range.EndToken;
                }
            }
        }

        /// <summary>"Kind|text of the range|terminator" for each range (text from its first to its last token).</summary>
        internal static string[] Describe(string text, SqlDialect dialect)
        {
            var (tokens, ranges, _) = Split(text, dialect);
            return Describe(tokens, ranges);
        }

        internal static string[] Describe(TokenList tokens, IReadOnlyList<StatementRange> ranges) =>
            ranges.Select(r =>
            {
                string body = tokens.Source.Text.Substring(tokens[r.FirstToken].Start, tokens[r.EndToken - 1].End - tokens[r.FirstToken].Start);
                string terminator = r.TerminatorToken >= 0 ? tokens.GetText(r.TerminatorToken) : string.Empty;
                return r.Kind + "|" + body + "|" + terminator;
            }).ToArray();
    }
}

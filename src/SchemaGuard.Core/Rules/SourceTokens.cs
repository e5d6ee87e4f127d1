using System;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// Token-level help for the few things a rule needs that no node property would sensibly carry: the blanks before a
    /// clause it deletes, the case the user wrote a keyword in, where an inserted clause keeps the user's spacing, and
    /// keywords the parser skips (SQL Server's <c>FILESTREAM_ON</c>). Keywords the parser reads carry spans on their
    /// nodes; use those. This reads the parser's own token list, never the raw text, and re-tokenizes nothing.
    /// </summary>
    internal static class SourceTokens
    {
        /// <summary>
        /// <paramref name="clause"/> widened to the run of whitespace directly in front of it (a comment in between
        /// stays): deleting that removes the clause without leaving a double blank.
        /// </summary>
        internal static TextSpan WithBlanksBefore(SqlScript script, TextSpan clause)
        {
            var tokens = script.Tokens;
            int offset = clause.Start;
            int index = IndexAtOrAfter(tokens, offset);
            if (index >= tokens.Count || tokens[index].Start != offset) return clause;
            var trivia = tokens.GetLeadingTrivia(index);
            int start = offset;
            for (int i = trivia.Count - 1; i >= 0; i--)
            {
                var piece = trivia.Array![trivia.Offset + i];
                if (piece.Kind != TriviaKind.Whitespace) break;
                start = piece.Start;
            }

            return TextSpan.FromBounds(start, clause.End);
        }

        /// <summary>
        /// The span of the token starting at <paramref name="offset"/>, or an empty span there when none does: the first
        /// word of a multi-word clause, whose case <see cref="RuleText.InCaseOf"/> follows.
        /// </summary>
        internal static TextSpan TokenAt(SqlScript script, int offset)
        {
            var tokens = script.Tokens;
            int index = IndexAtOrAfter(tokens, offset);
            return index < tokens.Count && tokens[index].Start == offset && tokens[index].Kind != SyntaxKind.EndOfFile
                ? tokens[index].Span
                : new TextSpan(offset, 0);
        }

        /// <summary>The token just before the one at <paramref name="offset"/> when it is the word <paramref name="word"/>, else null.</summary>
        internal static TextSpan? WordBefore(SqlScript script, int offset, string word)
        {
            var tokens = script.Tokens;
            int index = IndexAtOrAfter(tokens, offset) - 1;
            return index >= 0 && tokens.IsWord(index, word) ? tokens[index].Span : (TextSpan?)null;
        }

        /// <summary>
        /// The end of the token before the one at <paramref name="offset"/>: where a clause inserted in front of that token
        /// goes so that it is written <c>" CLAUSE"</c> and the user's own spacing and line breaks stay after it.
        /// </summary>
        internal static int EndOfTokenBefore(SqlScript script, int offset)
        {
            var tokens = script.Tokens;
            int index = IndexAtOrAfter(tokens, offset) - 1;
            return index >= 0 ? tokens[index].End : offset;
        }

        /// <summary>The span of the first word token <paramref name="word"/> outside parentheses within <paramref name="within"/>, or null.</summary>
        internal static TextSpan? FindWord(SqlScript script, TextSpan within, string word)
        {
            var tokens = script.Tokens;
            int depth = 0;
            for (int i = IndexAtOrAfter(tokens, within.Start); i < tokens.Count && tokens[i].End <= within.End; i++)
            {
                var kind = tokens[i].Kind;
                if (kind == SyntaxKind.EndOfFile) break;
                if (kind == SyntaxKind.OpenParen) depth++;
                else if (kind == SyntaxKind.CloseParen) depth = Math.Max(0, depth - 1);
                else if (depth == 0 && tokens.IsWord(i, word)) return tokens[i].Span;
            }

            return null;
        }

        /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the end-of-file token at worst).</summary>
        private static int IndexAtOrAfter(TokenList tokens, int offset)
        {
            int lo = 0, hi = tokens.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (tokens[mid].Start < offset) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }
    }
}

using System;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// Token-level help for rules that must underline a few keywords a node does not hold a span for (the <c>SET</c>
    /// of an UPDATE, the <c>MOVE</c> of a move action) or delete a clause together with the blanks before it. It reads
    /// the parser's own token list, never the raw text.
    /// </summary>
    internal static class SourceTokens
    {
        /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the end-of-file token at worst).</summary>
        internal static int IndexAtOrAfter(TokenList tokens, int offset)
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

        /// <summary>
        /// Where the blanks just before the token at <paramref name="offset"/> begin: the run of whitespace trivia
        /// directly in front of it (a comment in between stays). Deleting from there to the end of a clause removes
        /// the clause without leaving a double blank.
        /// </summary>
        internal static int BlankStartBefore(SqlScript script, int offset)
        {
            var tokens = script.Tokens;
            int index = IndexAtOrAfter(tokens, offset);
            if (index >= tokens.Count || tokens[index].Start != offset) return offset;
            var trivia = tokens.GetLeadingTrivia(index);
            int start = offset;
            for (int i = trivia.Count - 1; i >= 0; i--)
            {
                var piece = trivia.Array![trivia.Offset + i];
                if (piece.Kind != TriviaKind.Whitespace) break;
                start = piece.Start;
            }

            return start;
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

        /// <summary>The span of the token starting at <paramref name="offset"/>, or an empty span there when none does.</summary>
        internal static TextSpan TokenAt(SqlScript script, int offset)
        {
            var tokens = script.Tokens;
            int index = IndexAtOrAfter(tokens, offset);
            return index < tokens.Count && tokens[index].Start == offset && tokens[index].Kind != SyntaxKind.EndOfFile
                ? tokens[index].Span
                : new TextSpan(offset, 0);
        }

        /// <summary>The span from the token at <paramref name="offset"/> through the end of the <paramref name="count"/>-th token from it.</summary>
        internal static TextSpan Tokens(SqlScript script, int offset, int count)
        {
            var tokens = script.Tokens;
            int index = IndexAtOrAfter(tokens, offset);
            int last = Math.Min(index + count - 1, tokens.Count - 1);
            while (last > index && tokens[last].Kind == SyntaxKind.EndOfFile) last--;
            return last < index ? new TextSpan(offset, 0) : TextSpan.FromBounds(offset, Math.Max(offset, tokens[last].End));
        }

        /// <summary>
        /// <paramref name="keyword"/> in the case the user writes keywords in: lower case when <paramref name="sample"/>
        /// (a keyword of theirs) has letters and all are lower case, else upper case.
        /// </summary>
        internal static string InCaseOf(string sample, string keyword)
        {
            bool anyLetter = false;
            foreach (char c in sample)
            {
                if (!char.IsLetter(c)) continue;
                anyLetter = true;
                if (char.IsUpper(c)) return keyword.ToUpperInvariant();
            }

            return anyLetter ? keyword.ToLowerInvariant() : keyword.ToUpperInvariant();
        }
    }
}

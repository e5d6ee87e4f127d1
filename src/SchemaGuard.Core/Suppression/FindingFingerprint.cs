using System;
using System.Security.Cryptography;
using System.Text;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Suppression
{
    /// <summary>
    /// The stable identity of a finding: a hash of the rule id and the normalized text of the statement the
    /// finding is in. Normalized means: the statement's tokens, words upper-cased, everything else as written,
    /// joined by single spaces; comments and whitespace dropped (optimizer hints kept, they change what runs).
    /// Moving a statement, re-indenting it or editing its comments keeps the fingerprint; changing it does not.
    /// </summary>
    public static class FindingFingerprint
    {
        /// <summary>Number of hex digits kept from the SHA-256 hash (64 bits).</summary>
        public const int Length = 16;

        /// <summary>Fingerprint of a finding inside the statement covering tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>).</summary>
        public static string FromStatement(string ruleId, TokenList tokens, int firstToken, int endToken) =>
            Hash(ruleId, NormalizeStatement(tokens, firstToken, endToken));

        /// <summary>
        /// Fingerprint of a finding outside any statement (a setting, a file-level problem): the text of the lines the
        /// span touches with whitespace runs collapsed.
        /// </summary>
        public static string FromLines(string ruleId, SourceText source, TextSpan span)
        {
            var lines = source.Lines;
            int firstLine = source.GetPosition(span.Start).Line;
            int lastLine = source.GetPosition(span.End).Line;
            int start = lines.GetLineStart(firstLine);
            int end = lastLine < lines.LineCount ? lines.GetLineStart(lastLine + 1) : source.Length;
            return Hash(ruleId, CollapseWhitespace(source.Text, start, end));
        }

        /// <summary>The normalized text of a token range, as hashed by <see cref="FromStatement"/>.</summary>
        public static string NormalizeStatement(TokenList tokens, int firstToken, int endToken)
        {
            var sb = new StringBuilder();
            string text = tokens.Source.Text;
            for (int i = Math.Max(0, firstToken); i < endToken && i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Kind == SyntaxKind.EndOfFile) break;
                if (i > firstToken)
                {
                    foreach (var trivia in tokens.GetLeadingTrivia(i))
                    {
                        if (trivia.Kind != TriviaKind.Hint) continue;
                        Separate(sb);
                        sb.Append(CollapseWhitespace(text, trivia.Start, trivia.Start + trivia.Length));
                    }
                }

                Separate(sb);
                if (token.Kind == SyntaxKind.Word)
                {
                    for (int k = token.Start; k < token.End; k++) sb.Append(char.ToUpperInvariant(text[k]));
                }
                else
                {
                    sb.Append(text, token.Start, token.Length);
                }
            }

            return sb.ToString();
        }

        private static void Separate(StringBuilder sb)
        {
            if (sb.Length > 0) sb.Append(' ');
        }

        private static string CollapseWhitespace(string text, int start, int end)
        {
            var sb = new StringBuilder(end - start);
            bool pendingSpace = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }

                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }

            return sb.ToString();
        }

        private static string Hash(string ruleId, string normalized)
        {
            byte[] input = Encoding.UTF8.GetBytes(ruleId.ToUpperInvariant() + "\n" + normalized);
            byte[] hash;
            using (var sha = SHA256.Create()) hash = sha.ComputeHash(input);
            var sb = new StringBuilder(Length);
            for (int i = 0; i < Length / 2; i++) sb.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return sb.ToString();
        }
    }
}

using System.Text;
using SchemaGuard.Sql.Lexing;

namespace SchemaGuard.Sql.Tests.Infrastructure
{
    /// <summary>Small text helpers shared by the invariant, fixture and corpus tests.</summary>
    internal static class SqlText
    {
        /// <summary>The text rebuilt from every token's leading trivia and text, in order.</summary>
        public static string Rebuild(TokenList tokens)
        {
            var text = tokens.Source.Text;
            var sb = new StringBuilder(text.Length);
            for (int i = 0; i < tokens.Count; i++)
            {
                foreach (var trivia in tokens.GetLeadingTrivia(i)) sb.Append(text, trivia.Start, trivia.Length);
                var token = tokens[i];
                sb.Append(text, token.Start, token.Length);
            }

            return sb.ToString();
        }

        /// <summary>The text with every CRLF and lone CR turned into LF.</summary>
        public static string ToLf(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

        /// <summary>The text with every line break turned into <paramref name="lineBreak"/>.</summary>
        public static string WithLineBreaks(string text, string lineBreak) => ToLf(text).Replace("\n", lineBreak);
    }
}

namespace SchemaGuard.Sql.Lexing
{
    /// <summary>Keyword comparisons straight on the source text, without allocating.</summary>
    internal static class AsciiText
    {
        /// <summary>Whether <paramref name="length"/> characters of <paramref name="s"/> at <paramref name="start"/> equal <paramref name="text"/> ignoring ASCII case.</summary>
        internal static bool EqualsIgnoreCase(string s, int start, int length, string text)
        {
            if (length != text.Length || start < 0 || start + length > s.Length) return false;
            for (int i = 0; i < length; i++)
            {
                char a = s[start + i];
                char b = text[i];
                if (a == b) continue;
                if ((a | 0x20) != (b | 0x20) || (uint)((a | 0x20) - 'a') > 'z' - 'a') return false;
            }

            return true;
        }

        /// <summary>Whether <paramref name="s"/> holds <paramref name="text"/> at <paramref name="start"/>, ignoring ASCII case.</summary>
        internal static bool StartsWithIgnoreCase(string s, int start, string text) =>
            start + text.Length <= s.Length && EqualsIgnoreCase(s, start, text.Length, text);
    }
}

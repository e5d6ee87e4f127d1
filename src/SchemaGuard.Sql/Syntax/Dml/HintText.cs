using System;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>Reading optimizer hint comments (<see cref="Statement.Hints"/>) without each rule scanning text.</summary>
    public static class HintText
    {
        /// <summary>
        /// Whether the hint comment at <paramref name="hint"/> names the hint <paramref name="name"/> (ignoring case) at its
        /// top level: <c>/*+ APPEND PARALLEL(t 4) */</c> contains <c>APPEND</c> and <c>PARALLEL</c>, not <c>t</c>.
        /// </summary>
        public static bool Contains(SourceText text, TextSpan hint, string name)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            if (string.IsNullOrEmpty(name)) return false;
            string s = text.Text;
            int end = Math.Min(hint.End, s.Length);
            int i = Math.Max(0, hint.Start);

            // Skip the opener: "/*+" or "--+".
            if (i + 3 <= end && s[i + 2] == '+') i += 3;
            int depth = 0;
            while (i < end)
            {
                char c = s[i];
                if (c == '(') { depth++; i++; continue; }
                if (c == ')') { depth = Math.Max(0, depth - 1); i++; continue; }
                if (!IsWordChar(c)) { i++; continue; }
                int start = i;
                while (i < end && IsWordChar(s[i])) i++;
                if (depth == 0 && i - start == name.Length && string.Compare(s, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
    }
}

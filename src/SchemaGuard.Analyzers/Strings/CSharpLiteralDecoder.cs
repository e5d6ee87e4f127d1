using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGuard.Analyzers.Strings
{
    /// <summary>
    /// Decodes the source text of a C# string literal or interpolated string (regular, verbatim, raw single- and
    /// multi-line) into a <see cref="SqlStringMap"/>, recording for every character where it was written. Holes
    /// (interpolations) are given as spans; the caller's callback appends what stands for each.
    /// </summary>
    internal static class CSharpLiteralDecoder
    {
        /// <summary>A hole: its span in the literal's text (relative to the literal's start) and what to append for it.</summary>
        internal readonly struct Hole
        {
            internal Hole(int start, int end, Action<SqlStringMap> append)
            {
                Start = start;
                End = end;
                Append = append;
            }

            internal int Start { get; }

            internal int End { get; }

            internal Action<SqlStringMap> Append { get; }
        }

        private static readonly Hole[] NoHoles = new Hole[0];

        /// <summary>
        /// Decodes <paramref name="text"/> (the literal exactly as written, prefix and quotes included) that starts at
        /// <paramref name="position"/> in <paramref name="tree"/>. Returns false when the text is not a string literal
        /// this decoder knows (it then appends nothing).
        /// </summary>
        internal static bool Decode(string text, SyntaxTree? tree, int position, SqlStringMap map, IReadOnlyList<Hole>? holes = null)
        {
            holes ??= NoHoles;
            int i = 0;
            bool interpolated = false, verbatim = false;
            while (i < text.Length && (text[i] == '$' || text[i] == '@'))
            {
                if (text[i] == '$') interpolated = true;
                else verbatim = true;
                i++;
            }

            int quotes = 0;
            while (i + quotes < text.Length && text[i + quotes] == '"') quotes++;
            if (quotes == 0) return false;
            if (quotes >= 3) return DecodeRaw(text, tree, position, i, quotes, map, holes);
            if (quotes == 2 && text.Length == i + 2)
            {
                return true; // "" or @"" or $"": empty
            }

            int start = i + 1;
            int end = text.Length - 1;
            if (end < start || text[end] != '"') return false;
            if (verbatim) DecodeVerbatim(text, tree, position, start, end, interpolated, map, holes);
            else DecodeRegular(text, tree, position, start, end, interpolated, map, holes);
            return true;
        }

        private static int NextHole(IReadOnlyList<Hole> holes, ref int h, int i)
        {
            while (h < holes.Count && holes[h].End <= i) h++;
            return h < holes.Count ? holes[h].Start : int.MaxValue;
        }

        private static void DecodeRegular(string text, SyntaxTree? tree, int position, int start, int end, bool interpolated, SqlStringMap map, IReadOnlyList<Hole> holes)
        {
            int h = 0;
            int i = start;
            while (i < end)
            {
                if (i == NextHole(holes, ref h, i))
                {
                    holes[h].Append(map);
                    i = holes[h].End;
                    continue;
                }

                char c = text[i];
                if (c == '\\' && i + 1 < end)
                {
                    int consumed = ReadEscape(text, i, end, out string value);
                    map.AppendMapped(value, tree, new TextSpan(position + i, consumed));
                    i += consumed;
                }
                else if (interpolated && (c == '{' || c == '}') && i + 1 < end && text[i + 1] == c)
                {
                    map.AppendMapped(c.ToString(), tree, new TextSpan(position + i, 2));
                    i += 2;
                }
                else
                {
                    map.AppendChar(c, tree, position + i);
                    i++;
                }
            }
        }

        private static void DecodeVerbatim(string text, SyntaxTree? tree, int position, int start, int end, bool interpolated, SqlStringMap map, IReadOnlyList<Hole> holes)
        {
            int h = 0;
            int i = start;
            while (i < end)
            {
                if (i == NextHole(holes, ref h, i))
                {
                    holes[h].Append(map);
                    i = holes[h].End;
                    continue;
                }

                char c = text[i];
                if ((c == '"' || (interpolated && (c == '{' || c == '}'))) && i + 1 < end && text[i + 1] == c)
                {
                    map.AppendMapped(c.ToString(), tree, new TextSpan(position + i, 2));
                    i += 2;
                }
                else
                {
                    map.AppendChar(c, tree, position + i);
                    i++;
                }
            }
        }

        /// <summary>
        /// Raw strings: <c>"""text"""</c> on one line, or content lines between an opening and a closing delimiter line,
        /// with the closing line's whitespace removed from the start of every content line and the first and last line
        /// breaks left out. Text is literal (no escapes); holes are found by span.
        /// </summary>
        private static bool DecodeRaw(string text, SyntaxTree? tree, int position, int open, int quotes, SqlStringMap map, IReadOnlyList<Hole> holes)
        {
            int contentStart = open + quotes;
            int contentEnd = text.Length - quotes;
            if (contentEnd < contentStart) return false;
            int h = 0;
            int firstBreak = FindLineBreak(text, contentStart, contentEnd, holes);
            if (firstBreak < 0)
            {
                EmitLine(text, tree, position, contentStart, contentEnd, map, holes, ref h);
                return true;
            }

            int lastBreak = FindLastLineBreak(text, contentStart, contentEnd, holes);
            int indentStart = lastBreak + 1;
            int indent = contentEnd - indentStart;
            int lineStart = firstBreak + BreakLength(text, firstBreak);
            if (lastBreak > 0 && text[lastBreak] == '\n' && text[lastBreak - 1] == '\r') lastBreak--;
            bool firstLine = true;
            while (lineStart <= lastBreak)
            {
                int brk = FindLineBreak(text, lineStart, lastBreak, holes);
                int lineEnd = brk < 0 ? lastBreak : brk;
                if (!firstLine)
                {
                    // The line break between two content lines is part of the value, as written.
                    int prev = lineStart - 1;
                    if (prev > 0 && text[prev] == '\n' && text[prev - 1] == '\r') prev--;
                    for (int k = prev; k < lineStart; k++) map.AppendChar(text[k], tree, position + k);
                }

                firstLine = false;
                int skip = 0;
                while (skip < indent && lineStart + skip < lineEnd && (text[lineStart + skip] == ' ' || text[lineStart + skip] == '\t') && !InHole(holes, lineStart + skip)) skip++;
                if (!IsBlank(text, lineStart, lineEnd, holes)) EmitLine(text, tree, position, lineStart + skip, lineEnd, map, holes, ref h);
                if (brk < 0) break;
                lineStart = brk + BreakLength(text, brk);
            }

            return true;
        }

        private static void EmitLine(string text, SyntaxTree? tree, int position, int from, int to, SqlStringMap map, IReadOnlyList<Hole> holes, ref int h)
        {
            int i = from;
            while (i < to)
            {
                if (i == NextHole(holes, ref h, i))
                {
                    holes[h].Append(map);
                    i = holes[h].End;
                    continue;
                }

                map.AppendChar(text[i], tree, position + i);
                i++;
            }
        }

        private static bool InHole(IReadOnlyList<Hole> holes, int i)
        {
            foreach (var hole in holes)
            {
                if (i >= hole.Start && i < hole.End) return true;
            }

            return false;
        }

        private static bool IsBlank(string text, int from, int to, IReadOnlyList<Hole> holes)
        {
            for (int i = from; i < to; i++)
            {
                if (InHole(holes, i)) return false;
                if (text[i] != ' ' && text[i] != '\t') return false;
            }

            return true;
        }

        /// <summary>The index of the first line break (its first character) in [from, to) outside holes, or -1.</summary>
        private static int FindLineBreak(string text, int from, int to, IReadOnlyList<Hole> holes)
        {
            for (int i = from; i < to; i++)
            {
                if ((text[i] == '\n' || text[i] == '\r') && !InHole(holes, i)) return i;
            }

            return -1;
        }

        /// <summary>The index of the last line break's final character (the <c>\n</c> of <c>\r\n</c>) before <paramref name="to"/>.</summary>
        private static int FindLastLineBreak(string text, int from, int to, IReadOnlyList<Hole> holes)
        {
            for (int i = to - 1; i >= from; i--)
            {
                if ((text[i] == '\n' || text[i] == '\r') && !InHole(holes, i)) return i;
            }

            return -1;
        }

        private static int BreakLength(string text, int i) => text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;

        /// <summary>Reads the escape sequence at <paramref name="i"/> (a backslash); returns how many characters it takes.</summary>
        private static int ReadEscape(string text, int i, int end, out string value)
        {
            char c = text[i + 1];
            switch (c)
            {
                case '\'': value = "'"; return 2;
                case '"': value = "\""; return 2;
                case '\\': value = "\\"; return 2;
                case '0': value = "\0"; return 2;
                case 'a': value = "\a"; return 2;
                case 'b': value = "\b"; return 2;
                case 'e': value = "\u001b"; return 2;
                case 'f': value = "\f"; return 2;
                case 'n': value = "\n"; return 2;
                case 'r': value = "\r"; return 2;
                case 't': value = "\t"; return 2;
                case 'v': value = "\v"; return 2;
                case 'u':
                    if (TryHex(text, i + 2, 4, 4, end, out int u, out _))
                    {
                        value = ((char)u).ToString();
                        return 6;
                    }

                    break;
                case 'U':
                    if (TryHex(text, i + 2, 8, 8, end, out int cp, out _) && cp <= 0x10FFFF)
                    {
                        value = char.ConvertFromUtf32(cp);
                        return 10;
                    }

                    break;
                case 'x':
                    if (TryHex(text, i + 2, 1, 4, end, out int x, out int digits))
                    {
                        value = ((char)x).ToString();
                        return 2 + digits;
                    }

                    break;
            }

            // Not valid C# (the compiler reports it); keep the characters so offsets stay sane.
            value = text.Substring(i, 2);
            return 2;
        }

        private static bool TryHex(string text, int from, int min, int max, int end, out int value, out int digits)
        {
            value = 0;
            digits = 0;
            while (digits < max && from + digits < end && Uri.IsHexDigit(text[from + digits]))
            {
                value = value * 16 + int.Parse(text[from + digits].ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                digits++;
            }

            return digits >= min;
        }
    }
}

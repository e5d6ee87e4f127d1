using System;
using System.Collections.Generic;

namespace SchemaGuard.Core.Migrations
{
    /// <summary>
    /// Compares names the way people number files: runs of digits by their numeric value (<c>file2</c> before
    /// <c>file10</c>, <c>3.9</c> before <c>3.10</c>, 20-digit timestamps without overflow), everything else by character
    /// ignoring case, with ordinal order as the last tie-break so the order is total.
    /// </summary>
    public sealed class NaturalComparer : IComparer<string>
    {
        /// <summary>The shared instance.</summary>
        public static NaturalComparer Instance { get; } = new NaturalComparer();

        /// <inheritdoc />
        public int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            int result = CompareIgnoringTies(x, y);
            return result != 0 ? result : string.CompareOrdinal(x, y);
        }

        /// <summary>The comparison without the ordinal tie-break: 0 for <c>a01</c> and <c>A1</c>.</summary>
        internal static int CompareIgnoringTies(string x, string y)
        {
            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (IsDigit(x[i]) && IsDigit(y[j]))
                {
                    int endX = SkipDigits(x, i), endY = SkipDigits(y, j);
                    int result = CompareNumbers(x, i, endX, y, j, endY);
                    if (result != 0) return result;
                    i = endX;
                    j = endY;
                    continue;
                }

                // Lower case puts the usual separators (. - _) before letters, so "a_b" < "ab" and "a.sql" < "a_2.sql".
                char a = char.ToLowerInvariant(x[i]), b = char.ToLowerInvariant(y[j]);
                if (a != b) return a < b ? -1 : 1;
                i++;
                j++;
            }
            return (x.Length - i).CompareTo(y.Length - j);
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static int SkipDigits(string s, int i)
        {
            while (i < s.Length && IsDigit(s[i])) i++;
            return i;
        }

        /// <summary>Compares two digit runs by value, however long: strip leading zeros, then the longer is larger, then digit by digit.</summary>
        private static int CompareNumbers(string x, int startX, int endX, string y, int startY, int endY)
        {
            while (startX < endX - 1 && x[startX] == '0') startX++;
            while (startY < endY - 1 && y[startY] == '0') startY++;
            int lengthX = endX - startX, lengthY = endY - startY;
            if (lengthX != lengthY) return lengthX < lengthY ? -1 : 1;
            for (int k = 0; k < lengthX; k++)
            {
                char a = x[startX + k], b = y[startY + k];
                if (a != b) return a < b ? -1 : 1;
            }
            return 0;
        }
    }
}

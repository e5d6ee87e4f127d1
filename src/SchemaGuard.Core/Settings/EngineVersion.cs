using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SchemaGuard.Core.Settings
{
    /// <summary>
    /// A database engine version as users write it: <c>19</c>, <c>19c</c>, <c>12.2</c>, <c>12.2.0.1</c>, <c>8.0.29</c>,
    /// <c>14</c>, <c>23ai</c>. Numeric parts compare one by one, missing parts counting as zero, so <c>19</c> equals
    /// <c>19.0</c> and <c>8.0</c> is below <c>8.0.29</c>. A letter suffix (<c>c</c>, <c>g</c>, <c>ai</c>) is kept for display only.
    /// </summary>
    public sealed class EngineVersion : IComparable<EngineVersion>, IEquatable<EngineVersion>
    {
        private const int MaxParts = 6;
        private readonly int[] _parts;

        private EngineVersion(int[] parts, string suffix, string text)
        {
            _parts = parts;
            Suffix = suffix;
            Text = text;
        }

        /// <summary>The numeric parts as written (at least one).</summary>
        public IReadOnlyList<int> Parts => _parts;

        /// <summary>The first part.</summary>
        public int Major => _parts[0];

        /// <summary>The second part, or 0.</summary>
        public int Minor => Part(1);

        /// <summary>The third part, or 0.</summary>
        public int Patch => Part(2);

        /// <summary>The letters after the numbers (<c>c</c> in <c>19c</c>), lower case; empty when none.</summary>
        public string Suffix { get; }

        /// <summary>The version as written (trimmed).</summary>
        public string Text { get; }

        /// <summary>The part at <paramref name="index"/>, or 0 when not written.</summary>
        public int Part(int index) => index < _parts.Length ? _parts[index] : 0;

        /// <summary>Reads a version; false for anything that is not numbers separated by dots with an optional letter suffix.</summary>
        public static bool TryParse(string? text, out EngineVersion version)
        {
            version = null!;
            if (text == null) return false;
            string s = text.Trim();
            var parts = new List<int>();
            int i = 0;
            while (true)
            {
                int start = i;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
                if (i == start || i - start > 9) return false;
                parts.Add(int.Parse(s.Substring(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture));
                if (parts.Count > MaxParts) return false;
                if (i < s.Length && s[i] == '.')
                {
                    i++;
                    continue;
                }

                break;
            }

            int suffixStart = i;
            while (i < s.Length && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) i++;
            if (i != s.Length || i - suffixStart > 4) return false;
            version = new EngineVersion(parts.ToArray(), s.Substring(suffixStart).ToLowerInvariant(), s);
            return true;
        }

        /// <summary>Reads a version or throws <see cref="FormatException"/>.</summary>
        public static EngineVersion Parse(string text) =>
            TryParse(text, out var version) ? version : throw new FormatException("'" + text + "' is not a version such as 19, 19c, 12.2 or 8.0.29.");

        /// <summary>Whether this version is at least <paramref name="other"/> (written as text, e.g. <c>"12.2"</c>).</summary>
        public bool IsAtLeast(string other) => CompareTo(Parse(other)) >= 0;

        /// <summary>Whether this version lies in [<paramref name="fromInclusive"/>, <paramref name="toExclusive"/>).</summary>
        public bool IsInRange(string fromInclusive, string toExclusive) =>
            CompareTo(Parse(fromInclusive)) >= 0 && CompareTo(Parse(toExclusive)) < 0;

        /// <inheritdoc />
        public int CompareTo(EngineVersion? other)
        {
            if (other is null) return 1;
            int n = Math.Max(_parts.Length, other._parts.Length);
            for (int i = 0; i < n; i++)
            {
                int c = Part(i).CompareTo(other.Part(i));
                if (c != 0) return c;
            }

            return 0;
        }

        /// <inheritdoc />
        public bool Equals(EngineVersion? other) => other is object && CompareTo(other) == 0;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EngineVersion other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            // Trailing zeros do not count, to agree with Equals (19 == 19.0).
            int last = _parts.Length - 1;
            while (last > 0 && _parts[last] == 0) last--;
            int hash = 17;
            for (int i = 0; i <= last; i++) hash = unchecked(hash * 31 + _parts[i]);
            return hash;
        }

        /// <summary>The numeric parts joined by dots (<c>19</c>, <c>8.0.29</c>), without the suffix.</summary>
        public string ToNumericString()
        {
            var sb = new StringBuilder();
            for (int i = 0; i < _parts.Length; i++)
            {
                if (i > 0) sb.Append('.');
                sb.Append(_parts[i].ToString(CultureInfo.InvariantCulture));
            }

            return sb.ToString();
        }

        /// <summary>The version as written.</summary>
        public override string ToString() => Text;

        /// <summary>Ordering.</summary>
        public static bool operator <(EngineVersion left, EngineVersion right) => Compare(left, right) < 0;

        /// <summary>Ordering.</summary>
        public static bool operator >(EngineVersion left, EngineVersion right) => Compare(left, right) > 0;

        /// <summary>Ordering.</summary>
        public static bool operator <=(EngineVersion left, EngineVersion right) => Compare(left, right) <= 0;

        /// <summary>Ordering.</summary>
        public static bool operator >=(EngineVersion left, EngineVersion right) => Compare(left, right) >= 0;

        /// <summary>Equality by numeric parts.</summary>
        public static bool operator ==(EngineVersion? left, EngineVersion? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Inequality by numeric parts.</summary>
        public static bool operator !=(EngineVersion? left, EngineVersion? right) => !(left == right);

        private static int Compare(EngineVersion? left, EngineVersion? right)
        {
            if (left is null) return right is null ? 0 : -1;
            return left.CompareTo(right);
        }
    }
}

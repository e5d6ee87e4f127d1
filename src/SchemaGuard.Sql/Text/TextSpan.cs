using System;

namespace SchemaGuard.Sql.Text
{
    /// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>: where a token, node or finding sits.</summary>
    public readonly struct TextSpan : IEquatable<TextSpan>
    {
        /// <summary>Creates a span from its start offset and length.</summary>
        public TextSpan(int start, int length)
        {
            if (start < 0) throw new ArgumentOutOfRangeException(nameof(start));
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
            Start = start;
            Length = length;
        }

        /// <summary>Offset of the first code unit.</summary>
        public int Start { get; }

        /// <summary>Number of code units.</summary>
        public int Length { get; }

        /// <summary>Offset just past the last code unit.</summary>
        public int End => Start + Length;

        /// <summary>Whether the span covers no text.</summary>
        public bool IsEmpty => Length == 0;

        /// <summary>Creates a span from a start and an end offset.</summary>
        public static TextSpan FromBounds(int start, int end) => new TextSpan(start, end - start);

        /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
        public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

        /// <summary>Whether the offset lies inside this span (the end is exclusive).</summary>
        public bool Contains(int offset) => offset >= Start && offset < End;

        /// <summary>The smallest span covering both.</summary>
        public TextSpan Union(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

        /// <inheritdoc />
        public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Start * 397) ^ Length);

        /// <summary>Equality.</summary>
        public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

        /// <inheritdoc />
        public override string ToString() => "[" + Start + ".." + End + ")";
    }
}

using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGuard.Analyzers.Strings
{
    /// <summary>
    /// One stretch of the SQL text and the C# source characters it came from. A one-to-one segment maps each SQL
    /// character to one source character (plain literal text); any other maps its SQL characters as a whole to its
    /// source characters (an escape sequence <c>\n</c>, a doubled quote, a constant whose text lives elsewhere, a hole).
    /// </summary>
    internal readonly struct SqlSegment
    {
        internal SqlSegment(int sqlStart, int sqlLength, SyntaxTree? tree, TextSpan source, bool oneToOne, SqlAnchor? anchor = null)
        {
            SqlStart = sqlStart;
            SqlLength = sqlLength;
            Tree = tree;
            Source = source;
            OneToOne = oneToOne;
            Anchor = anchor;
        }

        /// <summary>Where the piece was brought in from elsewhere (a constant's reference, an interpolation hole); null at the top.</summary>
        internal SqlAnchor? Anchor { get; }

        internal int SqlStart { get; }

        internal int SqlLength { get; }

        internal int SqlEnd => SqlStart + SqlLength;

        internal SyntaxTree? Tree { get; }

        internal TextSpan Source { get; }

        internal bool OneToOne { get; }

        public override string ToString() => "[" + SqlStart + ".." + SqlEnd + ") -> " + Source + (OneToOne ? " 1:1" : string.Empty);
    }

    /// <summary>
    /// The place an outer expression brings in text written elsewhere: the reference to a <c>const</c> whose declaration
    /// holds the characters, or an interpolation hole. A span that starts and ends under different anchors is widened to
    /// the anchors at the level they share, so it never runs backwards or across unrelated code.
    /// </summary>
    internal sealed class SqlAnchor
    {
        internal SqlAnchor(SqlAnchor? parent, SyntaxTree? tree, TextSpan span)
        {
            Parent = parent;
            Tree = tree;
            Span = span;
            Depth = parent == null ? 1 : parent.Depth + 1;
        }

        internal SqlAnchor? Parent { get; }

        internal SyntaxTree? Tree { get; }

        internal TextSpan Span { get; }

        internal int Depth { get; }
    }

    /// <summary>
    /// The SQL a C# expression evaluates to, and for each piece of it where it was written, so that a finding at an
    /// offset in the SQL lands on the exact characters in the C# source, through escapes, verbatim and raw strings,
    /// concatenations and constants.
    /// </summary>
    internal sealed class SqlStringMap
    {
        private readonly List<SqlSegment> _segments = new List<SqlSegment>();
        private readonly StringBuilder _text = new StringBuilder();
        private SqlAnchor? _anchor;

        /// <summary>The SQL text built so far.</summary>
        internal string Text => _text.ToString();

        internal int Length => _text.Length;

        internal IReadOnlyList<SqlSegment> Segments => _segments;

        /// <summary>Whether some part of the text is a placeholder for a value not known at compile time.</summary>
        internal bool HasPlaceholders { get; set; }

        /// <summary>Appends one character written as itself at <paramref name="sourcePosition"/>; runs merge into one segment.</summary>
        internal void AppendChar(char c, SyntaxTree? tree, int sourcePosition)
        {
            int n = _segments.Count;
            if (n > 0)
            {
                var last = _segments[n - 1];
                if (last.OneToOne && last.Tree == tree && last.Anchor == _anchor && last.SqlEnd == _text.Length && last.Source.End == sourcePosition)
                {
                    _segments[n - 1] = new SqlSegment(last.SqlStart, last.SqlLength + 1, tree, new TextSpan(last.Source.Start, last.Source.Length + 1), true, _anchor);
                    _text.Append(c);
                    return;
                }
            }

            _segments.Add(new SqlSegment(_text.Length, 1, tree, new TextSpan(sourcePosition, 1), true, _anchor));
            _text.Append(c);
        }

        /// <summary>Appends text that came from <paramref name="source"/> as a whole.</summary>
        internal void AppendMapped(string text, SyntaxTree? tree, TextSpan source)
        {
            if (text.Length == 0) return;
            _segments.Add(new SqlSegment(_text.Length, text.Length, tree, source, false, _anchor));
            _text.Append(text);
        }

        /// <summary>Text appended until <see cref="PopAnchor"/> is brought in by the expression at <paramref name="span"/>.</summary>
        internal void PushAnchor(SyntaxTree? tree, TextSpan span) => _anchor = new SqlAnchor(_anchor, tree, span);

        internal void PopAnchor() => _anchor = _anchor?.Parent;

        /// <summary>Appends another map's text and segments (anchors kept, nested under the current one only if it had none).</summary>
        internal void Append(SqlStringMap other)
        {
            int offset = _text.Length;
            foreach (var segment in other._segments)
            {
                _segments.Add(new SqlSegment(segment.SqlStart + offset, segment.SqlLength, segment.Tree, segment.Source, segment.OneToOne, segment.Anchor ?? _anchor));
            }

            _text.Append(other._text);
            if (other.HasPlaceholders) HasPlaceholders = true;
        }

        /// <summary>A point to go back to with <see cref="Reset"/> when building a piece fails halfway.</summary>
        internal (int Text, int Segments, SqlAnchor? Anchor) Mark() => (_text.Length, _segments.Count, _anchor);

        internal void Reset((int Text, int Segments, SqlAnchor? Anchor) mark)
        {
            _text.Length = mark.Text;
            _segments.RemoveRange(mark.Segments, _segments.Count - mark.Segments);
            _anchor = mark.Anchor;
        }

        /// <summary>
        /// The source location of the SQL span [start, start + length): the tree and span in it. Null when nothing maps.
        /// A span reaching into pieces written in another file is cut at the last piece in the file it starts in.
        /// </summary>
        internal (SyntaxTree? Tree, TextSpan Span)? Map(int start, int length)
        {
            if (_segments.Count == 0) return null;
            if (start < 0) start = 0;
            if (start > _text.Length) start = _text.Length;
            if (length < 0) length = 0;
            if (start + length > _text.Length) length = _text.Length - start;

            var s = _segments[Find(start)];
            int srcStart = start >= s.SqlEnd ? s.Source.End : s.OneToOne ? s.Source.Start + (start - s.SqlStart) : s.Source.Start;
            if (length == 0)
            {
                if (start == 0) return (s.Tree, new TextSpan(srcStart, 0));

                // An insertion belongs after the character before it: at the end of a piece, not before the next one
                // (which may be a terminator the translation added, or another literal).
                var p = _segments[Find(start - 1)];
                int after = p.OneToOne ? p.Source.Start + (start - 1 - p.SqlStart) + 1 : p.Source.End;
                return (p.Tree, new TextSpan(after, 0));
            }

            int lastChar = start + length - 1;
            int last = Find(lastChar);
            var e = _segments[last];
            int srcEnd = e.OneToOne ? e.Source.Start + (lastChar - e.SqlStart) + 1 : e.Source.End;
            if (s.Anchor == e.Anchor)
            {
                // Pieces under one origin may be written in any order (named arguments of a translated call): take their union.
                int first = Find(start);
                int lo = srcStart, hi = Math.Max(srcStart, srcEnd);
                for (int i = first + 1; i < last; i++)
                {
                    var m = _segments[i];
                    if (m.Anchor != s.Anchor || m.Tree != s.Tree) continue;
                    lo = Math.Min(lo, m.Source.Start);
                    hi = Math.Max(hi, m.Source.End);
                }

                if (e.Tree == s.Tree) lo = Math.Min(lo, e.OneToOne ? srcEnd - 1 : e.Source.Start);
                return (s.Tree, TextSpan.FromBounds(lo, hi));
            }

            // Different origins: climb to the level both share and take the outermost anchors below it.
            var common = Common(s.Anchor, e.Anchor);
            var tree = s.Tree;
            if (s.Anchor != common)
            {
                var a = Below(s.Anchor!, common);
                srcStart = a.Span.Start;
                tree = a.Tree;
            }

            if (e.Anchor != common) srcEnd = Below(e.Anchor!, common).Span.End;
            return (tree, TextSpan.FromBounds(srcStart, Math.Max(srcStart, srcEnd)));
        }

        private static SqlAnchor? Common(SqlAnchor? a, SqlAnchor? b)
        {
            while (a != null && b != null && a.Depth > b.Depth) a = a.Parent;
            while (a != null && b != null && b.Depth > a.Depth) b = b.Parent;
            while (a != b)
            {
                a = a?.Parent;
                b = b?.Parent;
            }

            return a;
        }

        /// <summary>The ancestor of <paramref name="anchor"/> (or itself) one level below <paramref name="common"/>.</summary>
        private static SqlAnchor Below(SqlAnchor anchor, SqlAnchor? common)
        {
            int depth = common == null ? 1 : common.Depth + 1;
            while (anchor.Depth > depth) anchor = anchor.Parent!;
            return anchor;
        }

        /// <summary>The location of the SQL span in the C# source.</summary>
        internal Location? MapToLocation(int start, int length)
        {
            var mapped = Map(start, length);
            if (mapped == null || mapped.Value.Tree == null) return null;
            return Location.Create(mapped.Value.Tree, mapped.Value.Span);
        }

        /// <summary>The segment holding SQL offset <paramref name="offset"/> (the last one for an offset at the end).</summary>
        private int Find(int offset)
        {
            int lo = 0, hi = _segments.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (_segments[mid].SqlStart <= offset) lo = mid;
                else hi = mid - 1;
            }

            return lo;
        }
    }
}

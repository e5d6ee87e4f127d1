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
        internal SqlSegment(int sqlStart, int sqlLength, SyntaxTree? tree, TextSpan source, bool oneToOne)
        {
            SqlStart = sqlStart;
            SqlLength = sqlLength;
            Tree = tree;
            Source = source;
            OneToOne = oneToOne;
        }

        internal int SqlStart { get; }

        internal int SqlLength { get; }

        internal int SqlEnd => SqlStart + SqlLength;

        internal SyntaxTree? Tree { get; }

        internal TextSpan Source { get; }

        internal bool OneToOne { get; }

        public override string ToString() => "[" + SqlStart + ".." + SqlEnd + ") -> " + Source + (OneToOne ? " 1:1" : string.Empty);
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
                if (last.OneToOne && last.Tree == tree && last.SqlEnd == _text.Length && last.Source.End == sourcePosition)
                {
                    _segments[n - 1] = new SqlSegment(last.SqlStart, last.SqlLength + 1, tree, new TextSpan(last.Source.Start, last.Source.Length + 1), true);
                    _text.Append(c);
                    return;
                }
            }

            _segments.Add(new SqlSegment(_text.Length, 1, tree, new TextSpan(sourcePosition, 1), true));
            _text.Append(c);
        }

        /// <summary>Appends text that came from <paramref name="source"/> as a whole.</summary>
        internal void AppendMapped(string text, SyntaxTree? tree, TextSpan source)
        {
            if (text.Length == 0) return;
            _segments.Add(new SqlSegment(_text.Length, text.Length, tree, source, false));
            _text.Append(text);
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

            int first = Find(start);
            var s = _segments[first];
            int srcStart = s.OneToOne ? s.Source.Start + (start - s.SqlStart) : s.Source.Start;
            if (start >= s.SqlEnd) srcStart = s.Source.End; // an empty span at the very end
            if (length == 0) return (s.Tree, new TextSpan(srcStart, 0));

            int lastChar = start + length - 1;
            int last = Find(lastChar);
            int srcEnd = -1;
            for (int i = last; i >= first; i--)
            {
                var e = _segments[i];
                if (e.Tree != s.Tree) continue;
                int end = e.OneToOne && lastChar < e.SqlEnd ? e.Source.Start + (lastChar - e.SqlStart) + 1 : e.Source.End;
                if (end >= srcStart)
                {
                    srcEnd = end;
                    break;
                }
            }

            if (srcEnd < srcStart) srcEnd = s.OneToOne ? srcStart + 1 : s.Source.End;
            return (s.Tree, TextSpan.FromBounds(srcStart, srcEnd));
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

using System;
using System.Collections.Generic;

namespace SchemaGuard.Sql.Lexing
{
    /// <summary>
    /// Finding where strings, quoted identifiers and comments end, in time linear in the whole text even when
    /// many of them are never closed.
    /// </summary>
    /// <remarks>
    /// An unclosed construct is searched to the end of the text, then ends with its first line so lexing goes on.
    /// Searching again from each later opener would make the work quadratic (a file of lines each holding one
    /// unclosed quote). So every failed search leaves a note behind, allocated only then:
    /// <list type="bullet">
    /// <item>Scans with state (doubled-quote and backslash escapes, nested comments) are deterministic walks: from a
    /// given position in a given state they always take the same steps. The positions a failed walk stepped on are
    /// marked, and a later walk of the same kind that lands on a marked position stops at once. Each position is
    /// marked at most once per kind.</item>
    /// <item>Searches for a fixed closer (<c>*/</c> without nesting, the <c>]'</c> of <c>q'[...]'</c>, the
    /// <c>$tag$</c> of a dollar quote) consult a table of where each closer last occurs, built in one pass the first
    /// time such a search fails; a later search then fails without walking, or walks only to a closer it will find.</item>
    /// </list>
    /// A search that succeeds walks only over the text its token then consumes.
    /// </remarks>
    public sealed partial class Lexer
    {
        private Dictionary<int, bool[]>? _failedQuotedWalks;
        private int[]? _nestedCommentReach;
        private int _noCommentCloseFrom = int.MaxValue;
        private int[]? _lastAlternativeQuoteClose;
        private Dictionary<TextKey, int>? _lastDollarTag;

        /// <summary>
        /// Characters walked so far by searches for closers, by the notes' marking passes and by building the tables.
        /// Tests use it to show the work stays linear on hostile input; it costs one addition per search.
        /// </summary>
        internal long SearchWork { get; private set; }

        /// <summary>
        /// The offset just past the closing <paramref name="close"/> of a quoted token whose text starts at
        /// <paramref name="from"/>, or -1. A doubled closer, and with <paramref name="backslashEscapes"/> a backslash,
        /// escapes the next character.
        /// </summary>
        private int FindQuotedEnd(int from, char close, bool backslashEscapes)
        {
            int key = (close << 1) | (backslashEscapes ? 1 : 0);
            bool[]? failed = null;
            _failedQuotedWalks?.TryGetValue(key, out failed);
            int n = _text.Length;
            int i = from;
            while (i < n)
            {
                if (failed != null && failed[i]) break;
                char c = _text[i];
                if (backslashEscapes && c == '\\' && i + 1 < n)
                {
                    i += 2;
                }
                else if (c == close)
                {
                    if (i + 1 < n && _text[i + 1] == close)
                    {
                        i += 2;
                    }
                    else
                    {
                        SearchWork += i + 1 - from;
                        return i + 1;
                    }
                }
                else
                {
                    i++;
                }
            }

            SearchWork += 2L * (i - from);
            if (failed == null)
            {
                _failedQuotedWalks ??= new Dictionary<int, bool[]>();
                failed = new bool[n];
                _failedQuotedWalks[key] = failed;
            }

            // Walk the same steps again and mark them; no closer stands alone on this path.
            for (int j = from; j < i;)
            {
                failed[j] = true;
                j += (backslashEscapes && _text[j] == '\\' && j + 1 < n) || _text[j] == close ? 2 : 1;
            }

            return -1;
        }

        /// <summary>The offset just past the <c>*/</c> that closes a comment whose text starts at <paramref name="from"/>, or -1.</summary>
        private int FindCommentEnd(int from)
        {
            if (from >= _noCommentCloseFrom) return -1;
            int close = _text.IndexOf("*/", from, StringComparison.Ordinal);
            SearchWork += (close >= 0 ? close + 2 : _text.Length) - from;
            if (close >= 0) return close + 2;
            _noCommentCloseFrom = from;
            return -1;
        }

        /// <summary>
        /// Like <see cref="FindCommentEnd"/> where comments nest. The note left by a failed walk is, for each position
        /// it stepped on, the deepest nesting from which the rest of the text still closes the comment.
        /// </summary>
        private int FindNestedCommentEnd(int from)
        {
            int[]? reach = _nestedCommentReach;
            int n = _text.Length;
            int depth = 1;
            int i = from;
            while (i < n)
            {
                if (reach != null && reach[i] >= 0)
                {
                    if (depth > reach[i]) break;

                    // The comment will close further on; no need to look at the notes again.
                    reach = null;
                }

                char c = _text[i];
                if (c == '*' && i + 1 < n && _text[i + 1] == '/')
                {
                    i += 2;
                    if (--depth == 0)
                    {
                        SearchWork += i - from;
                        return i;
                    }
                }
                else if (c == '/' && i + 1 < n && _text[i + 1] == '*')
                {
                    i += 2;
                    depth++;
                }
                else
                {
                    i++;
                }
            }

            SearchWork += 3L * (i - from);
            RememberFailedNestedComment(from, i);
            return -1;
        }

        private void RememberFailedNestedComment(int from, int stop)
        {
            int n = _text.Length;
            int[]? reach = _nestedCommentReach;
            if (reach == null)
            {
                reach = new int[n];
                for (int k = 0; k < n; k++) reach[k] = -1;
                _nestedCommentReach = reach;
                SearchWork += n;
            }

            // Forward: mark each step with its change of depth (-2: closes one, -3: none, -4: opens one).
            for (int j = from; j < stop;)
            {
                if (_text[j] == '*' && j + 1 < n && _text[j + 1] == '/') { reach[j] = -2; j += 2; }
                else if (_text[j] == '/' && j + 1 < n && _text[j + 1] == '*') { reach[j] = -4; j += 2; }
                else { reach[j] = -3; j++; }
            }

            // Backward: how deep a walk may be at each step and still reach depth zero later.
            int next = stop < n ? reach[stop] : 0;
            for (int j = stop - 1; j >= from; j--)
            {
                int mark = reach[j];
                if (mark > -2) continue;
                int change = -3 - mark;
                next = Math.Max(0, next - change);
                reach[j] = next;
            }
        }

        /// <summary>
        /// The offset just past the closing <c>X'</c> of an Oracle q-quoted string with closing character
        /// <paramref name="close"/> whose text starts at <paramref name="from"/>, or -1.
        /// </summary>
        private int FindAlternativeQuoteEnd(int from, char close)
        {
            int n = _text.Length;
            if (_lastAlternativeQuoteClose != null && _lastAlternativeQuoteClose[close] < from) return -1;
            int i = from;
            while (i < n - 1)
            {
                i = _text.IndexOf(close, i, n - 1 - i);
                if (i < 0) break;
                if (_text[i + 1] == '\'')
                {
                    SearchWork += i + 2 - from;
                    return i + 2;
                }

                i++;
            }

            SearchWork += n - from;

            if (_lastAlternativeQuoteClose == null)
            {
                var last = new int[char.MaxValue + 1];
                for (int k = 0; k < last.Length; k++) last[k] = -1;
                for (int k = 0; k + 1 < n; k++)
                {
                    if (_text[k + 1] == '\'') last[_text[k]] = k;
                }

                _lastAlternativeQuoteClose = last;
                SearchWork += n;
            }

            return -1;
        }

        /// <summary>
        /// The offset of the <c>$tag$</c> (the text at <paramref name="tagStart"/>, <paramref name="tagLength"/>
        /// characters long) that closes a dollar-quoted string whose body starts at <paramref name="from"/>, or -1.
        /// </summary>
        private int FindDollarQuoteClose(int tagStart, int tagLength, int from)
        {
            if (_lastDollarTag != null &&
                (!_lastDollarTag.TryGetValue(new TextKey(tagStart, tagLength), out int last) || last < from))
            {
                return -1;
            }

            // A mismatch stops at the first character that differs, and the tag holds no '$' inside, so the
            // comparisons never cover the same text twice.
            int n = _text.Length;
            int i = from;
            while (i <= n - tagLength)
            {
                int d = _text.IndexOf('$', i, n - i);
                if (d < 0 || d > n - tagLength) break;
                if (string.CompareOrdinal(_text, d, _text, tagStart, tagLength) == 0)
                {
                    SearchWork += d + tagLength - from;
                    return d;
                }

                i = d + 1;
            }

            SearchWork += n - from;

            if (_lastDollarTag == null) BuildDollarTagTable();
            return -1;
        }

        private void BuildDollarTagTable()
        {
            var table = new Dictionary<TextKey, int>(new TextKeyComparer(_text));
            int n = _text.Length;
            int i = 0;
            while (i < n)
            {
                int d = _text.IndexOf('$', i);
                if (d < 0) break;
                int j = d + 1;
                while (j < n && IsTagPart(_text[j])) j++;
                if (j < n && _text[j] == '$') table[new TextKey(d, j - d + 1)] = d;
                i = d + 1;
            }

            _lastDollarTag = table;
            SearchWork += n;
        }

        /// <summary>A stretch of the source text used as a dictionary key without copying it.</summary>
        private readonly struct TextKey
        {
            public TextKey(int start, int length)
            {
                Start = start;
                Length = length;
            }

            public int Start { get; }

            public int Length { get; }
        }

        private sealed class TextKeyComparer : IEqualityComparer<TextKey>
        {
            private readonly string _text;

            public TextKeyComparer(string text) => _text = text;

            public bool Equals(TextKey x, TextKey y) =>
                x.Length == y.Length && string.CompareOrdinal(_text, x.Start, _text, y.Start, x.Length) == 0;

            public int GetHashCode(TextKey key)
            {
                unchecked
                {
                    int hash = (int)2166136261;
                    for (int i = key.Start; i < key.Start + key.Length; i++) hash = (hash ^ _text[i]) * 16777619;
                    return hash;
                }
            }
        }
    }
}

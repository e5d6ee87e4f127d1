using System;
using System.Collections.Generic;

namespace SchemaGuard.Sql.Text
{
    /// <summary>
    /// Start offsets of every line, built once per text. LF, CRLF and CR each end a line, so a file
    /// saved on any platform maps offsets to the same line and column.
    /// </summary>
    public sealed class LineMap
    {
        private readonly int[] _lineStarts;

        private LineMap(int[] lineStarts) => _lineStarts = lineStarts;

        /// <summary>Number of lines (an empty text has one).</summary>
        public int LineCount => _lineStarts.Length;

        /// <summary>Builds the map of a text.</summary>
        public static LineMap Build(string text)
        {
            var starts = new List<int>(Math.Max(16, text.Length / 32)) { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    starts.Add(i + 1);
                }
                else if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
            }

            return new LineMap(starts.ToArray());
        }

        /// <summary>Offset where the 1-based line starts.</summary>
        public int GetLineStart(int line) => _lineStarts[line - 1];

        /// <summary>1-based line and column of an offset.</summary>
        public LinePosition GetPosition(int offset)
        {
            int index = Array.BinarySearch(_lineStarts, offset);
            if (index < 0) index = ~index - 1;
            return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
        }
    }
}

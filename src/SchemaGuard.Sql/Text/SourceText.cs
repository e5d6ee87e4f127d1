using System;
using System.Text;
using SchemaGuard.Sql.Diagnostics;

namespace SchemaGuard.Sql.Text
{
    /// <summary>
    /// The text of one script (a file, or a SQL string taken from C#) with its path and line map.
    /// Every offset in tokens, nodes and diagnostics refers to <see cref="Text"/>.
    /// </summary>
    public sealed class SourceText
    {
        private LineMap? _lines;

        /// <summary>Wraps text that is already decoded.</summary>
        public SourceText(string text, string path = "")
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Path = path ?? string.Empty;
        }

        /// <summary>The full text.</summary>
        public string Text { get; }

        /// <summary>The file path (or another name for the origin), used in output.</summary>
        public string Path { get; }

        /// <summary>Number of UTF-16 code units.</summary>
        public int Length => Text.Length;

        /// <summary>The line map, built on first use.</summary>
        public LineMap Lines => _lines ??= LineMap.Build(Text);

        /// <summary>1-based line and column of an offset.</summary>
        public LinePosition GetPosition(int offset) => Lines.GetPosition(offset);

        /// <summary>The text a span covers.</summary>
        public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

        /// <summary>
        /// Decodes file bytes. A UTF-8, UTF-16 or UTF-32 byte order mark selects the encoding and is skipped;
        /// otherwise the bytes are read as UTF-8. Invalid UTF-8 is replaced with U+FFFD and reported once
        /// (at the first bad byte); a file with NUL bytes in it is reported as binary. Never throws for content.
        /// </summary>
        public static SourceText FromBytes(byte[] bytes, string path, DiagnosticBag diagnostics)
        {
            if (bytes == null) throw new ArgumentNullException(nameof(bytes));
            if (diagnostics == null) throw new ArgumentNullException(nameof(diagnostics));

            Encoding? bomEncoding = DetectBom(bytes, out int bomLength);
            string text;
            if (bomEncoding != null)
            {
                text = bomEncoding.GetString(bytes, bomLength, bytes.Length - bomLength);
            }
            else
            {
                text = DecodeUtf8(bytes, out int firstInvalidByte);
                if (firstInvalidByte >= 0)
                {
                    // Find the character offset of the first replacement character to locate the diagnostic.
                    int offset = text.IndexOf('\uFFFD');
                    diagnostics.Add(new SqlDiagnostic(
                        DiagnosticIds.InvalidEncoding,
                        DiagnosticSeverity.Warning,
                        "The file is not valid UTF-8 (first invalid byte at byte offset " + firstInvalidByte + "); invalid bytes were read as U+FFFD. Save it as UTF-8.",
                        new TextSpan(Math.Max(0, offset), offset >= 0 ? 1 : 0)));
                }
            }

            int nul = text.IndexOf('\0');
            if (nul >= 0)
            {
                diagnostics.Add(new SqlDiagnostic(
                    DiagnosticIds.BinaryContent,
                    DiagnosticSeverity.Warning,
                    "The file contains NUL characters and looks binary, not like a SQL script.",
                    new TextSpan(nul, 1)));
            }

            return new SourceText(text, path);
        }

        private static Encoding? DetectBom(byte[] b, out int length)
        {
            length = 0;
            if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { length = 3; return new UTF8Encoding(false, false); }
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) { length = 4; return new UTF32Encoding(false, false); }
            if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) { length = 4; return new UTF32Encoding(true, false); }
            if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { length = 2; return new UnicodeEncoding(false, false); }
            if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { length = 2; return new UnicodeEncoding(true, false); }
            return null;
        }

        private static string DecodeUtf8(byte[] bytes, out int firstInvalidByte)
        {
            firstInvalidByte = -1;
            try
            {
                return new UTF8Encoding(false, true).GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                firstInvalidByte = ex.Index >= 0 ? ex.Index : 0;
                return new UTF8Encoding(false, false).GetString(bytes);
            }
        }
    }
}

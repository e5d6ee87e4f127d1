using System.Collections.Generic;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Lexing
{
    /// <summary>
    /// Hand-written, single-pass lexer. It reads one token at a time (with its leading trivia) so the splitter
    /// can drive it the way a client reads a script: switching to raw lines for client commands and honouring
    /// a custom delimiter. Every lexical choice is asked of the <see cref="SqlDialect"/>'s capabilities.
    /// </summary>
    /// <remarks>
    /// Work is linear in the text: every character is consumed by exactly one token or trivia piece, and the
    /// only look-ahead past a token (the search for the end of a string or comment that is never closed) is
    /// remembered so that no later search walks the same text again (see <c>Lexer.Recovery.cs</c>).
    /// </remarks>
    public sealed partial class Lexer
    {
        private readonly string _text;
        private readonly SqlDialect _dialect;
        private readonly DiagnosticBag _diagnostics;
        private readonly List<SyntaxTrivia> _trivia;
        private int _pos;
        private bool _insideExecutableComment;
        private int _executableCommentStart;
        private bool _sawLineBreak = true;

        /// <summary>Creates a lexer that appends trivia to <paramref name="triviaSink"/>.</summary>
        public Lexer(SourceText source, SqlDialect dialect, DiagnosticBag diagnostics, List<SyntaxTrivia> triviaSink)
        {
            Source = source;
            _text = source.Text;
            _dialect = dialect;
            _diagnostics = diagnostics;
            _trivia = triviaSink;
        }

        /// <summary>The text being lexed.</summary>
        public SourceText Source { get; }

        /// <summary>Offset of the next character to read.</summary>
        public int Position => _pos;

        /// <summary>
        /// A statement delimiter other than <c>;</c> set by the client's <c>DELIMITER</c> command, or null.
        /// While set, its text outside strings and comments is lexed as <see cref="SyntaxKind.CustomDelimiter"/>,
        /// also right after a word (<c>END$$</c>).
        /// </summary>
        public string? CustomDelimiter { get; set; }

        /// <summary>
        /// While true, a hyphen that ends a line (only blanks after it) continues the line, as in a SQL*Plus
        /// command: <see cref="NextToken"/> reads the hyphen, the blanks and the line break as
        /// <see cref="TriviaKind.LineContinuation"/> (so the next token is not <see cref="TokenFlags.FirstOnLine"/>),
        /// and <see cref="TryScanRestOfLine(out SyntaxToken, bool)"/> reads on past a hyphen that follows a blank.
        /// The splitter sets it, where the dialect allows, while it reads a client command or a SQL statement (not a PL/SQL unit).
        /// </summary>
        public bool ContinuesLinesWithHyphen { get; set; }

        /// <summary>Lexes a whole text with no client-command handling (for SQL taken from C# strings, and tests).</summary>
        public static TokenList LexAll(SourceText source, SqlDialect dialect, DiagnosticBag diagnostics)
        {
            var builder = new TokenListBuilder(source.Length);
            var lexer = new Lexer(source, dialect, diagnostics, builder.Trivia);
            while (true)
            {
                var token = lexer.NextToken();
                builder.Add(token);
                if (token.Kind == SyntaxKind.EndOfFile) break;
            }

            return builder.ToTokenList(source);
        }

        /// <summary>Reads the leading trivia and the next token.</summary>
        public SyntaxToken NextToken()
        {
            int triviaStart = _trivia.Count;
            ScanTrivia();
            var flags = _sawLineBreak ? TokenFlags.FirstOnLine : TokenFlags.None;
            if (_insideExecutableComment) flags |= TokenFlags.InsideExecutableComment;
            _sawLineBreak = false;
            int start = _pos;
            var kind = ScanToken(ref flags);
            if (kind == SyntaxKind.EndOfFile && _insideExecutableComment)
            {
                _insideExecutableComment = false;
                _diagnostics.Add(
                    DiagnosticIds.UnterminatedToken,
                    DiagnosticSeverity.Error,
                    "An executable comment is never closed with */.",
                    new TextSpan(_executableCommentStart, System.Math.Min(3, _text.Length - _executableCommentStart)));
            }

            return new SyntaxToken(kind, flags, start, _pos - start, triviaStart, _trivia.Count - triviaStart);
        }

        /// <summary>
        /// Reads the rest of the current line as one <see cref="SyntaxKind.ClientCommandText"/> token (its leading
        /// blanks become trivia). Returns false, reading nothing but blanks, when the line has no more text.
        /// </summary>
        public bool TryScanRestOfLine(out SyntaxToken token) => TryScanRestOfLine(out token, false);

        /// <summary>
        /// Reads the rest of the current line as one <see cref="SyntaxKind.ClientCommandText"/> token. Its leading
        /// blanks become its trivia; trailing blanks are left for the next token. With
        /// <paramref name="leaveTrailingSemicolon"/>, a <c>;</c> that ends the line is left too, so the next
        /// <see cref="NextToken"/> returns it (<c>set echo on;</c>). With <see cref="ContinuesLinesWithHyphen"/>,
        /// a line ending in a blank and a hyphen goes on into the next line, within the same token.
        /// Returns false, reading nothing, when no text is left on the line.
        /// </summary>
        public bool TryScanRestOfLine(out SyntaxToken token, bool leaveTrailingSemicolon)
        {
            int wsStart = _pos;
            int start = SkipBlanks(_pos);
            int end = start;
            int segment = start;
            while (true)
            {
                int lineEnd = FindLineEnd(segment);
                end = TrimBlanksBefore(lineEnd, segment);
                if (ContinuesLinesWithHyphen && lineEnd < _text.Length && end > segment && _text[end - 1] == '-' &&
                    (end - 1 == segment || _text[end - 2] == ' ' || _text[end - 2] == '\t'))
                {
                    segment = AfterLineBreak(lineEnd);
                    continue;
                }

                break;
            }

            if (leaveTrailingSemicolon && end > start && _text[end - 1] == ';')
            {
                end = TrimBlanksBefore(end - 1, start);
            }

            if (end <= start)
            {
                token = default;
                return false;
            }

            int triviaStart = _trivia.Count;
            if (start > wsStart) _trivia.Add(new SyntaxTrivia(TriviaKind.Whitespace, wsStart, start - wsStart));
            _pos = end;
            token = new SyntaxToken(SyntaxKind.ClientCommandText, TokenFlags.None, start, end - start, triviaStart, _trivia.Count - triviaStart);
            return true;
        }

        /// <summary>
        /// Reads the data lines that follow the current line up to and including a line that holds only
        /// <paramref name="endMarker"/> (blanks around it allowed), or to the end of the text, as one
        /// <see cref="SyntaxKind.InlineData"/> token (psql <c>COPY ... FROM stdin;</c> and its <c>\.</c>).
        /// The rest of the current line must be blank; otherwise nothing is read and the result is false.
        /// </summary>
        public bool TryScanDataLines(string endMarker, out SyntaxToken token)
        {
            token = default;
            int lineEnd = FindLineEnd(_pos);
            if (SkipBlanks(_pos) != lineEnd || lineEnd >= _text.Length) return false;

            int start = AfterLineBreak(lineEnd);
            if (start >= _text.Length) return false;
            int line = start;
            int end = _text.Length;
            while (line < _text.Length)
            {
                int next = FindLineEnd(line);
                int first = SkipBlanks(line);
                if (next - first >= endMarker.Length &&
                    string.CompareOrdinal(_text, first, endMarker, 0, endMarker.Length) == 0 &&
                    SkipBlanks(first + endMarker.Length) == next)
                {
                    end = next;
                    break;
                }

                line = next < _text.Length ? AfterLineBreak(next) : next;
            }

            int triviaStart = _trivia.Count;
            _trivia.Add(new SyntaxTrivia(TriviaKind.Whitespace, _pos, start - _pos));
            _pos = end;
            _sawLineBreak = false;
            token = new SyntaxToken(SyntaxKind.InlineData, TokenFlags.FirstOnLine, start, end - start, triviaStart, 1);
            return true;
        }

        private char Peek(int ahead = 0)
        {
            int i = _pos + ahead;
            return i < _text.Length ? _text[i] : '\0';
        }

        private bool AtEnd => _pos >= _text.Length;

        private void ReportUnterminated(int start, string what)
        {
            _diagnostics.Add(
                DiagnosticIds.UnterminatedToken,
                DiagnosticSeverity.Error,
                what + " is never closed; it was read to the end of its line and lexing went on.",
                new TextSpan(start, System.Math.Max(1, System.Math.Min(_pos, _text.Length) - start)));
        }

        /// <summary>Moves to the end of the current line (before its line break).</summary>
        private void SkipToEndOfLine() => _pos = FindLineEnd(_pos);

        private int FindLineEnd(int from)
        {
            int i = from;
            while (i < _text.Length && _text[i] != '\n' && _text[i] != '\r') i++;
            return i;
        }

        /// <summary>The offset after the line break at <paramref name="lineEnd"/> (CRLF counts as one).</summary>
        private int AfterLineBreak(int lineEnd)
        {
            if (lineEnd >= _text.Length) return lineEnd;
            return _text[lineEnd] == '\r' && lineEnd + 1 < _text.Length && _text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        }

        private int SkipBlanks(int from)
        {
            int i = from;
            while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t')) i++;
            return i;
        }

        private int TrimBlanksBefore(int end, int floor)
        {
            while (end > floor && (_text[end - 1] == ' ' || _text[end - 1] == '\t')) end--;
            return end;
        }
    }
}

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
    public sealed partial class Lexer
    {
        private readonly string _text;
        private readonly SqlDialect _dialect;
        private readonly DiagnosticBag _diagnostics;
        private readonly List<SyntaxTrivia> _trivia;
        private int _pos;
        private bool _insideExecutableComment;
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
        /// While set, its text outside strings and comments is lexed as <see cref="SyntaxKind.CustomDelimiter"/>.
        /// </summary>
        public string? CustomDelimiter { get; set; }

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
            return new SyntaxToken(kind, flags, start, _pos - start, triviaStart, _trivia.Count - triviaStart);
        }

        /// <summary>
        /// Reads the rest of the current line as one <see cref="SyntaxKind.ClientCommandText"/> token (its leading
        /// blanks become trivia). Returns false, reading nothing but blanks, when the line has no more text.
        /// </summary>
        public bool TryScanRestOfLine(out SyntaxToken token)
        {
            int triviaStart = _trivia.Count;
            int wsStart = _pos;
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t')) _pos++;
            if (_pos > wsStart) _trivia.Add(new SyntaxTrivia(TriviaKind.Whitespace, wsStart, _pos - wsStart));
            int start = _pos;
            while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r') _pos++;
            if (_pos == start)
            {
                // Nothing left on the line; the blanks stay as trivia of the next token.
                _pos = wsStart;
                _trivia.RemoveRange(triviaStart, _trivia.Count - triviaStart);
                token = default;
                return false;
            }

            token = new SyntaxToken(SyntaxKind.ClientCommandText, TokenFlags.None, start, _pos - start, triviaStart, _trivia.Count - triviaStart);
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
        private void SkipToEndOfLine()
        {
            while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r') _pos++;
        }
    }
}

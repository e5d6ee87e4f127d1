using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Lexing
{
    public sealed partial class Lexer
    {
        private static readonly char[] LineBreakChars = { '\n', '\r' };

        private void ScanTrivia()
        {
            while (!AtEnd)
            {
                int start = _pos;
                char c = _text[_pos];
                if (IsWhitespace(c))
                {
                    while (!AtEnd && IsWhitespace(_text[_pos]))
                    {
                        if (_text[_pos] == '\n' || _text[_pos] == '\r') _sawLineBreak = true;
                        _pos++;
                    }

                    AddTrivia(TriviaKind.Whitespace, start);
                }
                else if (c == '-' && Peek(1) == '-' && IsDashCommentStart())
                {
                    var kind = _dialect.SupportsOptimizerHints && Peek(2) == '+' ? TriviaKind.Hint : TriviaKind.LineComment;
                    SkipToEndOfLine();
                    AddTrivia(kind, start);
                }
                else if (c == '-' && ContinuesLinesWithHyphen && IsContinuationHyphen())
                {
                    // The line break is part of the continuation, so the next token stays on the command's line.
                    _pos = AfterLineBreak(SkipBlanks(_pos + 1));
                    AddTrivia(TriviaKind.LineContinuation, start);
                }
                else if (c == '#' && _dialect.SupportsHashComments)
                {
                    SkipToEndOfLine();
                    AddTrivia(TriviaKind.LineComment, start);
                }
                else if (c == '/' && Peek(1) == '*')
                {
                    ScanBlockComment(start);
                }
                else if (c == '*' && Peek(1) == '/' && _insideExecutableComment)
                {
                    _pos += 2;
                    _insideExecutableComment = false;
                    AddTrivia(TriviaKind.ExecutableCommentEnd, start);
                }
                else
                {
                    return;
                }
            }
        }

        private bool IsDashCommentStart()
        {
            if (!_dialect.DashCommentRequiresSpace) return true;

            // MySQL: "--" starts a comment only when followed by a blank or control character (or the end).
            char next = Peek(2);
            return next == '\0' || next <= ' ';
        }

        /// <summary>A hyphen with nothing but blanks after it up to a line break (not the end of the text).</summary>
        private bool IsContinuationHyphen()
        {
            int i = SkipBlanks(_pos + 1);
            return i < _text.Length && (_text[i] == '\n' || _text[i] == '\r');
        }

        private void ScanBlockComment(int start)
        {
            if (_dialect.SupportsExecutableComments && Peek(2) == '!' && !_insideExecutableComment)
            {
                _pos += 3;
                while (!AtEnd && char.IsDigit(_text[_pos])) _pos++;
                _insideExecutableComment = true;
                _executableCommentStart = start;
                AddTrivia(TriviaKind.ExecutableCommentStart, start);
                return;
            }

            var kind = _dialect.SupportsOptimizerHints && Peek(2) == '+' ? TriviaKind.Hint : TriviaKind.BlockComment;
            int end = _dialect.SupportsNestedBlockComments ? FindNestedCommentEnd(start + 2) : FindCommentEnd(start + 2);
            if (end >= 0)
            {
                // Only a comment that really spans lines makes the next token first on its line.
                if (_text.IndexOfAny(LineBreakChars, start, end - start) >= 0) _sawLineBreak = true;
                _pos = end;
            }
            else
            {
                // Unterminated: like an unterminated string, the comment ends with its first line and lexing goes on.
                _pos = start + 2;
                SkipToEndOfLine();
                ReportUnterminated(start, "A block comment");
            }

            AddTrivia(kind, start);
        }

        private void AddTrivia(TriviaKind kind, int start) => _trivia.Add(new SyntaxTrivia(kind, start, _pos - start));

        private static bool IsWhitespace(char c) =>
            c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || (c > 127 && char.IsWhiteSpace(c)) || c == '\uFEFF';
    }
}

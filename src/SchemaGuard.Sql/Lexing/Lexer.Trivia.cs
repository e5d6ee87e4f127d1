using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Lexing
{
    public sealed partial class Lexer
    {
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

        private void ScanBlockComment(int start)
        {
            if (_dialect.SupportsExecutableComments && Peek(2) == '!' && !_insideExecutableComment)
            {
                _pos += 3;
                while (!AtEnd && char.IsDigit(_text[_pos])) _pos++;
                _insideExecutableComment = true;
                AddTrivia(TriviaKind.ExecutableCommentStart, start);
                return;
            }

            var kind = _dialect.SupportsOptimizerHints && Peek(2) == '+' ? TriviaKind.Hint : TriviaKind.BlockComment;
            _pos += 2;
            int depth = 1;
            while (!AtEnd)
            {
                char c = _text[_pos];
                if (c == '*' && Peek(1) == '/')
                {
                    _pos += 2;
                    if (--depth == 0) break;
                }
                else if (c == '/' && Peek(1) == '*' && _dialect.SupportsNestedBlockComments)
                {
                    _pos += 2;
                    depth++;
                }
                else
                {
                    if (c == '\n' || c == '\r') _sawLineBreak = true;
                    _pos++;
                }
            }

            if (depth > 0)
            {
                _diagnostics.Add(
                    DiagnosticIds.UnterminatedToken,
                    DiagnosticSeverity.Error,
                    "A block comment is never closed; everything after it was read as comment.",
                    new TextSpan(start, 2));
            }

            AddTrivia(kind, start);
        }

        private void AddTrivia(TriviaKind kind, int start) => _trivia.Add(new SyntaxTrivia(kind, start, _pos - start));

        private static bool IsWhitespace(char c) =>
            c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || (c > 127 && char.IsWhiteSpace(c)) || c == '\uFEFF';
    }
}

using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Moving over the tokens of the current range, without allocating.</summary>
    internal sealed partial class Parser
    {
        /// <summary>Whether the current range is used up.</summary>
        private bool AtEnd => _pos >= _end;

        /// <summary>The current token; past the range end, the range's end token (its terminator or end of file).</summary>
        private SyntaxToken Current => _pos < _end ? _tokens[_pos] : EndToken;

        private SyntaxToken EndToken => new SyntaxToken(SyntaxKind.EndOfFile, TokenFlags.None, _tokens[_end].Start, 0, 0, 0);

        /// <summary>The token <paramref name="ahead"/> places after the current one, or an end token.</summary>
        private SyntaxToken Peek(int ahead) => _pos + ahead < _end ? _tokens[_pos + ahead] : EndToken;

        /// <summary>The current token's text (allocates; use <see cref="IsWord(string)"/> to compare).</summary>
        private string CurrentText => AtEnd ? string.Empty : _tokens.GetText(_pos);

        private void Advance()
        {
            if (_pos < _end) _pos++;
        }

        /// <summary>Whether the current token is the keyword, ignoring case.</summary>
        private bool IsWord(string keyword) => _pos < _end && _tokens.IsWord(_pos, keyword);

        /// <summary>Whether the token <paramref name="ahead"/> places on is the keyword.</summary>
        private bool IsWord(string keyword, int ahead) => _pos + ahead < _end && _tokens.IsWord(_pos + ahead, keyword);

        /// <summary>Whether the current token is any of the keywords.</summary>
        private bool IsAnyWord(params string[] keywords)
        {
            if (_pos >= _end || _tokens[_pos].Kind != SyntaxKind.Word) return false;
            foreach (var k in keywords)
            {
                if (_tokens.IsWord(_pos, k)) return true;
            }

            return false;
        }

        private bool Is(SyntaxKind kind) => _pos < _end && _tokens[_pos].Kind == kind;

        private bool Is(SyntaxKind kind, int ahead) => _pos + ahead < _end && _tokens[_pos + ahead].Kind == kind;

        /// <summary>Consumes the keyword if it is next.</summary>
        private bool TryEatWord(string keyword)
        {
            if (!IsWord(keyword)) return false;
            _pos++;
            return true;
        }

        /// <summary>Consumes two keywords if they are next, in order; otherwise nothing.</summary>
        private bool TryEatWords(string first, string second)
        {
            if (!IsWord(first) || !IsWord(second, 1)) return false;
            _pos += 2;
            return true;
        }

        /// <summary>Consumes three keywords if they are next, in order; otherwise nothing.</summary>
        private bool TryEatWords(string first, string second, string third)
        {
            if (!IsWord(first) || !IsWord(second, 1) || !IsWord(third, 2)) return false;
            _pos += 3;
            return true;
        }

        /// <summary>Consumes a token of the kind if it is next.</summary>
        private bool TryEat(SyntaxKind kind)
        {
            if (!Is(kind)) return false;
            _pos++;
            return true;
        }

        /// <summary>Consumes the keyword or reports that it was expected.</summary>
        private bool ExpectWord(string keyword)
        {
            if (TryEatWord(keyword)) return true;
            ReportExpected(keyword);
            return false;
        }

        /// <summary>Consumes a token of the kind or reports that it was expected.</summary>
        private bool Expect(SyntaxKind kind, string display)
        {
            if (TryEat(kind)) return true;
            ReportExpected(display);
            return false;
        }

        /// <summary>Reports a syntax error at the current token (SG9001).</summary>
        private void ReportExpected(string what)
        {
            string found = AtEnd ? "the end of the statement" : "'" + Shorten(CurrentText) + "'";
            ReportSyntaxError("Expected " + what + " but found " + found + ".", CurrentSpan);
        }

        private void ReportSyntaxError(string message, TextSpan span)
        {
            _diagnostics.Add(DiagnosticIds.UnreadableStatement, DiagnosticSeverity.Warning, "SchemaGuard could not read this statement: " + message, span);
        }

        private TextSpan CurrentSpan => Current.Span;

        /// <summary>The span from the start of token <paramref name="startToken"/> to the end of the last consumed token.</summary>
        private TextSpan SpanFrom(int startToken)
        {
            int last = _pos > startToken ? _pos - 1 : startToken;
            return TextSpan.FromBounds(_tokens[startToken].Start, System.Math.Max(_tokens[startToken].Start, _tokens[last].End));
        }

        /// <summary>The span of tokens [<paramref name="startToken"/>, <paramref name="endToken"/>).</summary>
        private TextSpan SpanOfTokens(int startToken, int endToken) =>
            endToken > startToken
                ? TextSpan.FromBounds(_tokens[startToken].Start, _tokens[endToken - 1].End)
                : new TextSpan(_tokens[startToken].Start, 0);

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }
}

namespace SchemaGuard.Sql.Lexing
{
    public sealed partial class Lexer
    {
        private SyntaxKind ScanToken(ref TokenFlags flags)
        {
            if (AtEnd) return SyntaxKind.EndOfFile;

            if (CustomDelimiter != null && MatchesCustomDelimiter())
            {
                _pos += CustomDelimiter.Length;
                return SyntaxKind.CustomDelimiter;
            }

            char c = _text[_pos];
            if (IsWordStart(c))
            {
                var prefixed = TryScanPrefixedString(ref flags);
                return prefixed != SyntaxKind.None ? prefixed : ScanWord();
            }

            if (char.IsHighSurrogate(c) && WordPartLength(_pos) == 2) return ScanWord();

            if (c >= '0' && c <= '9') return ScanNumber(ref flags);

            switch (c)
            {
                case '\'':
                    ScanQuoted('\'', _dialect.BackslashEscapesInStrings, "A string literal");
                    MarkIfUnterminated(ref flags);
                    return SyntaxKind.StringLiteral;
                case '"':
                    if (_dialect.DoubleQuotedStrings)
                    {
                        ScanQuoted('"', _dialect.BackslashEscapesInStrings, "A string literal");
                        flags |= TokenFlags.DoubleQuotedString;
                        MarkIfUnterminated(ref flags);
                        return SyntaxKind.StringLiteral;
                    }

                    ScanQuoted('"', false, "A quoted identifier");
                    MarkIfUnterminated(ref flags);
                    return SyntaxKind.QuotedIdentifier;
                case '`':
                    if (!_dialect.SupportsBacktickIdentifiers) break;
                    ScanQuoted('`', false, "A quoted identifier");
                    MarkIfUnterminated(ref flags);
                    return SyntaxKind.QuotedIdentifier;
                case '[':
                    if (_dialect.SupportsBracketIdentifiers)
                    {
                        ScanQuoted(']', false, "A bracketed identifier");
                        MarkIfUnterminated(ref flags);
                        return SyntaxKind.QuotedIdentifier;
                    }

                    _pos++;
                    return SyntaxKind.OpenBracket;
                case '$':
                    return ScanDollar(ref flags);
                case '.':
                    if (Peek(1) >= '0' && Peek(1) <= '9') return ScanNumber(ref flags);
                    if (Peek(1) == '.') { _pos += 2; return SyntaxKind.DotDot; }
                    _pos++;
                    return SyntaxKind.Dot;
                case ':':
                    if (Peek(1) == ':') { _pos += 2; return SyntaxKind.DoubleColon; }
                    if (Peek(1) == '=') { _pos += 2; return SyntaxKind.Assign; }
                    if (_dialect.SupportsColonParameters && (IsWordStart(Peek(1)) || char.IsDigit(Peek(1))))
                    {
                        _pos++;
                        while (!AtEnd && IsWordPart(_text[_pos])) _pos++;
                        return SyntaxKind.Parameter;
                    }

                    _pos++;
                    return SyntaxKind.Colon;
                case '@':
                    if (_dialect.SupportsAtVariables && (IsWordStart(Peek(1)) || Peek(1) == '@'))
                    {
                        _pos += Peek(1) == '@' ? 2 : 1;
                        while (!AtEnd && IsWordPart(_text[_pos])) _pos++;
                        return SyntaxKind.Parameter;
                    }

                    // "@@" and the containment operator "@>" (the mirror of "<@").
                    _pos += Peek(1) == '@' || Peek(1) == '>' ? 2 : 1;
                    return SyntaxKind.Operator;
                case '#':
                    if (_dialect.SupportsHashTempNames && (IsWordStart(Peek(1)) || Peek(1) == '#'))
                    {
                        _pos += Peek(1) == '#' ? 2 : 1;
                        while (!AtEnd && IsWordPart(_text[_pos])) _pos++;
                        return SyntaxKind.Word;
                    }

                    break;
                case '&':
                    if (_dialect.SupportsSubstitutionVariables && (Peek(1) == '&' || IsWordStart(Peek(1)) || char.IsDigit(Peek(1))))
                    {
                        return ScanSubstitutionVariable();
                    }

                    break;
                case '?':
                    _pos++;
                    return SyntaxKind.Parameter;
                case '(': _pos++; return SyntaxKind.OpenParen;
                case ')': _pos++; return SyntaxKind.CloseParen;
                case ']': _pos++; return SyntaxKind.CloseBracket;
                case '{': _pos++; return SyntaxKind.OpenBrace;
                case '}': _pos++; return SyntaxKind.CloseBrace;
                case ',': _pos++; return SyntaxKind.Comma;
                case ';': _pos++; return SyntaxKind.Semicolon;
                case '+': _pos++; return SyntaxKind.Plus;
                case '-':
                    if (Peek(1) == '>') { _pos += Peek(2) == '>' ? 3 : 2; return SyntaxKind.Operator; }
                    _pos++;
                    return SyntaxKind.Minus;
                case '*': _pos++; return SyntaxKind.Asterisk;
                case '/': _pos++; return SyntaxKind.Slash;
                case '%': _pos++; return SyntaxKind.Percent;
                case '=':
                    if (Peek(1) == '>') { _pos += 2; return SyntaxKind.Arrow; }
                    _pos++;
                    return SyntaxKind.Equals;
                case '<':
                    if (Peek(1) == '>') { _pos += 2; return SyntaxKind.NotEquals; }
                    if (Peek(1) == '=')
                    {
                        if (Peek(2) == '>') { _pos += 3; return SyntaxKind.Operator; }
                        _pos += 2;
                        return SyntaxKind.LessOrEqual;
                    }

                    if (Peek(1) == '<' || Peek(1) == '@') { _pos += 2; return SyntaxKind.Operator; }
                    _pos++;
                    return SyntaxKind.LessThan;
                case '>':
                    if (Peek(1) == '=') { _pos += 2; return SyntaxKind.GreaterOrEqual; }
                    if (Peek(1) == '>') { _pos += 2; return SyntaxKind.Operator; }
                    _pos++;
                    return SyntaxKind.GreaterThan;
                case '!':
                case '^':
                case '~':
                    if (Peek(1) == '=') { _pos += 2; return SyntaxKind.NotEquals; }
                    _pos++;
                    return SyntaxKind.Operator;
                case '|':
                    if (Peek(1) == '|') { _pos += 2; return SyntaxKind.Concat; }
                    _pos++;
                    return SyntaxKind.Operator;
            }

            if (c == '&' || c == '#' || c == '`' || c == '\\')
            {
                _pos++;
                return SyntaxKind.Operator;
            }

            // A character with no meaning here; a surrogate pair stays one token.
            _pos += char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
            return SyntaxKind.BadToken;
        }

        private bool MatchesCustomDelimiter()
        {
            string d = CustomDelimiter!;
            if (d.Length == 0 || _pos + d.Length > _text.Length) return false;
            return string.CompareOrdinal(_text, _pos, d, 0, d.Length) == 0;
        }

        private SyntaxKind ScanWord()
        {
            _pos += WordPartLength(_pos);
            while (!AtEnd)
            {
                // The mysql client cuts "END$$" before its delimiter even though '$' may continue a word.
                if (CustomDelimiter != null && MatchesCustomDelimiter()) break;
                int length = WordPartLength(_pos);
                if (length == 0) break;
                _pos += length;
            }

            return SyntaxKind.Word;
        }

        /// <summary>How many characters at <paramref name="i"/> continue a word: 0, 1, or 2 for a letter outside the BMP.</summary>
        private int WordPartLength(int i)
        {
            char c = _text[i];
            if (!char.IsHighSurrogate(c)) return IsWordPart(c) ? 1 : 0;
            return i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]) && char.IsLetterOrDigit(_text, i) ? 2 : 0;
        }

        private SyntaxKind ScanNumber(ref TokenFlags flags)
        {
            if (_text[_pos] == '0' && (Peek(1) == 'x' || Peek(1) == 'X') && IsHexDigit(Peek(2)))
            {
                _pos += 2;
                while (!AtEnd && IsHexDigit(_text[_pos])) _pos++;
                flags |= TokenFlags.Hex;
                return SyntaxKind.NumericLiteral;
            }

            if (_text[_pos] == '0' && (Peek(1) == 'b' || Peek(1) == 'B') && (Peek(2) == '0' || Peek(2) == '1') &&
                _dialect.SupportsHexAndBitStrings)
            {
                _pos += 2;
                while (!AtEnd && (_text[_pos] == '0' || _text[_pos] == '1')) _pos++;
                flags |= TokenFlags.Bit;
                return SyntaxKind.NumericLiteral;
            }

            while (!AtEnd && char.IsDigit(_text[_pos])) _pos++;

            // "1..10" is a PL/SQL range, not a decimal point.
            if (Peek() == '.' && Peek(1) != '.')
            {
                _pos++;
                while (!AtEnd && char.IsDigit(_text[_pos])) _pos++;
            }

            if ((Peek() == 'e' || Peek() == 'E') &&
                (char.IsDigit(Peek(1)) || ((Peek(1) == '+' || Peek(1) == '-') && char.IsDigit(Peek(2)))))
            {
                _pos += 2;
                while (!AtEnd && char.IsDigit(_text[_pos])) _pos++;
            }

            return SyntaxKind.NumericLiteral;
        }

        /// <summary>
        /// Reads a quoted token from its opening character to <paramref name="close"/>; a doubled closer escapes
        /// itself. Unterminated, the token ends with its first line so the rest of the file is still read.
        /// </summary>
        private void ScanQuoted(char close, bool backslashEscapes, string what) => ScanQuoted(_pos, close, backslashEscapes, what);

        /// <summary>As <see cref="ScanQuoted(char, bool, string)"/> for a token whose prefix (N, E, U&amp;, X, B) starts at <paramref name="tokenStart"/>.</summary>
        private void ScanQuoted(int tokenStart, char close, bool backslashEscapes, string what)
        {
            int start = _pos;
            int end = FindQuotedEnd(start + 1, close, backslashEscapes);
            if (end >= 0)
            {
                _pos = end;
                return;
            }

            _pos = start + 1;
            SkipToEndOfLine();
            _unterminated = true;
            ReportUnterminated(tokenStart, what);
        }

        private bool _unterminated;

        private void MarkIfUnterminated(ref TokenFlags flags)
        {
            if (_unterminated) flags |= TokenFlags.Unterminated;
            _unterminated = false;
        }

        private SyntaxKind ScanSubstitutionVariable()
        {
            _pos++;
            if (Peek() == '&') _pos++;
            while (!AtEnd && IsWordPart(_text[_pos])) _pos++;

            // SQL*Plus ends a variable name at a period and consumes it: "&owner..table".
            if (Peek() == '.') _pos++;
            return SyntaxKind.SubstitutionVariable;
        }

        private bool IsWordStart(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c > 127 && char.IsLetter(c));

        private bool IsWordPart(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
            (c == '$' && _dialect.AllowsDollarInIdentifiers) ||
            (c == '#' && _dialect.AllowsHashInIdentifiers) ||
            (c > 127 && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark));

        private static bool IsHexDigit(char c) =>
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}

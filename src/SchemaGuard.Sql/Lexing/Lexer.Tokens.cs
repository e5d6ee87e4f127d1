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
                return TryScanPrefixedString(ref flags) ? SyntaxKind.StringLiteral : ScanWord();
            }

            if (c >= '0' && c <= '9') return ScanNumber(ref flags);

            switch (c)
            {
                case '\'':
                    ScanQuoted('\'', '\'', _dialect.BackslashEscapesInStrings, "A string literal");
                    MarkIfUnterminated(ref flags);
                    return SyntaxKind.StringLiteral;
                case '"':
                    if (_dialect.DoubleQuotedStrings)
                    {
                        ScanQuoted('"', '"', _dialect.BackslashEscapesInStrings, "A string literal");
                        flags |= TokenFlags.DoubleQuotedString;
                        MarkIfUnterminated(ref flags);
                        return SyntaxKind.StringLiteral;
                    }

                    ScanQuoted('"', '"', false, "A quoted identifier");
                    MarkIfUnterminated(ref flags);
                    return SyntaxKind.QuotedIdentifier;
                case '`':
                    if (!_dialect.SupportsBacktickIdentifiers) break;
                    ScanQuoted('`', '`', false, "A quoted identifier");
                    MarkIfUnterminated(ref flags);
                    return SyntaxKind.QuotedIdentifier;
                case '[':
                    if (_dialect.SupportsBracketIdentifiers)
                    {
                        ScanQuoted('[', ']', false, "A bracketed identifier");
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

                    _pos += Peek(1) == '@' ? 2 : 1;
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
            _pos++;
            while (!AtEnd && IsWordPart(_text[_pos])) _pos++;
            return SyntaxKind.Word;
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

        /// <summary>Reads a quoted token from its opening to its closing character; a doubled closer escapes itself.</summary>
        private void ScanQuoted(char open, char close, bool backslashEscapes, string what)
        {
            int start = _pos;
            _pos++;
            while (!AtEnd)
            {
                char c = _text[_pos];
                if (backslashEscapes && c == '\\' && _pos + 1 < _text.Length)
                {
                    _pos += 2;
                    continue;
                }

                if (c == close)
                {
                    if (Peek(1) == close)
                    {
                        _pos += 2;
                        continue;
                    }

                    _pos++;
                    return;
                }

                _pos++;
            }

            // Unterminated: end the token at the end of the line it started on, so the rest of the file is still read.
            _pos = start + 1;
            SkipToEndOfLine();
            _unterminated = true;
            ReportUnterminated(start, what);
            _ = open;
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

namespace SchemaGuard.Sql.Lexing
{
    public sealed partial class Lexer
    {
        /// <summary>
        /// Reads the string forms that begin with letters: N'..', Oracle q'[..]' and nq'[..]', PostgreSQL E'..' and
        /// U&amp;'..', and X'..' / B'..'. Returns false, reading nothing, when the word is just a word.
        /// </summary>
        private bool TryScanPrefixedString(ref TokenFlags flags)
        {
            char c0 = (char)(_text[_pos] | 0x20);
            char c1 = Peek(1);
            char c2 = Peek(2);

            if (c0 == 'n' && c1 == '\'' && _dialect.SupportsNationalStrings)
            {
                _pos++;
                ScanQuoted('\'', '\'', _dialect.BackslashEscapesInStrings, "A string literal");
                flags |= TokenFlags.National;
                MarkIfUnterminated(ref flags);
                return true;
            }

            if (_dialect.SupportsAlternativeQuoting)
            {
                if (c0 == 'q' && c1 == '\'' && _pos + 2 < _text.Length)
                {
                    _pos += 2;
                    ScanAlternativeQuoted(ref flags);
                    return true;
                }

                if (c0 == 'n' && (c1 | 0x20) == 'q' && c2 == '\'' && _pos + 3 < _text.Length)
                {
                    _pos += 3;
                    ScanAlternativeQuoted(ref flags);
                    flags |= TokenFlags.National;
                    return true;
                }
            }

            if (c0 == 'e' && c1 == '\'' && _dialect.SupportsEscapeStrings)
            {
                _pos++;
                ScanQuoted('\'', '\'', true, "A string literal");
                flags |= TokenFlags.EscapeString;
                MarkIfUnterminated(ref flags);
                return true;
            }

            if (c0 == 'u' && c1 == '&' && (c2 == '\'' || c2 == '"') && _dialect.SupportsUnicodeEscapeStrings)
            {
                _pos += 2;
                ScanQuoted(c2, c2, false, "A string literal");
                flags |= TokenFlags.UnicodeEscape;
                MarkIfUnterminated(ref flags);
                return true;
            }

            if ((c0 == 'x' || c0 == 'b') && c1 == '\'' && _dialect.SupportsHexAndBitStrings)
            {
                _pos++;
                ScanQuoted('\'', '\'', false, "A string literal");
                flags |= c0 == 'x' ? TokenFlags.Hex : TokenFlags.Bit;
                MarkIfUnterminated(ref flags);
                return true;
            }

            return false;
        }

        /// <summary>Oracle q'X...X' where the closer pairs with an opening bracket or repeats the character.</summary>
        private void ScanAlternativeQuoted(ref TokenFlags flags)
        {
            int start = _pos - 2;
            char open = _text[_pos];
            char close = open switch
            {
                '[' => ']',
                '{' => '}',
                '<' => '>',
                '(' => ')',
                _ => open,
            };
            _pos++;
            flags |= TokenFlags.AlternativeQuoted;
            while (!AtEnd)
            {
                if (_text[_pos] == close && Peek(1) == '\'')
                {
                    _pos += 2;
                    return;
                }

                _pos++;
            }

            _pos = start + 3;
            SkipToEndOfLine();
            flags |= TokenFlags.Unterminated;
            ReportUnterminated(start, "A q-quoted string literal");
        }

        /// <summary>PostgreSQL $tag$...$tag$ strings and $1 parameters; otherwise a lone $ operator.</summary>
        private SyntaxKind ScanDollar(ref TokenFlags flags)
        {
            int start = _pos;
            if (_dialect.SupportsDollarQuotedStrings)
            {
                int tagEnd = _pos + 1;
                if (tagEnd < _text.Length && (IsWordStart(_text[tagEnd]) || _text[tagEnd] == '$'))
                {
                    while (tagEnd < _text.Length && _text[tagEnd] != '$' && IsTagPart(_text[tagEnd])) tagEnd++;
                    if (tagEnd < _text.Length && _text[tagEnd] == '$')
                    {
                        int tagLength = tagEnd - start + 1;
                        int bodyStart = tagEnd + 1;
                        int close = _text.IndexOf(_text.Substring(start, tagLength), bodyStart, System.StringComparison.Ordinal);
                        flags |= TokenFlags.DollarQuoted;
                        if (close >= 0)
                        {
                            _pos = close + tagLength;
                        }
                        else
                        {
                            _pos = bodyStart;
                            SkipToEndOfLine();
                            flags |= TokenFlags.Unterminated;
                            ReportUnterminated(start, "A dollar-quoted string");
                        }

                        return SyntaxKind.StringLiteral;
                    }
                }
            }

            if (_dialect.SupportsDollarParameters && char.IsDigit(Peek(1)))
            {
                _pos++;
                while (!AtEnd && char.IsDigit(_text[_pos])) _pos++;
                return SyntaxKind.Parameter;
            }

            _pos++;
            return SyntaxKind.Operator;
        }

        private bool IsTagPart(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (c > 127 && char.IsLetterOrDigit(c));
    }
}

namespace SchemaGuard.Sql.Lexing
{
    public sealed partial class Lexer
    {
        /// <summary>
        /// Reads the string forms that begin with letters: N'..', Oracle q'[..]' and nq'[..]', PostgreSQL E'..' and
        /// U&amp;'..' (and the quoted identifier U&amp;".."), and X'..' / B'..'. Returns <see cref="SyntaxKind.None"/>,
        /// reading nothing, when the word is just a word.
        /// </summary>
        private SyntaxKind TryScanPrefixedString(ref TokenFlags flags)
        {
            int tokenStart = _pos;
            char c0 = (char)(_text[_pos] | 0x20);
            char c1 = Peek(1);
            char c2 = Peek(2);

            if (c0 == 'n' && c1 == '\'' && _dialect.SupportsNationalStrings)
            {
                _pos++;
                ScanQuoted(tokenStart, '\'', _dialect.BackslashEscapesInStrings, "A string literal");
                flags |= TokenFlags.National;
                MarkIfUnterminated(ref flags);
                return SyntaxKind.StringLiteral;
            }

            if (_dialect.SupportsAlternativeQuoting)
            {
                if (c0 == 'q' && c1 == '\'' && IsAlternativeQuoteDelimiter(_pos + 2))
                {
                    int start = _pos;
                    _pos += 2;
                    ScanAlternativeQuoted(start, ref flags);
                    return SyntaxKind.StringLiteral;
                }

                if (c0 == 'n' && (c1 | 0x20) == 'q' && c2 == '\'' && IsAlternativeQuoteDelimiter(_pos + 3))
                {
                    int start = _pos;
                    _pos += 3;
                    ScanAlternativeQuoted(start, ref flags);
                    flags |= TokenFlags.National;
                    return SyntaxKind.StringLiteral;
                }
            }

            if (c0 == 'e' && c1 == '\'' && _dialect.SupportsEscapeStrings)
            {
                _pos++;
                ScanQuoted(tokenStart, '\'', true, "A string literal");
                flags |= TokenFlags.EscapeString;
                MarkIfUnterminated(ref flags);
                return SyntaxKind.StringLiteral;
            }

            if (c0 == 'u' && c1 == '&' && (c2 == '\'' || c2 == '"') && _dialect.SupportsUnicodeEscapeStrings)
            {
                _pos += 2;
                ScanQuoted(tokenStart, c2, false, c2 == '"' ? "A quoted identifier" : "A string literal");
                flags |= TokenFlags.UnicodeEscape;
                MarkIfUnterminated(ref flags);
                return c2 == '"' ? SyntaxKind.QuotedIdentifier : SyntaxKind.StringLiteral;
            }

            if ((c0 == 'x' || c0 == 'b') && c1 == '\'' && _dialect.SupportsHexAndBitStrings)
            {
                _pos++;
                ScanQuoted(tokenStart, '\'', false, "A string literal");
                flags |= c0 == 'x' ? TokenFlags.Hex : TokenFlags.Bit;
                MarkIfUnterminated(ref flags);
                return SyntaxKind.StringLiteral;
            }

            return SyntaxKind.None;
        }

        /// <summary>Oracle accepts any single character but a blank or a line break as the q-quote delimiter.</summary>
        private bool IsAlternativeQuoteDelimiter(int i)
        {
            if (i >= _text.Length) return false;
            char c = _text[i];
            return c != ' ' && c != '\t' && c != '\n' && c != '\r' && !char.IsSurrogate(c);
        }

        /// <summary>Oracle q'X...X' where the closer pairs with an opening bracket or repeats the character.</summary>
        private void ScanAlternativeQuoted(int start, ref TokenFlags flags)
        {
            char open = _text[_pos];
            char close = open switch
            {
                '[' => ']',
                '{' => '}',
                '<' => '>',
                '(' => ')',
                _ => open,
            };
            flags |= TokenFlags.AlternativeQuoted;
            int end = FindAlternativeQuoteEnd(_pos + 1, close);
            if (end >= 0)
            {
                _pos = end;
                return;
            }

            _pos++;
            SkipToEndOfLine();
            flags |= TokenFlags.Unterminated;
            ReportUnterminated(start, "A q-quoted string literal");
        }

        /// <summary>PostgreSQL $tag$...$tag$ strings and $1 parameters; otherwise a lone $ operator.</summary>
        /// <summary>sqlcmd <c>$(name)</c>: the name is word characters up to <c>)</c>; anything else leaves the <c>$</c> an operator.</summary>
        private bool TryScanScriptingVariable()
        {
            int i = _pos + 2;
            if (i >= _text.Length || !IsWordStart(_text[i])) return false;
            while (i < _text.Length && IsWordPart(_text[i])) i++;
            if (i >= _text.Length || _text[i] != ')') return false;
            _pos = i + 1;
            return true;
        }

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
                        int close = FindDollarQuoteClose(start, tagLength, bodyStart);
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

            if (_dialect.SupportsScriptingVariables && Peek(1) == '(' && TryScanScriptingVariable())
            {
                return SyntaxKind.SubstitutionVariable;
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

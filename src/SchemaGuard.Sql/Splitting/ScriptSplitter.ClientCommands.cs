using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;

namespace SchemaGuard.Sql.Splitting
{
    /// <summary>Client commands, batch separators and the lines that run or end what was typed.</summary>
    public sealed partial class ScriptSplitter
    {
        /// <summary>
        /// SQL*Plus commands are one line and need no terminator: <c>SET</c>, <c>PROMPT</c>, <c>REM</c>, <c>@file</c>,
        /// <c>$ del x</c>; mysql <c>DELIMITER</c>; sqlcmd <c>:r file</c>; psql <c>\set</c>. They count only as the
        /// first token of a statement and first on their line (psql's backslash anywhere).
        /// </summary>
        private bool TryClientCommandAtStatementStart(int index)
        {
            var token = _builder[index];
            bool firstOnLine = token.Has(TokenFlags.FirstOnLine);
            if (StartsWithCommandPrefix(index) &&
                (firstOnLine || _dialect.ClientCommandPrefixScope == ClientCommandPrefixScope.Anywhere))
            {
                ReadRawCommand(index, continues: true, leaveSemicolon: true, setsDelimiter: false);
                return true;
            }

            if (!firstOnLine) return false;

            if (_dialect.SupportsAtScriptCommands && token.Kind == SyntaxKind.Operator && _text[token.Start] == '@')
            {
                ReadRawCommand(index, continues: true, leaveSemicolon: true, setsDelimiter: false);
                return true;
            }

            if (token.Kind != SyntaxKind.Word || !_commandWords.TryFind(_text, token.Start, token.Length, out var lexing)) return false;

            if (lexing == ClientCommandLexing.TokensToEndOfLine)
            {
                // EXEC, SHUTDOWN, STARTUP: lexed as SQL for the parser, but the line break ends them.
                _first = index;
                _kind = StatementRangeKind.ClientCommand;
                _endsWithLine = true;
                _lexer.ContinuesLinesWithHyphen = _dialect.SupportsHyphenLineContinuation;
                return true;
            }

            if (IsSqlSet(index)) return false;

            bool setsDelimiter = _dialect.SupportsDelimiterCommand && IsWord(index, "DELIMITER");
            ReadRawCommand(index, continues: lexing != ClientCommandLexing.Remark, leaveSemicolon: !setsDelimiter, setsDelimiter);
            return true;
        }

        /// <summary>
        /// sqlcmd reads its <c>:</c> lines and psql its backslash commands wherever they occur, even in the middle of
        /// a statement: what came before is cut off there and the command is read as a line of its own.
        /// </summary>
        private bool TryInterruptingClientCommand(int index)
        {
            var scope = _dialect.ClientCommandPrefixScope;
            if (scope == ClientCommandPrefixScope.StatementStart || !StartsWithCommandPrefix(index)) return false;
            if (scope == ClientCommandPrefixScope.LineStart && !_builder[index].Has(TokenFlags.FirstOnLine)) return false;
            Close(index, -1);
            ReadRawCommand(index, continues: true, leaveSemicolon: true, setsDelimiter: false);
            return true;
        }

        private bool StartsWithCommandPrefix(int index)
        {
            var prefixes = _dialect.ClientCommandPrefixes;
            if (prefixes.Count == 0) return false;
            int start = _builder[index].Start;
            for (int i = 0; i < prefixes.Count; i++)
            {
                string prefix = prefixes[i];
                if (start + prefix.Length <= _text.Length && string.CompareOrdinal(_text, start, prefix, 0, prefix.Length) == 0) return true;
            }

            return false;
        }

        /// <summary>
        /// A command whose line after its first token is free text (<c>PROMPT Don't</c> must not open a string).
        /// A <c>;</c> ending the line is the command's terminator (<c>set echo on;</c>, <c>exit;</c>).
        /// </summary>
        private void ReadRawCommand(int index, bool continues, bool leaveSemicolon, bool setsDelimiter)
        {
            int end = index + 1;
            int terminator = -1;

            // Tokens already read ahead were lexed past the line: then the line cannot be re-read raw.
            if (_pendingCount == 0)
            {
                _lexer.ContinuesLinesWithHyphen = continues && _dialect.SupportsHyphenLineContinuation;
                bool hasText = _lexer.TryScanRestOfLine(out var text, leaveSemicolon);
                _lexer.ContinuesLinesWithHyphen = false;
                if (hasText) end = _builder.Add(text) + 1;
                if (setsDelimiter && hasText) SetDelimiter(text);

                if (leaveSemicolon && SemicolonFollowsOnLine())
                {
                    int next = Next();
                    if (Kind(next) == SyntaxKind.Semicolon) terminator = next;
                    else PushBack(next);
                }
            }

            AddRange(StatementRangeKind.ClientCommand, index, end, terminator);
        }

        private bool IsDelimiterLine(int index)
        {
            if (!_dialect.SupportsDelimiterCommand || !_builder[index].Has(TokenFlags.FirstOnLine) || !IsWord(index, "DELIMITER")) return false;
            int after = _builder[index].End;
            return after < _text.Length && (_text[after] == ' ' || _text[after] == '\t');
        }

        /// <summary>mysql <c>DELIMITER $$</c>: its first word is the new delimiter; <c>DELIMITER ;</c> goes back to normal.</summary>
        private void SetDelimiter(SyntaxToken text)
        {
            int length = 0;
            while (length < text.Length && _text[text.Start + length] != ' ' && _text[text.Start + length] != '\t') length++;
            string delimiter = _text.Substring(text.Start, length);
            _lexer.CustomDelimiter = delimiter == ";" ? null : delimiter;
        }

        private bool SemicolonFollowsOnLine()
        {
            int i = _lexer.Position;
            while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t')) i++;
            return i < _text.Length && _text[i] == ';';
        }

        /// <summary>SET TRANSACTION, SET ROLE and SET CONSTRAINT(S) are SQL, not the SQL*Plus SET command.</summary>
        private bool IsSqlSet(int index)
        {
            if (!IsWord(index, "SET")) return false;
            int i = _builder[index].End;
            while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t')) i++;
            return NextWordIs(i, "TRANSACTION") || NextWordIs(i, "ROLE") || NextWordIs(i, "CONSTRAINT") || NextWordIs(i, "CONSTRAINTS");
        }

        private bool NextWordIs(int at, string word)
        {
            if (!AsciiText.StartsWithIgnoreCase(_text, at, word)) return false;
            int after = at + word.Length;
            return after >= _text.Length || !(char.IsLetterOrDigit(_text[after]) || _text[after] == '_' || _text[after] == '$' || _text[after] == '#');
        }

        /// <summary>
        /// sqlcmd's <c>GO</c> (the dialect's batch separator) alone on its line, or with a repeat count (<c>GO 5</c>).
        /// On success the count, if any, is consumed and <paramref name="end"/> is just past the separator's last token.
        /// </summary>
        private bool IsBatchSeparatorLine(int index, out int end)
        {
            end = index + 1;
            string? separator = _dialect.BatchSeparator;
            if (separator == null || !IsWord(index, separator)) return false;
            if (NextStartsLine()) return true;

            int count = PeekAhead(0);
            var countToken = _builder[count];
            if (countToken.Kind != SyntaxKind.NumericLiteral || countToken.Has(TokenFlags.Hex)) return false;
            var after = _builder[PeekAhead(1)];
            if (after.Kind != SyntaxKind.EndOfFile && !after.Has(TokenFlags.FirstOnLine)) return false;

            Next();
            end = count + 1;
            return true;
        }

        /// <summary>A line holding only <c>/</c>: SQL*Plus runs what was typed (the statement or PL/SQL unit).</summary>
        private bool IsSlashLine(int index, bool requireFirstOnLine)
        {
            if (!_dialect.UsesSlashLineTerminator || Kind(index) != SyntaxKind.Slash) return false;
            if (requireFirstOnLine && !_builder[index].Has(TokenFlags.FirstOnLine)) return false;
            return NextStartsLine();
        }

        private bool IsDotLine(int index) =>
            _dialect.UsesSlashLineTerminator && Kind(index) == SyntaxKind.Dot && _builder[index].Has(TokenFlags.FirstOnLine) && NextStartsLine();

        /// <summary>
        /// psql sends the lines after <c>COPY ... FROM stdin;</c> as data, up to a <c>\.</c> line; they are read as one
        /// token in no range so that a quote in the data cannot upset the rest of the script.
        /// </summary>
        private void SkipCopyData(int first, int semicolon)
        {
            if (!_dialect.SupportsCopyFromStdinData || first < 0 || !IsWord(first, "COPY") || _pendingCount > 0) return;
            bool fromStdin = false;
            for (int i = first + 1; i + 1 < semicolon && !fromStdin; i++)
            {
                fromStdin = IsWord(i, "FROM") && IsWord(i + 1, "STDIN");
            }

            if (fromStdin && _lexer.TryScanDataLines("\\.", out var data)) _builder.Add(data);
        }
    }
}

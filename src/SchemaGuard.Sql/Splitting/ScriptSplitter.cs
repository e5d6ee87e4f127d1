using System.Collections.Generic;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Splitting
{
    /// <summary>
    /// Drives the lexer over a whole script and cuts it into the units its client would run: statements ended by
    /// <c>;</c> (or a <c>DELIMITER</c>), PL/SQL units ended by a <c>/</c> line, client command lines, batch separators.
    /// </summary>
    /// <remarks>
    /// The splitter reads the script once, token by token, the way SQL*Plus, psql, sqlcmd or the mysql client read
    /// it, and only ever asks the dialect's capabilities what to do. It looks at most two tokens ahead (to tell a
    /// <c>GO</c> or <c>/</c> line from a word or a division), and never past the start of a line it may have to
    /// read raw, so a client command's free text is always read by <see cref="Lexer.TryScanRestOfLine(out SyntaxToken, bool)"/>.
    /// Tokens that no statement needs (an empty <c>;</c>, a <c>/</c> that re-runs the buffer, psql <c>COPY</c>
    /// data) stay in the token list but in no range. Each loop step consumes one token, so it always ends.
    /// </remarks>
    public sealed partial class ScriptSplitter
    {
        private readonly SourceText _source;
        private readonly string _text;
        private readonly SqlDialect _dialect;
        private readonly DiagnosticBag _diagnostics;
        private readonly CommandWordTable _commandWords;
        private readonly int[] _pending = new int[2];

        private TokenListBuilder _builder = null!;
        private Lexer _lexer = null!;
        private List<StatementRange> _ranges = null!;
        private int _pendingCount;

        // The range being read; _first is -1 between statements.
        private int _first = -1;
        private StatementRangeKind _kind;
        private bool _endsWithLine;

        /// <summary>Creates a splitter.</summary>
        public ScriptSplitter(SourceText source, SqlDialect dialect, DiagnosticBag diagnostics)
        {
            _source = source;
            _text = source.Text;
            _dialect = dialect;
            _diagnostics = diagnostics;
            _commandWords = CommandWordTable.For(dialect);
        }

        /// <summary>Lexes and splits the script. Never throws and always ends, whatever the text.</summary>
        public (TokenList Tokens, IReadOnlyList<StatementRange> Ranges) Split()
        {
            _builder = new TokenListBuilder(_source.Length);
            _lexer = new Lexer(_source, _dialect, _diagnostics, _builder.Trivia);
            _ranges = new List<StatementRange>();
            _pendingCount = 0;
            ResetRange();

            while (true)
            {
                int index = Next();
                if (Kind(index) == SyntaxKind.EndOfFile)
                {
                    Close(index, -1);
                    break;
                }

                if (_first < 0) StartStatement(index);
                else ContinueStatement(index);
            }

            return (_builder.ToTokenList(_source), _ranges);
        }

        /// <summary>A token where no statement is open: an empty statement, a client command, or the first token of a statement.</summary>
        private void StartStatement(int index)
        {
            var kind = Kind(index);
            if (kind == SyntaxKind.Semicolon || kind == SyntaxKind.CustomDelimiter) return;
            if (_builder[index].Has(TokenFlags.FirstOnLine) && IsBatchSeparatorLine(index, out int separatorEnd))
            {
                AddRange(StatementRangeKind.BatchSeparator, index, separatorEnd, -1);
                return;
            }

            // A "/" line with no statement open re-runs the SQL buffer in SQL*Plus, and a "." line ends nothing:
            // nothing new to read.
            if (IsSlashLine(index, requireFirstOnLine: false) || IsDotLine(index)) return;
            if (TryClientCommandAtStatementStart(index)) return;

            _first = index;
            _kind = StatementRangeKind.Sql;

            // SQL*Plus joins a line ending in a hyphen to the next one in SQL statements too (Oracle's own sample
            // schemas write INSERT values over such lines); a PL/SQL unit turns it off again (BecomePlSqlUnit).
            _lexer.ContinuesLinesWithHyphen = _dialect.SupportsHyphenLineContinuation;
            Track(index);
        }

        /// <summary>A token inside the open range: does it end the range, or belong to it?</summary>
        private void ContinueStatement(int index)
        {
            var token = _builder[index];
            if (_endsWithLine)
            {
                if (token.Has(TokenFlags.FirstOnLine))
                {
                    Close(index, -1);
                    StartStatement(index);
                }
                else if (token.Kind == SyntaxKind.Semicolon || token.Kind == SyntaxKind.CustomDelimiter)
                {
                    Close(index, index);
                }

                return;
            }

            if (token.Has(TokenFlags.FirstOnLine) && IsBatchSeparatorLine(index, out int separatorEnd))
            {
                Close(index, -1);
                AddRange(StatementRangeKind.BatchSeparator, index, separatorEnd, -1);
                return;
            }

            if (_kind != StatementRangeKind.PlSqlUnit && TryInterruptingClientCommand(index)) return;

            // The mysql client sends what it holds and obeys a "delimiter " line even in the middle of a statement,
            // so a routine whose closing delimiter was forgotten still ends at "DELIMITER ;".
            if (IsDelimiterLine(index))
            {
                Close(index, -1);
                StartStatement(index);
                return;
            }

            // SQL*Plus runs what was typed at a line holding only "/", and ends its entry without running it at a
            // line holding only "." (the block terminator); a later "/" then runs it.
            if (IsSlashLine(index, requireFirstOnLine: true) || IsDotLine(index))
            {
                Close(index, index);
                return;
            }

            if (_kind == StatementRangeKind.PlSqlUnit) return;

            if (token.Kind == SyntaxKind.CustomDelimiter)
            {
                Close(index, index);
                return;
            }

            if (token.Kind == SyntaxKind.Semicolon && _lexer.CustomDelimiter == null && !InsideBody)
            {
                int first = _first;
                Close(index, index);
                SkipCopyData(first, index);
                return;
            }

            Track(index);
        }

        private void Close(int endToken, int terminator)
        {
            if (_first >= 0 && endToken > _first) _ranges.Add(new StatementRange(_kind, _first, endToken, terminator));
            ResetRange();
        }

        private void AddRange(StatementRangeKind kind, int first, int end, int terminator) =>
            _ranges.Add(new StatementRange(kind, first, end, terminator));

        private void ResetRange()
        {
            _first = -1;
            _kind = StatementRangeKind.Sql;
            _endsWithLine = false;
            ResetBodyTracking();
            if (_lexer != null) _lexer.ContinuesLinesWithHyphen = false;
        }

        /// <summary>The next token: one already read ahead, or a new one from the lexer.</summary>
        private int Next()
        {
            if (_pendingCount > 0)
            {
                int index = _pending[0];
                _pending[0] = _pending[1];
                _pendingCount--;
                return index;
            }

            return _builder.Add(_lexer.NextToken());
        }

        /// <summary>The token <paramref name="ahead"/> (0 or 1) places after the current one, reading it if needed.</summary>
        private int PeekAhead(int ahead)
        {
            while (_pendingCount <= ahead)
            {
                if (_pendingCount > 0 && Kind(_pending[_pendingCount - 1]) == SyntaxKind.EndOfFile) return _pending[_pendingCount - 1];
                _pending[_pendingCount++] = _builder.Add(_lexer.NextToken());
            }

            return _pending[ahead];
        }

        /// <summary>Gives back a token read too far; only when nothing else is waiting.</summary>
        private void PushBack(int index)
        {
            _pending[0] = index;
            _pendingCount = 1;
        }

        private SyntaxKind Kind(int index) => _builder[index].Kind;

        private bool IsWord(int index, string word)
        {
            var token = _builder[index];
            return token.Kind == SyntaxKind.Word && AsciiText.EqualsIgnoreCase(_text, token.Start, token.Length, word);
        }

        private bool TextIs(int index, string text)
        {
            var token = _builder[index];
            return AsciiText.EqualsIgnoreCase(_text, token.Start, token.Length, text);
        }

        /// <summary>Whether the token after the current one starts a new line (or the text ends).</summary>
        private bool NextStartsLine()
        {
            var next = _builder[PeekAhead(0)];
            return next.Kind == SyntaxKind.EndOfFile || next.Has(TokenFlags.FirstOnLine);
        }
    }
}

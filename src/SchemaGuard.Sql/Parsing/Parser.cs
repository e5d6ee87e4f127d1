using System.Collections.Generic;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>
    /// Error-tolerant recursive-descent parser over the token ranges the splitter found. It reads fully what
    /// rules need, skips what it does not know by balanced tokens (marking the statement partial), and never
    /// lets one bad statement cost the next. Statement families live in their own partial files
    /// (<c>Parser.CreateTable.cs</c>, <c>Parser.Delete.cs</c>, ...), each starting with the vendor synopsis it follows.
    /// </summary>
    internal sealed partial class Parser
    {
        /// <summary>Deepest nesting of parentheses, expressions and blocks the parser descends into before skipping.</summary>
        internal const int MaxDepth = 200;

        private readonly TokenList _tokens;
        private readonly SqlDialect _dialect;
        private readonly DiagnosticBag _diagnostics;
        private readonly string _text;
        private int _pos;
        private int _end;
        private int _depth;
        private bool _skippedInStatement;

        // The first token of the statement being read: never a boundary to the statement itself (see AtStatementBoundary).
        private int _statementStart = -1;

        internal Parser(TokenList tokens, SqlDialect dialect, DiagnosticBag diagnostics)
        {
            _tokens = tokens;
            _dialect = dialect;
            _diagnostics = diagnostics;
            _text = tokens.Source.Text;
        }

        /// <summary>Parses every range into statements, in order.</summary>
        internal IReadOnlyList<Statement> ParseRanges(IReadOnlyList<StatementRange> ranges)
        {
            var statements = new List<Statement>(ranges.Count);
            foreach (var range in ranges)
            {
                ParseRange(range, statements);
            }

            return statements;
        }

        private void ParseRange(StatementRange range, List<Statement> output)
        {
            _pos = range.FirstToken;
            _end = range.EndToken;
            _depth = 0;
            int firstOutput = output.Count;

            if (range.Kind == StatementRangeKind.BatchSeparator || (range.Kind == StatementRangeKind.ClientCommand && !IsSqlClientCommand()))
            {
                output.Add(Finish(ParseClientCommand(), range.FirstToken));
            }
            else
            {
                while (!AtEnd)
                {
                    // T-SQL batches hold several statements; a semicolon between them ends the one before.
                    if (Is(SyntaxKind.Semicolon))
                    {
                        if (output.Count > firstOutput) output[output.Count - 1].TerminatorTokenIndex = _pos;
                        _pos++;
                        continue;
                    }

                    int start = _pos;
                    var statement = ParseStatement();
                    SkipLeftovers(start);
                    output.Add(Finish(statement, start));
                    if (_pos == start)
                    {
                        // Guard against a parse that consumed nothing: never loop without progress.
                        _pos++;
                    }
                }
            }

            if (output.Count > firstOutput && (range.TerminatorToken >= 0 || output[output.Count - 1].TerminatorTokenIndex < 0))
            {
                output[output.Count - 1].TerminatorTokenIndex = range.TerminatorToken;
            }
        }

        /// <summary>Whether the range is a client command the parser reads as SQL (SHUTDOWN, STARTUP, EXEC).</summary>
        private bool IsSqlClientCommand() =>
            Current.Kind == SyntaxKind.Word &&
            _dialect.ClientCommands.TryGetValue(CurrentText, out var lexing) &&
            lexing == ClientCommandLexing.TokensToEndOfLine;

        private Statement Finish(Statement statement, int startToken)
        {
            int last = _pos > startToken ? _pos - 1 : startToken;
            statement.FirstTokenIndex = startToken;
            statement.EndTokenIndex = last + 1;
            statement.Span = TextSpan.FromBounds(_tokens[startToken].Start, _tokens[last].End);
            statement.IsPartial |= _skippedInStatement;
            _skippedInStatement = false;
            return statement;
        }

        private ClientCommandStatement ParseClientCommand()
        {
            int start = _pos;
            string command = Current.Kind == SyntaxKind.EndOfFile ? string.Empty : CurrentText.ToUpperInvariant();
            Advance();
            string? argument = null;
            if (!AtEnd)
            {
                argument = _text.Substring(Current.Start, _tokens[_end - 1].End - Current.Start);
            }

            _pos = _end;
            return new ClientCommandStatement(SpanFrom(start), command, argument);
        }
    }
}

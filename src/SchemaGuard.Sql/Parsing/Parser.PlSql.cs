using System.Collections.Generic;
using System.Text;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>
    /// Helpers shared by the procedural families (blocks, program units, calls, settings): scanning ahead at
    /// parenthesis depth 0 within the current range, parsing a bounded part as an expression, and reading nested
    /// statements with their own spans.
    /// </summary>
    internal sealed partial class Parser
    {
        private static readonly string[] DynamicSqlClauseWords = { "INTO", "BULK", "USING", "RETURNING", "RETURN" };

        /// <summary>
        /// Parses the whole text as one range of the given kind, the way the splitter would deliver a single unit:
        /// a trailing <c>/</c> line (and, for <see cref="StatementRangeKind.Sql"/>, a trailing <c>;</c>) is its terminator.
        /// </summary>
        internal static IReadOnlyList<Statement> ParseSingleRange(SourceText source, SqlDialect dialect, DiagnosticBag diagnostics, StatementRangeKind kind)
        {
            var (tokens, _) = new ScriptSplitter(source, dialect, diagnostics).Split();
            int end = tokens.Count - 1;
            int terminator = -1;
            if (end > 0)
            {
                var last = tokens[end - 1];
                bool slashLine = last.Kind == SyntaxKind.Slash && last.Has(TokenFlags.FirstOnLine);
                if (slashLine || (kind == StatementRangeKind.Sql && last.Kind == SyntaxKind.Semicolon))
                {
                    end--;
                    terminator = end;
                }
            }

            if (end <= 0) return new Statement[0];
            var range = new StatementRange(kind, 0, end, terminator);
            return new Parser(tokens, dialect, diagnostics).ParseRanges(new[] { range });
        }

        /// <summary>
        /// Index of the next <c>;</c> from <paramref name="from"/>, or the range end. Parentheses are not counted: a
        /// semicolon never belongs inside them (strings are single tokens), so an unclosed parenthesis costs one
        /// statement, not the rest of the block.
        /// </summary>
        private int FindStatementSemicolon(int from)
        {
            for (int i = from; i < _end; i++)
            {
                if (_tokens[i].Kind == SyntaxKind.Semicolon) return i;
            }

            return _end;
        }

        /// <summary>Index of the first token of <paramref name="kind"/> at depth 0 in [from, to), or -1.</summary>
        private int FindDepth0Kind(SyntaxKind kind, int from, int to)
        {
            int depth = 0;
            for (int i = from; i < to; i++)
            {
                var k = _tokens[i].Kind;
                if (depth == 0 && k == kind) return i;
                if (IsOpener(k)) depth++;
                else if (IsCloser(k) && depth > 0) depth--;
            }

            return -1;
        }

        /// <summary>Index of the first of <paramref name="words"/> at depth 0 in [from, to), or -1.</summary>
        private int FindDepth0Word(int from, int to, string[] words)
        {
            int depth = 0;
            for (int i = from; i < to; i++)
            {
                var k = _tokens[i].Kind;
                if (IsOpener(k)) depth++;
                else if (IsCloser(k)) { if (depth > 0) depth--; }
                else if (depth == 0 && k == SyntaxKind.Word)
                {
                    foreach (var w in words)
                    {
                        if (_tokens.IsWord(i, w)) return i;
                    }
                }
            }

            return -1;
        }

        /// <summary>Index of the parenthesis closing the one at <paramref name="open"/>, or the range end when it is never closed.</summary>
        private int FindClosingParen(int open)
        {
            int depth = 0;
            for (int i = open; i < _end; i++)
            {
                var k = _tokens[i].Kind;
                if (IsOpener(k)) depth++;
                else if (IsCloser(k) && --depth == 0) return i;
            }

            return _end;
        }

        /// <summary>Where the statement that goes on from here ends: the range end, or (T-SQL) the next statement's first token.</summary>
        private int ScanToStatementEnd()
        {
            int saved = _pos;
            while (!AtEnd && !AtStatementBoundary()) SkipBalancedQuietly();
            int end = _pos;
            _pos = saved;
            return end;
        }

        /// <summary>
        /// Parses tokens [from, to) as one expression. Should the expression parser stop early (a list, a form it does not
        /// know), the whole part is kept as a raw expression so the value never loses its tail. Leaves the cursor at <paramref name="to"/>.
        /// </summary>
        private Expression ParseBoundedExpression(int from, int to)
        {
            if (to <= from)
            {
                // Nothing to read: an empty expression right after the previous token, inside the statement.
                _pos = from;
                return new RawExpression(EmptySpanAfterPrevious());
            }

            int savedEnd = _end;
            _end = to;
            _pos = from;
            var expression = ParseExpression();
            if (_pos < to) expression = new RawExpression(SpanOfTokens(from, to));
            _end = savedEnd;
            _pos = to;
            return expression;
        }

        /// <summary>
        /// Parses one statement of a block or body that ends at <paramref name="end"/> (its <c>;</c> or the range end) with
        /// the range temporarily cut there, so a family parser that stops early skips only to that end. The statement gets
        /// its own span, token indexes, terminator and partial flag; the enclosing statement's partial flag is kept.
        /// </summary>
        private Statement ParseNestedStatement(int end, System.Func<Statement> parse)
        {
            int start = _pos;
            int savedEnd = _end;
            bool savedSkipped = _skippedInStatement;
            _end = end;
            _skippedInStatement = false;
            var statement = parse();
            SkipLeftovers(start);
            Finish(statement, start);
            _end = savedEnd;
            if (_pos < _end && _pos == end && _tokens[_pos].Kind == SyntaxKind.Semicolon)
            {
                statement.TerminatorTokenIndex = _pos;
                _pos++;
            }

            _skippedInStatement = savedSkipped;
            return statement;
        }

        /// <summary>Marks the statement being read as incomplete (an expected keyword is missing).</summary>
        private void MarkPartial() => _skippedInStatement = true;

        /// <summary>Reports that <paramref name="what"/> is missing here (SG9001) and marks the statement partial.</summary>
        private void ReportMissing(string what)
        {
            ReportExpected(what);
            MarkPartial();
        }

        /// <summary>An empty span at the start of the current token.</summary>
        private TextSpan EmptySpanHere() => new TextSpan(Current.Start, 0);

        /// <summary>An empty span right after the last token read, so it stays inside the statement.</summary>
        private TextSpan EmptySpanAfterPrevious() => _pos > 0 ? new TextSpan(_tokens[_pos - 1].End, 0) : EmptySpanHere();

        /// <summary>Whether the current token is the conditional-compilation operator <c>$</c> before <paramref name="word"/>.</summary>
        private bool IsDirective(string word) =>
            Is(SyntaxKind.Operator) && _tokens.TextIs(_pos, "$") && IsWord(word, 1) && _tokens[_pos + 1].Start == Current.End;

        /// <summary>
        /// Skips a PL/SQL conditional-compilation directive (<c>$IF cond $THEN</c>, <c>$ELSIF cond $THEN</c>, <c>$ELSE</c>,
        /// <c>$END</c>, <c>$ERROR ... $END</c>) if one starts here. Both branches of a <c>$IF</c> are then read as ordinary
        /// code, which is what a rule wants: either may run.
        /// </summary>
        private bool TrySkipDirective()
        {
            if (IsDirective("IF") || IsDirective("ELSIF"))
            {
                _pos += 2;
                while (!AtEnd && !IsDirective("THEN")) SkipBalancedQuietly();
                if (!AtEnd) _pos += 2;
                return true;
            }

            if (IsDirective("ERROR"))
            {
                _pos += 2;
                while (!AtEnd && !IsDirective("END")) SkipBalancedQuietly();
                if (!AtEnd) _pos += 2;
                return true;
            }

            if (IsDirective("ELSE") || IsDirective("END"))
            {
                _pos += 2;
                return true;
            }

            return false;
        }

        /// <summary>A complete string literal's value (see <see cref="StringLiteralValue"/>), or null for any other token.</summary>
        private string? CompleteStringLiteralValue(int index)
        {
            var token = _tokens[index];
            if (token.Kind != SyntaxKind.StringLiteral || token.Has(TokenFlags.Unterminated)) return null;
            return StringLiteralValue(index);
        }

        /// <summary>The text of tokens [from, to) as written, or a string literal's content when it is the only token.</summary>
        private string? ValueTextOf(int from, int to)
        {
            if (to <= from) return null;
            if (to == from + 1)
            {
                var literal = CompleteStringLiteralValue(from);
                if (literal != null) return literal;
            }

            var span = SpanOfTokens(from, to);
            return _text.Substring(span.Start, span.Length);
        }

        /// <summary>Up to <paramref name="max"/> consecutive words from here, upper-cased and single-spaced; consumes them.</summary>
        private string ReadWords(int max, out TextSpan span)
        {
            int start = _pos;
            var sb = new StringBuilder();
            while (_pos - start < max && Is(SyntaxKind.Word))
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(CurrentText.ToUpperInvariant());
                _pos++;
            }

            span = _pos > start ? SpanOfTokens(start, _pos) : EmptySpanAfterPrevious();
            return sb.ToString();
        }

        /// <summary>An identifier made from a parameter token (<c>@p</c>, <c>@@x</c>) with <paramref name="text"/> as its text.</summary>
        private Identifier IdentifierFromToken(int index, string text, TextSpan span) =>
            new Identifier(span, text, false, NameNormalizer.Normalize(text, false, _dialect));
    }
}

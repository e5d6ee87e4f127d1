using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Pieces shared by DELETE, UPDATE, INSERT and MERGE: hints, targets, aliases, WHERE, TOP and LIMIT.</summary>
    internal sealed partial class Parser
    {
        private static readonly IReadOnlyList<TextSpan> NoDmlHintSpans = new TextSpan[0];

        /// <summary>The hint comments (<c>/*+ ... */</c>, <c>--+ ...</c>) right after the keyword at <paramref name="keywordIndex"/>.</summary>
        private IReadOnlyList<TextSpan> ReadHintsAfter(int keywordIndex)
        {
            int next = keywordIndex + 1;
            if (next >= _tokens.Count) return NoDmlHintSpans;
            List<TextSpan>? hints = null;
            foreach (var trivia in _tokens.GetLeadingTrivia(next))
            {
                if (trivia.Kind == TriviaKind.Hint) (hints ??= new List<TextSpan>()).Add(trivia.Span);
            }

            return hints ?? NoDmlHintSpans;
        }

        /// <summary>Whether the DML statement being read ends here (a semicolon inside a PL/SQL range, or a T-SQL boundary).</summary>
        private bool AtDmlEnd() => AtEnd || Is(SyntaxKind.Semicolon) || AtStatementBoundary();

        /// <summary>
        /// The target of DELETE/UPDATE: <c>t</c>, <c>ONLY t</c>, <c>ONLY (t)</c>, or an inline view <c>(SELECT ... FROM t ...)</c>
        /// whose first FROM table is taken. Null (reported) when there is none.
        /// </summary>
        private ObjectName? ParseDmlTarget()
        {
            if (IsWord("ONLY") && (Is(SyntaxKind.OpenParen, 1) || IsIdentifierKind(Peek(1).Kind)))
            {
                _pos++;
                if (TryEat(SyntaxKind.OpenParen))
                {
                    var inner = ExpectObjectName("a table name");
                    ExpectExpressionCloseParen();
                    return inner;
                }
            }

            if (Is(SyntaxKind.OpenParen) || (IsWord("TABLE") && Is(SyntaxKind.OpenParen, 1)))
            {
                if (IsWord("TABLE")) _pos++;
                return ParseInlineViewTarget();
            }

            return ExpectDmlTableName();
        }

        /// <summary>A table name; a clause keyword where the name should be (<c>DELETE FROM WHERE</c>) is reported, not taken as the name.</summary>
        private ObjectName? ExpectDmlTableName()
        {
            if (Is(SyntaxKind.Word) && DmlNotATableWords.Contains(CurrentText))
            {
                ReportExpected("a table name");
                return null;
            }

            if (Is(SyntaxKind.Parameter))
            {
                // A T-SQL table variable (@rows) as the target.
                var token = Current;
                string text = CurrentText;
                _pos++;
                var id = new Identifier(token.Span, text, false, NameNormalizer.Normalize(text, false, _dialect));
                return new ObjectName(token.Span, new[] { id }, null);
            }

            return ExpectObjectName("a table name");
        }

        /// <summary>Oracle's updatable inline view: the first table after FROM inside the parentheses stands for the target.</summary>
        private ObjectName? ParseInlineViewTarget()
        {
            int open = _pos;
            SkipBalancedQuietly();
            int close = _pos;
            int depth = 0;
            ObjectName? table = null;
            for (int i = open; i < close && table == null; i++)
            {
                var kind = _tokens[i].Kind;
                if (IsOpener(kind)) depth++;
                else if (IsCloser(kind)) depth--;
                else if (depth == 1 && _tokens.IsWord(i, "FROM") && i + 1 < close)
                {
                    _pos = i + 1;
                    table = ParseObjectName();
                }
            }

            _pos = close;
            if (table == null) ReportSyntaxError("The inline view names no table SchemaGuard could find.", SpanOfTokens(open, close));
            return table;
        }

        /// <summary>Reads <c>[AS] alias</c> when a word that cannot be a clause keyword follows.</summary>
        private Identifier? ParseDmlAlias()
        {
            if (IsWord("AS") && IsIdentifierKind(Peek(1).Kind))
            {
                _pos++;
                return ParseIdentifier();
            }

            return AtDmlAliasCandidate() ? ParseIdentifier() : null;
        }

        private bool AtDmlAliasCandidate()
        {
            if (!AtIdentifier() || AtStatementBoundary()) return false;
            return !Is(SyntaxKind.Word) || !DmlNonAliasWords.Contains(CurrentText);
        }

        /// <summary>T-SQL table hints <c>WITH (ROWLOCK)</c>, MySQL/Oracle <c>PARTITION (p)</c>, PostgreSQL's <c>*</c> after a table.</summary>
        private void SkipDmlTableDecorations()
        {
            while (true)
            {
                if (Is(SyntaxKind.Asterisk)) _pos++;
                else if ((IsWord("WITH") || IsWord("PARTITION") || IsWord("SUBPARTITION")) && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    SkipBalancedQuietly();
                }
                else if (IsWord("PARTITION") && IsWord("FOR", 1) && Is(SyntaxKind.OpenParen, 2))
                {
                    _pos += 2;
                    SkipBalancedQuietly();
                }
                else return;
            }
        }

        /// <summary>
        /// Skips, without marking the statement partial, a part that is deliberately not read (a FROM/USING list, an
        /// OUTPUT list) up to one of <paramref name="stopWords"/> at the same level or the statement end.
        /// </summary>
        private void SkipDmlUntilWords(params string[] stopWords)
        {
            while (!AtDmlEnd() && !IsAnyWord(stopWords)) SkipBalancedQuietly();
        }

        /// <summary>RETURNING, OUTPUT INTO, LOG ERRORS, OPTION (...): read no further, but not partial.</summary>
        private void SkipRestOfDml()
        {
            while (!AtDmlEnd()) SkipBalancedQuietly();
        }

        /// <summary>
        /// Finds, in the table list [<paramref name="from"/>, <paramref name="to"/>), the table that <paramref name="alias"/>
        /// names (as its alias, or as its own name when it has none): how <c>DELETE a FROM t a JOIN ...</c> and
        /// <c>UPDATE a SET ... FROM t a</c> name their target.
        /// </summary>
        private ObjectName? ResolveDmlAlias(int from, int to, Identifier alias, out int tableCount)
        {
            int saved = _pos;
            _pos = from;
            ObjectName? found = null;
            tableCount = 0;
            bool expectTable = true;
            while (_pos < to)
            {
                if (Is(SyntaxKind.OpenParen))
                {
                    SkipBalancedQuietly();
                    if (expectTable) tableCount++;
                    expectTable = false;
                    continue;
                }

                if (expectTable && AtIdentifier() && !IsDmlJoinWord())
                {
                    var name = ParseObjectName()!;
                    tableCount++;
                    SkipDmlTableDecorations();
                    TryEatWord("AS");
                    Identifier? tableAlias = AtIdentifier() && !IsDmlJoinWord() && !IsWord("ON") && !IsWord("WHERE") ? ParseIdentifier() : null;
                    string key = (tableAlias ?? name.Name).Normalized;
                    if (found == null && key == alias.Normalized) found = name;
                    expectTable = false;
                    continue;
                }

                if (Is(SyntaxKind.Comma) || IsWord("JOIN") || IsWord("FROM") || IsWord("USING") || IsWord("APPLY")) expectTable = true;
                _pos++;
            }

            _pos = saved;
            return found;
        }

        private bool IsDmlJoinWord() => IsAnyWord(DmlJoinWords);

        private static readonly string[] DmlJoinWords = { "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "NATURAL", "OUTER", "STRAIGHT_JOIN", "APPLY", "LATERAL" };

        // WHERE condition | WHERE CURRENT OF cursor
        private WhereClause? ParseDmlWhere(out OptionClause? currentOf)
        {
            currentOf = null;
            int start = _pos;
            var keyword = CurrentSpan;
            _pos++;
            if (IsWord("CURRENT") && IsWord("OF", 1))
            {
                _pos += 2;
                ParseIdentifier();
                currentOf = new OptionClause(SpanFrom(start), "WHERE CURRENT OF");
                return null;
            }

            var condition = ParseExpression();
            if (condition.Span.IsEmpty) ReportExpected("a condition");
            return new WhereClause(TextSpan.FromBounds(keyword.Start, System.Math.Max(keyword.End, condition.Span.End)), keyword, condition);
        }

        /// <summary>SQL Server <c>TOP (n) [PERCENT]</c> or the older <c>TOP n</c>.</summary>
        private OptionClause ParseDmlTop()
        {
            int start = _pos;
            _pos++;
            if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            else if (!AtEnd) _pos++;
            TryEatWord("PERCENT");
            return new OptionClause(SpanFrom(start), "TOP");
        }

        /// <summary>MySQL <c>LIMIT n</c> (a bound on the rows changed).</summary>
        private OptionClause ParseDmlLimit()
        {
            int start = _pos;
            _pos++;
            if (Is(SyntaxKind.NumericLiteral) || Is(SyntaxKind.Parameter) || AtIdentifier()) _pos++;
            else ReportExpected("a row count");
            return new OptionClause(SpanFrom(start), "LIMIT");
        }

        /// <summary>
        /// Skips a token (with what it opens) that the statement's grammar does not allow here; the first such skip in
        /// a statement is reported, so one garbled clause gives one diagnostic, not one per token.
        /// </summary>
        private void SkipUnexpectedOnce()
        {
            if (AtEnd) return;
            if (!_skippedInStatement) ReportSyntaxError("'" + Shorten(CurrentText) + "' was not expected here; it was skipped.", CurrentSpan);
            SkipBalanced();
        }

        /// <summary>
        /// A DML statement whose target could not be read: reported already, the rest skipped, kept as an unread
        /// statement so that no rule sees a DELETE without a table.
        /// </summary>
        private Statement AbandonDml(int start, string description)
        {
            while (!AtDmlEnd()) SkipBalanced();
            _skippedInStatement = true;
            return new OtherStatement(StatementKind.Other, SpanFrom(start), description);
        }

        /// <summary>Clause keywords that cannot be the target table's name.</summary>
        private static readonly HashSet<string> DmlNotATableWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "WHERE", "SET", "FROM", "USING", "VALUES", "SELECT", "RETURNING", "JOIN", "ON", "INTO", "DEFAULT",
        };

        /// <summary>Words that end a target instead of naming its alias.</summary>
        private static readonly HashSet<string> DmlNonAliasWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "WHERE", "USING", "RETURNING", "RETURN", "FROM", "OUTPUT", "LIMIT", "ORDER", "PARTITION", "SUBPARTITION", "LOG",
            "WITH", "OPTION", "SET", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "NATURAL", "STRAIGHT_JOIN", "ON",
            "VALUES", "VALUE", "SELECT", "WHEN", "UNION", "DEFAULT", "OVERRIDING", "IGNORE", "TABLE", "EXEC", "EXECUTE",
            "SAMPLE", "AS", "INTO", "OUTER", "APPLY",
        };
    }
}

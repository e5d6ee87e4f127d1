using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>
    /// Queries embedded in other statements (CREATE TABLE ... AS SELECT, INSERT ... SELECT). The query itself
    /// is not modelled; it is kept as a span with the tables it reads, so a rule can see what is copied.
    /// </summary>
    internal sealed partial class Parser
    {
        // query: [WITH [RECURSIVE] name [(cols)] AS [[NOT] MATERIALIZED] (query) [, ...]]
        //        { SELECT ... [FROM from_item [, ...] | JOIN ...] ... | (query) | VALUES ... | TABLE name }
        //        [{UNION | INTERSECT | EXCEPT | MINUS} [ALL | DISTINCT] query ...]
        // https://www.postgresql.org/docs/current/sql-select.html
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/SELECT.html

        /// <summary>
        /// Reads a query from the current token to its end: the end of the statement, a closing parenthesis it did
        /// not open, or a clause of the enclosing statement (PostgreSQL <c>WITH [NO] DATA</c>, <c>ON CONFLICT</c>,
        /// MySQL <c>ON DUPLICATE KEY UPDATE</c>, <c>RETURNING</c>, Oracle <c>LOG ERRORS</c>). Never marks the
        /// statement partial: the query's inside is deliberately not read.
        /// </summary>
        private QueryClause ParseQueryClause()
        {
            int start = _pos;
            var tables = new List<ObjectName>();
            var cteNames = new HashSet<string>(System.StringComparer.Ordinal);
            ReadQuery(tables, cteNames);
            var sources = new List<ObjectName>(tables.Count);
            foreach (var table in tables)
            {
                if (table.Parts.Count == 1 && cteNames.Contains(table.Name.Normalized)) continue;
                sources.Add(table);
            }

            return new QueryClause(SpanOfTokens(start, _pos), sources);
        }

        /// <summary>Reads one query level, stopping before a closing parenthesis it did not open.</summary>
        private void ReadQuery(List<ObjectName> tables, HashSet<string> cteNames)
        {
            if (!TryEnterNesting())
            {
                while (!AtEnd && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon)) SkipBalancedQuietly();
                return;
            }

            bool operand = true;
            int caseDepth = 0;
            while (!AtEnd && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon) && !AtQueryTerminator())
            {
                if (!operand && caseDepth == 0 && AtTableStatementBoundary()) break;
                if (operand && IsWord("WITH"))
                {
                    ReadCommonTableExpressions(tables, cteNames);
                    continue;
                }

                if (Is(SyntaxKind.OpenParen))
                {
                    if (operand && (IsAnyWordAt(1, TableWords.NestedQueryStarts) || Is(SyntaxKind.OpenParen, 1)))
                    {
                        _pos++;
                        ReadQuery(tables, cteNames);
                        TryEat(SyntaxKind.CloseParen);
                    }
                    else
                    {
                        SkipBalancedQuietly();
                    }

                    operand = false;
                    continue;
                }

                if (IsAnyWord(TableWords.SetOperators))
                {
                    _pos++;
                    if (IsAnyWord(TableWords.SetQuantifiers)) _pos++;
                    operand = true;
                    continue;
                }

                if (operand && IsWord("TABLE") && IsIdentifierKind(Peek(1).Kind))
                {
                    // TABLE name: a whole query reading one table (PostgreSQL, MySQL 8).
                    _pos++;
                    var name = ParseObjectName();
                    if (name != null) tables.Add(name);
                    operand = false;
                    continue;
                }

                operand = false;
                if (IsWord("CASE")) caseDepth++;
                else if (IsWord("END") && caseDepth > 0) caseDepth--;
                else if (IsWord("FROM"))
                {
                    _pos++;
                    ReadFromList(tables, cteNames);
                    continue;
                }

                _pos++;
            }

            ExitNesting();
        }

        /// <summary><c>WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (query) [SEARCH ...] [CYCLE ...] [, ...]</c>.</summary>
        private void ReadCommonTableExpressions(List<ObjectName> tables, HashSet<string> cteNames)
        {
            _pos++;
            TryEatWord("RECURSIVE");
            while (!AtEnd)
            {
                var name = ParseIdentifier();
                if (name == null) return;
                cteNames.Add(name.Normalized);
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                if (!TryEatWord("AS")) return;
                TryEatWord("NOT");
                TryEatWord("MATERIALIZED");
                if (Is(SyntaxKind.OpenParen))
                {
                    _pos++;
                    ReadQuery(tables, cteNames);
                    TryEat(SyntaxKind.CloseParen);
                }

                if (IsAnyWord(TableWords.CteSearchCycle))
                {
                    while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.OpenParen) && !IsAnyWord(TableWords.MainQueryStarts)) _pos++;
                }

                if (!TryEat(SyntaxKind.Comma)) return;
            }
        }

        /// <summary>Reads <c>item [, item] [JOIN item ON ... | USING (...)] ...</c> after FROM, to the end of the FROM clause.</summary>
        private void ReadFromList(List<ObjectName> tables, HashSet<string> cteNames)
        {
            ReadFromItem(tables, cteNames);
            while (!AtEnd && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon) && !AtQueryTerminator() && !AtTableStatementBoundary())
            {
                if (TryEat(SyntaxKind.Comma))
                {
                    ReadFromItem(tables, cteNames);
                    continue;
                }

                if (TryEatJoinKeywords())
                {
                    ReadFromItem(tables, cteNames);
                    continue;
                }

                if (IsAnyWord(TableWords.FromClauseEnd))
                {
                    return;
                }

                SkipBalancedQuietly();
            }
        }

        /// <summary>Consumes <c>[NATURAL] [INNER | CROSS | {LEFT | RIGHT | FULL} [OUTER]] JOIN</c>, <c>STRAIGHT_JOIN</c> or <c>{CROSS | OUTER} APPLY</c>.</summary>
        private bool TryEatJoinKeywords()
        {
            int i = 0;
            if (IsWord("NATURAL", i)) i++;
            if (IsWord("INNER", i) || IsWord("CROSS", i)) i++;
            else if (IsWord("LEFT", i) || IsWord("RIGHT", i) || IsWord("FULL", i))
            {
                i++;
                if (IsWord("OUTER", i)) i++;
            }
            else if (IsWord("OUTER", i) && IsWord("APPLY", i + 1))
            {
                i++;
            }

            if (IsWord("JOIN", i) || IsWord("STRAIGHT_JOIN", i) || (i > 0 && IsWord("APPLY", i)))
            {
                _pos += i + 1;
                return true;
            }

            return false;
        }

        /// <summary>A table name (kept), a derived table or parenthesized join (read inside), or a table function (skipped).</summary>
        private void ReadFromItem(List<ObjectName> tables, HashSet<string> cteNames)
        {
            while (IsAnyWord(TableWords.FromItemModifiers)) _pos++;
            if (Is(SyntaxKind.OpenParen))
            {
                if (!TryEnterNesting())
                {
                    SkipBalancedQuietly();
                    return;
                }

                _pos++;
                if (IsAnyWord(TableWords.QueryStarts) || Is(SyntaxKind.OpenParen)) ReadQuery(tables, cteNames);
                else ReadFromList(tables, cteNames);
                TryEat(SyntaxKind.CloseParen);
                ExitNesting();
                return;
            }

            if (!AtIdentifier() || IsAnyWord(TableWords.FromItemStop)) return;
            var name = ParseObjectName();
            if (name == null) return;
            if (Is(SyntaxKind.OpenParen))
            {
                // TABLE(...), UNNEST(...), generate_series(...): a function, not a table.
                SkipBalancedQuietly();
                return;
            }

            if (name.Parts.Count == 1 && name.DatabaseLink == null && string.Equals(name.Name.Text, "DUAL", System.StringComparison.OrdinalIgnoreCase)) return;
            tables.Add(name);
        }

        /// <summary>A clause that follows a query in the enclosing statement and so ends it.</summary>
        private bool AtQueryTerminator() =>
            (IsWord("WITH") && (IsWord("DATA", 1) || (IsWord("NO", 1) && IsWord("DATA", 2)))) ||
            (IsWord("ON") && (IsWord("CONFLICT", 1) || IsWord("DUPLICATE", 1))) ||
            IsWord("RETURNING") ||
            (IsWord("LOG") && IsWord("ERRORS", 1));
    }
}

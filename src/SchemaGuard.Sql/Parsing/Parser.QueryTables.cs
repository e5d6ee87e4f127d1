using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Finding the tables a query reads in its outermost FROM clauses, without parsing the query.</summary>
    internal sealed partial class Parser
    {
        /// <summary>Words that end a FROM clause.</summary>
        private static readonly HashSet<string> FromClauseEndWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "WHERE", "GROUP", "HAVING", "ORDER", "UNION", "INTERSECT", "MINUS", "EXCEPT", "CONNECT", "START", "MODEL",
            "WINDOW", "FETCH", "OFFSET", "LIMIT", "FOR", "QUALIFY", "WITH", "INTO", "RETURNING",
        };

        /// <summary>Words after which a table reference may not be a table name (they start something else).</summary>
        private static readonly HashSet<string> NotTableWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "LATERAL", "TABLE", "ONLY", "UNNEST", "XMLTABLE", "JSON_TABLE", "SELECT", "VALUES",
        };

        /// <summary>
        /// Adds to <paramref name="tables"/> every table named in a FROM clause or join at the query's outermost level (every
        /// branch of a UNION included) up to <paramref name="end"/>. The query's own WITH names, derived tables and table
        /// functions are left out. Moves the cursor; the caller puts it where it wants.
        /// </summary>
        private void CollectQueryTables(int end, List<ObjectName> tables)
        {
            int savedEnd = _end;
            _end = end;
            var withNames = new HashSet<string>(System.StringComparer.Ordinal);
            if (TryEatWord("WITH"))
            {
                TryEatWord("RECURSIVE");
                while (AtIdentifier())
                {
                    withNames.Add(ParseIdentifier()!.Normalized);
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                    if (!TryEatWord("AS")) break;
                    TryEatWords("NOT", "MATERIALIZED");
                    TryEatWord("MATERIALIZED");
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                    if (!TryEat(SyntaxKind.Comma)) break;
                }
            }

            while (!AtEnd)
            {
                if (TryEatWord("FROM"))
                {
                    ReadFromClause(tables, withNames);
                    continue;
                }

                SkipBalancedQuietly();
            }

            _end = savedEnd;
        }

        private void ReadFromClause(List<ObjectName> tables, HashSet<string> withNames)
        {
            while (!AtEnd)
            {
                // One table reference.
                if (AtIdentifier() && !(Is(SyntaxKind.Word) && (NotTableWords.Contains(CurrentText) || FromClauseEndWords.Contains(CurrentText))))
                {
                    var name = ParseObjectName();
                    if (name != null && !(name.Parts.Count == 1 && withNames.Contains(name.Name.Normalized))) tables.Add(name);
                }

                // Its alias, join conditions, ... up to the next reference or the end of the clause.
                bool next = false;
                while (!AtEnd)
                {
                    if (TryEat(SyntaxKind.Comma) || TryEatWord("JOIN") || TryEatWord("APPLY"))
                    {
                        next = true;
                        break;
                    }

                    if (Is(SyntaxKind.Semicolon) || (Is(SyntaxKind.Word) && FromClauseEndWords.Contains(CurrentText))) return;
                    SkipBalancedQuietly();
                }

                if (!next) return;
            }
        }
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>PARTITION BY clauses and partition definitions.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     PARTITION BY { RANGE (cols) [INTERVAL (expr) [STORE IN (ts, ...)]] | LIST (cols) [AUTOMATIC] | HASH (cols)
        //                          | REFERENCE (fk) | SYSTEM } [SUBPARTITION BY ... [SUBPARTITION TEMPLATE (...)] [SUBPARTITIONS n]]
        //                          [PARTITIONS n [STORE IN (...)]] [( PARTITION [p] [VALUES ...] [attributes] [(subpartitions)], ... )]
        // PostgreSQL: PARTITION BY { RANGE | LIST | HASH } ( { column | (expression) } [COLLATE c] [opclass] [, ...] )
        // MySQL:      PARTITION BY { [LINEAR] HASH (expr) | [LINEAR] KEY [ALGORITHM = n] (cols) | RANGE {(expr) | COLUMNS (cols)}
        //                          | LIST {(expr) | COLUMNS (cols)} } [PARTITIONS n] [SUBPARTITION BY ...] [(partition_definition, ...)]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-TABLE.html (table_partitioning_clauses)
        // https://www.postgresql.org/docs/current/sql-createtable.html
        // https://dev.mysql.com/doc/refman/8.0/en/create-table.html (partition_options)

        /// <summary>Reads a PARTITION BY clause at the current token.</summary>
        private PartitioningClause ParsePartitionBy()
        {
            int start = _pos;
            _pos += 2;
            string method = ReadPartitionMethod();
            IReadOnlyList<Identifier> columns = System.Array.Empty<Identifier>();
            Identifier? reference = null;
            if (method == "REFERENCE" && Is(SyntaxKind.OpenParen))
            {
                _pos++;
                reference = ExpectIdentifier("a foreign key name");
                Expect(SyntaxKind.CloseParen, "')'");
            }
            else if (Is(SyntaxKind.OpenParen))
            {
                columns = ParseParenthesizedIdentifierList();
            }

            Expression? interval = null;
            string? subMethod = null;
            var partitions = new List<PartitionDefinition>();
            while (!AtEnd)
            {
                if (IsWord("INTERVAL") && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    interval = ParseParenthesizedRegion();
                }
                else if (IsWord("STORE") && IsWord("IN", 1))
                {
                    _pos += 2;
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                }
                else if (IsWord("AUTOMATIC"))
                {
                    _pos++;
                }
                else if (IsWord("SUBPARTITION") && IsWord("BY", 1))
                {
                    _pos += 2;
                    subMethod = ReadPartitionMethod();
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                }
                else if (IsWord("SUBPARTITION") && IsWord("TEMPLATE", 1))
                {
                    _pos += 2;
                    if (Is(SyntaxKind.OpenParen)) SkipCollectingLogging();
                    else if (Is(SyntaxKind.NumericLiteral)) _pos++;
                }
                else if ((IsWord("PARTITIONS") || IsWord("SUBPARTITIONS")) && !AtEnd)
                {
                    _pos++;
                    if (Is(SyntaxKind.NumericLiteral) || Is(SyntaxKind.SubstitutionVariable)) _pos++;
                }
                else if (Is(SyntaxKind.OpenParen) && (IsWord("PARTITION", 1) || Is(SyntaxKind.CloseParen, 1)))
                {
                    ParsePartitionList(partitions);
                }
                else
                {
                    break;
                }
            }

            return new PartitioningClause(SpanFrom(start), method, columns, partitions)
            {
                Interval = interval,
                ReferenceConstraint = reference,
                SubpartitionMethod = subMethod,
            };
        }

        /// <summary>The method words after PARTITION BY / SUBPARTITION BY, upper case (<c>RANGE</c>, <c>LINEAR KEY</c>, <c>LIST COLUMNS</c>).</summary>
        private string ReadPartitionMethod()
        {
            int start = _pos;
            TryEatWord("LINEAR");
            if (!IsAnyWord(TableWords.PartitionMethods))
            {
                ReportExpected("a partitioning method");
                return KeywordText(start, _pos);
            }

            if (IsWord("CONSISTENT")) _pos++;
            _pos++;
            if (IsWord("ALGORITHM") && Is(SyntaxKind.Equals, 1))
            {
                string method = KeywordText(start, _pos);
                _pos += 3;
                return method;
            }

            TryEatWord("COLUMNS");
            return KeywordText(start, _pos);
        }

        /// <summary>Reads <c>( PARTITION ..., PARTITION ... )</c>.</summary>
        private void ParsePartitionList(List<PartitionDefinition> partitions)
        {
            _pos++;
            while (!AtEnd && !Is(SyntaxKind.CloseParen))
            {
                if (IsWord("PARTITION")) partitions.Add(ParsePartitionDefinition());
                while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen)) SkipBalanced();
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            Expect(SyntaxKind.CloseParen, "')'");
        }

        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-TABLE.html (range_partition_desc)
        // https://dev.mysql.com/doc/refman/8.0/en/create-table.html (partition_definition)
        /// <summary>
        /// <c>PARTITION [name] [VALUES LESS THAN (...) | VALUES [IN] (...) | VALUES LESS THAN MAXVALUE] [segment attributes]
        /// [LOB storage] [MySQL partition options] [(subpartitions) | SUBPARTITIONS n [STORE IN (...)]]</c>.
        /// Subpartitions are skipped; their logging clauses are still collected.
        /// </summary>
        private PartitionDefinition ParsePartitionDefinition()
        {
            int start = _pos;
            _pos++;
            Identifier? name = null;
            if (AtIdentifier() && !IsWord("VALUES") && !AtPhysicalAttributeWord()) name = ParseIdentifier();
            LoggingClause? logging = null;
            Identifier? tablespace = null;
            while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen))
            {
                int before = _pos;
                if (IsWord("VALUES"))
                {
                    _pos++;
                    if (!TryEatWords("LESS", "THAN")) TryEatWord("IN");
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                    else if (IsWord("MAXVALUE") || IsWord("DEFAULT")) _pos++;
                    continue;
                }

                if (Is(SyntaxKind.OpenParen))
                {
                    SkipCollectingLogging();
                    continue;
                }

                if ((IsWord("SUBPARTITIONS") || IsWord("PARTITIONS")) && (Is(SyntaxKind.NumericLiteral, 1)))
                {
                    _pos += 2;
                    continue;
                }

                if (IsWord("STORE") && IsWord("IN", 1))
                {
                    _pos += 2;
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                    continue;
                }

                if (TryParsePhysicalAttribute(ref logging, ref tablespace)) continue;
                if (TryParseTableOptionSetting(alterOptions: false) != null) continue;
                if (IsWord("READ") && (IsWord("ONLY", 1) || IsWord("WRITE", 1)))
                {
                    _pos += 2;
                    continue;
                }

                if (IsWord("UNUSABLE") || IsWord("EXTERNAL") || IsWord("INDEXING"))
                {
                    _pos++;
                    if (IsAnyWord(TableWords.OnOff)) _pos++;
                    continue;
                }

                SkipBalanced();
                if (_pos == before) _pos++;
            }

            return new PartitionDefinition(SpanFrom(start), name, logging, tablespace);
        }
    }
}

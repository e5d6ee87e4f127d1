using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>ALTER TABLE actions that move segments or maintain partitions.</summary>
    internal sealed partial class Parser
    {
        // MOVE [{PARTITION | SUBPARTITION} p] [ONLINE] [segment_attributes] [table_compression] [LOB (c) STORE AS (...)]
        //      [PARALLEL n] [UPDATE [GLOBAL] INDEXES [(...)]]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (move_table_clause)
        private AlterTableAction ParseMove(int start)
        {
            _pos++;
            Identifier? partition = null;
            if (IsAnyWord(TableWords.PartitionOrSubpartition))
            {
                _pos++;
                if (IsWord("FOR") && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    SkipBalancedQuietly();
                }
                else
                {
                    partition = ExpectIdentifier("a partition name");
                }
            }

            int loggingBefore = _tableLogging?.Count ?? 0;
            OptionClause? online = null;
            OptionClause? updateIndexes = null;
            LoggingClause? logging = null;
            Identifier? tablespace = null;
            while (!AtEnd && !AtTableStatementBoundary())
            {
                if (ReadOnlineAndUpdateIndexes(ref online, ref updateIndexes)) continue;
                if (TryParsePhysicalAttribute(ref logging, ref tablespace)) continue;
                break;
            }

            var lobLogging = new List<LoggingClause>();
            if (_tableLogging != null)
            {
                for (int i = loggingBefore; i < _tableLogging.Count; i++)
                {
                    if (!ReferenceEquals(_tableLogging[i], logging)) lobLogging.Add(_tableLogging[i]);
                }
            }

            return new MoveAction(SpanFrom(start), online, logging, tablespace, partition, updateIndexes)
            {
                KeywordSpan = _tokens[start].Span,
                LobLogging = lobLogging.ToArray(),
            };
        }

        /// <summary>Reads <c>ONLINE</c> or <c>UPDATE [GLOBAL] INDEXES [(...)]</c> if next.</summary>
        private bool ReadOnlineAndUpdateIndexes(ref OptionClause? online, ref OptionClause? updateIndexes)
        {
            int s = _pos;
            if (TryEatWord("ONLINE"))
            {
                online = MakeOption(s);
                return true;
            }

            if (IsWord("UPDATE") && (IsWord("INDEXES", 1) || (IsWord("GLOBAL", 1) && IsWord("INDEXES", 2))))
            {
                _pos += IsWord("GLOBAL", 1) ? 3 : 2;
                updateIndexes = MakeOption(s);
                if (Is(SyntaxKind.OpenParen)) SkipCollectingLogging();
                return true;
            }

            if (IsWord("INVALIDATE") && IsWord("GLOBAL", 1) && IsWord("INDEXES", 2))
            {
                _pos += 3;
                return true;
            }

            return false;
        }

        // EXCHANGE {PARTITION p | SUBPARTITION p | PARTITION FOR (...)} WITH TABLE t [{INCLUDING | EXCLUDING} INDEXES]
        //          [{WITH | WITHOUT} VALIDATION] [EXCEPTIONS INTO t] [UPDATE [GLOBAL] INDEXES] [PARALLEL n]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (exchange_partition_subpart)
        // https://dev.mysql.com/doc/refman/8.0/en/partitioning-management-exchange.html
        private AlterTableAction ParseExchangePartition(int start)
        {
            _pos++;
            Identifier? partition = null;
            if (IsAnyWord(TableWords.PartitionOrSubpartition) && !IsWord("FOR", 1))
            {
                _pos++;
                partition = ExpectIdentifier("a partition name");
            }

            ObjectName? table = null;
            if (partition != null && ExpectWord("WITH") && ExpectWord("TABLE")) table = ExpectObjectName("a table name");
            if (partition == null || table == null)
            {
                SkipActionRest();
                return new OtherTableAction(SpanFrom(start), "EXCHANGE PARTITION");
            }

            var action = new ExchangePartitionAction(default, partition, table);
            while (!AtEnd && !AtTableStatementBoundary())
            {
                int s = _pos;
                OptionClause? online = null;
                OptionClause? update = null;
                if (TryEatWords("INCLUDING", "INDEXES")) action.IncludingIndexes = MakeOption(s);
                else if (TryEatWords("EXCLUDING", "INDEXES")) action.ExcludingIndexes = MakeOption(s);
                else if (TryEatWords("WITH", "VALIDATION")) action.WithValidation = MakeOption(s);
                else if (TryEatWords("WITHOUT", "VALIDATION")) action.WithoutValidation = MakeOption(s);
                else if (TryEatWords("EXCEPTIONS", "INTO")) ParseObjectName();
                else if (ReadOnlineAndUpdateIndexes(ref online, ref update)) action.UpdateIndexes = update ?? action.UpdateIndexes;
                else if (IsWord("PARALLEL") || IsWord("NOPARALLEL") || IsWord("CASCADE"))
                {
                    _pos++;
                    if (Is(SyntaxKind.NumericLiteral)) _pos++;
                }
                else break;
            }

            action.Span = SpanFrom(start);
            return action;
        }

        // Oracle: ADD PARTITION p ... [, PARTITION q ...] | DROP PARTITION[S] p [, q] | TRUNCATE PARTITION[S] p [DROP | REUSE STORAGE]
        //         SPLIT PARTITION p {AT | VALUES} (...) INTO (...) | MERGE PARTITIONS p1, p2 INTO PARTITION p3 | COALESCE PARTITION
        //         ... [UPDATE [GLOBAL] INDEXES] [ONLINE] [PARALLEL]
        // MySQL:  ADD PARTITION (partition_definition) | {DROP | TRUNCATE | ANALYZE | CHECK | OPTIMIZE | REBUILD | REPAIR | DISCARD | IMPORT}
        //         PARTITION {p, ... | ALL} | COALESCE PARTITION n | REORGANIZE PARTITION p, ... INTO (partition_definition, ...)
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (alter_table_partitioning)
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table-partition-operations.html
        private AlterTableAction ParsePartitionMaintenance(int start)
        {
            string operation = CurrentText.ToUpperInvariant();
            _pos++;
            var names = new List<Identifier>();
            if (operation == "ADD")
            {
                if (IsAnyWord(TableWords.PartitionOrSubpartition) && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    var definitions = new List<PartitionDefinition>();
                    ParsePartitionList(definitions);
                    foreach (var d in definitions)
                    {
                        if (d.Name is { } name) names.Add(name);
                    }
                }
                else
                {
                    while (IsAnyWord(TableWords.PartitionOrSubpartition))
                    {
                        var definition = ParsePartitionDefinition();
                        if (definition.Name is { } name) names.Add(name);
                        if (!Is(SyntaxKind.Comma) || !IsAnyWordAt(1, TableWords.PartitionOrSubpartition)) break;
                        _pos++;
                    }
                }
            }
            else
            {
                _pos++;
                if (IsWord("FOR") && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    SkipBalancedQuietly();
                }
                else if (!TryEatWord("ALL") && !TryEat(SyntaxKind.NumericLiteral))
                {
                    while (AtIdentifier() && !IsAnyWord(TableWords.PartitionNameListEnd))
                    {
                        names.Add(ParseIdentifier()!);
                        if (!Is(SyntaxKind.Comma) || !AtListContinuation()) break;
                        _pos++;
                    }
                }
            }

            OptionClause? online = null;
            OptionClause? updateIndexes = null;
            while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen) && !AtTableStatementBoundary() && !AtTrailingWithOptions())
            {
                if (ReadOnlineAndUpdateIndexes(ref online, ref updateIndexes)) continue;
                SkipCollectingLogging();
            }

            return new PartitionMaintenanceAction(SpanFrom(start), operation, names, updateIndexes, online);
        }

        // MODIFY {PARTITION | SUBPARTITION} p { [NO]LOGGING | physical attributes | ADD VALUES (...) | DROP VALUES (...)
        //        | [REBUILD] UNUSABLE LOCAL INDEXES | READ {ONLY | WRITE} | INDEXING {ON | OFF} | ... }
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (modify_table_partition)
        private AlterTableAction ParseModifyPartition(int start)
        {
            _pos++;
            Identifier? partition = null;
            if (IsWord("FOR") && Is(SyntaxKind.OpenParen, 1))
            {
                _pos++;
                SkipBalancedQuietly();
            }
            else
            {
                partition = ExpectIdentifier("a partition name");
            }

            LoggingClause? logging = null;
            Identifier? tablespace = null;
            OptionClause? online = null;
            OptionClause? updateIndexes = null;
            while (!AtEnd && !Is(SyntaxKind.Comma) && !AtTableStatementBoundary())
            {
                if (TryParsePhysicalAttribute(ref logging, ref tablespace)) continue;
                if (ReadOnlineAndUpdateIndexes(ref online, ref updateIndexes)) continue;
                SkipCollectingLogging();
            }

            if (logging != null) return new LoggingAction(SpanFrom(start), logging, partition);
            return new PartitionMaintenanceAction(SpanFrom(start), "MODIFY", partition == null ? System.Array.Empty<Identifier>() : new[] { partition }, updateIndexes, online);
        }
    }
}

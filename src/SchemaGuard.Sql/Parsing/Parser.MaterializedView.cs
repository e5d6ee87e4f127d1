using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>CREATE MATERIALIZED VIEW and CREATE MATERIALIZED VIEW LOG.</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// <code>
        /// CREATE MATERIALIZED VIEW [IF NOT EXISTS] [schema.]name [OF type] [( columns )]
        ///   [ON PREBUILT TABLE [{WITH|WITHOUT} REDUCED PRECISION]] [physical properties, LOGGING|NOLOGGING, TABLESPACE t, ...]
        ///   [USING INDEX ... | USING NO INDEX] [BUILD {IMMEDIATE|DEFERRED}]
        ///   [REFRESH [FAST|COMPLETE|FORCE] [ON {DEMAND|COMMIT|STATEMENT}] [START WITH d] [NEXT d] [WITH {PRIMARY KEY|ROWID}] ... | NEVER REFRESH]
        ///   [FOR UPDATE] [{ENABLE|DISABLE} QUERY REWRITE] AS subquery
        /// PostgreSQL: CREATE MATERIALIZED VIEW [IF NOT EXISTS] name [(cols)] [USING method] [WITH (params)] [TABLESPACE t] AS query [WITH [NO] DATA]
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-MATERIALIZED-VIEW.html
        /// </summary>
        private Statement ParseCreateMaterializedView(int start)
        {
            _pos = start + 1;
            _pos = FindObjectKeyword(0) + 2;
            TryEatWords("IF", "NOT", "EXISTS");
            var name = ExpectObjectName("the materialized view's name");
            if (name == null)
            {
                MarkPartial();
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "CREATE MATERIALIZED VIEW");
            }

            LoggingClause? logging = null;
            OptionClause? prebuilt = null;
            OptionClause? build = null;
            string? refreshMode = null;
            string? refreshOn = null;
            while (!AtEnd && !AtStatementBoundary())
            {
                if (IsWord("AS") && !_tokens.IsWord(_pos - 1, "STORE")) break;
                if (IsWord("ON") && IsWord("PREBUILT", 1) && IsWord("TABLE", 2))
                {
                    prebuilt = TryParseOption("ON", "PREBUILT", "TABLE");
                    continue;
                }

                var loggingClause = TryParseLogging();
                if (loggingClause != null)
                {
                    logging ??= loggingClause;
                    continue;
                }

                if (IsWord("BUILD") && (IsWord("IMMEDIATE", 1) || IsWord("DEFERRED", 1)))
                {
                    int buildStart = _pos;
                    _pos += 2;
                    build = new OptionClause(SpanOfTokens(buildStart, _pos), UpperWords(buildStart, _pos));
                    continue;
                }

                if (TryEatWords("NEVER", "REFRESH"))
                {
                    refreshMode = "NEVER";
                    continue;
                }

                if (TryEatWord("REFRESH"))
                {
                    ReadRefreshClause(ref refreshMode, ref refreshOn);
                    continue;
                }

                SkipBalancedQuietly();
            }

            var sources = new List<ObjectName>();
            var querySpan = EmptySpanAfterPrevious();
            if (ExpectWord("AS"))
            {
                int queryStart = _pos;
                int queryEnd = ScanToStatementEnd();
                int savedEnd = _end;
                _end = queryEnd;
                sources.AddRange(ParseQueryClause().SourceTables);
                _end = savedEnd;
                _pos = queryEnd;
                querySpan = SpanOfTokens(queryStart, queryEnd);
            }
            else
            {
                MarkPartial();
            }

            return new CreateMaterializedViewStatement(SpanFrom(start), name, logging, prebuilt, build, refreshMode, refreshOn, sources, querySpan);
        }

        /// <summary>After REFRESH: the method and the ON moment; START WITH, NEXT, WITH ..., USING ... are stepped over.</summary>
        private void ReadRefreshClause(ref string? mode, ref string? on)
        {
            while (!AtEnd && !AtStatementBoundary())
            {
                if (IsAnyWord("FAST", "COMPLETE", "FORCE"))
                {
                    mode = CurrentText.ToUpperInvariant();
                    _pos++;
                    continue;
                }

                if (IsWord("ON") && IsAnyWordAt(1, "DEMAND", "COMMIT", "STATEMENT"))
                {
                    _pos++;
                    on = CurrentText.ToUpperInvariant();
                    _pos++;
                    continue;
                }

                // The refresh clause ends where another clause of the statement begins.
                if (IsAnyWord("AS", "BUILD", "ENABLE", "DISABLE", "FOR", "NEVER", "LOGGING", "NOLOGGING", "CACHE", "NOCACHE", "PARALLEL", "NOPARALLEL", "TABLESPACE", "COMPRESS", "NOCOMPRESS")) return;
                if (IsWord("ON") && IsWord("PREBUILT", 1)) return;
                SkipBalancedQuietly();
            }
        }

        /// <summary>
        /// <code>
        /// CREATE MATERIALIZED VIEW LOG [IF NOT EXISTS] ON [schema.]table [physical attributes, TABLESPACE t, LOGGING|NOLOGGING, CACHE|NOCACHE]
        ///   [PARALLEL ...] [partitioning] [WITH [OBJECT ID | PRIMARY KEY | ROWID | SEQUENCE | COMMIT SCN] [, ...] [( columns )]]
        ///   [{INCLUDING|EXCLUDING} NEW VALUES] [PURGE ...] [FOR {SYNCHRONOUS REFRESH USING t | FAST REFRESH}]
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-MATERIALIZED-VIEW-LOG.html
        /// </summary>
        private Statement ParseCreateMaterializedViewLog(int start)
        {
            _pos = start + 1;
            _pos = FindObjectKeyword(0) + 3;
            TryEatWords("IF", "NOT", "EXISTS");
            if (!TryEatWord("ON")) ReportMissing("ON");
            var table = ExpectObjectName("the master table's name");
            if (table == null)
            {
                MarkPartial();
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "CREATE MATERIALIZED VIEW LOG");
            }

            LoggingClause? logging = null;
            OptionClause? newValues = null;
            var withOptions = new List<OptionClause>();
            while (!AtEnd && !AtStatementBoundary())
            {
                var loggingClause = TryParseLogging();
                if (loggingClause != null)
                {
                    logging ??= loggingClause;
                    continue;
                }

                if (TryEatWord("WITH"))
                {
                    ReadLogWithOptions(withOptions);
                    continue;
                }

                var values = TryParseOption("INCLUDING", "NEW", "VALUES") ?? TryParseOption("EXCLUDING", "NEW", "VALUES");
                if (values != null)
                {
                    newValues = values;
                    continue;
                }

                SkipBalancedQuietly();
            }

            return new CreateMaterializedViewLogStatement(SpanFrom(start), table, logging, withOptions, newValues);
        }

        private void ReadLogWithOptions(List<OptionClause> options)
        {
            while (!AtEnd)
            {
                var option = TryParseOption("OBJECT", "ID") ?? TryParseOption("PRIMARY", "KEY") ?? TryParseOption("ROWID") ??
                    TryParseOption("SEQUENCE") ?? TryParseOption("COMMIT", "SCN");
                if (option != null) options.Add(option);
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                if (option == null || !TryEat(SyntaxKind.Comma)) return;
            }
        }
    }
}

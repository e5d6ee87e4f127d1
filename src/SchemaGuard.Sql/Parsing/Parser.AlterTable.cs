using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>ALTER TABLE: the statement and the choice of action.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     ALTER TABLE [schema.]table { column_clauses | constraint_clauses | alter_table_properties
        //               | alter_table_partitioning | MOVE ... | {ENABLE | DISABLE} ... } ...        (clauses follow one another)
        // PostgreSQL: ALTER TABLE [IF EXISTS] [ONLY] name [*] action [, ...]   |   ... RENAME [COLUMN] a TO b | RENAME TO n | SET SCHEMA s
        // MySQL:      ALTER [ONLINE] [IGNORE] TABLE name [alter_option [, alter_option] ...] [partition_options]
        // SQL Server: ALTER TABLE name { ALTER COLUMN ... | [WITH {CHECK | NOCHECK}] ADD ... [, ...] | DROP ... [, ...]
        //               | [WITH {CHECK | NOCHECK}] {CHECK | NOCHECK} CONSTRAINT ... | SWITCH ... | SET (...) | REBUILD ... } [WITH (...)]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html
        // https://www.postgresql.org/docs/current/sql-altertable.html
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
        // https://learn.microsoft.com/sql/t-sql/statements/alter-table-transact-sql

        private Statement ParseAlterTable(int start)
        {
            var outer = _tableLogging;
            _tableLogging = new List<LoggingClause>();
            try
            {
                return ParseAlterTableCore(start);
            }
            finally
            {
                _tableLogging = outer;
            }
        }

        private Statement ParseAlterTableCore(int start)
        {
            _pos = start + 1;
            while (!AtEnd && Current.Kind == SyntaxKind.Word && !IsWord("TABLE")) _pos++;
            ExpectWord("TABLE");
            if (IsWord("ALL") && IsWord("IN", 1)) return ParseOther(StatementKind.AlterTable, start, "ALTER TABLE ALL IN TABLESPACE");
            bool ifExists = TryEatWords("IF", "EXISTS");
            bool only = TryEatWord("ONLY");
            var name = ParseObjectName();
            if (name == null)
            {
                ReportExpected("a table name");
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "ALTER TABLE") { IsPartial = true };
            }

            if (Is(SyntaxKind.Asterisk)) _pos++;
            int diagnosticsBefore = _diagnostics.Count;
            var actions = new List<AlterTableAction>();
            bool first = true;
            while (!AtEnd)
            {
                if (!first)
                {
                    if (!TryEat(SyntaxKind.Comma) && AtTableStatementBoundary()) break;
                    if (AtEnd) break;
                }

                first = false;
                int before = _pos;
                int actionCount = actions.Count;
                int loggingCount = _tableLogging!.Count;
                ParseAlterTableAction(actions);
                AdoptStrayLogging(actions, actionCount, loggingCount);
                if (_pos == before) SkipBalanced();
            }

            if (actions.Count == 0 && !_skippedInStatement && _diagnostics.Count == diagnosticsBefore) ReportExpected("an ALTER TABLE action");
            return new AlterTableStatement(SpanFrom(start), name, ifExists, only, actions);
        }

        /// <summary>
        /// Logging clauses read inside an action that no action node holds (LOB storage after ADD, ADD PARTITION ... NOLOGGING)
        /// become logging actions of their own, so <see cref="AlterTableStatement.AllLoggingClauses"/> sees every one.
        /// </summary>
        private void AdoptStrayLogging(List<AlterTableAction> actions, int actionCount, int loggingCount)
        {
            if (_tableLogging!.Count == loggingCount) return;
            var owned = new HashSet<LoggingClause>();
            for (int i = actionCount; i < actions.Count; i++)
            {
                foreach (var l in actions[i].DescendantsAndSelf().OfType<LoggingClause>()) owned.Add(l);
            }

            for (int i = loggingCount; i < _tableLogging.Count; i++)
            {
                var logging = _tableLogging[i];
                if (!owned.Contains(logging)) actions.Add(new LoggingAction(logging.Span, logging, null));
            }
        }

        /// <summary>Reads one action (or a comma-continued group of them, as SQL Server's <c>ADD a int, b int</c>) into <paramref name="actions"/>.</summary>
        private void ParseAlterTableAction(List<AlterTableAction> actions)
        {
            int start = _pos;
            if (IsWord("WITH") && Is(SyntaxKind.OpenParen, 1))
            {
                _pos++;
                var settings = ParseParenthesizedOptionSettings();
                actions.Add(new TableOptionsAction(SpanFrom(start), settings));
                return;
            }

            OptionClause? withCheck = null;
            if (IsWord("WITH") && (IsWord("CHECK", 1) || IsWord("NOCHECK", 1)))
            {
                _pos += 2;
                withCheck = MakeOption(start);
            }

            if (AtEnd || Current.Kind != SyntaxKind.Word)
            {
                if (withCheck == null) SkipUnknownAction(start, actions);
                return;
            }

            switch (char.ToUpperInvariant(_text[Current.Start]))
            {
                case 'A':
                    if (IsWord("ADD")) { ParseAlterAdd(start, withCheck, actions); return; }
                    if (IsWord("ALTER")) { actions.Add(ParseAlterColumnOrOther(start)); return; }
                    break;
                case 'C':
                    if (IsWord("CHANGE")) { actions.Add(ParseAlterChange(start)); return; }
                    if ((IsWord("CHECK") || IsWord("NOCHECK")) && IsWord("CONSTRAINT", 1)) { actions.Add(ParseConstraintState(start, withCheck)); return; }
                    if (IsWord("CONVERT") && IsWord("TO", 1)) { actions.Add(ParseConvertCharset(start)); return; }
                    if (IsWord("COALESCE") && IsAnyWordAt(1, TableWords.PartitionOrSubpartition)) { actions.Add(ParsePartitionMaintenance(start)); return; }
                    break;
                case 'D':
                    if (IsWord("DROP")) { ParseAlterDrop(start, actions); return; }
                    if (IsWord("DISABLE")) { actions.Add(ParseEnableDisable(start)); return; }
                    break;
                case 'E':
                    if (IsWord("ENABLE")) { actions.Add(ParseEnableDisable(start)); return; }
                    if (IsWord("EXCHANGE")) { actions.Add(ParseExchangePartition(start)); return; }
                    break;
                case 'M':
                    if (IsWord("MODIFY")) { actions.Add(ParseAlterModify(start)); return; }
                    if (IsWord("MOVE")) { actions.Add(ParseMove(start)); return; }
                    if (IsWord("MERGE") && IsAnyWordAt(1, TableWords.PartitionsOrSubpartitions)) { actions.Add(ParsePartitionMaintenance(start)); return; }
                    break;
                case 'N':
                    if (IsWord("NOCHECK") && IsWord("CONSTRAINT", 1)) { actions.Add(ParseConstraintState(start, withCheck)); return; }
                    break;
                case 'P':
                    if (IsWord("PARTITION") && IsWord("BY", 1))
                    {
                        var keywords = SpanOfTokens(start, _pos + 2);
                        var partitioning = ParsePartitionBy();
                        actions.Add(new ModifyPartitioningAction(SpanFrom(start), partitioning, null, null) { KeywordSpan = keywords });
                        return;
                    }

                    break;
                case 'R':
                    if (IsWord("RENAME")) { actions.Add(ParseAlterRename(start)); return; }
                    break;
                case 'S':
                    if (IsWord("SET")) { actions.Add(ParseAlterSet(start)); return; }
                    if (IsWord("SPLIT") && IsAnyWordAt(1, TableWords.PartitionOrSubpartition)) { actions.Add(ParsePartitionMaintenance(start)); return; }
                    break;
                case 'T':
                    if (IsWord("TRUNCATE") && IsAnyWordAt(1, TableWords.AnyPartitionWord)) { actions.Add(ParsePartitionMaintenance(start)); return; }
                    break;
                case 'V':
                    if (IsWord("VALIDATE") && IsWord("CONSTRAINT", 1)) { actions.Add(ParseConstraintState(start, null)); return; }
                    break;
            }

            if (IsAnyWord(TableWords.PartitionMaintenanceVerbs) &&
                IsAnyWordAt(1, TableWords.PartitionOrSubpartition))
            {
                actions.Add(ParsePartitionMaintenance(start));
                return;
            }

            var logging = TryParseCollectedLogging();
            if (logging != null)
            {
                actions.Add(new LoggingAction(SpanFrom(start), logging, null));
                return;
            }

            var options = new List<OptionSetting>();
            for (var option = TryParseTableOptionSetting(alterOptions: true); option != null; option = TryParseTableOptionSetting(alterOptions: true))
            {
                options.Add(option);
            }

            if (options.Count > 0)
            {
                actions.Add(new TableOptionsAction(SpanFrom(start), options));
                return;
            }

            LoggingClause? ignoredLogging = null;
            Identifier? ignoredTablespace = null;
            if (TryParsePhysicalAttribute(ref ignoredLogging, ref ignoredTablespace))
            {
                actions.Add(new OtherTableAction(SpanFrom(start), KeywordText(start, start + 1)));
                return;
            }

            if (KnownOtherActionWords.Contains(CurrentText))
            {
                string description = DescribeOtherAction();
                SkipActionRest();
                actions.Add(new OtherTableAction(SpanFrom(start), description));
                return;
            }

            SkipUnknownAction(start, actions);
        }

        /// <summary>An action the parser does not know: skipped to the next comma, and the statement marked partial.</summary>
        private void SkipUnknownAction(int start, List<AlterTableAction> actions)
        {
            string description = AtEnd ? string.Empty : (Current.Kind == SyntaxKind.Word ? CurrentText.ToUpperInvariant() : string.Empty);
            while (!AtEnd && !Is(SyntaxKind.Comma) && !AtTableStatementBoundary()) SkipBalanced();
            if (_pos > start) actions.Add(new OtherTableAction(SpanFrom(start), description));
        }

        /// <summary>Skips the rest of an action quietly, to the next comma at its level, recording logging clauses met on the way.</summary>
        private void SkipActionRest()
        {
            while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen) && !AtTableStatementBoundary() && !AtTrailingWithOptions()) SkipCollectingLogging();
        }

        /// <summary>
        /// SQL Server <c>WITH (ONLINE = ON)</c> after an action (ALTER COLUMN, REBUILD, DROP CONSTRAINT): read as an options
        /// action of its own, so <see cref="AlterTableStatement.Options"/> sees it. PostgreSQL's <c>FOR VALUES WITH (...)</c> is not one.
        /// </summary>
        private bool AtTrailingWithOptions() =>
            IsWord("WITH") && Is(SyntaxKind.OpenParen, 1) && !(_pos > 0 && _tokens.IsWord(_pos - 1, "VALUES"));

        /// <summary>The leading keywords of a known action that no rule reads (<c>OWNER TO</c>, <c>ENABLE ROW MOVEMENT</c>).</summary>
        private string DescribeOtherAction()
        {
            int count = IsAnyWord(TableWords.TwoWordOtherActions) ? 2 : 1;

            // ENABLE ROW MOVEMENT, FORCE ROW LEVEL (SECURITY), NO FORCE ROW (LEVEL SECURITY)
            if (IsWord("ROW", 1) || (IsWord("NO") && IsWord("FORCE", 1))) count = 3;
            int end = _pos;
            while (end < _pos + count && end < _end && _tokens[end].Kind == SyntaxKind.Word) end++;
            return KeywordText(_pos, end);
        }

        /// <summary>Actions the parser recognises but does not read beyond their leading words.</summary>
        private static readonly HashSet<string> KnownOtherActionWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "OWNER", "INHERIT", "NO", "OF", "NOT", "REPLICA", "CLUSTER", "ATTACH", "DETACH", "FORCE", "ORDER", "SHRINK", "DEALLOCATE",
            "ALLOCATE", "READ", "UPGRADE", "SWITCH", "REBUILD", "RESET", "REMOVE", "FLASHBACK", "INMEMORY", "ILM", "COMPILE", "SPLIT",
            "MERGE", "COALESCE", "TRUNCATE", "PERIOD", "ROW", "MEMOPTIMIZE", "ANNOTATIONS", "PARALLEL", "NOPARALLEL", "CACHE", "NOCACHE",
            "MONITORING", "NOMONITORING", "ROWDEPENDENCIES", "NOROWDEPENDENCIES", "REKEY", "DEFAULT", "ENABLE", "DISABLE",
        };
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>ALTER TABLE actions on columns, constraints, names and table options.</summary>
    internal sealed partial class Parser
    {
        // ADD [COLUMN] [IF NOT EXISTS] column_def [FIRST | AFTER c]      ADD (column_def | constraint, ...)
        // ADD [CONSTRAINT name] constraint [NOT VALID]                    ADD {INDEX | KEY | UNIQUE [INDEX] | FULLTEXT | SPATIAL} ...
        // SQL Server: [WITH {CHECK | NOCHECK}] ADD {column_def | computed | table_constraint} [, ...]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (add_column_clause)
        // https://www.postgresql.org/docs/current/sql-altertable.html
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
        // https://learn.microsoft.com/sql/t-sql/statements/alter-table-transact-sql
        private void ParseAlterAdd(int start, OptionClause? withCheck, List<AlterTableAction> actions)
        {
            _pos++;
            if (IsAnyWord(TableWords.PartitionOrSubpartition))
            {
                _pos--;
                actions.Add(ParsePartitionMaintenance(start));
                return;
            }

            if (IsAnyWord(TableWords.AddOtherTargets))
            {
                string description = "ADD " + CurrentText.ToUpperInvariant();
                SkipActionRest();
                actions.Add(new OtherTableAction(SpanFrom(start), description));
                return;
            }

            bool columnWord = TryEatWord("COLUMN");
            bool ifNotExists = TryEatWords("IF", "NOT", "EXISTS");
            if (!columnWord && _dialect.SupportsInlineIndexDefinitions && AtInlineIndexStart())
            {
                var index = ParseInlineIndex();
                actions.Add(new AddIndexAction(SpanFrom(start), index.Name, index.Unique, index.Category, index.Columns));
                return;
            }

            var columns = new List<ColumnDefinition>();
            var constraints = new List<ConstraintDefinition>();
            var indexes = new List<InlineIndexDefinition>();
            if (Is(SyntaxKind.OpenParen) && !IsAnyWordAt(1, TableWords.Select))
            {
                var elements = new TableElements();
                ParseTableElements(elements);
                columns.AddRange(elements.Columns);
                constraints.AddRange(elements.Constraints);
                indexes.AddRange(elements.Indexes);
            }
            else if (AtEnd)
            {
                ReportExpected("a column definition");
            }
            else
            {
                while (!AtEnd)
                {
                    if (!columnWord && (AtTableConstraintStart() || IsWord("DEFAULT")))
                    {
                        var constraint = ParseConstraint(inline: false);
                        if (constraint != null) constraints.Add(constraint);
                    }
                    else
                    {
                        var column = ParseColumnDefinition();
                        if (column == null)
                        {
                            ReportExpected("a column definition");
                            break;
                        }

                        columns.Add(column);
                    }

                    if (!Is(SyntaxKind.Comma) || !AtListContinuation()) break;
                    _pos++;
                }
            }

            if (columns.Count > 0) actions.Add(new AddColumnsAction(SpanFrom(start), columns, ifNotExists));
            bool single = columns.Count == 0 && constraints.Count + indexes.Count == 1;
            for (int i = 0; i < constraints.Count; i++)
            {
                var constraint = constraints[i];
                if (withCheck != null)
                {
                    if (withCheck.Keyword == "WITH NOCHECK") constraint.NoCheck = withCheck;
                    else constraint.WithCheck = withCheck;
                }

                // WITH [NO]CHECK is written once before ADD: the first constraint's action holds it and spans from it.
                var holder = i == 0 ? withCheck : null;
                var span = single ? SpanFrom(start) : holder != null ? TextSpan.FromBounds(holder.Span.Start, constraint.Span.End) : constraint.Span;
                actions.Add(new AddConstraintAction(span, holder, constraint));
            }

            foreach (var index in indexes)
            {
                actions.Add(new AddIndexAction(single ? SpanFrom(start) : index.Span, index.Name, index.Unique, index.Category, index.Columns));
            }
        }

        /// <summary>After a comma inside an action: whether another item of the same action follows (SQL Server lists) rather than a new action.</summary>
        private bool AtListContinuation()
        {
            var next = Peek(1);
            if (!IsIdentifierKind(next.Kind)) return false;
            if (next.Kind != SyntaxKind.Word) return true;
            string word = _tokens.GetText(_pos + 1);
            if (string.Equals(word, "CHECK", System.StringComparison.OrdinalIgnoreCase)) return Is(SyntaxKind.OpenParen, 2);
            return !ActionStartWords.Contains(word) && !MySqlTableOptionWords.Contains(word);
        }

        // MODIFY (column_def, ...) | MODIFY [COLUMN] column_def | MODIFY CONSTRAINT c state | MODIFY {PRIMARY KEY | UNIQUE (cols)} state
        // MODIFY PARTITION BY ... [ONLINE] [UPDATE INDEXES] | MODIFY [SUB]PARTITION p ... | MODIFY LOB (c) (params) | MODIFY DEFAULT ATTRIBUTES ...
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (modify_column_clauses)
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
        private AlterTableAction ParseAlterModify(int start)
        {
            _pos++;
            if (Is(SyntaxKind.OpenParen))
            {
                var elements = new TableElements();
                ParseTableElements(elements);
                return new ModifyColumnsAction(SpanFrom(start), elements.Columns, null);
            }

            if (IsWord("CONSTRAINT") || (IsWord("PRIMARY") && IsWord("KEY", 1)) || (IsWord("UNIQUE") && Is(SyntaxKind.OpenParen, 1)))
            {
                var modify = new OptionClause(_tokens[start].Span, "MODIFY");
                return ParseConstraintStateTarget(start, modify, null);
            }

            if (IsWord("PARTITION") && IsWord("BY", 1))
            {
                var keywords = SpanOfTokens(start, _pos + 2);
                var partitioning = ParsePartitionBy();
                OptionClause? online = null;
                OptionClause? updateIndexes = null;
                while (ReadOnlineAndUpdateIndexes(ref online, ref updateIndexes))
                {
                }

                partitioning.Online = online;
                return new ModifyPartitioningAction(SpanFrom(start), partitioning, online, updateIndexes) { KeywordSpan = keywords };
            }

            if (IsAnyWord(TableWords.PartitionOrSubpartition)) return ParseModifyPartition(start);
            if (IsAnyWord(TableWords.ModifyOtherTargets) || (IsWord("COLUMN") && IsWord("SUBSTITUTABLE", 2)))
            {
                string description = "MODIFY " + CurrentText.ToUpperInvariant();
                SkipActionRest();
                return new OtherTableAction(SpanFrom(start), description);
            }

            TryEatWord("COLUMN");
            var column = ParseColumnDefinition();
            if (column == null)
            {
                ReportExpected("a column definition");
                SkipActionRest();
                _skippedInStatement = true;
                return new OtherTableAction(SpanFrom(start), "MODIFY");
            }

            return new ModifyColumnsAction(SpanFrom(start), new[] { column }, null);
        }

        // CHANGE [COLUMN] old_name new_name column_definition [FIRST | AFTER col]
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
        private AlterTableAction ParseAlterChange(int start)
        {
            _pos++;
            TryEatWord("COLUMN");
            var oldName = ExpectIdentifier("a column name");
            var column = oldName == null ? null : ParseColumnDefinition();
            if (column == null)
            {
                if (oldName != null) ReportExpected("a column definition");
                SkipActionRest();
                _skippedInStatement = true;
                return new OtherTableAction(SpanFrom(start), "CHANGE");
            }

            return new ModifyColumnsAction(SpanFrom(start), new[] { column }, oldName);
        }

        // PostgreSQL: ALTER [COLUMN] c { [SET DATA] TYPE t [COLLATE c] [USING expr] | SET DEFAULT expr | DROP DEFAULT | {SET | DROP} NOT NULL
        //                               | ADD GENERATED ... AS IDENTITY | SET ... | RESET (...) | DROP IDENTITY | DROP EXPRESSION | ... }
        // SQL Server: ALTER COLUMN c type [COLLATE c] [NULL | NOT NULL] [SPARSE] | ALTER COLUMN c {ADD | DROP} {ROWGUIDCOL | PERSISTED | ...}
        // MySQL:      ALTER [COLUMN] c {SET DEFAULT {literal | (expr)} | SET {VISIBLE | INVISIBLE} | DROP DEFAULT}
        // https://www.postgresql.org/docs/current/sql-altertable.html
        // https://learn.microsoft.com/sql/t-sql/statements/alter-table-transact-sql (ALTER COLUMN)
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
        private AlterTableAction ParseAlterColumnOrOther(int start)
        {
            _pos++;
            if (IsAnyWord(TableWords.AlterOtherTargets) || (IsWord("PERIOD") && IsWord("FOR", 1)))
            {
                string description = "ALTER " + CurrentText.ToUpperInvariant();
                SkipActionRest();
                return new OtherTableAction(SpanFrom(start), description);
            }

            TryEatWord("COLUMN");
            var column = ExpectIdentifier("a column name");
            if (column == null)
            {
                SkipActionRest();
                _skippedInStatement = true;
                return new OtherTableAction(SpanFrom(start), "ALTER COLUMN");
            }

            if (IsWord("TYPE") || (IsWord("SET") && IsWord("DATA", 1) && IsWord("TYPE", 2)))
            {
                _pos += IsWord("TYPE") ? 1 : 3;
                var newType = ParseDataType();
                if (newType == null) ReportExpected("a data type");
                if (IsWord("COLLATE")) _pos += 2;
                var usingExpression = TryEatWord("USING") ? ParseActionExpression() : null;
                return new AlterColumnAction(SpanFrom(start), column, "TYPE") { NewType = newType, Using = usingExpression };
            }

            if (IsWord("SET") && IsWord("DEFAULT", 1))
            {
                _pos += 2;
                var value = ParseActionExpression();
                return new AlterColumnAction(SpanFrom(start), column, "SET DEFAULT") { Default = value };
            }

            if ((IsWord("SET") || IsWord("DROP")) && IsWord("NOT", 1) && IsWord("NULL", 2))
            {
                _pos += 3;
                return new AlterColumnAction(SpanFrom(start), column, KeywordText(_pos - 3, _pos));
            }

            if (IsAnyWord(TableWords.AlterColumnVerbs) && Current.Kind == SyntaxKind.Word)
            {
                int changeStart = _pos;
                _pos++;
                if (Is(SyntaxKind.Word)) _pos++;
                string change = KeywordText(changeStart, _pos);
                if (Is(SyntaxKind.OpenParen) && change == KeywordText(changeStart, changeStart + 1)) change = KeywordText(changeStart, changeStart + 1);
                SkipActionRest();
                return new AlterColumnAction(SpanFrom(start), column, change);
            }

            if (IsAnyWord(TableWords.AlterColumnOtherVerbs))
            {
                string change = CurrentText.ToUpperInvariant();
                SkipActionRest();
                return new AlterColumnAction(SpanFrom(start), column, change);
            }

            var type = ParseDataType();
            if (type == null) ReportExpected("a data type");
            var result = new AlterColumnAction(SpanFrom(start), column, "TYPE") { NewType = type };
            while (!AtEnd && Current.Kind == SyntaxKind.Word && !AtTableStatementBoundary())
            {
                if (IsWord("COLLATE")) _pos += 2;
                else if (TryEatWords("NOT", "NULL")) result.IsNullable = false;
                else if (TryEatWord("NULL")) result.IsNullable = true;
                else if (IsAnyWord(TableWords.AlterColumnFlags)) _pos++;
                else if ((IsWord("MASKED") || IsWord("ENCRYPTED")) && IsWord("WITH", 1) && Is(SyntaxKind.OpenParen, 2))
                {
                    _pos += 2;
                    SkipBalancedQuietly();
                }
                else break;
            }

            result.Span = SpanFrom(start);
            return result;
        }

        // DROP (c, ...) | DROP [COLUMN] [IF EXISTS] c [CASCADE | RESTRICT | CASCADE CONSTRAINTS] [, ...]
        // DROP CONSTRAINT [IF EXISTS] c [CASCADE] [KEEP | DROP INDEX] | DROP PRIMARY KEY | DROP UNIQUE (cols) | DROP FOREIGN KEY fk
        // DROP CHECK c | DROP {INDEX | KEY} i | DROP [SUB]PARTITION p | DROP UNUSED COLUMNS | SQL Server: DROP c (a constraint)
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (drop_column_clause, drop_constraint_clause)
        // https://www.postgresql.org/docs/current/sql-altertable.html
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
        // https://learn.microsoft.com/sql/t-sql/statements/alter-table-transact-sql
        private void ParseAlterDrop(int start, List<AlterTableAction> actions)
        {
            _pos++;
            if (Is(SyntaxKind.OpenParen))
            {
                var columns = ParseParenthesizedIdentifierList();
                var cascade = ReadDropTrailer(isConstraint: false);
                actions.Add(new DropColumnsAction(SpanFrom(start), columns, false, cascade));
                return;
            }

            if ((IsWord("PRIMARY") && IsWord("KEY", 1)) || (IsWord("UNIQUE") && Is(SyntaxKind.OpenParen, 1)))
            {
                bool primary = IsWord("PRIMARY");
                _pos += primary ? 2 : 1;
                IReadOnlyList<Identifier> columns = primary ? (IReadOnlyList<Identifier>)System.Array.Empty<Identifier>() : ParseParenthesizedIdentifierList();
                var cascade = ReadDropTrailer(isConstraint: true);
                actions.Add(new DropConstraintAction(SpanFrom(start), null, primary ? ConstraintKind.PrimaryKey : ConstraintKind.Unique, false, cascade) { Columns = columns });
                return;
            }

            if ((IsWord("FOREIGN") && IsWord("KEY", 1)) || (IsWord("CHECK") && IsIdentifierKind(Peek(1).Kind)))
            {
                bool foreign = IsWord("FOREIGN");
                _pos += foreign ? 2 : 1;
                bool ifExists = TryEatWords("IF", "EXISTS");
                var name = ExpectIdentifier("a constraint name");
                actions.Add(new DropConstraintAction(SpanFrom(start), name, foreign ? ConstraintKind.ForeignKey : ConstraintKind.Check, ifExists, null));
                return;
            }

            if (_dialect.SupportsInlineIndexDefinitions && (IsWord("INDEX") || IsWord("KEY")) && IsIdentifierKind(Peek(1).Kind))
            {
                _pos++;
                TryEatWords("IF", "EXISTS");
                var name = ParseIdentifier()!;
                actions.Add(new DropIndexAction(SpanFrom(start), name));
                return;
            }

            if (IsAnyWord(TableWords.AnyPartitionWord))
            {
                _pos--;
                actions.Add(ParsePartitionMaintenance(start));
                return;
            }

            if ((IsWord("UNUSED") && IsWord("COLUMNS", 1)) || (IsWord("COLUMNS") && IsWord("CONTINUE", 1)) || IsAnyWord(TableWords.DropOtherTargets) ||
                (IsAnyWord(TableWords.DropColumnPropertyTargets) && !IsIdentifierKind(Peek(1).Kind)))
            {
                string description = "DROP " + KeywordText(_pos, System.Math.Min(_pos + 2, _end));
                SkipActionRest();
                actions.Add(new OtherTableAction(SpanFrom(start), description));
                return;
            }

            bool? lastWasConstraint = null;
            int itemStart = start;
            var runColumns = new List<Identifier>();
            int runStart = start;
            bool runIfExists = false;
            OptionClause? runCascade = null;
            while (!AtEnd)
            {
                bool isConstraint;
                if (TryEatWord("COLUMN")) isConstraint = false;
                else if (TryEatWord("CONSTRAINT")) isConstraint = true;
                else isConstraint = lastWasConstraint ?? _dialect.AlterTableDropDefaultsToConstraint;
                bool ifExists = TryEatWords("IF", "EXISTS");
                var name = ExpectIdentifier(isConstraint ? "a constraint name" : "a column name");
                if (name == null) break;
                var cascade = ReadDropTrailer(isConstraint);
                if (isConstraint)
                {
                    FlushDropColumns(actions, runColumns, runStart, runIfExists, runCascade);
                    actions.Add(new DropConstraintAction(SpanFrom(itemStart), name, null, ifExists, cascade));
                }
                else
                {
                    if (runColumns.Count == 0)
                    {
                        runStart = itemStart;
                        runIfExists = ifExists;
                    }

                    runColumns.Add(name);
                    runCascade = cascade ?? runCascade;
                }

                lastWasConstraint = isConstraint;
                if (!Is(SyntaxKind.Comma) || !(IsWord("COLUMN", 1) || IsWord("CONSTRAINT", 1) || AtListContinuation())) break;
                _pos++;
                itemStart = _pos;
            }

            FlushDropColumns(actions, runColumns, runStart, runIfExists, runCascade);
        }

        private void FlushDropColumns(List<AlterTableAction> actions, List<Identifier> columns, int start, bool ifExists, OptionClause? cascade)
        {
            if (columns.Count == 0) return;
            actions.Add(new DropColumnsAction(SpanFrom(start), columns.ToArray(), ifExists, cascade));
            columns.Clear();
        }

        /// <summary>
        /// What may follow a dropped column or constraint: <c>CASCADE CONSTRAINTS</c>, <c>CASCADE</c>, <c>RESTRICT</c>,
        /// <c>INVALIDATE</c>, <c>CHECKPOINT n</c>, <c>ONLINE</c>, and for constraints <c>KEEP INDEX</c> / <c>DROP INDEX</c>.
        /// </summary>
        private OptionClause? ReadDropTrailer(bool isConstraint)
        {
            OptionClause? cascade = null;
            while (!AtEnd)
            {
                int s = _pos;
                if (IsWord("CASCADE"))
                {
                    _pos++;
                    TryEatWord("CONSTRAINTS");
                    cascade = MakeOption(s);
                }
                else if (IsAnyWord(TableWords.DropTrailerFlags))
                {
                    _pos++;
                }
                else if (IsWord("CHECKPOINT"))
                {
                    _pos++;
                    if (Is(SyntaxKind.NumericLiteral)) _pos++;
                }
                else if (isConstraint && (IsWord("KEEP") || IsWord("DROP")) && IsWord("INDEX", 1))
                {
                    _pos += 2;
                }
                else
                {
                    break;
                }
            }

            return cascade;
        }

        // RENAME [TO | AS] new_name | RENAME [COLUMN] a TO b | RENAME CONSTRAINT a TO b | RENAME {INDEX | KEY} a TO b | RENAME PARTITION a TO b
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (rename_column_clause)
        // https://www.postgresql.org/docs/current/sql-altertable.html
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
        private AlterTableAction ParseAlterRename(int start)
        {
            _pos++;
            if (IsWord("TO") || IsWord("AS"))
            {
                _pos++;
                var newName = ExpectObjectName("a table name");
                if (newName != null) return new RenameTableAction(SpanFrom(start), newName);
                return new OtherTableAction(SpanFrom(start), "RENAME TO");
            }

            if (IsAnyWord(TableWords.RenameOtherTargets))
            {
                string description = "RENAME " + CurrentText.ToUpperInvariant();
                SkipActionRest();
                return new OtherTableAction(SpanFrom(start), description);
            }

            bool index = (IsWord("INDEX") || IsWord("KEY")) && IsIdentifierKind(Peek(1).Kind) && IsWord("TO", 2);
            if (index || (IsWord("COLUMN") && IsIdentifierKind(Peek(1).Kind))) _pos++;
            else if (AtIdentifier() && !IsWord("TO", 1))
            {
                // MySQL: RENAME new_name
                var newName = ParseObjectName()!;
                return new RenameTableAction(SpanFrom(start), newName);
            }

            var from = ExpectIdentifier("a column name");
            Identifier? to = null;
            if (from != null && ExpectWord("TO")) to = ExpectIdentifier("a new name");
            if (from == null || to == null)
            {
                SkipActionRest();
                _skippedInStatement = true;
                return new OtherTableAction(SpanFrom(start), "RENAME");
            }

            return index ? new RenameIndexAction(SpanFrom(start), from, to) : (AlterTableAction)new RenameColumnAction(SpanFrom(start), from, to);
        }

        // SET UNUSED {(c, ...) | COLUMN c} [CASCADE CONSTRAINTS] [INVALIDATE] [ONLINE] | SET {LOGGED | UNLOGGED} | SET TABLESPACE ts
        // SET (storage_parameter = value, ...) | SET SCHEMA s | SET WITHOUT {CLUSTER | OIDS} | SET ACCESS METHOD m | SET INTERVAL (...)
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (drop_column_clause: SET UNUSED)
        // https://www.postgresql.org/docs/current/sql-altertable.html
        private AlterTableAction ParseAlterSet(int start)
        {
            _pos++;
            if (IsWord("UNUSED"))
            {
                _pos++;
                IReadOnlyList<Identifier> columns;
                if (TryEatWord("COLUMN"))
                {
                    var column = ExpectIdentifier("a column name");
                    columns = column == null ? System.Array.Empty<Identifier>() : new[] { column };
                }
                else
                {
                    columns = ParseParenthesizedIdentifierList();
                }

                OptionClause? online = null;
                while (!AtEnd)
                {
                    int s = _pos;
                    if (TryEatWords("CASCADE", "CONSTRAINTS") || TryEatWord("INVALIDATE")) continue;
                    if (!TryEatWord("ONLINE")) break;
                    online = MakeOption(s);
                }

                return new SetUnusedAction(SpanFrom(start), columns, online);
            }

            if (IsWord("LOGGED") || IsWord("UNLOGGED"))
            {
                var logging = new LoggingClause(Current.Span, IsWord("LOGGED") ? LoggingMode.Logging : LoggingMode.NoLogging);
                _tableLogging?.Add(logging);
                _pos++;
                return new LoggingAction(SpanFrom(start), logging, null);
            }

            if (IsWord("TABLESPACE"))
            {
                _pos++;
                var tablespace = ExpectIdentifier("a tablespace name");
                TryEatWord("NOWAIT");
                return new MoveAction(SpanFrom(start), null, null, tablespace, null, null) { KeywordSpan = SpanOfTokens(start, start + 2) };
            }

            if (Is(SyntaxKind.OpenParen))
            {
                var settings = ParseParenthesizedOptionSettings();
                return new TableOptionsAction(SpanFrom(start), settings);
            }

            string description = "SET" + (Current.Kind == SyntaxKind.Word ? " " + CurrentText.ToUpperInvariant() : string.Empty);
            SkipActionRest();
            return new OtherTableAction(SpanFrom(start), description);
        }

        // CONVERT TO {CHARACTER SET | CHARSET} charset [COLLATE collation]
        // https://dev.mysql.com/doc/refman/8.0/en/alter-table.html (CONVERT TO CHARACTER SET)
        private AlterTableAction ParseConvertCharset(int start)
        {
            _pos += 2;
            int s = _pos;
            string name;
            if (TryEatWords("CHARACTER", "SET")) name = "CHARACTER SET";
            else if (TryEatWord("CHARSET")) name = "CHARSET";
            else
            {
                ReportExpected("CHARACTER SET");
                SkipActionRest();
                return new OtherTableAction(SpanFrom(start), "CONVERT TO");
            }

            var characterSet = ParseNamedValue(s, name);
            OptionSetting? collation = null;
            if (IsWord("COLLATE"))
            {
                int c = _pos;
                _pos++;
                collation = ParseNamedValue(c, "COLLATE");
            }

            return new ConvertCharsetAction(SpanFrom(start), characterSet, collation);
        }

        // Oracle:     {ENABLE | DISABLE} [VALIDATE | NOVALIDATE] {CONSTRAINT c | PRIMARY KEY | UNIQUE (cols)} [USING INDEX ...] [EXCEPTIONS INTO t] [CASCADE] [{KEEP | DROP} INDEX]
        //             {ENABLE | DISABLE} {TABLE LOCK | ALL TRIGGERS | ROW MOVEMENT}
        // PostgreSQL: {ENABLE | DISABLE} [REPLICA | ALWAYS] {TRIGGER t | RULE r} | {ENABLE | DISABLE | FORCE | NO FORCE} ROW LEVEL SECURITY
        // MySQL:      {ENABLE | DISABLE} KEYS
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLE.html (enable_disable_clause)
        // https://www.postgresql.org/docs/current/sql-altertable.html
        private AlterTableAction ParseEnableDisable(int start)
        {
            _pos++;
            var state = MakeOption(start);
            OptionClause? validation = null;
            if (IsWord("VALIDATE") || IsWord("NOVALIDATE"))
            {
                int v = _pos;
                _pos++;
                validation = MakeOption(v);
            }

            if (IsWord("CONSTRAINT") || (IsWord("PRIMARY") && IsWord("KEY", 1)) || (IsWord("UNIQUE") && Is(SyntaxKind.OpenParen, 1)))
            {
                return ParseConstraintStateTarget(start, state, validation);
            }

            int end = _pos;
            while (end < _end && (_tokens.IsWord(end, "ROW") || _tokens.IsWord(end, "MOVEMENT") || _tokens.IsWord(end, "TABLE") ||
                _tokens.IsWord(end, "LOCK") || _tokens.IsWord(end, "ALL") || _tokens.IsWord(end, "TRIGGERS") || _tokens.IsWord(end, "TRIGGER") ||
                _tokens.IsWord(end, "LEVEL") || _tokens.IsWord(end, "SECURITY") || _tokens.IsWord(end, "KEYS") || _tokens.IsWord(end, "RULE") ||
                _tokens.IsWord(end, "REPLICA") || _tokens.IsWord(end, "ALWAYS") || _tokens.IsWord(end, "CHANGE_TRACKING")))
            {
                end++;
            }

            string description = KeywordText(start, end);
            _pos = end;
            SkipActionRest();
            return new OtherTableAction(SpanFrom(start), description);
        }

        /// <summary>After the verb: <c>CONSTRAINT c</c>, <c>PRIMARY KEY</c> or <c>UNIQUE (cols)</c>, then the constraint state words.</summary>
        private ConstraintStateAction ParseConstraintStateTarget(int start, OptionClause state, OptionClause? validation)
        {
            var names = new List<Identifier>();
            ConstraintKind? kind = null;
            if (TryEatWord("CONSTRAINT"))
            {
                var name = ExpectIdentifier("a constraint name");
                if (name != null) names.Add(name);
            }
            else if (TryEatWords("PRIMARY", "KEY"))
            {
                kind = ConstraintKind.PrimaryKey;
            }
            else if (TryEatWord("UNIQUE"))
            {
                kind = ConstraintKind.Unique;
                ParseParenthesizedIdentifierList();
            }

            // The rest is state: ENABLE/DISABLE, [NO]VALIDATE, RELY, USING INDEX ..., EXCEPTIONS INTO, CASCADE, KEEP|DROP INDEX.
            var scratch = new ConstraintDefinition(default, null, ConstraintKind.Other, false);
            var options = new List<OptionSetting>();
            Identifier? usingIndex = null;
            while (!AtEnd)
            {
                int before = _pos;
                ParseConstraintTrailer(scratch, options, ref usingIndex);
                if (TryEatWord("CASCADE") || TryEatWords("KEEP", "INDEX") || TryEatWords("DROP", "INDEX")) continue;
                if (_pos == before) break;
            }

            if (state.Keyword == "MODIFY" && (scratch.Enabled != null || scratch.Disabled != null)) state = scratch.Enabled ?? scratch.Disabled!;
            validation = validation ?? scratch.Novalidate ?? scratch.Validate;
            return new ConstraintStateAction(SpanFrom(start), state, names, false, kind, validation);
        }

        // SQL Server: [WITH {CHECK | NOCHECK}] {CHECK | NOCHECK} CONSTRAINT {ALL | name [, ...]}     PostgreSQL: VALIDATE CONSTRAINT name
        // https://learn.microsoft.com/sql/t-sql/statements/alter-table-transact-sql ({CHECK | NOCHECK} CONSTRAINT)
        // https://www.postgresql.org/docs/current/sql-altertable.html (VALIDATE CONSTRAINT)
        private AlterTableAction ParseConstraintState(int start, OptionClause? withCheck)
        {
            int s = _pos;
            _pos++;
            var state = MakeOption(s);
            _pos++;
            var names = new List<Identifier>();
            bool all = TryEatWord("ALL");
            while (!all && !AtEnd)
            {
                var name = ExpectIdentifier("a constraint name");
                if (name == null) break;
                names.Add(name);
                if (!Is(SyntaxKind.Comma) || !AtListContinuation()) break;
                _pos++;
            }

            return new ConstraintStateAction(SpanFrom(start), state, names, all, null, withCheck);
        }

        /// <summary>Words that begin an ALTER TABLE action, so a comma before one separates actions rather than list items.</summary>
        private static readonly HashSet<string> ActionStartWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "ADD", "DROP", "ALTER", "MODIFY", "CHANGE", "RENAME", "ALGORITHM", "LOCK", "SET", "ENABLE", "DISABLE", "VALIDATE", "OWNER",
            "INHERIT", "NO", "ATTACH", "DETACH", "FORCE", "ORDER", "CONVERT", "WITH", "MOVE", "LOGGING", "NOLOGGING", "PARTITION",
            "REPLICA", "CLUSTER", "RESET", "OF", "NOT", "TRUNCATE", "COALESCE", "REORGANIZE", "EXCHANGE", "REMOVE", "DISCARD", "IMPORT",
            "ANALYZE", "OPTIMIZE", "REPAIR", "REBUILD", "SPLIT", "MERGE", "DEFAULT", "CHARACTER", "NOCHECK", "SWITCH",
        };
    }
}

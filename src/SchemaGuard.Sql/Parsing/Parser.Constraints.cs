using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Constraints, inline and out of line, with their references, referential actions and state.</summary>
    internal sealed partial class Parser
    {
        /// <summary>Whether the current token starts a constraint (<c>CONSTRAINT</c>, <c>PRIMARY KEY</c>, <c>UNIQUE</c>, <c>FOREIGN KEY</c>, <c>CHECK</c>, <c>EXCLUDE</c>).</summary>
        private bool AtTableConstraintStart() =>
            IsWord("CONSTRAINT") ||
            (IsWord("PRIMARY") && IsWord("KEY", 1)) ||
            (IsWord("FOREIGN") && IsWord("KEY", 1)) ||
            IsWord("UNIQUE") ||
            (IsWord("CHECK") && (Is(SyntaxKind.OpenParen, 1) || IsWord("NOT", 1))) ||
            (IsWord("EXCLUDE") && (Is(SyntaxKind.OpenParen, 1) || IsWord("USING", 1)));

        /// <summary>Whether the current words are a constraint body rather than a constraint name.</summary>
        private bool AtConstraintBody() =>
            (IsWord("PRIMARY") && IsWord("KEY", 1)) ||
            (IsWord("FOREIGN") && IsWord("KEY", 1)) ||
            IsWord("UNIQUE") || IsWord("REFERENCES") || IsWord("DEFAULT") ||
            (IsWord("CHECK") && (Is(SyntaxKind.OpenParen, 1) || IsWord("NOT", 1))) ||
            (IsWord("NOT") && IsWord("NULL", 1)) ||
            IsWord("NULL") ||
            (IsWord("EXCLUDE") && (Is(SyntaxKind.OpenParen, 1) || IsWord("USING", 1)));

        // [CONSTRAINT name] { PRIMARY KEY | UNIQUE [KEY|INDEX] [name] | FOREIGN KEY [name] | CHECK | REFERENCES | NOT NULL | NULL
        //                     | DEFAULT expr [FOR col] | EXCLUDE } [(columns)] [references] [index options] [constraint state]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/constraint.html
        // https://www.postgresql.org/docs/current/sql-createtable.html (column_constraint, table_constraint)
        // https://dev.mysql.com/doc/refman/8.0/en/create-table.html (create_definition)
        // https://learn.microsoft.com/sql/t-sql/statements/alter-table-table-constraint-transact-sql

        /// <summary>
        /// Reads a constraint at the current token; null (consuming only a dangling CONSTRAINT name) when no
        /// constraint body follows. Inline constraints have no column list except where the syntax demands one.
        /// </summary>
        private ConstraintDefinition? ParseConstraint(bool inline)
        {
            int start = _pos;
            Identifier? name = null;
            if (TryEatWord("CONSTRAINT") && !AtConstraintBody())
            {
                name = ParseIdentifier();
            }

            ConstraintKind kind;
            IReadOnlyList<Identifier> columns = System.Array.Empty<Identifier>();
            ForeignKeyReference? references = null;
            Expression? expression = null;
            OptionClause? clustering = null;
            var options = new List<OptionSetting>();
            Identifier? usingIndex = null;

            if (IsWord("PRIMARY") && IsWord("KEY", 1))
            {
                kind = ConstraintKind.PrimaryKey;
                _pos += 2;
                ReadKeyModifiers(ref clustering, options, ref usingIndex);
                if (Is(SyntaxKind.OpenParen)) columns = ParseParenthesizedIdentifierList();
            }
            else if (inline && IsWord("KEY"))
            {
                // MySQL: a bare KEY on a column means PRIMARY KEY.
                kind = ConstraintKind.PrimaryKey;
                _pos++;
            }
            else if (IsWord("UNIQUE"))
            {
                kind = ConstraintKind.Unique;
                _pos++;
                bool keyWord = TryEatWord("KEY") || TryEatWord("INDEX");
                if (TryEatWord("NULLS"))
                {
                    TryEatWord("NOT");
                    TryEatWord("DISTINCT");
                }

                if (keyWord && AtIdentifier() && !IsAnyWord(TableWords.UniqueIndexNameStop))
                {
                    var indexName = ParseIdentifier();
                    name = name ?? indexName;
                }

                ReadKeyModifiers(ref clustering, options, ref usingIndex);
                if (Is(SyntaxKind.OpenParen)) columns = ParseParenthesizedIdentifierList();
            }
            else if (IsWord("FOREIGN") && IsWord("KEY", 1))
            {
                kind = ConstraintKind.ForeignKey;
                _pos += 2;
                if (AtIdentifier() && !IsWord("REFERENCES"))
                {
                    var indexName = ParseIdentifier();
                    name = name ?? indexName;
                }

                if (Is(SyntaxKind.OpenParen)) columns = ParseParenthesizedIdentifierList();
                else if (!inline) ReportExpected("'('");
                if (IsWord("REFERENCES")) references = ParseReferences();
                else ReportExpected("REFERENCES");
            }
            else if (IsWord("REFERENCES"))
            {
                kind = ConstraintKind.ForeignKey;
                references = ParseReferences();
            }
            else if (IsWord("CHECK"))
            {
                kind = ConstraintKind.Check;
                _pos++;
                if (TryEatWords("NOT", "FOR")) TryEatWord("REPLICATION");
                if (Is(SyntaxKind.OpenParen)) expression = ParseParenthesizedRegion();
                else ReportExpected("'('");
            }
            else if (IsWord("NOT") && IsWord("NULL", 1))
            {
                kind = ConstraintKind.NotNull;
                _pos += 2;
            }
            else if (IsWord("NULL"))
            {
                kind = ConstraintKind.Null;
                _pos++;
            }
            else if (IsWord("DEFAULT"))
            {
                kind = ConstraintKind.Default;
                _pos++;
                expression = ParseColumnExpression();
                if (TryEatWord("FOR"))
                {
                    var column = ExpectIdentifier("a column name");
                    if (column != null) columns = new[] { column };
                }

                TryEatWords("WITH", "VALUES");
            }
            else if (IsWord("EXCLUDE"))
            {
                kind = ConstraintKind.Exclude;
                _pos++;
                if (TryEatWord("USING") && AtIdentifier()) _pos++;
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            }
            else
            {
                if (_pos > start) ReportExpected("a constraint");
                return null;
            }

            var constraint = new ConstraintDefinition(SpanFrom(start), name, kind, inline)
            {
                Columns = columns,
                References = references,
                Expression = expression,
                Clustering = clustering,
            };
            ParseConstraintTrailer(constraint, options, ref usingIndex);
            constraint.Options = options.Count == 0 ? System.Array.Empty<OptionSetting>() : options.ToArray();
            constraint.UsingIndexName = usingIndex;
            constraint.Span = SpanFrom(start);
            return constraint;
        }

        /// <summary>CLUSTERED/NONCLUSTERED, ASC/DESC, MySQL <c>USING BTREE</c>, PostgreSQL <c>USING INDEX name</c> before a key's columns.</summary>
        private void ReadKeyModifiers(ref OptionClause? clustering, List<OptionSetting> options, ref Identifier? usingIndex)
        {
            while (!AtEnd)
            {
                int s = _pos;
                if (IsAnyWord(TableWords.Clustering))
                {
                    _pos++;
                    clustering = MakeOption(s);
                }
                else if (IsAnyWord(TableWords.SortOrder))
                {
                    _pos++;
                }
                else if (IsWord("USING") && (IsWord("BTREE", 1) || IsWord("HASH", 1) || IsWord("RTREE", 1)))
                {
                    _pos += 2;
                    options.Add(new OptionSetting(SpanFrom(s), "USING", UpperIdentifierText(s + 1), _tokens[s + 1].Span));
                }
                else if (IsWord("USING") && IsWord("INDEX", 1) && IsIdentifierKind(Peek(2).Kind) && !IsWord("TABLESPACE", 2))
                {
                    _pos += 2;
                    usingIndex = ParseObjectName()?.Name;
                }
                else
                {
                    return;
                }
            }
        }

        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/constraint.html (constraint_state)
        // https://www.postgresql.org/docs/current/sql-createtable.html (DEFERRABLE, NOT VALID)
        /// <summary>
        /// What may follow a constraint body: index options (<c>USING INDEX ...</c>, <c>WITH (...)</c>, <c>ON filegroup</c>,
        /// <c>INCLUDE (...)</c>, MySQL <c>COMMENT</c>), and its state (<c>[NOT] DEFERRABLE</c>, <c>INITIALLY ...</c>,
        /// <c>ENABLE</c>/<c>DISABLE</c>, <c>[NO]VALIDATE</c>, <c>RELY</c>, <c>NOT VALID</c>, <c>[NOT] ENFORCED</c>,
        /// <c>NOT FOR REPLICATION</c>, <c>NO INHERIT</c>, <c>EXCEPTIONS INTO t</c>).
        /// </summary>
        private void ParseConstraintTrailer(ConstraintDefinition c, List<OptionSetting> options, ref Identifier? usingIndex)
        {
            while (!AtEnd && Current.Kind == SyntaxKind.Word)
            {
                int s = _pos;
                if (IsWord("ENABLE") || IsWord("DISABLE"))
                {
                    // ENABLE CONSTRAINT x, DISABLE NOVALIDATE CONSTRAINT x, ENABLE ROW MOVEMENT: the next action, not this state.
                    int k = (IsWord("VALIDATE", 1) || IsWord("NOVALIDATE", 1)) ? 2 : 1;
                    if (IsWord("CONSTRAINT", k) || IsWord("PRIMARY", k) || IsWord("UNIQUE", k) || IsWord("ROW", k) || IsWord("TABLE", k) ||
                        IsWord("ALL", k) || IsWord("TRIGGER", k) || IsWord("KEYS", k) || IsWord("STORAGE", k))
                    {
                        return;
                    }

                    bool enable = IsWord("ENABLE");
                    _pos++;
                    if (enable) c.Enabled = MakeOption(s);
                    else c.Disabled = MakeOption(s);
                }
                else if (IsWord("VALIDATE") && !IsWord("CONSTRAINT", 1))
                {
                    _pos++;
                    c.Validate = MakeOption(s);
                }
                else if (IsWord("NOVALIDATE"))
                {
                    _pos++;
                    c.Novalidate = MakeOption(s);
                }
                else if (IsAnyWord(TableWords.ConstraintFlags))
                {
                    _pos++;
                }
                else if (IsWord("DEFERRABLE") || (IsWord("NOT") && IsWord("DEFERRABLE", 1)))
                {
                    _pos += IsWord("NOT") ? 2 : 1;
                    c.Deferrable = MakeOption(s);
                }
                else if (IsWord("INITIALLY") && (IsWord("DEFERRED", 1) || IsWord("IMMEDIATE", 1)))
                {
                    _pos += 2;
                    c.Initially = MakeOption(s);
                }
                else if (IsWord("NOT") && IsWord("VALID", 1))
                {
                    _pos += 2;
                    c.NotValid = MakeOption(s);
                }
                else if (IsWord("NOT") && IsWord("ENFORCED", 1))
                {
                    _pos += 2;
                }
                else if (IsWord("NOT") && IsWord("FOR", 1) && IsWord("REPLICATION", 2))
                {
                    _pos += 3;
                }
                else if (IsWord("NO") && IsWord("INHERIT", 1))
                {
                    _pos += 2;
                }
                else if (IsWord("EXCEPTIONS") && IsWord("INTO", 1))
                {
                    _pos += 2;
                    ParseObjectName();
                }
                else if (IsWord("USING") && IsWord("INDEX", 1))
                {
                    _pos += 2;
                    ParseUsingIndexClause(ref usingIndex);
                }
                else if (IsWord("USING") && (IsWord("BTREE", 1) || IsWord("HASH", 1)))
                {
                    _pos += 2;
                    options.Add(new OptionSetting(SpanFrom(s), "USING", UpperIdentifierText(s + 1), _tokens[s + 1].Span));
                }
                else if (IsWord("INCLUDE") && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    SkipBalancedQuietly();
                }
                else if (IsWord("WITH") && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    options.AddRange(ParseParenthesizedOptionSettings());
                }
                else if (IsWord("WITH") && IsWord("FILLFACTOR", 1))
                {
                    _pos += 2;
                    TryEat(SyntaxKind.Equals);
                    ReadOptionValue(out string? value, out var valueSpan);
                    options.Add(new OptionSetting(SpanFrom(s), "FILLFACTOR", value, valueSpan));
                }
                else if (IsWord("ON") && !IsAnyWordAt(1, TableWords.OnNonFilegroupWords) && (IsIdentifierKind(Peek(1).Kind) || Peek(1).Kind == SyntaxKind.StringLiteral))
                {
                    // SQL Server: ON filegroup | ON scheme (column)
                    _pos++;
                    ReadOptionValue(out string? value, out var valueSpan);
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                    options.Add(new OptionSetting(SpanFrom(s), "ON", value, valueSpan));
                }
                else if ((IsWord("COMMENT") || IsWord("KEY_BLOCK_SIZE")) && !Is(SyntaxKind.Comma, 1) && !Is(SyntaxKind.CloseParen, 1))
                {
                    _pos++;
                    TryEat(SyntaxKind.Equals);
                    ReadOptionValue(out _, out _);
                }
                else if (IsWord("WHERE") && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    SkipBalancedQuietly();
                }
                else
                {
                    return;
                }
            }
        }

        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/constraint.html (using_index_clause)
        /// <summary>
        /// After <c>USING INDEX</c>: an index name, <c>(CREATE INDEX ...)</c>, or index attributes (<c>TABLESPACE x</c>,
        /// <c>PCTFREE n</c>, <c>NOLOGGING</c>, <c>LOCAL</c>, <c>COMPUTE STATISTICS</c>, ...).
        /// </summary>
        private void ParseUsingIndexClause(ref Identifier? usingIndex)
        {
            if (Is(SyntaxKind.OpenParen))
            {
                SkipCollectingLogging();
                return;
            }

            LoggingClause? logging = null;
            Identifier? tablespace = null;
            bool any = false;
            while (!AtEnd)
            {
                if (TryParsePhysicalAttribute(ref logging, ref tablespace))
                {
                    any = true;
                    continue;
                }

                if (IsAnyWord(TableWords.IndexFlags) || (IsWord("COMPUTE") && IsWord("STATISTICS", 1)))
                {
                    _pos += IsWord("COMPUTE") ? 2 : 1;
                    any = true;
                    continue;
                }

                if (IsAnyWord(TableWords.LocalOrGlobal) && !IsWord("TEMPORARY", 1))
                {
                    _pos++;
                    if (Is(SyntaxKind.OpenParen)) SkipCollectingLogging();
                    any = true;
                    continue;
                }

                break;
            }

            if (!any && AtIdentifier() && !AtConstraintStateWord())
            {
                usingIndex = ParseObjectName()?.Name;
            }
        }

        private bool AtConstraintStateWord() =>
            IsAnyWord(TableWords.ConstraintStateWords);

        // REFERENCES table [(columns)] [MATCH FULL|PARTIAL|SIMPLE] [ON DELETE action] [ON UPDATE action]   (either order)
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/constraint.html (references_clause)
        // https://www.postgresql.org/docs/current/sql-createtable.html (REFERENCES)
        /// <summary>Reads <c>REFERENCES ...</c> at the current token; null when no table name follows.</summary>
        private ForeignKeyReference? ParseReferences()
        {
            int start = _pos;
            _pos++;
            var table = ExpectObjectName("a referenced table");
            if (table == null) return null;
            IReadOnlyList<Identifier> columns = Is(SyntaxKind.OpenParen) ? ParseParenthesizedIdentifierList() : (IReadOnlyList<Identifier>)System.Array.Empty<Identifier>();
            ReferentialActionClause? onDelete = null;
            ReferentialActionClause? onUpdate = null;
            while (!AtEnd)
            {
                if (IsWord("MATCH") && IsAnyWordAt(1, TableWords.MatchTypes))
                {
                    _pos += 2;
                }
                else if (IsWord("ON") && IsWord("DELETE", 1))
                {
                    onDelete = ParseReferentialAction() ?? onDelete;
                }
                else if (IsWord("ON") && IsWord("UPDATE", 1))
                {
                    onUpdate = ParseReferentialAction() ?? onUpdate;
                }
                else
                {
                    break;
                }
            }

            return new ForeignKeyReference(SpanFrom(start), table, columns, onDelete, onUpdate);
        }

        /// <summary><c>ON {DELETE|UPDATE} {CASCADE | RESTRICT | NO ACTION | SET NULL [(cols)] | SET DEFAULT [(cols)]}</c>.</summary>
        private ReferentialActionClause? ParseReferentialAction()
        {
            int start = _pos;
            _pos += 2;
            int actionStart = _pos;
            ReferentialAction action;
            if (TryEatWord("CASCADE")) action = ReferentialAction.Cascade;
            else if (TryEatWord("RESTRICT")) action = ReferentialAction.Restrict;
            else if (TryEatWords("NO", "ACTION")) action = ReferentialAction.NoAction;
            else if (TryEatWords("SET", "NULL")) action = ReferentialAction.SetNull;
            else if (TryEatWords("SET", "DEFAULT")) action = ReferentialAction.SetDefault;
            else
            {
                ReportExpected("CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION");
                return null;
            }

            var actionSpan = SpanOfTokens(actionStart, _pos);
            if ((action == ReferentialAction.SetNull || action == ReferentialAction.SetDefault) && Is(SyntaxKind.OpenParen))
            {
                // PostgreSQL 15: SET NULL (columns)
                SkipBalancedQuietly();
            }

            return new ReferentialActionClause(SpanFrom(start), action, actionSpan);
        }

        private bool IsAnyWordAt(int ahead, params string[] keywords)
        {
            foreach (var k in keywords)
            {
                if (IsWord(k, ahead)) return true;
            }

            return false;
        }
    }
}

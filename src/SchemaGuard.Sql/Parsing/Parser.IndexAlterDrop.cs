using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>ALTER INDEX and DROP INDEX.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     ALTER INDEX [schema.]i { REBUILD [{PARTITION|SUBPARTITION} p] [ONLINE] [TABLESPACE x] [LOGGING|NOLOGGING]
        //               [PARALLEL n] [REVERSE|NOREVERSE] ... | COALESCE [CLEANUP] | SHRINK SPACE [COMPACT] [CASCADE]
        //               | {VISIBLE|INVISIBLE} | UNUSABLE [ONLINE] | ENABLE | DISABLE | RENAME TO n | RENAME PARTITION p TO q
        //               | {LOGGING|NOLOGGING} | PARALLEL n | NOPARALLEL | {MONITORING|NOMONITORING} USAGE | MODIFY ... | ... }
        //             https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-INDEX.html
        // PostgreSQL: ALTER INDEX [IF EXISTS] n { RENAME TO m | SET TABLESPACE t | SET (p = v) | RESET (p) | ATTACH PARTITION x
        //               | ALTER [COLUMN] n SET STATISTICS k | [NO] DEPENDS ON EXTENSION e }
        //             ALTER INDEX ALL IN TABLESPACE t [OWNED BY r] SET TABLESPACE u [NOWAIT]
        //             https://www.postgresql.org/docs/current/sql-alterindex.html
        // SQL Server: ALTER INDEX { i | ALL } ON t { REBUILD [PARTITION = {ALL | n}] [WITH (...)] | REORGANIZE [PARTITION = n]
        //               [WITH (...)] | DISABLE | SET (...) | RESUME [WITH (...)] | PAUSE | ABORT }
        //             https://learn.microsoft.com/sql/t-sql/statements/alter-index-transact-sql
        private Statement ParseAlterIndex(int start)
        {
            var statement = new AlterIndexStatement(default);
            _pos = start + 1;
            while (!AtEnd && !IsWord("INDEX")) _pos++;
            _pos++;
            statement.IfExists = TryEatWords("IF", "EXISTS");
            var name = ExpectObjectName("an index name");
            if (name == null) return AbandonIndexStatement(start, "ALTER INDEX");
            statement.Name = name;
            if (IsWord("IN") && IsWord("TABLESPACE", 1))
            {
                _pos += 2;
                ParseIdentifier();
                if (TryEatWords("OWNED", "BY"))
                {
                    while (AtIdentifier() && !IsWord("SET"))
                    {
                        _pos++;
                        if (!TryEat(SyntaxKind.Comma)) break;
                    }
                }
            }

            if (IsWord("ON") && IsIdentifierAhead(1))
            {
                _pos++;
                statement.Table = ParseObjectName();
            }

            ParseAlterIndexAction(statement);
            ParseAlterIndexOptions(statement);
            return statement;
        }

        private void ParseAlterIndexAction(AlterIndexStatement statement)
        {
            int start = _pos;
            LoggingClause? logging;
            if (IsWord("REBUILD"))
            {
                statement.Rebuild = TryParseOption("REBUILD");
                SetAlterIndexAction(statement, AlterIndexAction.Rebuild, start);
            }
            else if (IsWord("REORGANIZE")) SetAlterIndexAction(statement, AlterIndexAction.Reorganize, start, 1);
            else if (IsWord("VISIBLE")) SetAlterIndexAction(statement, AlterIndexAction.Visible, start, 1);
            else if (IsWord("INVISIBLE")) SetAlterIndexAction(statement, AlterIndexAction.Invisible, start, 1);
            else if (IsWord("UNUSABLE")) SetAlterIndexAction(statement, AlterIndexAction.Unusable, start, 1);
            else if (IsWord("DISABLE")) SetAlterIndexAction(statement, AlterIndexAction.Disable, start, 1);
            else if (IsWord("ENABLE")) SetAlterIndexAction(statement, AlterIndexAction.Enable, start, 1);
            else if (IsWord("COALESCE")) SetAlterIndexAction(statement, AlterIndexAction.Coalesce, start, 1);
            else if (IsWord("SHRINK") && IsWord("SPACE", 1)) SetAlterIndexAction(statement, AlterIndexAction.Shrink, start, 2);
            else if (IsWord("RENAME")) ParseAlterIndexRename(statement, start);
            else if ((logging = TryParseLogging()) != null)
            {
                statement.Logging = logging;
                SetAlterIndexAction(statement, AlterIndexAction.Logging, start);
            }
            else if (IsWord("SET") && IsWord("TABLESPACE", 1))
            {
                _pos++;
                statement.Tablespace = ParseIndexTablespace();
                statement.ActionClause = new OptionClause(SpanOfTokens(start, start + 2), "SET TABLESPACE");
            }
            else if ((IsWord("SET") || IsWord("RESET")) && Is(SyntaxKind.OpenParen, 1))
            {
                statement.ActionClause = new OptionClause(_tokens[start].Span, CurrentText.ToUpperInvariant());
                statement.WithOptions = ParseIndexWithSettings();
            }
            else if (IsWord("PARALLEL") || IsWord("NOPARALLEL"))
            {
                statement.ActionClause = new OptionClause(_tokens[start].Span, CurrentText.ToUpperInvariant());
                statement.Parallel = ParseIndexParallel();
            }
            else if (IsAnyWord("MONITORING", "NOMONITORING") && IsWord("USAGE", 1)) SetAlterIndexAction(statement, AlterIndexAction.Other, start, 2);
            else if (IsAnyWord("MODIFY", "SPLIT", "DROP", "ADD", "ATTACH", "ALTER", "DEPENDS", "NO", "UPDATE", "ALLOCATE", "DEALLOCATE",
                "COMPILE", "RESUME", "PAUSE", "ABORT", "PCTFREE", "INITRANS", "MAXTRANS", "STORAGE", "GUARD", "NOCOMPRESS", "COMPRESS"))
            {
                // Maintenance that no rule reads in detail: named by its first word, the rest left unread.
                SetAlterIndexAction(statement, AlterIndexAction.Other, start, 1);
                SkipRestQuietly();
            }
            else
            {
                ReportExpected("an ALTER INDEX action");
            }
        }

        /// <summary>Records the action and the span of its <paramref name="words"/> keywords (consuming them when given).</summary>
        private void SetAlterIndexAction(AlterIndexStatement statement, AlterIndexAction action, int start, int words = 0)
        {
            _pos += words;
            statement.Action = action;
            int end = System.Math.Max(_pos, start + 1);
            var text = new System.Text.StringBuilder();
            for (int i = start; i < end; i++)
            {
                if (text.Length > 0) text.Append(' ');
                text.Append(_tokens.GetText(i).ToUpperInvariant());
            }

            statement.ActionClause = new OptionClause(SpanOfTokens(start, end), text.ToString());
        }

        // RENAME TO new | RENAME { PARTITION | SUBPARTITION } p TO q
        private void ParseAlterIndexRename(AlterIndexStatement statement, int start)
        {
            _pos++;
            if (IsWord("PARTITION") || IsWord("SUBPARTITION"))
            {
                _pos++;
                statement.Partition = ExpectIdentifier("a partition name");
            }

            if (IsWord("TO")) _pos++;
            else ReportExpected("TO");
            SetAlterIndexAction(statement, AlterIndexAction.Rename, start);
            statement.NewName = ExpectObjectName("the new name");
        }

        /// <summary>The options after the action: ONLINE, PARTITION, TABLESPACE, LOGGING, PARALLEL, WITH (...), ...</summary>
        private void ParseAlterIndexOptions(AlterIndexStatement statement)
        {
            while (!AtEnd && !Is(SyntaxKind.Semicolon) && (!AtStatementBoundary() || AtIndexWithOptions()))
            {
                int before = _pos;
                LoggingClause? logging;
                if ((logging = TryParseLogging()) != null) statement.Logging = logging;
                else if (IsWord("ONLINE")) statement.Online = TryParseOption("ONLINE");
                else if (IsWord("PARTITION") || IsWord("SUBPARTITION")) statement.Partition = ParseIndexPartitionReference();
                else if (IsWord("TABLESPACE")) statement.Tablespace = ParseIndexTablespace();
                else if (IsWord("PARALLEL") || IsWord("NOPARALLEL")) statement.Parallel = ParseIndexParallel();
                else if (IsWord("WITH") && Is(SyntaxKind.OpenParen, 1)) statement.WithOptions = ParseIndexWithSettings();
                else if (TrySkipOracleIndexAttribute()) { }
                else if (IsAnyWord("REVERSE", "CLEANUP", "ONLY", "COMPACT", "CASCADE", "NOWAIT")) _pos++;
                else if (IsWord("SET") && IsWord("TABLESPACE", 1))
                {
                    _pos++;
                    statement.Tablespace = ParseIndexTablespace();
                }
                else SkipUnexpectedOnce();
                if (_pos == before) SkipUnexpectedOnce();
            }
        }

        /// <summary>Oracle <c>PARTITION p</c>, SQL Server <c>PARTITION = n</c> or <c>PARTITION = ALL</c>.</summary>
        private Identifier? ParseIndexPartitionReference()
        {
            _pos++;
            TryEat(SyntaxKind.Equals);
            if (Is(SyntaxKind.NumericLiteral))
            {
                var span = CurrentSpan;
                string text = CurrentText;
                _pos++;
                return new Identifier(span, text, false, text);
            }

            return ExpectIdentifier("a partition");
        }

        // Oracle:     DROP INDEX [schema.]i [ONLINE] [FORCE] [{DEFERRED|IMMEDIATE} INVALIDATION]
        // PostgreSQL: DROP INDEX [CONCURRENTLY] [IF EXISTS] n [, ...] [CASCADE | RESTRICT]
        // MySQL:      DROP INDEX i ON t [ALGORITHM [=] x] [LOCK [=] y]
        // SQL Server: DROP INDEX [IF EXISTS] { i ON t [WITH (...)] | [schema.]t.i } [, ...]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/DROP-INDEX.html
        // https://www.postgresql.org/docs/current/sql-dropindex.html
        // https://dev.mysql.com/doc/refman/8.4/en/drop-index.html
        // https://learn.microsoft.com/sql/t-sql/statements/drop-index-transact-sql
        private Statement ParseDropIndex(int start)
        {
            var statement = new DropIndexStatement(default);
            _pos = start + 1;
            while (!AtEnd && !IsWord("INDEX")) _pos++;
            _pos++;
            statement.Concurrently = TryParseOption("CONCURRENTLY");
            statement.IfExists = TryEatWords("IF", "EXISTS");
            var names = new List<ObjectName>();
            var withOptions = new List<OptionSetting>();
            while (true)
            {
                var name = ExpectObjectName("an index name");
                if (name == null) break;
                if (IsWord("ON") && IsIdentifierAhead(1))
                {
                    _pos++;
                    var table = ParseObjectName();
                    statement.Table ??= table;
                }
                else if (_dialect.IndexNamesAreScopedToTables && name.Parts.Count >= 2)
                {
                    // SQL Server's older form names the table first: t.i or schema.t.i.
                    var parts = name.Parts;
                    var tableParts = new List<Identifier>(parts.Count - 1);
                    for (int i = 0; i < parts.Count - 1; i++) tableParts.Add(parts[i]);
                    statement.Table ??= new ObjectName(Text.TextSpan.FromBounds(parts[0].Span.Start, parts[parts.Count - 2].Span.End), tableParts, null);
                    name = new ObjectName(name.Name.Span, new[] { name.Name }, null);
                }

                names.Add(name);
                if (IsWord("WITH") && Is(SyntaxKind.OpenParen, 1)) withOptions.AddRange(ParseIndexWithSettings());
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            statement.Names = names;
            ParseDropIndexOptions(statement, withOptions);
            statement.WithOptions = withOptions;
            return statement;
        }

        private void ParseDropIndexOptions(DropIndexStatement statement, List<OptionSetting> withOptions)
        {
            while (!AtEnd && !Is(SyntaxKind.Semicolon) && (!AtStatementBoundary() || AtIndexWithOptions()))
            {
                int before = _pos;
                if (IsWord("ONLINE")) statement.Online = TryParseOption("ONLINE");
                else if (IsWord("FORCE")) statement.Force = TryParseOption("FORCE");
                else if (IsWord("CASCADE")) statement.Cascade = TryParseOption("CASCADE");
                else if (IsWord("RESTRICT")) _pos++;
                else if (TryEatWords("DEFERRED", "INVALIDATION") || TryEatWords("IMMEDIATE", "INVALIDATION")) { }
                else if (IsWord("ALGORITHM")) statement.Algorithm = ParseIndexKeywordSetting();
                else if (IsWord("LOCK")) statement.Lock = ParseIndexKeywordSetting();
                else if (IsWord("WITH") && Is(SyntaxKind.OpenParen, 1)) withOptions.AddRange(ParseIndexWithSettings());
                else SkipUnexpectedOnce();
                if (_pos == before) SkipUnexpectedOnce();
            }
        }
    }
}

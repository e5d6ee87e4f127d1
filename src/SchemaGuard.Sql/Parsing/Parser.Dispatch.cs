using System.Collections.Generic;
using System.Text;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Choosing the statement family from the leading keywords.</summary>
    internal sealed partial class Parser
    {
        /// <summary>Parses one statement starting at the current token; the caller records its span.</summary>
        private Statement ParseStatement()
        {
            int outer = _statementStart;
            _statementStart = _pos;
            var statement = ParseStatementFrom(_pos);
            _statementStart = outer;
            return statement;
        }

        private Statement ParseStatementFrom(int start)
        {
            if (Current.Kind != SyntaxKind.Word)
            {
                // PL/SQL labels (<<name>>) and parenthesised queries.
                if (_dialect.SupportsPlSqlBlocks && Is(SyntaxKind.Operator) && _tokens.TextIs(_pos, "<<")) return ParseBlock(start);
                if (Is(SyntaxKind.OpenParen)) return ParseOther(StatementKind.Select, start, "SELECT");
                return ParseUnknown(start);
            }

            switch (char.ToUpperInvariant(_text[Current.Start]))
            {
                case 'A':
                    if (IsWord("ALTER")) return ParseAlter(start);
                    break;
                case 'B':
                    if (IsWord("BEGIN")) return _dialect.SupportsPlSqlBlocks && !IsTransactionBegin() ? ParseBlock(start) : ParseTransaction(start);
                    break;
                case 'C':
                    if (IsWord("CREATE")) return ParseCreate(start);
                    if (IsWord("COMMENT")) return ParseComment(start);
                    if (IsWord("COMMIT")) return ParseTransaction(start);
                    if (IsWord("CALL")) return ParseCall(start);
                    break;
                case 'D':
                    if (IsWord("DROP")) return ParseDrop(start);
                    if (IsWord("DELETE")) return ParseDelete(start);
                    if (IsWord("DECLARE") && _dialect.SupportsPlSqlBlocks) return ParseBlock(start);
                    break;
                case 'E':
                    if (IsWord("EXEC") || IsWord("EXECUTE")) return ParseCall(start);
                    if (IsWord("END")) return ParseTransaction(start);
                    break;
                case 'I':
                    if (IsWord("INSERT")) return ParseInsert(start);
                    break;
                case 'M':
                    if (IsWord("MERGE")) return ParseMerge(start);
                    break;
                case 'R':
                    if (IsWord("RENAME")) return ParseRename(start);
                    if (IsWord("ROLLBACK") || IsWord("RELEASE")) return ParseTransaction(start);
                    if (IsWord("REPLACE") && _dialect.SupportsDelimiterCommand) return ParseInsert(start);
                    break;
                case 'S':
                    if (IsWord("SELECT"))
                    {
                        var select = ParseOther(StatementKind.Select, start, "SELECT");
                        select.Hints = ReadHintsAfter(start);
                        return select;
                    }
                    if (IsWord("SET")) return ParseSet(start);
                    if (IsWord("SHUTDOWN")) return ParseShutdown(start);
                    if (IsWord("STARTUP")) return ParseStartup(start);
                    if (IsWord("SAVEPOINT")) return ParseTransaction(start);
                    if (IsWord("START") && (IsWord("TRANSACTION", 1))) return ParseTransaction(start);
                    if (IsWord("SAVE") && (IsWord("TRAN", 1) || IsWord("TRANSACTION", 1))) return ParseTransaction(start);
                    break;
                case 'T':
                    if (IsWord("TRUNCATE")) return ParseTruncate(start);
                    if (IsWord("TABLE")) return ParseOther(StatementKind.Select, start, "TABLE");
                    break;
                case 'U':
                    if (IsWord("UPDATE")) return ParseUpdate(start);
                    break;
                case 'V':
                    if (IsWord("VALUES")) return ParseOther(StatementKind.Select, start, "VALUES");
                    break;
                case 'W':
                    if (IsWord("WITH")) return ParseWith(start);
                    break;
            }

            if (OtherStatementWords.Contains(CurrentText)) return ParseOther(StatementKind.Other, start, CurrentText.ToUpperInvariant());
            return ParseUnknown(start);
        }

        private bool IsTransactionBegin() =>
            IsWord("TRANSACTION", 1) || IsWord("TRAN", 1) || IsWord("WORK", 1) || Peek(1).Kind == SyntaxKind.EndOfFile || Peek(1).Kind == SyntaxKind.Semicolon;

        /// <summary>
        /// CREATE [OR REPLACE] [modifiers...] object: looks past the modifiers to the object keyword, then lets
        /// the family parser read the statement from its start.
        /// </summary>
        private Statement ParseCreate(int start)
        {
            int objectIndex = FindObjectKeyword(1);
            int saved = _pos;
            _pos = objectIndex;
            Statement? result = null;
            if (IsWord("TABLE")) result = Restart(saved, () => ParseCreateTable(start));
            else if (IsWord("INDEX")) result = Restart(saved, () => ParseCreateIndex(start));
            else if (IsWord("MATERIALIZED") && IsWord("VIEW", 1) && IsWord("LOG", 2)) result = Restart(saved, () => ParseCreateMaterializedViewLog(start));
            else if (IsWord("MATERIALIZED") && IsWord("VIEW", 1)) result = Restart(saved, () => ParseCreateMaterializedView(start));
            else if (IsAnyWord("PROCEDURE", "PROC", "FUNCTION", "PACKAGE", "TRIGGER", "TYPE", "LIBRARY", "JAVA"))
            {
                result = Restart(saved, () => ParseCreateProgramUnit(start));
            }

            if (result != null) return result;
            string description = "CREATE " + (objectIndex < _end ? _tokens.GetText(objectIndex).ToUpperInvariant() : string.Empty);
            _pos = saved;
            return ParseOther(StatementKind.Other, start, description.TrimEnd());
        }

        private Statement Restart(int position, System.Func<Statement> parse)
        {
            _pos = position;
            return parse();
        }

        /// <summary>Index of the object keyword after CREATE/ALTER/DROP and its modifiers.</summary>
        private int FindObjectKeyword(int offset)
        {
            int i = _pos + offset;
            while (i < _end)
            {
                if (_tokens[i].Kind != SyntaxKind.Word) break;
                if (_tokens.IsWord(i, "DEFINER"))
                {
                    // MySQL: DEFINER = user@host, DEFINER = CURRENT_USER
                    i++;
                    if (i < _end && _tokens[i].Kind == SyntaxKind.Equals) i++;
                    if (i < _end) i++;
                    while (i < _end && (_tokens[i].Kind == SyntaxKind.Operator || _tokens[i].Kind == SyntaxKind.Parameter))
                    {
                        i += _tokens[i].Kind == SyntaxKind.Operator ? 2 : 1;
                    }

                    continue;
                }

                if (_tokens.IsWord(i, "ALGORITHM") || _tokens.IsWord(i, "SQL"))
                {
                    // MySQL view options: ALGORITHM = MERGE, SQL SECURITY DEFINER
                    i += _tokens.IsWord(i, "SQL") ? 3 : 3;
                    continue;
                }

                if (!CreateModifierWords.Contains(_tokens.GetText(i))) break;
                i++;
            }

            return i;
        }

        private Statement ParseAlter(int start)
        {
            int objectIndex = FindObjectKeyword(1);
            int saved = _pos;
            _pos = objectIndex;
            Statement? result = null;
            if (IsWord("TABLE")) result = Restart(saved, () => ParseAlterTable(start));
            else if (IsWord("INDEX")) result = Restart(saved, () => ParseAlterIndex(start));
            else if (IsWord("SYSTEM")) result = Restart(saved, () => ParseAlterSystem(start));
            else if (IsWord("SESSION")) result = Restart(saved, () => ParseAlterSession(start));
            else if (IsWord("DATABASE")) result = Restart(saved, () => ParseAlterDatabase(start));
            else if (IsWord("TABLESPACE")) result = Restart(saved, () => ParseAlterTablespace(start));
            if (result != null) return result;
            string description = "ALTER " + (objectIndex < _end ? _tokens.GetText(objectIndex).ToUpperInvariant() : string.Empty);
            _pos = saved;
            return ParseOther(StatementKind.Other, start, description.TrimEnd());
        }

        private Statement ParseDrop(int start)
        {
            int objectIndex = FindObjectKeyword(1);
            int saved = _pos;
            _pos = objectIndex;
            Statement? result = null;
            if (IsWord("TABLE")) result = Restart(saved, () => ParseDropTable(start));
            else if (IsWord("INDEX")) result = Restart(saved, () => ParseDropIndex(start));
            else if (IsWord("MATERIALIZED") && IsWord("VIEW", 1)) result = Restart(saved, () => ParseDropMaterializedView(start));
            if (result != null) return result;
            string description = "DROP " + (objectIndex < _end ? _tokens.GetText(objectIndex).ToUpperInvariant() : string.Empty);
            _pos = saved;
            return ParseOther(StatementKind.Other, start, description.TrimEnd());
        }

        /// <summary>
        /// WITH ... SELECT, or WITH ... DELETE/UPDATE/INSERT/MERGE (PostgreSQL, SQL Server).
        /// <code>
        /// WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (query) [, ...] main_statement
        /// </code>
        /// https://www.postgresql.org/docs/current/sql-select.html#SQL-WITH,
        /// https://learn.microsoft.com/sql/t-sql/queries/with-common-table-expression-transact-sql
        /// </summary>
        private Statement ParseWith(int start)
        {
            _pos++;
            while (!AtEnd)
            {
                if (Is(SyntaxKind.OpenParen))
                {
                    SkipBalancedQuietly();
                    continue;
                }

                // The CTE bodies are skipped whole, so a statement word here is the main statement, even first on its
                // line in T-SQL; only another statement word means the WITH was cut short.
                if (IsWord("DELETE")) return ParseDelete(_pos);
                if (IsWord("UPDATE")) return ParseUpdate(_pos);
                if (IsWord("INSERT")) return ParseInsert(_pos);
                if (IsWord("MERGE")) return ParseMerge(_pos);
                if (IsWord("SELECT"))
                {
                    _pos++;
                    break;
                }

                if (AtStatementBoundary()) break;
                _pos++;
            }

            SkipRestQuietly();
            return new OtherStatement(StatementKind.Select, SpanFrom(start), "WITH");
        }

        /// <summary>A known statement that no rule reads in detail: kept whole, not partial.</summary>
        private Statement ParseOther(StatementKind kind, int start, string description)
        {
            _pos = start;
            SkipRestQuietly();
            return new OtherStatement(kind, SpanFrom(start), description);
        }

        /// <summary>Leading words the parser does not know: the statement is kept and reported (SG9001).</summary>
        private Statement ParseUnknown(int start)
        {
            _pos = start;
            string word = Current.Kind == SyntaxKind.EndOfFile ? string.Empty : CurrentText;
            SkipRestQuietly();
            if (_pos == start) _pos++;
            var span = SpanFrom(start);
            ReportSyntaxError("'" + Shorten(word) + "' does not begin a statement SchemaGuard knows; the statement was skipped.", _tokens[start].Span);
            return new OtherStatement(StatementKind.Unknown, span, word.ToUpperInvariant());
        }

        private static readonly HashSet<string> CreateModifierWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "OR", "REPLACE", "EDITIONABLE", "NONEDITIONABLE", "EDITIONING", "FORCE", "NO", "GLOBAL", "PRIVATE", "LOCAL",
            "TEMPORARY", "TEMP", "UNLOGGED", "SHARDED", "DUPLICATED", "IMMUTABLE", "BLOCKCHAIN", "UNIQUE", "BITMAP",
            "MULTIVALUE", "SEARCH", "FULLTEXT", "SPATIAL", "CLUSTERED", "NONCLUSTERED", "COLUMNSTORE", "PUBLIC",
            "SECURE", "RECURSIVE", "TRUSTED", "PROCEDURAL", "CONSTRAINT", "DEFAULT", "AGGREGATE", "UNDO", "BIGFILE",
            "SMALLFILE", "SHARED", "VOLATILE", "HYBRID", "IF", "NOT", "EXISTS", "ONLINE", "OFFLINE", "IGNORE", "XML",
            "ALTER",
        };

        /// <summary>Statements the parser knows but no rule reads in detail.</summary>
        private static readonly HashSet<string> OtherStatementWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "GRANT", "REVOKE", "ANALYZE", "ANALYSE", "VACUUM", "EXPLAIN", "LOCK", "UNLOCK", "PURGE", "FLASHBACK", "AUDIT",
            "NOAUDIT", "COPY", "REFRESH", "REINDEX", "CLUSTER", "DISCARD", "LISTEN", "NOTIFY", "UNLISTEN", "PREPARE",
            "DEALLOCATE", "SHOW", "USE", "IF", "PRINT", "RAISERROR", "THROW", "WHILE", "RETURN", "FETCH", "OPEN", "CLOSE",
            "GOTO", "WAITFOR", "BACKUP", "RESTORE", "DBCC", "DENY", "LOAD", "OPTIMIZE", "REPAIR", "CHECK", "CHECKSUM",
            "FLUSH", "KILL", "HANDLER", "DESCRIBE", "DESC", "INSTALL", "UNINSTALL", "RESET", "SECURITY", "IMPORT",
            "ASSOCIATE", "DISASSOCIATE", "CHECKPOINT", "REASSIGN", "ABORT", "XA", "CACHE", "SIGNAL", "RESIGNAL", "GET",
            "ITERATE", "LEAVE", "LOOP", "REPEAT", "PERFORM", "RAISE", "DO", "DECLARE", "LABEL", "SECURITY", "ADMINISTER",
            "ENABLE", "DISABLE", "REFRESH", "NULL", "RETURNS", "CONTINUE", "EXIT", "HELP", "BINLOG", "CHANGE", "PURGE",
        };
    }
}

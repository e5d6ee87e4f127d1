using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>ALTER DATABASE.</summary>
    internal sealed partial class Parser
    {
        /// <summary>Words that begin an ALTER DATABASE clause, so that they are not taken for the database name.</summary>
        private static readonly HashSet<string> DatabaseClauseWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "MOUNT", "OPEN", "DATAFILE", "TEMPFILE", "ARCHIVELOG", "NOARCHIVELOG", "FORCE", "NO", "FLASHBACK", "BACKUP",
            "RECOVER", "ADD", "DROP", "RENAME", "CREATE", "CLEAR", "SET", "DEFAULT", "ENABLE", "DISABLE", "CONVERT",
            "ACTIVATE", "REGISTER", "COMMIT", "PREPARE", "START", "STOP", "ABORT", "GUARD", "CHARACTER", "CHARSET",
            "COLLATE", "NATIONAL", "GLOBAL_NAME", "BLOCK", "INSTANCE", "END", "BEGIN", "MOVE", "UPGRADE", "RESET",
            "RESETLOGS", "CLOSE", "SUPPLEMENTAL", "STANDBY", "LOGFILE", "RECOVERY", "CONTROLFILE", "DICTIONARY",
            "PROPERTY", "READ", "ENCRYPTION", "KEYSTORE", "FAILOVER", "SWITCHOVER", "SKIP",
        };

        /// <summary>
        /// <code>
        /// ALTER DATABASE [name] { {DATAFILE|TEMPFILE} {'file'|n} [, ...] {ONLINE | OFFLINE [FOR DROP] | RESIZE n | AUTOEXTEND ... | END BACKUP}
        ///                       | MOUNT | OPEN [READ ONLY|READ WRITE] [RESETLOGS] | [NO]ARCHIVELOG | [NO] FORCE LOGGING
        ///                       | FLASHBACK {ON|OFF} | BACKUP CONTROLFILE TO ... | ... }
        /// PostgreSQL/SQL Server: ALTER DATABASE name {SET ... | RENAME TO ... | MODIFY ... | ...}; MySQL: ALTER DATABASE [name] [DEFAULT] CHARACTER SET ...
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-DATABASE.html
        /// </summary>
        private Statement ParseAlterDatabase(int start)
        {
            MoveAfterObjectKeyword(start);
            Identifier? database = null;
            if (Is(SyntaxKind.QuotedIdentifier) || Is(SyntaxKind.SubstitutionVariable) || (Is(SyntaxKind.Word) && !DatabaseClauseWords.Contains(CurrentText)))
            {
                database = ParseIdentifier();
            }

            if (IsWord("DATAFILE") || IsWord("TEMPFILE"))
            {
                int clauseStart = _pos;
                var datafile = ParseDatafileClause(out int actionEnd);
                string datafileAction = (datafile.IsTempfile ? "TEMPFILE " : "DATAFILE ") + datafile.ActionClause.Keyword;
                return new AlterDatabaseStatement(SpanFrom(start), database, datafileAction.TrimEnd(), SpanOfTokens(clauseStart, actionEnd), datafile, null);
            }

            int actionStart = _pos;
            var forceLogging = TryParseOption("FORCE", "LOGGING") ?? TryParseOption("NO", "FORCE", "LOGGING");
            _pos = actionStart;
            string action = ReadWords(4, out var actionSpan);
            if (action.Length == 0 && database == null) ReportMissing("an ALTER DATABASE clause");
            SkipRestQuietly();
            return new AlterDatabaseStatement(SpanFrom(start), database, action, actionSpan, null, forceLogging);
        }

        /// <summary><c>{DATAFILE|TEMPFILE} file [, file]... action</c>; <paramref name="actionEnd"/> is the token after the action keywords.</summary>
        private DatafileClause ParseDatafileClause(out int actionEnd)
        {
            int start = _pos;
            bool isTempfile = IsWord("TEMPFILE");
            _pos++;
            var files = new List<Expression>();
            while (Is(SyntaxKind.StringLiteral) || Is(SyntaxKind.NumericLiteral) || Is(SyntaxKind.SubstitutionVariable) || Is(SyntaxKind.Parameter))
            {
                files.Add(ParseBoundedExpression(_pos, _pos + 1));
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            if (files.Count == 0) ReportMissing("a file name or number");
            int actionStart = _pos;
            DatafileAction action;
            if (TryEatWord("ONLINE"))
            {
                action = DatafileAction.Online;
            }
            else if (TryEatWord("OFFLINE"))
            {
                action = TryEatWords("FOR", "DROP") ? DatafileAction.OfflineForDrop : DatafileAction.Offline;
            }
            else if (TryEatWord("RESIZE"))
            {
                action = DatafileAction.Resize;
            }
            else if (TryEatWord("AUTOEXTEND"))
            {
                if (!TryEatWord("ON")) TryEatWord("OFF");
                action = DatafileAction.Autoextend;
            }
            else if (TryEatWords("END", "BACKUP"))
            {
                action = DatafileAction.EndBackup;
            }
            else
            {
                action = DatafileAction.Other;
                ReadWords(2, out _);
                if (_pos == actionStart) ReportMissing("ONLINE, OFFLINE, RESIZE, AUTOEXTEND or END BACKUP");
            }

            actionEnd = _pos;
            var actionClause = new OptionClause(_pos > actionStart ? SpanOfTokens(actionStart, _pos) : EmptySpanAfterPrevious(), UpperWords(actionStart, _pos));
            SkipRestQuietly();
            return new DatafileClause(SpanFrom(start), isTempfile, files, action, actionClause);
        }
    }
}

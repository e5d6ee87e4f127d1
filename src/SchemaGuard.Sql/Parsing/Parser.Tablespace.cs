using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>ALTER TABLESPACE.</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// <code>
        /// ALTER TABLESPACE name { OFFLINE [NORMAL|TEMPORARY|IMMEDIATE] | ONLINE | READ {ONLY|WRITE} | {BEGIN|END} BACKUP
        ///                       | ADD {DATAFILE|TEMPFILE} ... | [NO]LOGGING | [NO] FORCE LOGGING | RENAME TO n | RESIZE n | ... }
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-TABLESPACE.html
        /// </summary>
        private Statement ParseAlterTablespace(int start)
        {
            MoveAfterObjectKeyword(start);
            var name = ExpectIdentifier("a tablespace name");
            if (name == null)
            {
                MarkPartial();
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "ALTER TABLESPACE");
            }

            int actionStart = _pos;
            var action = ReadTablespaceAction();
            OptionClause? clause = _pos > actionStart ? new OptionClause(SpanOfTokens(actionStart, _pos), UpperWords(actionStart, _pos)) : null;
            if (clause == null) ReportMissing("an ALTER TABLESPACE action");
            SkipRestQuietly();
            return new AlterTablespaceStatement(SpanFrom(start), name, action, clause);
        }

        private TablespaceAction ReadTablespaceAction()
        {
            if (TryEatWord("OFFLINE"))
            {
                if (TryEatWord("NORMAL")) return TablespaceAction.OfflineNormal;
                if (TryEatWord("IMMEDIATE")) return TablespaceAction.OfflineImmediate;
                if (TryEatWord("TEMPORARY")) return TablespaceAction.OfflineTemporary;
                return TablespaceAction.Offline;
            }

            if (TryEatWord("ONLINE")) return TablespaceAction.Online;
            if (TryEatWords("READ", "ONLY")) return TablespaceAction.ReadOnly;
            if (TryEatWords("READ", "WRITE")) return TablespaceAction.ReadWrite;
            if (TryEatWords("BEGIN", "BACKUP")) return TablespaceAction.BeginBackup;
            if (TryEatWords("END", "BACKUP")) return TablespaceAction.EndBackup;
            if (TryEatWords("ADD", "DATAFILE") || TryEatWords("ADD", "TEMPFILE")) return TablespaceAction.AddDatafile;
            if (TryEatWord("LOGGING")) return TablespaceAction.Logging;
            if (TryEatWord("NOLOGGING")) return TablespaceAction.NoLogging;
            if (TryEatWords("FORCE", "LOGGING")) return TablespaceAction.ForceLogging;
            if (TryEatWords("NO", "FORCE", "LOGGING")) return TablespaceAction.NoForceLogging;
            ReadWords(2, out _);
            return TablespaceAction.Other;
        }
    }
}

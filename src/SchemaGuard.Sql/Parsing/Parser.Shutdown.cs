using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>SQL*Plus SHUTDOWN and STARTUP (client commands the parser reads as SQL).</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// <code>
        /// SHUTDOWN [ABORT | IMMEDIATE | NORMAL | TRANSACTIONAL [LOCAL]]      (SQL*Plus)
        /// SHUTDOWN [WITH NOWAIT]                                             (SQL Server)
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqpug/SHUTDOWN.html
        /// </summary>
        private Statement ParseShutdown(int start)
        {
            _pos = start + 1;
            int modeStart = _pos;
            ShutdownMode mode = ShutdownMode.Normal;
            if (TryEatWord("ABORT")) mode = ShutdownMode.Abort;
            else if (TryEatWord("IMMEDIATE")) mode = ShutdownMode.Immediate;
            else if (TryEatWord("NORMAL")) mode = ShutdownMode.Normal;
            else if (TryEatWord("TRANSACTIONAL")) mode = TryEatWord("LOCAL") ? ShutdownMode.TransactionalLocal : ShutdownMode.Transactional;
            else if (TryEatWords("WITH", "NOWAIT")) mode = ShutdownMode.Abort;

            OptionClause? clause = _pos > modeStart ? new OptionClause(SpanOfTokens(modeStart, _pos), UpperWords(modeStart, _pos)) : null;
            TryEatFinalSemicolon();
            if (!AtEnd && !AtStatementBoundary()) ReportMissing("ABORT, IMMEDIATE, NORMAL or TRANSACTIONAL");
            return new ShutdownStatement(SpanFrom(start), mode, clause);
        }

        /// <summary>
        /// <code>
        /// STARTUP [FORCE] [RESTRICT] [PFILE=filename] [QUIET]
        ///         [ MOUNT [dbname] | OPEN [READ {ONLY | WRITE [RECOVER]} | RECOVER] [dbname] | NOMOUNT ]
        /// STARTUP UPGRADE | DOWNGRADE | MIGRATE ...
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqpug/STARTUP.html
        /// </summary>
        private Statement ParseStartup(int start)
        {
            _pos = start + 1;
            var options = new List<OptionClause>();
            bool force = false, restrict = false, open = false;
            StartupMode? state = null;
            StartupMode? special = null;
            while (!AtEnd && !AtStatementBoundary())
            {
                if (TryEatFinalSemicolonAtEnd()) break;
                int optionStart = _pos;
                if (TryEatWord("FORCE"))
                {
                    force = true;
                }
                else if (TryEatWord("RESTRICT"))
                {
                    restrict = true;
                }
                else if (TryEatWord("QUIET"))
                {
                }
                else if (TryEatWord("PFILE") || TryEatWord("SPFILE"))
                {
                    TryEat(SyntaxKind.Equals);

                    // A path is several tokens (/u01/app/init.ora); it ends at the next whitespace.
                    if (!AtEnd) _pos++;
                    while (!AtEnd && Current.TriviaCount == 0 && !Is(SyntaxKind.Semicolon)) _pos++;
                    options.Add(new OptionClause(SpanOfTokens(optionStart, _pos), _tokens.GetText(optionStart).ToUpperInvariant()));
                    continue;
                }
                else if (TryEatWord("NOMOUNT"))
                {
                    state = StartupMode.NoMount;
                }
                else if (TryEatWord("MOUNT"))
                {
                    state = StartupMode.Mount;
                    AddStartupOption(options, optionStart);
                    TryEatDatabaseName();
                    continue;
                }
                else if (TryEatWord("OPEN"))
                {
                    open = true;
                    if (TryEatWord("READ") && !TryEatWord("ONLY")) TryEatWord("WRITE");
                    TryEatWord("RECOVER");
                    if (TryEatWord("UPGRADE")) special = StartupMode.Upgrade;
                    else if (TryEatWord("DOWNGRADE")) special = StartupMode.Downgrade;
                    AddStartupOption(options, optionStart);
                    TryEatDatabaseName();
                    continue;
                }
                else if (TryEatWord("UPGRADE"))
                {
                    special = StartupMode.Upgrade;
                }
                else if (TryEatWord("DOWNGRADE"))
                {
                    special = StartupMode.Downgrade;
                }
                else if (TryEatWord("MIGRATE"))
                {
                    special = StartupMode.Migrate;
                }
                else
                {
                    // PLUGGABLE DATABASE pdb, EXCLUSIVE, SHARED, PARALLEL and other words: kept out of the mode.
                    SkipBalancedQuietly();
                    continue;
                }

                AddStartupOption(options, optionStart);
            }

            StartupMode mode = special ?? state ?? (open ? StartupMode.Open : restrict ? StartupMode.Restrict : force ? StartupMode.Force : StartupMode.Open);
            return new StartupStatement(SpanFrom(start), mode, options);
        }

        private void AddStartupOption(List<OptionClause> options, int optionStart) =>
            options.Add(new OptionClause(SpanOfTokens(optionStart, _pos), UpperWords(optionStart, _pos)));

        private void TryEatDatabaseName()
        {
            if (AtIdentifier() && !IsAnyWord("FORCE", "RESTRICT", "QUIET", "PFILE", "SPFILE", "UPGRADE", "DOWNGRADE", "MIGRATE", "RECOVER", "PARALLEL", "EXCLUSIVE", "SHARED"))
            {
                _pos++;
            }
        }

        private bool TryEatFinalSemicolonAtEnd()
        {
            if (!Is(SyntaxKind.Semicolon) || _pos != _end - 1) return false;
            _pos++;
            return true;
        }
    }
}

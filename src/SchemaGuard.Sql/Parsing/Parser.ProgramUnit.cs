using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>CREATE PROCEDURE / FUNCTION / PACKAGE [BODY] / TRIGGER / TYPE [BODY] / LIBRARY / JAVA in every dialect.</summary>
    internal sealed partial class Parser
    {
        private static readonly HashSet<string> PsmBodyStartWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "SELECT", "INSERT", "UPDATE", "DELETE", "REPLACE", "SET", "CALL", "IF", "CASE", "LOOP", "WHILE", "REPEAT",
            "RETURN", "DO", "TRUNCATE",
        };

        /// <summary>
        /// <code>
        /// CREATE [OR REPLACE | OR ALTER] [EDITIONABLE | NONEDITIONABLE] [DEFINER = user]
        ///   { PROCEDURE | PROC | FUNCTION | PACKAGE [BODY] | TRIGGER | TYPE [BODY] | LIBRARY | JAVA {SOURCE|RESOURCE|CLASS} [NAMED] }
        ///   [IF NOT EXISTS] [schema.]name ...
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/CREATE-PROCEDURE-statement.html,
        /// https://www.postgresql.org/docs/current/sql-createfunction.html,
        /// https://dev.mysql.com/doc/refman/8.4/en/create-procedure.html,
        /// https://learn.microsoft.com/sql/t-sql/statements/create-procedure-transact-sql
        /// </summary>
        private Statement ParseCreateProgramUnit(int start)
        {
            _pos = start + 1;
            var orReplace = TryParseOption("OR", "REPLACE") ?? TryParseOption("OR", "ALTER");
            _pos = FindObjectKeyword(0);
            string kindWord = CurrentText.ToUpperInvariant();
            var kind = ReadProgramUnitKind();
            TryEatWords("IF", "NOT", "EXISTS");
            var name = ExpectObjectName("the " + kindWord.ToLowerInvariant() + "'s name");
            if (name == null)
            {
                MarkPartial();
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "CREATE " + kindWord);
            }

            var bodies = new List<PlSqlBlock>();
            ObjectName? triggerTable = null;
            bool readsBody = kind == ProgramUnitKind.PackageBody || kind == ProgramUnitKind.TypeBody ||
                kind == ProgramUnitKind.Procedure || kind == ProgramUnitKind.Function || kind == ProgramUnitKind.Trigger;
            if (!readsBody)
            {
                // Specifications, libraries, Java: kind and name are all a rule needs.
                SkipRestQuietly();
            }
            else if (!TryEnterNesting())
            {
                SkipAllQuietly();
                MarkPartial();
            }
            else
            {
                if (kind == ProgramUnitKind.Trigger) triggerTable = ParseTriggerRest(bodies);
                else if (kind == ProgramUnitKind.PackageBody || kind == ProgramUnitKind.TypeBody) ParsePackageBody(bodies);
                else if (_dialect.SupportsPlSqlBlocks) ParsePlSqlRoutine(bodies);
                else ParseSqlRoutine(bodies);
                ExitNesting();
            }

            return new CreateProgramUnitStatement(SpanFrom(start), kind, name, orReplace, bodies, triggerTable);
        }

        private ProgramUnitKind ReadProgramUnitKind()
        {
            if (TryEatWord("PROCEDURE") || TryEatWord("PROC")) return ProgramUnitKind.Procedure;
            if (TryEatWord("FUNCTION")) return ProgramUnitKind.Function;
            if (TryEatWord("PACKAGE")) return TryEatWord("BODY") ? ProgramUnitKind.PackageBody : ProgramUnitKind.Package;
            if (TryEatWord("TRIGGER")) return ProgramUnitKind.Trigger;
            if (TryEatWord("TYPE")) return TryEatWord("BODY") ? ProgramUnitKind.TypeBody : ProgramUnitKind.Type;
            if (TryEatWord("LIBRARY")) return ProgramUnitKind.Library;
            if (TryEatWord("JAVA"))
            {
                if (IsAnyWord("SOURCE", "RESOURCE", "CLASS")) _pos++;
                TryEatWord("NAMED");
                return ProgramUnitKind.Java;
            }

            Advance();
            return ProgramUnitKind.Other;
        }

        /// <summary>Everything left in the range is deliberately not read (a specification, a string body).</summary>
        private void SkipAllQuietly() => _pos = _end;

        /// <summary>
        /// <code>
        /// PACKAGE BODY name [sharing, ...] {IS|AS} declarations [BEGIN statements [EXCEPTION handlers]] END [name] ;
        /// TYPE BODY name {IS|AS} subprogram definitions END ;
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/CREATE-PACKAGE-BODY-statement.html
        /// </summary>
        private void ParsePackageBody(List<PlSqlBlock> bodies)
        {
            if (!SkipRoutineHeaderToIsAs())
            {
                ReportMissing("IS or AS");
                return;
            }

            ParseDeclarations(bodies, false);
            if (IsWord("BEGIN")) bodies.Add(ParsePlSqlBlock(_pos, null, null, false, BlockSyntax.PlSql));
            else ExpectBlockEnd();
            TryEat(SyntaxKind.Semicolon);
        }

        /// <summary>
        /// PL/SQL procedure or function after its name:
        /// <code>[( params )] [RETURN type] [options] {IS|AS} {declarations BEGIN ... END [name] ; | call_spec}</code>
        /// </summary>
        private void ParsePlSqlRoutine(List<PlSqlBlock> bodies)
        {
            if (!SkipRoutineHeaderToIsAs() || IsAnyWord("LANGUAGE", "EXTERNAL", "MLE") || Is(SyntaxKind.StringLiteral))
            {
                // AGGREGATE USING, PIPELINED USING, a call specification, or a missing body: nothing to read.
                SkipAllQuietly();
                return;
            }

            if (AtEnd)
            {
                ReportMissing("BEGIN");
                return;
            }

            bodies.Add(ParsePlSqlBlock(_pos, null, null, true, BlockSyntax.PlSql));
            TryEat(SyntaxKind.Semicolon);
        }

        /// <summary>
        /// A routine in a dialect without PL/SQL, after its name. The body is whichever comes first:
        /// PostgreSQL <c>AS 'definition'</c> / <c>AS $$...$$</c> (a string, not read); T-SQL <c>AS statements</c> (the rest of
        /// the batch); SQL-standard <c>BEGIN [ATOMIC] ... END</c> and MySQL <c>[label:] BEGIN ... END</c>; a single statement
        /// (MySQL, PostgreSQL <c>RETURN expr</c>).
        /// </summary>
        private void ParseSqlRoutine(List<PlSqlBlock> bodies)
        {
            if (HasStringBody())
            {
                SkipAllQuietly();
                return;
            }

            while (!AtEnd)
            {
                if (IsWord("AS") && !AfterParameterOrExecute())
                {
                    _pos++;
                    if (IsWord("EXTERNAL") || Is(SyntaxKind.StringLiteral)) SkipAllQuietly();
                    else if (!AtEnd) bodies.Add(ParseBatchBody());
                    return;
                }

                if (TryParseRoutineStatementBody(bodies)) return;
                SkipBalancedQuietly();
            }
        }

        /// <summary>A <c>BEGIN ... END</c> body, a labelled one, or a single-statement body starting here (MySQL, SQL/PSM).</summary>
        private bool TryParseRoutineStatementBody(List<PlSqlBlock> bodies)
        {
            int start = _pos;
            if (IsWord("BEGIN") || (AtIdentifier() && Is(SyntaxKind.Colon, 1) && IsWord("BEGIN", 2)))
            {
                Identifier? label = null;
                if (!IsWord("BEGIN"))
                {
                    label = ParseIdentifier();
                    _pos++;
                }

                bodies.Add(ParsePlSqlBlock(start, label, null, false, BlockSyntax.Psm));
                TryEat(SyntaxKind.Semicolon);
                return true;
            }

            if (Is(SyntaxKind.Word) && PsmBodyStartWords.Contains(CurrentText))
            {
                var statements = new List<Statement>();
                ParseBlockItem(statements, BlockSyntax.Psm);
                bodies.Add(new PlSqlBlock(SpanFrom(start), null, null, SpanOfTokens(start, start), new PlSqlBlock[0], statements, new ExceptionHandler[0]));
                return true;
            }

            return false;
        }

        /// <summary>PostgreSQL: an <c>AS</c> at depth 0 followed by a string (the definition or object file).</summary>
        private bool HasStringBody()
        {
            int depth = 0;
            for (int i = _pos; i + 1 < _end; i++)
            {
                var kind = _tokens[i].Kind;
                if (IsOpener(kind)) depth++;
                else if (IsCloser(kind)) { if (depth > 0) depth--; }
                else if (depth == 0 && _tokens.IsWord(i, "AS") && _tokens[i + 1].Kind == SyntaxKind.StringLiteral && !_tokens.IsWord(i - 1, "EXECUTE"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>T-SQL: <c>@p AS int</c> and <c>EXECUTE AS OWNER</c> are not the AS that starts the body.</summary>
        private bool AfterParameterOrExecute() =>
            _pos > 0 && (_tokens[_pos - 1].Kind == SyntaxKind.Parameter || _tokens.IsWord(_pos - 1, "EXECUTE"));

        /// <summary>A T-SQL body: every statement to the end of the batch, statements ending at the next statement's first word.</summary>
        private PlSqlBlock ParseBatchBody()
        {
            int start = _pos;
            var declarations = EmptySpanHere();
            var statements = new List<Statement>();
            while (!AtEnd)
            {
                if (TryEat(SyntaxKind.Semicolon)) continue;
                int statementStart = _pos;
                bool savedSkipped = _skippedInStatement;
                _skippedInStatement = false;
                var statement = ParseStatement();
                SkipLeftovers(statementStart);
                Finish(statement, statementStart);
                if (Is(SyntaxKind.Semicolon))
                {
                    statement.TerminatorTokenIndex = _pos;
                    _pos++;
                }

                _skippedInStatement = savedSkipped;
                statements.Add(statement);
                if (_pos == statementStart) _pos++;
            }

            return new PlSqlBlock(SpanFrom(start), null, null, declarations, new PlSqlBlock[0], statements, new ExceptionHandler[0]);
        }

        /// <summary>
        /// A trigger after its name; returns the table it is on.
        /// <code>
        /// Oracle:     {BEFORE|AFTER|INSTEAD OF|FOR} event [OR event]... ON [schema.]table | {DATABASE|SCHEMA}
        ///             [REFERENCING ...] [FOR EACH ROW] [FOLLOWS|PRECEDES t] [ENABLE|DISABLE] [WHEN (c)]
        ///             { [DECLARE ...] BEGIN ... END | COMPOUND TRIGGER ... END | CALL routine }
        /// PostgreSQL: {BEFORE|AFTER|INSTEAD OF} event [OR ...] ON table ... EXECUTE {FUNCTION|PROCEDURE} f(args)
        /// MySQL:      {BEFORE|AFTER} event ON table FOR EACH ROW [{FOLLOWS|PRECEDES} t] body
        /// T-SQL:      ON {table|DATABASE|ALL SERVER} [WITH ...] {FOR|AFTER|INSTEAD OF} events AS statements
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/CREATE-TRIGGER-statement.html
        /// </summary>
        private ObjectName? ParseTriggerRest(List<PlSqlBlock> bodies)
        {
            ObjectName? table = null;
            bool sawOn = false;
            bool plsql = _dialect.SupportsPlSqlBlocks;
            while (!AtEnd)
            {
                if (!sawOn && IsWord("ON"))
                {
                    sawOn = true;
                    _pos++;
                    table = ParseTriggerTarget();
                    continue;
                }

                if (plsql)
                {
                    if (IsWord("DECLARE") || IsWord("BEGIN") || (Is(SyntaxKind.Operator) && _tokens.TextIs(_pos, "<<")))
                    {
                        int start = _pos;
                        var label = ParseLabels();
                        bodies.Add(ParsePlSqlBlock(start, label, null, false, BlockSyntax.PlSql));
                        TryEat(SyntaxKind.Semicolon);
                        return table;
                    }

                    if (IsWord("COMPOUND") && IsWord("TRIGGER", 1))
                    {
                        _pos += 2;
                        ParseDeclarations(bodies, true);
                        ExpectBlockEnd();
                        TryEat(SyntaxKind.Semicolon);
                        return table;
                    }

                    if (IsWord("CALL"))
                    {
                        int start = _pos;
                        var statements = new List<Statement>();
                        statements.Add(ParseNestedStatement(FindStatementSemicolon(_pos), () => ParseCall(start)));
                        bodies.Add(new PlSqlBlock(SpanFrom(start), null, null, SpanOfTokens(start, start), new PlSqlBlock[0], statements, new ExceptionHandler[0]));
                        return table;
                    }
                }
                else
                {
                    if (IsWord("EXECUTE") && (IsWord("FUNCTION", 1) || IsWord("PROCEDURE", 1)))
                    {
                        SkipAllQuietly();
                        return table;
                    }

                    // PostgreSQL's REFERENCING NEW TABLE AS t is not T-SQL's AS before the body.
                    if (IsWord("AS") && !AfterParameterOrExecute() && !_tokens.IsWord(_pos - 1, "TABLE"))
                    {
                        _pos++;
                        if (!AtEnd) bodies.Add(ParseBatchBody());
                        return table;
                    }

                    if (IsWord("FOR") && IsWord("EACH", 1) && IsWord("ROW", 2))
                    {
                        _pos += 3;
                        if (IsAnyWord("FOLLOWS", "PRECEDES"))
                        {
                            _pos++;
                            ParseObjectName();
                        }

                        if (TryParseRoutineStatementBody(bodies)) return table;
                        continue;
                    }
                }

                SkipBalancedQuietly();
            }

            return table;
        }

        /// <summary>After a trigger's ON: the table or view, or null for DATABASE, SCHEMA, <c>x.SCHEMA</c> and ALL SERVER.</summary>
        private ObjectName? ParseTriggerTarget()
        {
            if (IsWord("NESTED") && IsWord("TABLE", 1))
            {
                // INSTEAD OF ... ON NESTED TABLE column OF view
                _pos += 2;
                ParseIdentifier();
                TryEatWord("OF");
            }

            if (IsWord("DATABASE") || IsWord("SCHEMA") || (IsWord("ALL") && IsWord("SERVER", 1)))
            {
                _pos++;
                return null;
            }

            var name = ParseObjectName();
            if (name != null && name.Parts.Count > 1 && !name.Name.IsQuoted && string.Equals(name.Name.Text, "SCHEMA", System.StringComparison.OrdinalIgnoreCase)) return null;
            return name;
        }
    }
}

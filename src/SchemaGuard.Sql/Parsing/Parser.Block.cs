using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Which procedural language a block is written in; decided by the syntax that led to it, never by dialect name.</summary>
    internal enum BlockSyntax
    {
        /// <summary>PL/SQL: DECLARE sections, EXCEPTION handlers, ELSIF, FOR/FORALL, <c>&lt;&lt;label&gt;&gt;</c>.</summary>
        PlSql,

        /// <summary>SQL/PSM as in MySQL stored programs: DECLARE statements, HANDLERs, ELSEIF, WHILE ... DO, REPEAT, <c>label:</c>.</summary>
        Psm,
    }

    /// <summary>
    /// Blocks and the statement lists inside them. Control structures are flattened: their statements go to the list of the
    /// enclosing block in text order; only nested BEGIN ... END blocks keep their own node.
    /// </summary>
    internal sealed partial class Parser
    {
        private static readonly string[] ForallDmlWords = { "INSERT", "UPDATE", "DELETE", "MERGE", "EXECUTE" };

        /// <summary>
        /// A PL/SQL anonymous block at top level.
        /// <code>
        /// [&lt;&lt;label&gt;&gt;] [DECLARE declarations] BEGIN statements [EXCEPTION handlers] END [label] ;
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/block.html
        /// </summary>
        private Statement ParseBlock(int start)
        {
            _pos = start;
            var label = ParseLabels();
            if (!IsWord("DECLARE") && !IsWord("BEGIN"))
            {
                ReportMissing("DECLARE or BEGIN");
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Unknown, SpanFrom(start), "<<");
            }

            if (!TryEnterNesting())
            {
                SkipAllQuietly();
                MarkPartial();
                return new OtherStatement(StatementKind.Block, SpanFrom(start), "BEGIN");
            }

            var block = ParsePlSqlBlock(start, label, null, false, BlockSyntax.PlSql);
            ExitNesting();
            TryEat(SyntaxKind.Semicolon);
            return new BlockStatement(SpanFrom(start), block);
        }

        /// <summary>
        /// Reads a block from its DECLARE/BEGIN (or, with <paramref name="declarationsFollow"/>, from the declarations after a
        /// subprogram's IS/AS) through its END and optional name, not the <c>;</c> after it.
        /// </summary>
        private PlSqlBlock ParsePlSqlBlock(int start, Identifier? label, Identifier? subprogramName, bool declarationsFollow, BlockSyntax syntax)
        {
            var subprograms = new List<PlSqlBlock>();
            TextSpan declareSpan;
            if (syntax == BlockSyntax.PlSql && (declarationsFollow || TryEatWord("DECLARE")))
            {
                int declarationsStart = _pos;
                ParseDeclarations(subprograms, false);
                declareSpan = _pos > declarationsStart ? SpanOfTokens(declarationsStart, _pos) : EmptySpanHere();
            }
            else
            {
                declareSpan = EmptySpanHere();
            }

            var statements = new List<Statement>();
            var handlers = new List<ExceptionHandler>();
            if (ExpectWord("BEGIN"))
            {
                if (syntax == BlockSyntax.Psm && !TryEatWord("ATOMIC")) TryEatWords("NOT", "ATOMIC");
                ParseStatementsUntilStop(statements, syntax, false);
                if (syntax == BlockSyntax.PlSql && TryEatWord("EXCEPTION")) ParseExceptionHandlers(handlers, syntax);
                ExpectBlockEnd();
            }
            else
            {
                MarkPartial();
            }

            return new PlSqlBlock(SpanFrom(start), label, subprogramName, declareSpan, subprograms, statements, handlers);
        }

        /// <summary>
        /// <c>EXCEPTION WHEN e1 [OR e2 ...] THEN statements ...</c>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/exception-handler.html
        /// </summary>
        private void ParseExceptionHandlers(List<ExceptionHandler> handlers, BlockSyntax syntax)
        {
            while (IsWord("WHEN"))
            {
                int start = _pos;
                _pos++;
                var exceptions = new List<Identifier>();
                while (true)
                {
                    var name = IsWord("THEN") ? null : ParseObjectName();
                    if (name == null)
                    {
                        ReportMissing("an exception name");
                        break;
                    }

                    exceptions.Add(name.Name);
                    if (!TryEatWord("OR")) break;
                }

                if (!ExpectWord("THEN"))
                {
                    MarkPartial();
                    while (!AtEnd && !IsWord("THEN") && !Is(SyntaxKind.Semicolon)) SkipBalancedQuietly();
                    TryEatWord("THEN");
                }

                var statements = new List<Statement>();
                ParseStatementsUntilStop(statements, syntax, true);
                handlers.Add(new ExceptionHandler(SpanFrom(start), exceptions, statements));
            }
        }

        /// <summary>
        /// Reads statements up to the END of the block (or, in a handler, the next WHEN); a stray ELSE, ELSIF or WHEN is
        /// reported and passed over so the rest of the block is still read.
        /// </summary>
        private void ParseStatementsUntilStop(List<Statement> statements, BlockSyntax syntax, bool inHandler)
        {
            while (true)
            {
                ParseStatementSequence(statements, syntax);
                if (AtEnd || IsWord("END") || (inHandler && IsWord("WHEN")) || (syntax == BlockSyntax.PlSql && IsWord("EXCEPTION"))) return;
                ReportSyntaxError("'" + Shorten(CurrentText) + "' is out of place here.", CurrentSpan);
                MarkPartial();
                _pos++;
            }
        }

        /// <summary>Consumes END and the block's name or label; a compound trigger's <c>END BEFORE STATEMENT</c> too.</summary>
        private void ExpectBlockEnd()
        {
            if (!IsWord("END"))
            {
                ReportMissing("END");
                return;
            }

            _pos++;
            if (IsAnyWord("BEFORE", "AFTER", "INSTEAD"))
            {
                while (IsAnyWord("BEFORE", "AFTER", "INSTEAD", "OF", "STATEMENT", "EACH", "ROW")) _pos++;
                return;
            }

            TryEatEndLabel();
        }

        /// <summary>Consumes the label or name after END when the construct ends right after it.</summary>
        private void TryEatEndLabel()
        {
            if (AtIdentifier() && (Peek(1).Kind == SyntaxKind.Semicolon || Peek(1).Kind == SyntaxKind.EndOfFile)) _pos++;
        }

        /// <summary>Consumes <c>END word [label] ;</c> closing an IF, LOOP, CASE, WHILE or REPEAT.</summary>
        private void ExpectEndOf(string word)
        {
            if (IsWord("END") && IsWord(word, 1))
            {
                _pos += 2;
                TryEatEndLabel();
                TryEat(SyntaxKind.Semicolon);
                return;
            }

            ReportMissing("END " + word);
        }

        /// <summary>Reads <c>&lt;&lt;a&gt;&gt; &lt;&lt;b&gt;&gt;</c> labels; returns the last.</summary>
        private Identifier? ParseLabels()
        {
            Identifier? label = null;
            while (Is(SyntaxKind.Operator) && _tokens.TextIs(_pos, "<<"))
            {
                _pos++;
                label = ParseIdentifier() ?? label;
                if (Is(SyntaxKind.Operator) && _tokens.TextIs(_pos, ">>")) _pos++;
                else ReportMissing("'>>'");
            }

            return label;
        }

        /// <summary>Reads statements until END, ELSIF, ELSEIF, ELSE, WHEN, UNTIL or EXCEPTION, leaving that word.</summary>
        private void ParseStatementSequence(List<Statement> statements, BlockSyntax syntax)
        {
            while (!AtEnd)
            {
                if (IsSequenceStop(syntax)) return;
                if (TryEat(SyntaxKind.Semicolon)) continue;
                int before = _pos;
                ParseBlockItem(statements, syntax);
                if (_pos == before) _pos++;
            }
        }

        private bool IsSequenceStop(BlockSyntax syntax) =>
            IsAnyWord("END", "ELSIF", "ELSEIF", "ELSE", "WHEN", "UNTIL") || (syntax == BlockSyntax.PlSql && IsWord("EXCEPTION"));

        /// <summary>One statement of a list: a nested block, a control structure (flattened) or a simple statement.</summary>
        private void ParseBlockItem(List<Statement> statements, BlockSyntax syntax)
        {
            if (TrySkipDirective()) return;
            int start = _pos;
            Identifier? label = null;
            if (syntax == BlockSyntax.PlSql)
            {
                label = ParseLabels();
            }
            else if (AtIdentifier() && Is(SyntaxKind.Colon, 1) && IsPsmLabelled(2))
            {
                label = ParseIdentifier();
                _pos++;
            }

            if (AtEnd || IsSequenceStop(syntax)) return;

            bool nestedBlock = IsWord("BEGIN") || (syntax == BlockSyntax.PlSql && IsWord("DECLARE"));
            bool psmHandler = syntax == BlockSyntax.Psm && IsWord("DECLARE") && IsAnyWordAt(1, "CONTINUE", "EXIT", "UNDO") && IsWord("HANDLER", 2);
            bool compound = nestedBlock || psmHandler || IsAnyWord("IF", "CASE", "LOOP", "WHILE") ||
                (syntax == BlockSyntax.PlSql && IsWord("FOR")) || (syntax == BlockSyntax.Psm && IsWord("REPEAT"));
            if (!compound)
            {
                if (syntax == BlockSyntax.PlSql && IsWord("FORALL"))
                {
                    // FORALL i IN ... [SAVE EXCEPTIONS] dml; — the DML is the statement.
                    int dml = FindDepth0Word(_pos + 1, FindStatementSemicolon(_pos), ForallDmlWords);
                    if (dml > 0) _pos = dml;
                }

                int end = FindStatementSemicolon(_pos);
                statements.Add(ParseNestedStatement(end, () => ParseBlockStatementCore(syntax)));
                return;
            }

            if (!TryEnterNesting())
            {
                SkipCompoundApproximately(syntax);
                MarkPartial();
                return;
            }

            if (nestedBlock) statements.Add(ParseNestedBlockStatement(start, label, syntax));
            else if (psmHandler) ParsePsmHandler(statements);
            else if (IsWord("IF")) FlattenIf(statements, syntax);
            else if (IsWord("CASE")) FlattenCase(statements, syntax);
            else if (IsWord("LOOP")) FlattenLoop(statements, syntax, false, "LOOP");
            else if (IsWord("WHILE")) FlattenLoop(statements, syntax, true, syntax == BlockSyntax.Psm ? "WHILE" : "LOOP");
            else if (IsWord("FOR")) FlattenLoop(statements, syntax, true, "LOOP");
            else FlattenRepeat(statements);
            ExitNesting();
        }

        private bool IsPsmLabelled(int ahead) =>
            IsWord("BEGIN", ahead) || IsWord("LOOP", ahead) || IsWord("WHILE", ahead) || IsWord("REPEAT", ahead);

        private bool IsAnyWordAt(int ahead, string a, string b, string c) => IsWord(a, ahead) || IsWord(b, ahead) || IsWord(c, ahead);

        private BlockStatement ParseNestedBlockStatement(int start, Identifier? label, BlockSyntax syntax)
        {
            bool savedSkipped = _skippedInStatement;
            _skippedInStatement = false;
            var block = ParsePlSqlBlock(start, label, null, false, syntax);
            var statement = new BlockStatement(SpanFrom(start), block);
            Finish(statement, start);
            if (Is(SyntaxKind.Semicolon))
            {
                statement.TerminatorTokenIndex = _pos;
                _pos++;
            }

            _skippedInStatement = savedSkipped;
            return statement;
        }

        /// <summary>
        /// <c>IF c THEN ... {ELSIF|ELSEIF} c THEN ... ELSE ... END IF;</c>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/IF-statement.html
        /// </summary>
        private void FlattenIf(List<Statement> statements, BlockSyntax syntax)
        {
            _pos++;
            SkipConditionTo("THEN");
            while (true)
            {
                ParseStatementSequence(statements, syntax);
                if (IsWord("ELSIF") || IsWord("ELSEIF"))
                {
                    _pos++;
                    SkipConditionTo("THEN");
                    continue;
                }

                if (TryEatWord("ELSE")) continue;
                break;
            }

            ExpectEndOf("IF");
        }

        /// <summary>
        /// <c>CASE [selector] WHEN x THEN ... [ELSE ...] END CASE [label];</c>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/CASE-statement.html
        /// </summary>
        private void FlattenCase(List<Statement> statements, BlockSyntax syntax)
        {
            _pos++;
            if (!TryEatWord("WHEN")) SkipConditionTo("WHEN");
            while (true)
            {
                SkipConditionTo("THEN");
                ParseStatementSequence(statements, syntax);
                if (TryEatWord("WHEN")) continue;
                if (TryEatWord("ELSE")) ParseStatementSequence(statements, syntax);
                break;
            }

            ExpectEndOf("CASE");
        }

        /// <summary>
        /// <c>LOOP ... END LOOP</c>, <c>WHILE c LOOP ... END LOOP</c>, <c>FOR i IN ... LOOP ... END LOOP</c>,
        /// MySQL <c>WHILE c DO ... END WHILE</c>. With <paramref name="header"/> the current word (WHILE, FOR) starts a
        /// header that runs to LOOP (or DO).
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/basic-LOOP-statement.html
        /// </summary>
        private void FlattenLoop(List<Statement> statements, BlockSyntax syntax, bool header, string endWord)
        {
            _pos++;
            if (header) SkipConditionTo(endWord == "WHILE" ? "DO" : "LOOP");

            ParseStatementSequence(statements, syntax);
            ExpectEndOf(endWord);
        }

        /// <summary>MySQL <c>REPEAT ... UNTIL c END REPEAT [label];</c></summary>
        private void FlattenRepeat(List<Statement> statements)
        {
            _pos++;
            ParseStatementSequence(statements, BlockSyntax.Psm);
            if (TryEatWord("UNTIL"))
            {
                int caseDepth = 0;
                while (!AtEnd && !Is(SyntaxKind.Semicolon))
                {
                    if (IsWord("END") && caseDepth == 0) break;
                    if (IsWord("CASE")) caseDepth++;
                    else if (IsWord("END")) caseDepth--;
                    SkipBalancedQuietly();
                }
            }
            else
            {
                ReportMissing("UNTIL");
            }

            ExpectEndOf("REPEAT");
        }

        /// <summary>MySQL <c>DECLARE {CONTINUE|EXIT|UNDO} HANDLER FOR condition [, ...] statement</c>: the statement joins the list.</summary>
        private void ParsePsmHandler(List<Statement> statements)
        {
            _pos += 3;
            if (!TryEatWord("FOR")) ReportMissing("FOR");
            while (!AtEnd)
            {
                if (TryEatWord("SQLSTATE"))
                {
                    TryEatWord("VALUE");
                    Advance();
                }
                else if (IsWord("NOT") && IsWord("FOUND", 1))
                {
                    _pos += 2;
                }
                else
                {
                    Advance();
                }

                if (!TryEat(SyntaxKind.Comma)) break;
            }

            if (!AtEnd && !Is(SyntaxKind.Semicolon)) ParseBlockItem(statements, BlockSyntax.Psm);
        }

        /// <summary>
        /// Skips a condition up to <paramref name="word"/> at depth 0 and consumes it; CASE expressions in the condition
        /// (with their own WHEN/THEN/END) are stepped over. Reports when the statement ends first.
        /// </summary>
        private bool SkipConditionTo(string word)
        {
            int caseDepth = 0;
            while (!AtEnd && !Is(SyntaxKind.Semicolon))
            {
                if (caseDepth == 0 && IsWord(word))
                {
                    _pos++;
                    return true;
                }

                if (IsWord("CASE")) caseDepth++;
                else if (IsWord("END") && caseDepth > 0) caseDepth--;
                SkipBalancedQuietly();
            }

            ReportMissing(word);
            return false;
        }

        /// <summary>
        /// Past the nesting limit: skips a compound statement by counting its openers and ENDs without reading it.
        /// Approximate, but it only runs on input nested over <see cref="MaxDepth"/> levels deep.
        /// </summary>
        private void SkipCompoundApproximately(BlockSyntax syntax)
        {
            int depth = 0;
            bool opened = false;
            bool isDeclare = IsWord("DECLARE") && syntax == BlockSyntax.PlSql;
            while (!AtEnd)
            {
                if (IsWord("END"))
                {
                    _pos++;
                    if (IsAnyWord("IF", "LOOP", "CASE", "WHILE", "REPEAT")) _pos++;
                    if (--depth <= 0)
                    {
                        TryEatEndLabel();
                        TryEat(SyntaxKind.Semicolon);
                        return;
                    }

                    continue;
                }

                if (IsAnyWord("BEGIN", "CASE", "IF", "LOOP", "REPEAT") || (syntax == BlockSyntax.Psm && IsWord("WHILE")))
                {
                    depth++;
                    opened = true;
                    _pos++;
                    continue;
                }

                if (Is(SyntaxKind.Semicolon) && depth == 0 && !opened && !isDeclare)
                {
                    _pos++;
                    return;
                }

                SkipBalancedQuietly();
            }
        }
    }
}

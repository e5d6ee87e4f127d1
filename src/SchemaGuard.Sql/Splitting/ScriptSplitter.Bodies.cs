using SchemaGuard.Sql.Lexing;

namespace SchemaGuard.Sql.Splitting
{
    /// <summary>
    /// Statements whose body holds semicolons: PL/SQL units (SQL*Plus), <c>BEGIN ATOMIC</c> bodies and parentheses
    /// (psql), T-SQL routines (the rest of the batch). Recognised from the statement's first words, as each client does.
    /// </summary>
    public sealed partial class ScriptSplitter
    {
        private enum Header
        {
            Start,
            Create,
            Alter,
            With,
            Mle,
            Done,
        }

        private Header _header;
        private int _parenDepth;
        private int _beginDepth;
        private bool _countsBeginEnd;
        private bool _runsToBatchEnd;

        /// <summary>Whether a <c>;</c> here is inside a body and does not end the statement.</summary>
        private bool InsideBody =>
            _runsToBatchEnd || _beginDepth > 0 || (_parenDepth > 0 && _dialect.IgnoresSemicolonsInsideParentheses);

        private void ResetBodyTracking()
        {
            _header = Header.Start;
            _parenDepth = 0;
            _beginDepth = 0;
            _countsBeginEnd = false;
            _runsToBatchEnd = false;
        }

        /// <summary>Follows a token of an open SQL range: its leading words, parentheses and BEGIN ... END nesting.</summary>
        private void Track(int index)
        {
            var kind = Kind(index);
            if (kind == SyntaxKind.OpenParen) _parenDepth++;
            else if (kind == SyntaxKind.CloseParen && _parenDepth > 0) _parenDepth--;

            if (_header != Header.Done) ReadHeader(index);

            // psql's rule for CREATE FUNCTION/PROCEDURE: outside parentheses BEGIN opens a body, CASE inside a
            // body opens one more, END closes one.
            if (_countsBeginEnd && kind == SyntaxKind.Word && _parenDepth == 0)
            {
                if (IsWord(index, "BEGIN")) _beginDepth++;
                else if (IsWord(index, "CASE") && _beginDepth > 0) _beginDepth++;
                else if (IsWord(index, "END") && _beginDepth > 0) _beginDepth--;
            }
        }

        /// <summary>
        /// SQL*Plus: <c>DECLARE</c>, <c>BEGIN</c>, <c>&lt;&lt;label&gt;&gt;</c>, <c>WITH FUNCTION|PROCEDURE</c> and
        /// <c>CREATE [OR REPLACE] [EDITIONABLE|NONEDITIONABLE] [AND RESOLVE|COMPILE] [NOFORCE]
        /// PROCEDURE|FUNCTION|PACKAGE [BODY]|TRIGGER|TYPE [BODY]|LIBRARY|JAVA|MLE MODULE</c> start PL/SQL, which only
        /// a <c>/</c> line ends. psql: <c>CREATE [OR REPLACE] FUNCTION|PROCEDURE</c> may have a <c>BEGIN ATOMIC</c>
        /// body. T-SQL: <c>CREATE [OR ALTER] | ALTER PROC|PROCEDURE|FUNCTION|TRIGGER</c> runs to the end of the batch.
        /// </summary>
        private void ReadHeader(int index)
        {
            var token = _builder[index];
            if (token.Kind != SyntaxKind.Word)
            {
                if (_header == Header.Start && _dialect.SupportsPlSqlBlocks && token.Kind == SyntaxKind.Operator && TextIs(index, "<<"))
                {
                    BecomePlSqlUnit();
                }

                _header = Header.Done;
                return;
            }

            switch (_header)
            {
                case Header.Start:
                    if (_dialect.SupportsPlSqlBlocks && (IsWord(index, "DECLARE") || IsWord(index, "BEGIN"))) BecomePlSqlUnit();
                    else if (IsWord(index, "CREATE")) _header = Header.Create;
                    else if (_dialect.RoutineBodiesRunToBatchEnd && IsWord(index, "ALTER")) _header = Header.Alter;
                    else if (_dialect.SupportsPlSqlBlocks && IsWord(index, "WITH")) _header = Header.With;
                    else _header = Header.Done;
                    break;

                case Header.Create:
                    if (IsCreateModifier(index)) break;
                    if (_dialect.SupportsPlSqlBlocks && IsPlSqlUnitWord(index)) BecomePlSqlUnit();
                    else if (_dialect.SupportsPlSqlBlocks && IsWord(index, "MLE")) _header = Header.Mle;
                    else
                    {
                        bool routine = IsWord(index, "FUNCTION") || IsWord(index, "PROCEDURE");
                        _countsBeginEnd = routine && _dialect.SupportsBeginAtomicBodies;
                        _runsToBatchEnd = _dialect.RoutineBodiesRunToBatchEnd && (routine || IsWord(index, "PROC") || IsWord(index, "TRIGGER"));
                        _header = Header.Done;
                    }

                    break;

                case Header.Alter:
                    _runsToBatchEnd = IsWord(index, "FUNCTION") || IsWord(index, "PROCEDURE") || IsWord(index, "PROC") || IsWord(index, "TRIGGER");
                    _header = Header.Done;
                    break;

                case Header.With:
                    if (IsWord(index, "FUNCTION") || IsWord(index, "PROCEDURE")) BecomePlSqlUnit();
                    _header = Header.Done;
                    break;

                case Header.Mle:
                    if (IsWord(index, "MODULE")) BecomePlSqlUnit();
                    _header = Header.Done;
                    break;
            }
        }

        private void BecomePlSqlUnit()
        {
            _kind = StatementRangeKind.PlSqlUnit;
            _header = Header.Done;
            _lexer.ContinuesLinesWithHyphen = false;
        }

        private bool IsCreateModifier(int index) =>
            IsWord(index, "OR") || IsWord(index, "REPLACE") || IsWord(index, "EDITIONABLE") || IsWord(index, "NONEDITIONABLE") ||
            IsWord(index, "AND") || IsWord(index, "RESOLVE") || IsWord(index, "COMPILE") || IsWord(index, "NOFORCE") ||
            IsWord(index, "ALTER");

        private bool IsPlSqlUnitWord(int index) =>
            IsWord(index, "PROCEDURE") || IsWord(index, "FUNCTION") || IsWord(index, "PACKAGE") || IsWord(index, "TRIGGER") ||
            IsWord(index, "TYPE") || IsWord(index, "LIBRARY") || IsWord(index, "JAVA");
    }
}

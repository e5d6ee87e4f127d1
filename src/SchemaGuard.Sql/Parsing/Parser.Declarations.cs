using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>
    /// PL/SQL declaration sections: skipped declaration by declaration, except the procedures and functions they define,
    /// whose bodies are read (a package body is nothing but such a section).
    /// </summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// Reads declarations up to BEGIN or END, collecting subprogram bodies (and, in a compound trigger, timing-point
        /// sections) into <paramref name="subprograms"/>.
        /// <code>
        /// declare_section ::= { item_declaration ; | cursor_declaration ; | type_definition ; | pragma ;
        ///                     | {procedure|function}_declaration ; | {procedure|function}_definition }...
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/block.html#GUID-9ACEB9ED-567E-4E1A-A16A-B8B35214FC9D
        /// </summary>
        private void ParseDeclarations(List<PlSqlBlock> subprograms, bool compoundTrigger)
        {
            while (!AtEnd)
            {
                if (IsWord("BEGIN") || IsWord("END")) return;
                if (TrySkipDirective()) continue;
                int before = _pos;
                if (AtSubprogramStart()) ParseSubprogramDefinition(subprograms);
                else if (compoundTrigger && AtTimingPoint()) ParseTimingPoint(subprograms);
                else SkipDeclaration();
                if (_pos == before) _pos++;
            }
        }

        /// <summary>Skips one declaration through its <c>;</c>; stops before a BEGIN should the <c>;</c> be missing.</summary>
        private void SkipDeclaration()
        {
            while (!AtEnd && !Is(SyntaxKind.Semicolon) && !IsWord("BEGIN")) SkipBalancedQuietly();
            TryEat(SyntaxKind.Semicolon);
        }

        /// <summary>[MEMBER|STATIC|CONSTRUCTOR|MAP|ORDER|OVERRIDING|FINAL|INSTANTIABLE|NOT]... PROCEDURE|FUNCTION</summary>
        private bool AtSubprogramStart()
        {
            int i = _pos;
            while (i < _end && i < _pos + 6 && _tokens[i].Kind == SyntaxKind.Word && SubprogramModifierWords.Contains(_tokens.GetText(i))) i++;
            return i < _end && (_tokens.IsWord(i, "PROCEDURE") || _tokens.IsWord(i, "FUNCTION"));
        }

        private static readonly HashSet<string> SubprogramModifierWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "MEMBER", "STATIC", "CONSTRUCTOR", "MAP", "ORDER", "OVERRIDING", "FINAL", "INSTANTIABLE", "NOT",
        };

        /// <summary>
        /// <code>
        /// [modifiers] {PROCEDURE|FUNCTION} name [(params)] [RETURN type [options]] { ; | {IS|AS} {call_spec | declarations BEGIN ... END [name]} ; }
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/procedure-declaration-and-definition.html
        /// </summary>
        private void ParseSubprogramDefinition(List<PlSqlBlock> subprograms)
        {
            while (!IsWord("PROCEDURE") && !IsWord("FUNCTION")) _pos++;

            // The body's node starts at PROCEDURE/FUNCTION, so the subprogram's name lies inside it.
            int headerStart = _pos;
            _pos++;
            var name = ParseObjectName();
            if (!SkipRoutineHeaderToIsAs())
            {
                // A forward declaration or a specification: no body.
                TryEat(SyntaxKind.Semicolon);
                return;
            }

            if (IsAnyWord("LANGUAGE", "EXTERNAL", "MLE"))
            {
                SkipDeclaration();
                return;
            }

            if (AtEnd)
            {
                ReportMissing("BEGIN");
                return;
            }

            if (!TryEnterNesting())
            {
                SkipToBlockEndApproximately();
                return;
            }

            subprograms.Add(ParsePlSqlBlock(headerStart, null, name?.Name, true, BlockSyntax.PlSql));
            ExitNesting();
            TryEat(SyntaxKind.Semicolon);
        }

        /// <summary>
        /// Skips a subprogram or routine header up to its IS/AS at depth 0 (not the AS of <c>RETURN SELF AS RESULT</c>) and
        /// consumes it; false when the header ends (<c>;</c>) first.
        /// </summary>
        private bool SkipRoutineHeaderToIsAs()
        {
            while (!AtEnd && !Is(SyntaxKind.Semicolon))
            {
                if (IsWord("IS") || (IsWord("AS") && !(_pos > 0 && _tokens.IsWord(_pos - 1, "SELF") && IsWord("RESULT", 1))))
                {
                    _pos++;
                    return true;
                }

                if (IsWord("BEGIN") || IsWord("END")) return false;
                SkipBalancedQuietly();
            }

            return false;
        }

        /// <summary>A compound trigger's <c>BEFORE STATEMENT</c>, <c>AFTER EACH ROW</c>, <c>INSTEAD OF EACH ROW</c> ...</summary>
        private bool AtTimingPoint() =>
            (IsAnyWord("BEFORE", "AFTER") && (IsWord("STATEMENT", 1) || IsWord("EACH", 1))) || (IsWord("INSTEAD") && IsWord("OF", 1));

        /// <summary>
        /// <c>timing_point IS BEGIN ... END timing_point ;</c>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/lnpls/CREATE-TRIGGER-statement.html (compound_trigger_block)
        /// </summary>
        private void ParseTimingPoint(List<PlSqlBlock> subprograms)
        {
            int start = _pos;
            while (!AtEnd && !IsWord("IS") && _pos - start < 6) _pos++;
            if (!ExpectWord("IS") || AtEnd)
            {
                MarkPartial();
                SkipDeclaration();
                return;
            }

            if (!TryEnterNesting())
            {
                SkipToBlockEndApproximately();
                return;
            }

            subprograms.Add(ParsePlSqlBlock(_pos, null, null, true, BlockSyntax.PlSql));
            ExitNesting();
            TryEat(SyntaxKind.Semicolon);
        }

        /// <summary>Past the nesting limit: skips declarations and a body up to its END without reading them.</summary>
        private void SkipToBlockEndApproximately()
        {
            while (!AtEnd && !IsWord("BEGIN")) SkipBalancedQuietly();
            SkipCompoundApproximately(BlockSyntax.PlSql);
            MarkPartial();
        }
    }
}

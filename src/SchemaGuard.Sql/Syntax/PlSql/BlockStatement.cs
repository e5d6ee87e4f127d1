using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// An anonymous block: PL/SQL <c>[&lt;&lt;label&gt;&gt;] [DECLARE ...] BEGIN ... [EXCEPTION ...] END [label];</c>,
    /// a MySQL <c>BEGIN ... END</c> compound statement inside a stored program, or a T-SQL <c>BEGIN TRY ... END TRY</c>.
    /// </summary>
    public sealed class BlockStatement : Statement
    {
        internal BlockStatement(TextSpan span, PlSqlBlock block)
            : base(StatementKind.Block, span) => Block = block;

        /// <summary>The block's statements and exception handlers.</summary>
        public PlSqlBlock Block { get; }
    }

    /// <summary>
    /// The executable part of a block or of a subprogram body. Control flow is flattened: the statements inside
    /// IF/ELSIF/ELSE, LOOP, WHILE, FOR, FORALL and CASE statements are listed in text order as if they stood in the
    /// block itself, so a rule that looks for a call or a DELETE finds it wherever it sits. A nested
    /// <c>BEGIN ... END</c> stays a <see cref="BlockStatement"/> with its own handlers.
    /// </summary>
    public sealed class PlSqlBlock : SyntaxNode
    {
        internal PlSqlBlock(
            TextSpan span,
            Identifier? label,
            Identifier? subprogramName,
            TextSpan declareSpan,
            IReadOnlyList<PlSqlBlock> subprograms,
            IReadOnlyList<Statement> statements,
            IReadOnlyList<ExceptionHandler> exceptionHandlers)
            : base(span)
        {
            Label = label;
            SubprogramName = subprogramName;
            DeclareSpan = declareSpan;
            Subprograms = subprograms;
            Statements = statements;
            ExceptionHandlers = exceptionHandlers;
        }

        /// <summary>The <c>&lt;&lt;label&gt;&gt;</c> (or MySQL <c>label:</c>) written before the block, if any.</summary>
        public Identifier? Label { get; }

        /// <summary>
        /// The name of the subprogram this is the body of, when the subprogram is defined inside a package body, a type
        /// body or a declaration section; null for anonymous blocks, initialisation sections and a standalone unit's own
        /// body (whose name is <see cref="CreateProgramUnitStatement.Name"/>). When it is set, the block's span starts at
        /// the subprogram's <c>PROCEDURE</c> or <c>FUNCTION</c> keyword, so that the name lies inside it.
        /// </summary>
        public Identifier? SubprogramName { get; }

        /// <summary>
        /// Where the declarations are (after <c>DECLARE</c>, <c>IS</c> or <c>AS</c>, up to <c>BEGIN</c>). They are skipped,
        /// except for the subprograms they define (<see cref="Subprograms"/>). Empty, at the start of <c>BEGIN</c>, when there are none.
        /// </summary>
        public TextSpan DeclareSpan { get; }

        /// <summary>Bodies of the procedures and functions defined in the declarations, in text order.</summary>
        public IReadOnlyList<PlSqlBlock> Subprograms { get; }

        /// <summary>The executable statements in text order, flattened through IF, LOOP, WHILE, FOR, FORALL and CASE.</summary>
        public IReadOnlyList<Statement> Statements { get; }

        /// <summary>The handlers of the <c>EXCEPTION</c> section (or the T-SQL <c>CATCH</c> block), in text order.</summary>
        public IReadOnlyList<ExceptionHandler> ExceptionHandlers { get; }
    }

    /// <summary>One <c>WHEN a OR b THEN ...</c> handler of an exception section, or a T-SQL <c>BEGIN CATCH ... END CATCH</c> block.</summary>
    public sealed class ExceptionHandler : SyntaxNode
    {
        internal ExceptionHandler(TextSpan span, IReadOnlyList<Identifier> exceptions, IReadOnlyList<Statement> statements)
            : base(span)
        {
            Exceptions = exceptions;
            Statements = statements;
        }

        /// <summary>
        /// The exceptions handled, as written (<c>OTHERS</c> included); for a qualified name (<c>pkg.e_busy</c>) its
        /// last part. Empty for a T-SQL CATCH block, which catches everything.
        /// </summary>
        public IReadOnlyList<Identifier> Exceptions { get; }

        /// <summary>The handler's statements, flattened like <see cref="PlSqlBlock.Statements"/>.</summary>
        public IReadOnlyList<Statement> Statements { get; }

        /// <summary>Whether the handler catches every error: <c>WHEN OTHERS</c>, or a T-SQL CATCH block.</summary>
        public bool CatchesAll
        {
            get
            {
                if (Exceptions.Count == 0) return true;
                foreach (var e in Exceptions)
                {
                    if (!e.IsQuoted && string.Equals(e.Text, "OTHERS", System.StringComparison.OrdinalIgnoreCase)) return true;
                }

                return false;
            }
        }
    }
}

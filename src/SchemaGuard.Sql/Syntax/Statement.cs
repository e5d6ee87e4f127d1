using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>Base of every statement node.</summary>
    public abstract class Statement : SyntaxNode
    {
        private static readonly IReadOnlyList<TextSpan> NoHints = new TextSpan[0];

        /// <summary>Creates a statement.</summary>
        protected Statement(StatementKind kind, TextSpan span)
            : base(span) => Kind = kind;

        /// <summary>What the statement is.</summary>
        public StatementKind Kind { get; }

        /// <summary>Index of the statement's first token in the script's <see cref="Lexing.TokenList"/>.</summary>
        public int FirstTokenIndex { get; internal set; }

        /// <summary>Index just past the statement's last token (its terminator excluded).</summary>
        public int EndTokenIndex { get; internal set; }

        /// <summary>Index of the terminator token (<c>;</c>, <c>/</c>, a custom delimiter), or -1 when there is none.</summary>
        public int TerminatorTokenIndex { get; internal set; } = -1;

        /// <summary>
        /// Whether a part of the statement could not be read and was skipped by balanced tokens. What was read is
        /// kept; rules may still use it, but should not conclude from the absence of a clause.
        /// </summary>
        public bool IsPartial { get; internal set; }

        /// <summary>Optimizer hint comments (<c>/*+ APPEND */</c>) that directly follow the statement's leading keyword.</summary>
        public IReadOnlyList<TextSpan> Hints { get; internal set; } = NoHints;
    }
}

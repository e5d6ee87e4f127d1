using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// A statement kept with its tokens but not read in detail: either one the parser knows but no rule needs
    /// (<see cref="StatementKind.Other"/>), or one whose leading words it did not recognise (<see cref="StatementKind.Unknown"/>).
    /// </summary>
    public sealed class OtherStatement : Statement
    {
        internal OtherStatement(StatementKind kind, TextSpan span, string description)
            : base(kind, span) => Description = description;

        /// <summary>The leading keywords in upper case, such as <c>CREATE VIEW</c> or <c>GRANT</c>.</summary>
        public string Description { get; }
    }
}

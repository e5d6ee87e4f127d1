using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>A possibly qualified object name: <c>name</c>, <c>schema.name</c>, <c>db.schema.name</c>, with an Oracle <c>@dblink</c>.</summary>
    public sealed class ObjectName : SyntaxNode
    {
        internal ObjectName(TextSpan span, IReadOnlyList<Identifier> parts, Identifier? databaseLink)
            : base(span)
        {
            Parts = parts;
            DatabaseLink = databaseLink;
        }

        /// <summary>The dotted parts, outermost first.</summary>
        public IReadOnlyList<Identifier> Parts { get; }

        /// <summary>The Oracle database link after <c>@</c>, if any.</summary>
        public Identifier? DatabaseLink { get; }

        /// <summary>The object's own name (the last part).</summary>
        [DerivedView]
        public Identifier Name => Parts[Parts.Count - 1];

        /// <summary>The schema (owner) part, if written.</summary>
        [DerivedView]
        public Identifier? Schema => Parts.Count >= 2 ? Parts[Parts.Count - 2] : null;

        /// <summary>The normalized parts joined by dots: the key the schema model uses when the schema is written.</summary>
        public string Normalized => string.Join(".", Parts.Select(p => p.Normalized));

        /// <inheritdoc />
        public override string ToString() => string.Join(".", Parts.Select(p => p.IsQuoted ? "\"" + p.Text + "\"" : p.Text));
    }
}

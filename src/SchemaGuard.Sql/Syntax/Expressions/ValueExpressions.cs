using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>What a <see cref="LiteralExpression"/> is.</summary>
    public enum LiteralKind
    {
        /// <summary>A number: <c>1</c>, <c>1.5</c>, <c>1e3</c>.</summary>
        Number,

        /// <summary>A character string, in any of its quoting forms (<c>'x'</c>, <c>N'x'</c>, <c>q'[x]'</c>, <c>E'x'</c>, <c>$$x$$</c>).</summary>
        String,

        /// <summary><c>NULL</c>.</summary>
        Null,

        /// <summary><c>TRUE</c> or <c>FALSE</c>.</summary>
        Boolean,

        /// <summary>
        /// Anything else: typed literals (<c>DATE '2020-01-01'</c>, <c>TIMESTAMP '...'</c>, <c>INTERVAL '1' DAY</c>; see
        /// <see cref="LiteralExpression.TypeName"/>) and hex or bit strings (<c>X'0F'</c>, <c>0x0F</c>, <c>B'101'</c>).
        /// </summary>
        Other,
    }

    /// <summary>A literal value.</summary>
    public sealed class LiteralExpression : Expression
    {
        internal LiteralExpression(TextSpan span, LiteralKind kind, string value, string? typeName)
            : base(span)
        {
            Kind = kind;
            Value = value;
            TypeName = typeName;
        }

        /// <summary>What it is.</summary>
        public LiteralKind Kind { get; }

        /// <summary>
        /// The value: a number as written; a string without its quotes, prefix and doubled quotes; <c>NULL</c>,
        /// <c>TRUE</c> or <c>FALSE</c> in upper case; for a typed literal, the quoted part unquoted.
        /// </summary>
        public string Value { get; }

        /// <summary>
        /// The type word of a typed literal in upper case (<c>DATE</c>, <c>TIMESTAMP</c>, <c>INTERVAL</c>) or a MySQL
        /// character-set introducer (<c>_UTF8MB4</c>); null otherwise.
        /// </summary>
        public string? TypeName { get; }
    }

    /// <summary>A column or other named value: <c>col</c>, <c>t.col</c>, <c>s.t.col</c>, <c>seq.NEXTVAL</c>, <c>SYSDATE</c>, <c>CURRENT_TIMESTAMP</c>.</summary>
    public sealed class NameExpression : Expression
    {
        internal NameExpression(ObjectName name)
            : base(name.Span) => Name = name;

        /// <summary>The name.</summary>
        public ObjectName Name { get; }
    }

    /// <summary>
    /// A bind parameter, variable or substitution variable: <c>:x</c>, <c>:new.col</c>, <c>$1</c>, <c>?</c>,
    /// <c>@v</c>, <c>@@ROWCOUNT</c>, <c>&amp;sub</c>.
    /// </summary>
    public sealed class ParameterExpression : Expression
    {
        internal ParameterExpression(TextSpan span, string text)
            : base(span) => Text = text;

        /// <summary>The parameter as written, with its sigil and any <c>.field</c> parts.</summary>
        public string Text { get; }
    }

    /// <summary><c>*</c> or <c>t.*</c>, as in <c>COUNT(*)</c>.</summary>
    public sealed class WildcardExpression : Expression
    {
        internal WildcardExpression(TextSpan span, ObjectName? qualifier)
            : base(span) => Qualifier = qualifier;

        /// <summary>The qualifier before <c>.*</c>, or null for a bare <c>*</c>.</summary>
        public ObjectName? Qualifier { get; }
    }
}

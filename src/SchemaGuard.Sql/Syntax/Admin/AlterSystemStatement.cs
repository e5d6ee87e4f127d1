using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// Oracle/PostgreSQL <c>ALTER SYSTEM</c>: <c>SET param = value [SCOPE = ...] [SID = ...] ...</c>, <c>RESET param</c>,
    /// or another action such as <c>KILL SESSION</c>, <c>SWITCH LOGFILE</c> or <c>FLUSH SHARED_POOL</c>.
    /// </summary>
    public sealed class AlterSystemStatement : Statement
    {
        internal AlterSystemStatement(TextSpan span, string action, TextSpan actionSpan, IReadOnlyList<ParameterSetting> settings)
            : base(StatementKind.AlterSystem, span)
        {
            Action = action;
            ActionSpan = actionSpan;
            Settings = settings;
        }

        /// <summary>The action's leading keywords in upper case: <c>SET</c>, <c>RESET</c>, <c>KILL SESSION</c>, <c>SWITCH LOGFILE</c>, <c>FLUSH SHARED_POOL</c>.</summary>
        public string Action { get; }

        /// <summary>Where those keywords are.</summary>
        public TextSpan ActionSpan { get; }

        /// <summary>The parameters set or reset, in order (several may appear in one statement).</summary>
        public IReadOnlyList<ParameterSetting> Settings { get; }
    }

    /// <summary>
    /// Oracle <c>ALTER SESSION</c>: <c>SET param = value ...</c> (<c>current_schema</c>, hidden <c>"_x"</c> parameters,
    /// <c>EVENTS '...'</c>) or an action such as <c>ENABLE PARALLEL DML</c>.
    /// </summary>
    public sealed class AlterSessionStatement : Statement
    {
        internal AlterSessionStatement(TextSpan span, string action, TextSpan actionSpan, IReadOnlyList<ParameterSetting> settings)
            : base(StatementKind.AlterSession, span)
        {
            Action = action;
            ActionSpan = actionSpan;
            Settings = settings;
        }

        /// <summary>The action's leading keywords in upper case: <c>SET</c>, <c>ENABLE PARALLEL DML</c>, <c>CLOSE DATABASE LINK</c>.</summary>
        public string Action { get; }

        /// <summary>Where those keywords are.</summary>
        public TextSpan ActionSpan { get; }

        /// <summary>The parameters set, in order.</summary>
        public IReadOnlyList<ParameterSetting> Settings { get; }
    }

    /// <summary>
    /// One <c>name = value</c> of a SET: an initialisation parameter of ALTER SYSTEM/SESSION, or a variable or option of a
    /// SET statement, with the per-parameter <c>SCOPE</c> and <c>SID</c> of ALTER SYSTEM.
    /// </summary>
    public sealed class ParameterSetting : SyntaxNode
    {
        internal ParameterSetting(TextSpan span, Identifier name, Expression? value, TextSpan valueSpan, string? valueText, string? scope, string? sid)
            : base(span)
        {
            Name = name;
            Value = value;
            ValueSpan = valueSpan;
            ValueText = valueText;
            Scope = scope;
            Sid = sid;
        }

        /// <summary>The parameter; a quoted hidden parameter (<c>"_use_nosegment_indexes"</c>) keeps <see cref="Identifier.IsQuoted"/>.</summary>
        public Identifier Name { get; }

        /// <summary>The value; for a list (<c>'a', 'b'</c>) the whole list. Null for RESET and for a name given without value.</summary>
        public Expression? Value { get; }

        /// <summary>Where the value is, a whole list included (empty when there is none).</summary>
        public TextSpan ValueSpan { get; }

        /// <summary>The value as written, or its content when it is a single string literal; null when there is none.</summary>
        public string? ValueText { get; }

        /// <summary><c>MEMORY</c>, <c>SPFILE</c> or <c>BOTH</c> (ALTER SYSTEM); for SET, <c>SESSION</c>, <c>LOCAL</c>, <c>GLOBAL</c>, <c>PERSIST</c>; null when not given.</summary>
        public string? Scope { get; }

        /// <summary>The <c>SID = '...'</c> of ALTER SYSTEM (<c>*</c> for all instances), quotes removed; null when not given.</summary>
        public string? Sid { get; }

        /// <summary>Whether this is an undocumented Oracle parameter: its name begins with an underscore.</summary>
        public bool IsHidden => Name.Text.StartsWith("_", System.StringComparison.Ordinal);

        /// <summary>Whether the value equals <paramref name="value"/> ignoring case.</summary>
        public bool ValueIs(string value) => string.Equals(ValueText, value, System.StringComparison.OrdinalIgnoreCase);
    }
}

using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// A <c>name = value</c> option: SQL Server <c>WITH (ONLINE = ON)</c>, MySQL <c>ALGORITHM=INPLACE</c> and
    /// <c>LOCK=NONE</c>, PostgreSQL storage parameters, MySQL table options such as <c>ENGINE=InnoDB</c>.
    /// </summary>
    public sealed class OptionSetting : SyntaxNode
    {
        internal OptionSetting(TextSpan span, string name, string? value, TextSpan valueSpan)
            : base(span)
        {
            Name = name;
            Value = value;
            ValueSpan = valueSpan;
        }

        /// <summary>The option name in upper case, multi-word names single-spaced (<c>DEFAULT CHARSET</c>).</summary>
        public string Name { get; }

        /// <summary>The value as written (quotes removed), or null when the option has none.</summary>
        public string? Value { get; }

        /// <summary>Where the value is (empty when there is none).</summary>
        public TextSpan ValueSpan { get; }

        /// <summary>Whether the value equals <paramref name="value"/> ignoring case.</summary>
        public bool ValueIs(string value) => string.Equals(Value, value, System.StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc />
        public override string ToString() => Value == null ? Name : Name + "=" + Value;
    }
}

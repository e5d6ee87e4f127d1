using System.Globalization;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>What values an option takes, inferred from the default written on the page.</summary>
    public enum RuleOptionKind
    {
        /// <summary>A whole number (the default is digits, optionally negative).</summary>
        Integer,

        /// <summary><c>true</c> or <c>false</c>.</summary>
        Boolean,

        /// <summary>Anything else.</summary>
        Text,
    }

    /// <summary>An option a rule page declares: <c>- min_seconds: 10800  # description</c>.</summary>
    public sealed class RuleOptionDefinition
    {
        internal RuleOptionDefinition(string name, string defaultValue, string description, int line)
        {
            Name = name;
            DefaultValue = defaultValue;
            Description = description;
            Line = line;
            Kind = IsInteger(defaultValue) ? RuleOptionKind.Integer
                : defaultValue == "true" || defaultValue == "false" ? RuleOptionKind.Boolean
                : RuleOptionKind.Text;
        }

        /// <summary>The option name (snake_case), as written after the rule name in <c>schemaguard.&lt;rule&gt;.&lt;option&gt;</c>.</summary>
        public string Name { get; }

        /// <summary>The default value as written on the page.</summary>
        public string DefaultValue { get; }

        /// <summary>What the option does.</summary>
        public string Description { get; }

        /// <summary>The kind of value, from the default.</summary>
        public RuleOptionKind Kind { get; }

        /// <summary>The page line that declares it.</summary>
        public int Line { get; }

        /// <summary>Whether <paramref name="value"/> suits this option; otherwise says why.</summary>
        public bool TryValidate(string? value, out string? error)
        {
            error = null;
            string v = (value ?? string.Empty).Trim();
            switch (Kind)
            {
                case RuleOptionKind.Integer:
                    if (IsInteger(v)) return true;
                    error = "'" + value + "' is not a whole number; option '" + Name + "' takes one (default " + DefaultValue + ").";
                    return false;
                case RuleOptionKind.Boolean:
                    if (string.Equals(v, "true", System.StringComparison.OrdinalIgnoreCase) || string.Equals(v, "false", System.StringComparison.OrdinalIgnoreCase)) return true;
                    error = "'" + value + "' is not true or false; option '" + Name + "' takes one (default " + DefaultValue + ").";
                    return false;
                default:
                    if (v.Length > 0) return true;
                    error = "Option '" + Name + "' needs a value.";
                    return false;
            }
        }

        internal static bool IsInteger(string s) =>
            long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

        /// <inheritdoc />
        public override string ToString() => Name + ": " + DefaultValue;
    }
}

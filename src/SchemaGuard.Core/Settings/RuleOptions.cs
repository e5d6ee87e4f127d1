using System;
using System.Globalization;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Rules;

namespace SchemaGuard.Core.Settings
{
    /// <summary>
    /// A rule's options for one file: the value from settings when one is configured and valid, otherwise the default
    /// from the rule's page. Asking for an option the page does not declare is a bug in the rule and throws.
    /// </summary>
    public sealed class RuleOptions
    {
        private readonly RuleDescriptor _rule;
        private readonly LintSettings _settings;

        private RuleOptions(RuleDescriptor rule, LintSettings settings)
        {
            _rule = rule;
            _settings = settings;
        }

        /// <summary>The options of <paramref name="rule"/> under <paramref name="settings"/>.</summary>
        public static RuleOptions For(RuleDescriptor rule, LintSettings settings) =>
            new RuleOptions(rule ?? throw new ArgumentNullException(nameof(rule)), settings ?? throw new ArgumentNullException(nameof(settings)));

        /// <summary>Whether settings give a valid value for the option (rather than the page default applying).</summary>
        public bool IsConfigured(string name) => Configured(Definition(name)) != null;

        /// <summary>The option's value as text.</summary>
        public string GetString(string name)
        {
            var definition = Definition(name);
            return (Configured(definition) ?? definition.DefaultValue).Trim();
        }

        /// <summary>An integer option's value.</summary>
        public long GetInt64(string name)
        {
            var definition = Definition(name);
            if (definition.Kind != RuleOptionKind.Integer) throw WrongKind(definition, "a whole number");
            return long.Parse((Configured(definition) ?? definition.DefaultValue).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        /// <summary>An integer option's value that fits in an <see cref="int"/> (larger values are clamped).</summary>
        public int GetInt32(string name)
        {
            long value = GetInt64(name);
            return value > int.MaxValue ? int.MaxValue : value < int.MinValue ? int.MinValue : (int)value;
        }

        /// <summary>A true/false option's value.</summary>
        public bool GetBoolean(string name)
        {
            var definition = Definition(name);
            if (definition.Kind != RuleOptionKind.Boolean) throw WrongKind(definition, "true or false");
            return string.Equals((Configured(definition) ?? definition.DefaultValue).Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        private RuleOptionDefinition Definition(string name) =>
            _rule.Page.FindOption(name) ?? throw new InvalidOperationException(
                _rule.Id + " asks for option '" + name + "', which its page rules/" + _rule.Page.FileName + " does not declare.");

        private string? Configured(RuleOptionDefinition definition)
        {
            string? value = _settings.GetOptionValue(_rule.Id, _rule.Name, definition.Name);
            return value != null && definition.TryValidate(value, out _) ? value : null;
        }

        private InvalidOperationException WrongKind(RuleOptionDefinition definition, string what) =>
            new InvalidOperationException(_rule.Id + " reads option '" + definition.Name + "' as " + what + ", but its default '" + definition.DefaultValue + "' is " + definition.Kind + ".");
    }
}

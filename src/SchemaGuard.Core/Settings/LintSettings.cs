using System;
using System.Collections.Generic;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.Settings
{
    /// <summary>
    /// What the engine needs to know about the target of a file's migrations: dialect, engine version and edition,
    /// plus per-rule severities and options. Immutable; the <c>With...</c> methods return changed copies. Built from
    /// <c>.editorconfig</c> by <see cref="SettingsResolver"/> (CLI) or from Roslyn's options (analyzer) through
    /// <see cref="SettingsReader"/>.
    /// </summary>
    public sealed class LintSettings
    {
        private static readonly Dictionary<string, Severity> NoSeverities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        private static readonly Dictionary<string, string> NoOptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        private readonly Dictionary<string, Severity> _severities;
        private readonly Dictionary<string, string> _options;

        /// <summary>Creates settings with no severity overrides and no options.</summary>
        public LintSettings(SqlDialect dialect, EngineVersion? targetVersion = null, Edition edition = Edition.Unspecified)
            : this(dialect ?? throw new ArgumentNullException(nameof(dialect)), targetVersion, edition, NoSeverities, NoOptions)
        {
        }

        private LintSettings(SqlDialect dialect, EngineVersion? targetVersion, Edition edition, Dictionary<string, Severity> severities, Dictionary<string, string> options)
        {
            Dialect = dialect;
            TargetVersion = targetVersion;
            Edition = edition;
            _severities = severities;
            _options = options;
        }

        /// <summary>Oracle, no version, no edition, nothing overridden.</summary>
        public static LintSettings Default { get; } = new LintSettings(SqlDialect.Oracle);

        /// <summary>The dialect files are read as.</summary>
        public SqlDialect Dialect { get; }

        /// <summary>The engine version migrations will run on, or null when not configured (rules then assume a current version and say what older ones lack).</summary>
        public EngineVersion? TargetVersion { get; }

        /// <summary>The product edition.</summary>
        public Edition Edition { get; }

        /// <summary>Severity overrides by rule id or name (case-insensitive).</summary>
        public IReadOnlyDictionary<string, Severity> SeverityOverrides => _severities;

        /// <summary>Rule option values by <c>&lt;rule id or name&gt;.&lt;option&gt;</c> (case-insensitive), as written.</summary>
        public IReadOnlyDictionary<string, string> OptionValues => _options;

        /// <summary>A copy with another dialect.</summary>
        public LintSettings WithDialect(SqlDialect dialect) =>
            new LintSettings(dialect ?? throw new ArgumentNullException(nameof(dialect)), TargetVersion, Edition, _severities, _options);

        /// <summary>A copy with another target version (null: not configured).</summary>
        public LintSettings WithTargetVersion(EngineVersion? version) => new LintSettings(Dialect, version, Edition, _severities, _options);

        /// <summary>A copy with another edition.</summary>
        public LintSettings WithEdition(Edition edition) => new LintSettings(Dialect, TargetVersion, edition, _severities, _options);

        /// <summary>
        /// A copy where the rule (by id or name) has <paramref name="severity"/>; <see cref="Severity.None"/> turns it
        /// off, null removes the override.
        /// </summary>
        public LintSettings WithSeverity(string ruleIdOrName, Severity? severity)
        {
            if (string.IsNullOrEmpty(ruleIdOrName)) throw new ArgumentException("A rule id or name is required.", nameof(ruleIdOrName));
            var copy = new Dictionary<string, Severity>(_severities, StringComparer.OrdinalIgnoreCase);
            if (severity.HasValue) copy[ruleIdOrName] = severity.Value;
            else copy.Remove(ruleIdOrName);
            return new LintSettings(Dialect, TargetVersion, Edition, copy, _options);
        }

        /// <summary>A copy where the rule's (by id or name) option has <paramref name="value"/>; null removes it.</summary>
        public LintSettings WithOption(string ruleIdOrName, string option, string? value)
        {
            if (string.IsNullOrEmpty(ruleIdOrName)) throw new ArgumentException("A rule id or name is required.", nameof(ruleIdOrName));
            if (string.IsNullOrEmpty(option)) throw new ArgumentException("An option name is required.", nameof(option));
            var copy = new Dictionary<string, string>(_options, StringComparer.OrdinalIgnoreCase);
            string key = ruleIdOrName + "." + option;
            if (value != null) copy[key] = value;
            else copy.Remove(key);
            return new LintSettings(Dialect, TargetVersion, Edition, _severities, copy);
        }

        /// <summary>The severity override for a rule, looked up by id first, then by name; null when none.</summary>
        public Severity? GetSeverityOverride(string ruleId, string ruleName)
        {
            if (_severities.TryGetValue(ruleId, out var byId)) return byId;
            if (_severities.TryGetValue(ruleName, out var byName)) return byName;
            return null;
        }

        /// <summary>The severity a rule has under these settings: the override if any, else the page's default.</summary>
        public Severity GetSeverity(Rules.RuleDescriptor rule) => GetSeverityOverride(rule.Id, rule.Name) ?? rule.DefaultSeverity;

        /// <summary>The value configured for a rule's option, looked up by id first, then by name; null when none.</summary>
        public string? GetOptionValue(string ruleId, string ruleName, string option)
        {
            if (_options.TryGetValue(ruleId + "." + option, out var byId)) return byId;
            if (_options.TryGetValue(ruleName + "." + option, out var byName)) return byName;
            return null;
        }
    }
}

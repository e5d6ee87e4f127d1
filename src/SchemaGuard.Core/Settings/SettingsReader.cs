using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.Settings
{
    /// <summary>
    /// One configuration key SchemaGuard understood, in canonical form: names resolved to ids, so that
    /// <c>dotnet_diagnostic.drop-table-purge.severity</c> and <c>dotnet_diagnostic.SG1005.severity</c> are the same key
    /// and the nearer one wins.
    /// </summary>
    public sealed class SettingEntry
    {
        private readonly Func<LintSettings, LintSettings> _apply;

        internal SettingEntry(string key, string value, bool isUnset, Func<LintSettings, LintSettings> apply)
        {
            Key = key;
            Value = value;
            IsUnset = isUnset;
            _apply = apply;
        }

        /// <summary>The canonical key (<c>schemaguard.dialect</c>, <c>schemaguard.SG3005.min_seconds</c>, <c>dotnet_diagnostic.SG1005.severity</c>).</summary>
        public string Key { get; }

        /// <summary>The value.</summary>
        public string Value { get; }

        /// <summary>Whether the value is <c>unset</c>, which removes the key set by an outer file.</summary>
        public bool IsUnset { get; }

        /// <summary>Applies the setting.</summary>
        public LintSettings ApplyTo(LintSettings settings) => IsUnset ? settings : _apply(settings);
    }

    /// <summary>
    /// Reads SchemaGuard's configuration keys, wherever they come from (<c>.editorconfig</c> through
    /// <see cref="SettingsResolver"/>, or Roslyn's analyzer options):
    /// <list type="bullet">
    /// <item><c>schemaguard.dialect</c> = oracle | postgresql | mysql | mariadb | sqlserver</item>
    /// <item><c>schemaguard.target_version</c> = 19c, 12.2, 8.0.29, 14, ...</item>
    /// <item><c>schemaguard.edition</c> = standard | enterprise</item>
    /// <item><c>schemaguard.&lt;rule-name or id&gt;.&lt;option&gt;</c> = value</item>
    /// <item><c>dotnet_diagnostic.&lt;id or name&gt;.severity</c> = error | warning | suggestion | silent | none | default</item>
    /// </list>
    /// Other keys (editor settings, other analyzers' ids) are not SchemaGuard's and are ignored without complaint.
    /// </summary>
    public static class SettingsReader
    {
        /// <summary>The prefix of SchemaGuard's own keys.</summary>
        public const string Prefix = "schemaguard.";

        private const string DiagnosticPrefix = "dotnet_diagnostic.";
        private const string SeveritySuffix = ".severity";

        /// <summary>
        /// Interprets one key. Returns the entry when the key is SchemaGuard's and valid; null with an error when it is
        /// SchemaGuard's but wrong (reported as SG9003); null without an error when it is not SchemaGuard's.
        /// </summary>
        public static SettingEntry? Read(string key, string value, RuleCatalog catalog, out string? error)
        {
            error = null;
            if (key == null) throw new ArgumentNullException(nameof(key));
            if (catalog == null) throw new ArgumentNullException(nameof(catalog));
            value = (value ?? string.Empty).Trim();
            bool unset = string.Equals(value, "unset", StringComparison.OrdinalIgnoreCase);

            if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return ReadSchemaGuardKey(key, key.Substring(Prefix.Length), value, unset, catalog, out error);
            if (key.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase))
            {
                string rule = key.Substring(DiagnosticPrefix.Length, key.Length - DiagnosticPrefix.Length - SeveritySuffix.Length);
                return ReadSeverity(key, rule, value, unset, catalog, out error);
            }

            return null;
        }

        /// <summary>
        /// Applies already merged key/value pairs (as Roslyn gives them to an analyzer) to <paramref name="settings"/>;
        /// problems are added to <paramref name="errors"/> as "key: message".
        /// </summary>
        public static LintSettings Apply(LintSettings settings, IEnumerable<KeyValuePair<string, string>> properties, RuleCatalog catalog, ICollection<string>? errors = null)
        {
            foreach (var pair in properties)
            {
                var entry = Read(pair.Key, pair.Value, catalog, out var error);
                if (error != null) errors?.Add(pair.Key + ": " + error);
                if (entry != null) settings = entry.ApplyTo(settings);
            }

            return settings;
        }

        private static SettingEntry? ReadSchemaGuardKey(string key, string rest, string value, bool unset, RuleCatalog catalog, out string? error)
        {
            error = null;
            switch (rest.ToLowerInvariant())
            {
                case "dialect":
                    if (unset) return Unset("schemaguard.dialect");
                    if (SqlDialect.TryFromName(value, out var dialect)) return new SettingEntry("schemaguard.dialect", value, false, s => s.WithDialect(dialect));
                    error = "Unknown dialect '" + value + "' in " + key + "; use " + string.Join(", ", SqlDialect.All.Select(d => d.Name)) + ".";
                    return null;
                case "target_version":
                    if (unset) return Unset("schemaguard.target_version");
                    if (EngineVersion.TryParse(value, out var version)) return new SettingEntry("schemaguard.target_version", value, false, s => s.WithTargetVersion(version));
                    error = "'" + value + "' in " + key + " is not a version; write the engine version such as 19c, 12.2, 8.0.29 or 14.";
                    return null;
                case "edition":
                    if (unset) return Unset("schemaguard.edition");
                    if (EditionNames.TryParse(value, out var edition)) return new SettingEntry("schemaguard.edition", value, false, s => s.WithEdition(edition));
                    error = "Unknown edition '" + value + "' in " + key + "; use standard or enterprise.";
                    return null;
            }

            int dot = rest.IndexOf('.');
            if (dot <= 0 || dot == rest.Length - 1)
            {
                error = "Unknown setting '" + key + "'; SchemaGuard reads schemaguard.dialect, schemaguard.target_version, schemaguard.edition and schemaguard.<rule>.<option>.";
                return null;
            }

            string ruleKey = rest.Substring(0, dot);
            string optionName = rest.Substring(dot + 1);
            var page = catalog.Find(ruleKey);
            if (page == null)
            {
                error = "No rule has the id or name '" + ruleKey + "' (in " + key + ").";
                return null;
            }

            var option = page.FindOption(optionName);
            if (option == null)
            {
                error = "Rule " + page.Name + " has no option '" + optionName + "'" +
                    (page.Options.Count == 0 ? "; it takes none." : "; its options: " + string.Join(", ", page.Options.Select(o => o.Name)) + ".");
                return null;
            }

            string canonical = Prefix + page.Id + "." + option.Name;
            if (unset) return Unset(canonical);
            if (!option.TryValidate(value, out var invalid))
            {
                error = invalid + " (in " + key + ")";
                return null;
            }

            return new SettingEntry(canonical, value, false, s => s.WithOption(page.Id, option.Name, value));
        }

        private static SettingEntry? ReadSeverity(string key, string rule, string value, bool unset, RuleCatalog catalog, out string? error)
        {
            error = null;
            var page = catalog.Find(rule);
            if (page == null)
            {
                // Other analyzers' ids are none of our business; an SG id that does not exist is a typo worth reporting.
                if (LooksLikeSchemaGuardId(rule)) error = "No SchemaGuard rule has the id " + rule.ToUpperInvariant() + " (in " + key + ").";
                return null;
            }

            string canonical = DiagnosticPrefix + page.Id + SeveritySuffix;
            if (unset) return Unset(canonical);
            if (!SeverityNames.TryParseEditorConfigSeverity(value, out var severity))
            {
                error = "Unknown severity '" + value + "' in " + key + "; use error, warning, suggestion, silent, none or default.";
                return null;
            }

            return new SettingEntry(canonical, value, false, s => s.WithSeverity(page.Id, severity));
        }

        private static SettingEntry Unset(string key) => new SettingEntry(key, "unset", true, s => s);

        private static bool LooksLikeSchemaGuardId(string s) =>
            s.Length == 6 && (s[0] == 'S' || s[0] == 's') && (s[1] == 'G' || s[1] == 'g') && s.Skip(2).All(c => c >= '0' && c <= '9');
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Analyzers
{
    /// <summary>
    /// Turns Roslyn's options into the engine's <see cref="LintSettings"/> for one file or syntax tree. The dialect comes
    /// from, in order: <c>schemaguard.dialect</c> in <c>.editorconfig</c>, the <c>SchemaGuardDialect</c> MSBuild property
    /// (<c>build_property.SchemaGuardDialect</c>), the EF Core provider the compilation references. With none of them the
    /// SQL is read as Oracle (the engine's default) and only the rules written for every dialect run.
    /// </summary>
    internal sealed class ProjectSettings
    {
        internal const string DialectProperty = "build_property.SchemaGuardDialect";

        private static readonly KeyValuePair<string, SqlDialect>[] Providers =
        {
            new KeyValuePair<string, SqlDialect>("Npgsql.EntityFrameworkCore.PostgreSQL", SqlDialect.PostgreSql),
            new KeyValuePair<string, SqlDialect>("Microsoft.EntityFrameworkCore.SqlServer", SqlDialect.SqlServer),
            new KeyValuePair<string, SqlDialect>("Oracle.EntityFrameworkCore", SqlDialect.Oracle),
            new KeyValuePair<string, SqlDialect>("Pomelo.EntityFrameworkCore.MySql", SqlDialect.MySql),
            new KeyValuePair<string, SqlDialect>("MySql.EntityFrameworkCore", SqlDialect.MySql),
        };

        private readonly SqlDialect? _projectDialect;
        private readonly ConcurrentDictionary<AnalyzerConfigOptions, Resolved> _cache = new ConcurrentDictionary<AnalyzerConfigOptions, Resolved>();
        private readonly ConcurrentDictionary<string, byte> _errors = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        private readonly LintSettings _neutralBase;

        internal ProjectSettings(Compilation compilation, AnalyzerConfigOptionsProvider options, RuleCatalog catalog)
        {
            Catalog = catalog;
            Options = options;
            if (options.GlobalOptions.TryGetValue(DialectProperty, out var property) && !string.IsNullOrWhiteSpace(property))
            {
                if (SqlDialect.TryFromName(property.Trim(), out var fromProperty)) _projectDialect = fromProperty;
                else _errors.TryAdd("SchemaGuardDialect: Unknown dialect '" + property.Trim() + "'; use " + string.Join(", ", SqlDialect.All.Select(d => d.Name)) + ".", 0);
            }

            _projectDialect ??= Infer(compilation);

            // No dialect anywhere: rules written for one engine would guess, so they are switched off.
            var neutral = new LintSettings(LintSettings.Default.Dialect);
            foreach (var page in catalog.Pages)
            {
                if (!page.AppliesToAllDialects) neutral = neutral.WithSeverity(page.Id, Severity.None);
            }

            _neutralBase = neutral;
        }

        internal RuleCatalog Catalog { get; }

        internal AnalyzerConfigOptionsProvider Options { get; }

        /// <summary>Settings problems seen so far (reported once, at the end of the compilation).</summary>
        internal IEnumerable<string> Errors => _errors.Keys;

        /// <summary>Whether some SQL was linted without any dialect known.</summary>
        internal bool UsedNeutralDialect { get; private set; }

        internal static SqlDialect? Infer(Compilation compilation)
        {
            foreach (var reference in compilation.ReferencedAssemblyNames)
            {
                foreach (var provider in Providers)
                {
                    if (string.Equals(reference.Name, provider.Key, StringComparison.OrdinalIgnoreCase)) return provider.Value;
                }
            }

            return null;
        }

        /// <summary>The settings for the file or tree whose options these are, and a key that is equal for equal settings.</summary>
        internal Resolved For(AnalyzerConfigOptions options)
        {
            var resolved = _cache.GetOrAdd(options, Resolve);
            if (!resolved.DialectKnown) UsedNeutralDialect = true;
            return resolved;
        }

        private Resolved Resolve(AnalyzerConfigOptions options)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var key in options.Keys)
            {
                if (!key.StartsWith(SettingsReader.Prefix, StringComparison.OrdinalIgnoreCase)) continue;
                if (options.TryGetValue(key, out var value)) pairs.Add(new KeyValuePair<string, string>(key, value));
            }

            pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            bool dialectInFile = pairs.Any(p => string.Equals(p.Key, SettingsReader.Prefix + "dialect", StringComparison.OrdinalIgnoreCase)
                && SqlDialect.TryFromName(p.Value.Trim(), out _));
            bool known = dialectInFile || _projectDialect != null;
            var start = known ? new LintSettings(_projectDialect ?? LintSettings.Default.Dialect) : _neutralBase;
            var errors = new List<string>();
            var settings = SettingsReader.Apply(start, pairs, Catalog, errors);
            foreach (var error in errors) _errors.TryAdd(error, 0);
            string key2 = settings.Dialect.Name + "|" + known + "|" + string.Join("|", pairs.Select(p => p.Key.ToLowerInvariant() + "=" + p.Value));
            return new Resolved(settings, known, key2);
        }

        internal sealed class Resolved
        {
            internal Resolved(LintSettings settings, bool dialectKnown, string key)
            {
                Settings = settings;
                DialectKnown = dialectKnown;
                Key = key;
            }

            internal LintSettings Settings { get; }

            internal bool DialectKnown { get; }

            /// <summary>Equal for equal settings: part of the cache key of parsed SQL strings.</summary>
            internal string Key { get; }
        }
    }
}

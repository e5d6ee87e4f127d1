using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;
using CoreSeverity = SchemaGuard.Core.Findings.Severity;

namespace SchemaGuard.Analyzers
{
    /// <summary>
    /// One <see cref="DiagnosticDescriptor"/> per rule page (rules and SG9xxx alike), so ids, titles, categories,
    /// default severities and help links are the CLI's. The message format is "{0}": the engine writes each message.
    /// </summary>
    internal static class SchemaGuardDescriptors
    {
        internal const string HelpBase = "https://github.com/schemaguard/schemaguard/blob/main/";

        private static readonly Lazy<Dictionary<string, DiagnosticDescriptor>> ById = new Lazy<Dictionary<string, DiagnosticDescriptor>>(Build);

        /// <summary>Every descriptor, ordered by id.</summary>
        internal static ImmutableArray<DiagnosticDescriptor> All { get; } = BuildAll();

        /// <summary>The descriptor of an id; SG9009's when the id is unknown (it should not happen, but must not throw).</summary>
        internal static DiagnosticDescriptor Get(string id) =>
            ById.Value.TryGetValue(id, out var d) ? d : ById.Value[EngineDiagnostics.RuleFailed];

        internal static DiagnosticDescriptor RuleFailed => Get(EngineDiagnostics.RuleFailed);

        internal static DiagnosticDescriptor DialectNotConfigured => Get(EngineDiagnostics.DialectNotConfigured);

        internal static DiagnosticDescriptor InvalidSetting => Get(EngineDiagnostics.InvalidSetting);

        internal static DiagnosticSeverity ToRoslyn(CoreSeverity severity)
        {
            switch (severity)
            {
                case CoreSeverity.Error: return DiagnosticSeverity.Error;
                case CoreSeverity.Warning: return DiagnosticSeverity.Warning;
                case CoreSeverity.Info: return DiagnosticSeverity.Info;
                default: return DiagnosticSeverity.Hidden;
            }
        }

        private static ImmutableArray<DiagnosticDescriptor> BuildAll()
        {
            var list = new List<DiagnosticDescriptor>(ById.Value.Values);
            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return list.ToImmutableArray();
        }

        private static Dictionary<string, DiagnosticDescriptor> Build()
        {
            var result = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            try
            {
                foreach (var page in RuleCatalog.Default.Pages)
                {
                    result[page.Id] = FromPage(page);
                }
            }
            catch (Exception)
            {
                // SupportedDiagnostics must never throw (the compiler would report AD0001 and drop the analyzer); with the
                // embedded pages unreadable only SchemaGuard's own failure diagnostics remain, added below.
                result.Clear();
            }

            // The catalog is embedded and tested; this only keeps the analyzer alive if a page ever failed to load.
            if (!result.ContainsKey(EngineDiagnostics.RuleFailed))
            {
                result[EngineDiagnostics.RuleFailed] = new DiagnosticDescriptor(
                    EngineDiagnostics.RuleFailed, "A rule failed while checking a statement", "{0}", "schemaguard", DiagnosticSeverity.Error, true);
            }

            if (!result.ContainsKey(EngineDiagnostics.DialectNotConfigured))
            {
                result[EngineDiagnostics.DialectNotConfigured] = new DiagnosticDescriptor(
                    EngineDiagnostics.DialectNotConfigured, "No SQL dialect is configured for the project", "{0}", "schemaguard", DiagnosticSeverity.Info, true,
                    customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });
            }

            return result;
        }

        private static DiagnosticDescriptor FromPage(RulePage page)
        {
            var tags = new List<string> { page.Name, page.Category.Name };
            foreach (var tag in page.Tags) tags.Add(tag);

            // Reported from compilation-end actions (dialect missing, settings errors); Roslyn requires the tag for those.
            if (page.Id == EngineDiagnostics.DialectNotConfigured || page.Id == EngineDiagnostics.InvalidSetting) tags.Add(WellKnownDiagnosticTags.CompilationEnd);
            return new DiagnosticDescriptor(
                page.Id,
                page.Title,
                "{0}",
                page.Category.Name,
                ToRoslyn(page.Severity),
                isEnabledByDefault: page.Severity != CoreSeverity.None,
                description: page.Description,
                helpLinkUri: HelpBase + "rules/" + page.FileName,
                customTags: tags.ToArray());
        }
    }
}

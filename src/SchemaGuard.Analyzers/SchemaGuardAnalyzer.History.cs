using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGuard.Analyzers.Strings;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Migrations;
using SchemaGuard.Sql;

namespace SchemaGuard.Analyzers
{
    public sealed partial class SchemaGuardAnalyzer
    {
        internal const string MigrationAttributeName = "Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute";

        /// <summary>One EF Core migration's <c>Up</c>, as translated, waiting for the replay of the whole history.</summary>
        private sealed class MigrationUp
        {
            internal MigrationUp(string id, SqlStringMap map, SyntaxTree tree, ProjectSettings.Resolved settings)
            {
                Id = id;
                Map = map;
                Tree = tree;
                Settings = settings;
            }

            internal string Id { get; }

            internal SqlStringMap Map { get; }

            internal SyntaxTree Tree { get; }

            internal ProjectSettings.Resolved Settings { get; }
        }

        /// <summary>
        /// Collects each migration's Up and, at the end of the compilation, replays them in <c>[Migration("...")]</c> id
        /// order, reporting the findings that only the history shows (a duplicate of an index created in an earlier
        /// migration, a DELETE cascading through constraints declared earlier). Findings a migration shows on its own
        /// were already reported live by the block action, so they are not repeated.
        /// </summary>
        private sealed class MigrationHistory
        {
            private readonly ConcurrentBag<MigrationUp> _ups = new ConcurrentBag<MigrationUp>();
            private readonly ConcurrentDictionary<string, byte> _reported = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
            private readonly INamedTypeSymbol? _attribute;

            internal MigrationHistory(Compilation compilation) => _attribute = compilation.GetTypeByMetadataName(MigrationAttributeName);

            /// <summary>The migration id when <paramref name="symbol"/> is the Up method of a <c>[Migration]</c> class.</summary>
            internal string? MigrationId(ISymbol symbol)
            {
                if (_attribute == null || !(symbol is IMethodSymbol method) || method.Name != "Up" || method.ContainingType == null) return null;
                foreach (var attribute in method.ContainingType.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attribute) && attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0].Value is string id)
                    {
                        return id;
                    }
                }

                return null;
            }

            internal void Add(MigrationUp up) => _ups.Add(up);

            internal void MarkReported(Diagnostic diagnostic) => _reported.TryAdd(Key(diagnostic), 0);

            internal IEnumerable<Diagnostic> Replay(LintEngine engine, Func<Core.Findings.Finding, Location, Diagnostic> toDiagnostic)
            {
                var ups = _ups.ToList();
                if (ups.Count < 2) yield break;
                ups.Sort((a, b) =>
                {
                    int byId = MigrationOrder.CompareMigrationIds(a.Id, b.Id);
                    return byId != 0 ? byId : string.CompareOrdinal(a.Id, b.Id);
                });

                var byPath = new Dictionary<string, MigrationUp>(StringComparer.Ordinal);
                var files = new List<LintFile>();
                foreach (var up in ups)
                {
                    string path = up.Tree.FilePath + "#" + up.Id;
                    if (byPath.ContainsKey(path)) continue;
                    byPath[path] = up;
                    files.Add(new LintFile(SqlScript.Parse(up.Map.Text, up.Settings.Settings.Dialect, path), up.Settings.Settings));
                }

                foreach (var finding in engine.Lint(files).Findings)
                {
                    if (finding.IsSuppressed || !byPath.TryGetValue(finding.FilePath, out var up)) continue;
                    var location = up.Map.MapToLocation(finding.Span.Start, finding.Span.Length);
                    if (location == null) continue;
                    var diagnostic = toDiagnostic(finding, location);
                    if (_reported.TryAdd(Key(diagnostic), 0)) yield return diagnostic;
                }
            }

            private static string Key(Diagnostic d) => d.Id + "|" + d.Location.SourceTree?.FilePath + "|" + d.Location.SourceSpan.Start + "|" + d.Location.SourceSpan.Length;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Migrations;
using SchemaGuard.Sql;
using RoslynText = Microsoft.CodeAnalysis.Text;
using SqlSourceText = SchemaGuard.Sql.Text.SourceText;

namespace SchemaGuard.Analyzers
{
    public sealed partial class SchemaGuardAnalyzer
    {
        internal static bool IsSqlFile(string path) => path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The project's .sql files are linted together, once, in the order the migration tool applies them (down
        /// migrations linted but not replayed); each file's additional-file action reports its share.
        /// </summary>
        private void RegisterSqlFiles(CompilationStartAnalysisContext start, ProjectSettings settings)
        {
            var files = start.Options.AdditionalFiles.Where(f => IsSqlFile(f.Path)).ToList();
            if (files.Count == 0) return;
            var results = new Lazy<Dictionary<string, List<Diagnostic>>>(() => LintSqlFiles(files, settings, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(context =>
            {
                if (!IsSqlFile(context.AdditionalFile.Path)) return;
                var fileLocation = Location.Create(context.AdditionalFile.Path, default, default);
                Guard("AdditionalFile", fileLocation, context.ReportDiagnostic, () =>
                {
                    if (!results.Value.TryGetValue(context.AdditionalFile.Path, out var diagnostics)) return;
                    foreach (var diagnostic in diagnostics) context.ReportDiagnostic(diagnostic);
                });
            });
        }

        /// <summary>A .sql file's fix needs no mapping: the edits are offsets in the file itself.</summary>
        private static IReadOnlyList<KeyValuePair<string, string>>? SqlFileFix(Core.Findings.Finding finding, int length)
        {
            if (finding.Fix.Count == 0) return null;
            var result = new List<KeyValuePair<string, string>>();
            for (int i = 0; i < finding.Fix.Count; i++)
            {
                var edit = finding.Fix[i];
                if (edit.Span.End > length) return null;
                string prefix = "fix." + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
                result.Add(new KeyValuePair<string, string>(prefix + "start", edit.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                result.Add(new KeyValuePair<string, string>(prefix + "length", edit.Span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                result.Add(new KeyValuePair<string, string>(prefix + "text", edit.NewText));
            }

            result.Add(new KeyValuePair<string, string>("fix.count", finding.Fix.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return result;
        }

        private Dictionary<string, List<Diagnostic>> LintSqlFiles(List<AdditionalText> files, ProjectSettings settings, CancellationToken cancellationToken)
        {
            var byPath = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
            foreach (var file in files) byPath[file.Path] = file;
            var plan = MigrationOrder.Plan(byPath.Keys);
            var inputs = new List<(AdditionalText File, RoslynText.SourceText Text, LintFile Lint)>();
            var result = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            foreach (var file in byPath.Values) result[file.Path] = new List<Diagnostic>();

            void Add(string path, bool replayed)
            {
                var file = byPath[path];
                try
                {
                    var text = file.GetText(cancellationToken);
                    if (text == null) return;
                    var resolved = settings.For(settings.Options.GetOptions(file));
                    var script = SqlScript.Parse(new SqlSourceText(text.ToString(), path), resolved.Settings.Dialect);
                    inputs.Add((file, text, new LintFile(script, resolved.Settings, replayed)));
                }
                catch (Exception ex) when (!(ex is OperationCanceledException))
                {
                    result[path].Add(Failure("AdditionalFile", ex, Location.Create(path, default, default)));
                }
            }

            foreach (var path in plan.Ordered) Add(path, true);
            foreach (var excluded in plan.Excluded) Add(excluded.Path, false);
            cancellationToken.ThrowIfCancellationRequested();

            var lint = Engine.Lint(new LintRequest(inputs.Select(i => i.Lint)));
            var texts = inputs.ToDictionary(i => i.File.Path, i => i.Text, StringComparer.Ordinal);
            foreach (var finding in Reportable(lint.Findings))
            {
                if (!texts.TryGetValue(finding.FilePath, out var text)) continue;
                int start = Math.Min(finding.Span.Start, text.Length);
                int end = Math.Min(finding.Span.End, text.Length);
                var span = RoslynText.TextSpan.FromBounds(start, end);
                var location = Location.Create(finding.FilePath, span, text.Lines.GetLinePositionSpan(span));
                result[finding.FilePath].Add(ToDiagnostic(finding, location, SqlFileFix(finding, text.Length)));
            }

            return result;
        }
    }
}

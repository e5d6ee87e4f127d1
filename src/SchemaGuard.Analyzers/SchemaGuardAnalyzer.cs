using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using AnalysisContext = Microsoft.CodeAnalysis.Diagnostics.AnalysisContext;
using RuleSet = SchemaGuard.Core.Rules.RuleSet;

namespace SchemaGuard.Analyzers
{
    /// <summary>
    /// SchemaGuard's analyzer: lints the project's <c>.sql</c> AdditionalFiles (replayed in migration order) and the SQL
    /// strings passed to known sinks in C# (EF Core, Dapper, ADO.NET, FluentMigrator), with every rule of the engine and
    /// the same ids, messages and alternatives as the CLI. Every callback is guarded: a failure becomes an SG9009
    /// diagnostic naming the analyzer and the exception, never the compiler's AD0001.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed partial class SchemaGuardAnalyzer : DiagnosticAnalyzer
    {
        private readonly RuleSet? _rules;
        private readonly Action<string>? _hook;
        private LintEngine? _engine;

        /// <summary>The analyzer with every rule of SchemaGuard.Core.</summary>
        public SchemaGuardAnalyzer()
        {
        }

        /// <summary>For tests: other rules, and a hook called with the callback's name at the start of each callback.</summary>
        internal SchemaGuardAnalyzer(RuleSet? rules, Action<string>? hook)
        {
            _rules = rules;
            _hook = hook;
        }

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SchemaGuardDescriptors.All;

        private LintEngine Engine => _engine ??= new LintEngine(_rules ?? RuleSet.Default);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                ProjectSettings? settings = null;
                try
                {
                    _hook?.Invoke("CompilationStart");
                    settings = new ProjectSettings(start.Compilation, start.Options.AnalyzerConfigOptionsProvider, (_rules ?? RuleSet.Default).Catalog);
                    RegisterSqlFiles(start, settings);
                    RegisterSqlStrings(start, settings);
                }
                catch (Exception ex)
                {
                    var failure = Failure("CompilationStart", ex, Location.None);
                    start.RegisterCompilationEndAction(end => end.ReportDiagnostic(failure));
                    return;
                }

                start.RegisterCompilationEndAction(end => Guard("CompilationEnd", Location.None, end.ReportDiagnostic, () => ReportProjectDiagnostics(end, settings)));
            });
        }

        /// <summary>The SG9xxx diagnostics about the project as a whole: settings errors and a missing dialect.</summary>
        private static void ReportProjectDiagnostics(CompilationAnalysisContext end, ProjectSettings settings)
        {
            foreach (var error in settings.Errors.OrderBy(e => e, StringComparer.Ordinal))
            {
                end.ReportDiagnostic(Diagnostic.Create(SchemaGuardDescriptors.InvalidSetting, Location.None, error));
            }

            if (settings.UsedNeutralDialect)
            {
                end.ReportDiagnostic(Diagnostic.Create(
                    SchemaGuardDescriptors.DialectNotConfigured,
                    Location.None,
                    "SchemaGuard found SQL in this project but no dialect is configured; set schemaguard.dialect in .editorconfig or the SchemaGuardDialect MSBuild property " +
                    "(oracle, postgresql, mysql, mariadb, sqlserver). Only the rules written for every dialect ran, and the SQL was read as Oracle."));
            }
        }

        /// <summary>Runs <paramref name="action"/>; an exception becomes an SG9009 diagnostic at <paramref name="location"/>.</summary>
        private void Guard(string callback, Location location, Action<Diagnostic> report, Action action)
        {
            try
            {
                _hook?.Invoke(callback);
                action();
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                report(Failure(callback, ex, location));
            }
        }

        private static Diagnostic Failure(string callback, Exception ex, Location location) =>
            Diagnostic.Create(
                SchemaGuardDescriptors.RuleFailed,
                location,
                "SchemaGuard analyzer " + nameof(SchemaGuardAnalyzer) + " failed in " + callback + ": " + ex.GetType().Name + ": " + ex.Message +
                " Findings here may be incomplete. This is a SchemaGuard bug; please report it with the code.");

        /// <summary>A finding as a Roslyn diagnostic: the engine's message, followed by the alternative on one line.</summary>
        private static Diagnostic ToDiagnostic(Finding finding, Location location) => ToDiagnostic(finding, location, null);

        /// <summary>As above, with the fix's edits already mapped to the file the diagnostic is in.</summary>
        private static Diagnostic ToDiagnostic(Finding finding, Location location, IReadOnlyList<KeyValuePair<string, string>>? fix)
        {
            var descriptor = SchemaGuardDescriptors.Get(finding.RuleId);
            string message = finding.Message;
            var properties = ImmutableDictionary<string, string?>.Empty.Add("ruleName", finding.RuleName);
            if (fix != null)
            {
                foreach (var pair in fix) properties = properties.SetItem(pair.Key, pair.Value);
            }

            if (finding.Alternative != null)
            {
                properties = properties.Add("alternative", finding.Alternative);
                message += " Instead: " + OneLine(finding.Alternative);
            }

            return Diagnostic.Create(descriptor, location, properties, message);
        }

        private static string OneLine(string text)
        {
            var parts = text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0);
            return string.Join(" ", parts);
        }

        private static IEnumerable<Finding> Reportable(IEnumerable<Finding> findings) => findings.Where(f => !f.IsSuppressed);
    }
}

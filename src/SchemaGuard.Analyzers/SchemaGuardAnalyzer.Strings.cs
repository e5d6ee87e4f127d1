using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGuard.Analyzers.EfCore;
using SchemaGuard.Analyzers.Fluent;
using SchemaGuard.Analyzers.Strings;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql;

namespace SchemaGuard.Analyzers
{
    public sealed partial class SchemaGuardAnalyzer
    {
        /// <summary>SQL strings at sinks: each one is linted as a script of its own; results are cached per text and settings.</summary>
        private void RegisterSqlStrings(CompilationStartAnalysisContext start, ProjectSettings settings)
        {
            var history = new MigrationHistory(start.Compilation);
            start.RegisterCompilationEndAction(end => Guard("MigrationHistory", Location.None, end.ReportDiagnostic, () =>
            {
                foreach (var diagnostic in history.Replay(Engine, ToDiagnostic)) end.ReportDiagnostic(diagnostic);
            }));

            var sinks = SqlSinks.Create(start.Compilation);
            var translator = MigrationTranslator.Create(start.Compilation);
            var cache = new ConcurrentDictionary<string, Lazy<IReadOnlyList<Finding>>>(StringComparer.Ordinal);
            if (translator != null)
            {
                // Only the MigrationBuilder calls are collected while the block is walked anyway; the block's end translates them.
                start.RegisterOperationBlockStartAction(blockStart =>
                {
                    var calls = new ConcurrentQueue<IInvocationOperation>();
                    blockStart.RegisterOperationAction(
                        context => Guard("MigrationBuilderCall", context.Operation.Syntax.GetLocation(), context.ReportDiagnostic, () =>
                        {
                            var invocation = (IInvocationOperation)context.Operation;
                            if (translator.IsBuilderCall(invocation)) calls.Enqueue(invocation);
                        }),
                        OperationKind.Invocation);
                    blockStart.RegisterOperationBlockEndAction(context =>
                    {
                        if (calls.IsEmpty) return;
                        var first = calls.First().Syntax;
                        Guard("MigrationBuilder", first.GetLocation(), context.ReportDiagnostic, () =>
                        {
                            var tree = first.SyntaxTree;
                            var resolved = settings.For(settings.Options.GetOptions(tree));
                            var map = translator.Translate(calls, resolved.Settings.Dialect, context.CancellationToken);
                            if (map == null) return;
                            string? id = history.MigrationId(context.OwningSymbol);
                            if (id == null)
                            {
                                Lint(map, tree, first.GetLocation(), resolved, cache, context.ReportDiagnostic);
                                return;
                            }

                            history.Add(new MigrationUp(id, map, tree, resolved));
                            Lint(map, tree, first.GetLocation(), resolved, cache, d =>
                            {
                                history.MarkReported(d);
                                context.ReportDiagnostic(d);
                            });
                        });
                    });
                });
            }

            var model = ModelConfigurationTranslator.Create(start.Compilation);
            if (model != null)
            {
                start.RegisterOperationAction(
                    context => Guard("OnDelete", context.Operation.Syntax.GetLocation(), context.ReportDiagnostic, () =>
                    {
                        var tree = context.Operation.Syntax.SyntaxTree;
                        var resolved = settings.For(settings.Options.GetOptions(tree));
                        var map = model.Translate((IInvocationOperation)context.Operation, resolved.Settings.Dialect);
                        if (map != null) Lint(map, tree, context.Operation.Syntax.GetLocation(), resolved, cache, context.ReportDiagnostic);
                    }),
                    OperationKind.Invocation);
            }

            start.RegisterOperationAction(
                context => Guard("FluentMigrator", context.Operation.Syntax.GetLocation(), context.ReportDiagnostic, () =>
                {
                    var invocation = (IInvocationOperation)context.Operation;
                    if (invocation.TargetMethod.Name != "OnDelete" && invocation.TargetMethod.Name != "OnDeleteOrUpdate") return;
                    var tree = context.Operation.Syntax.SyntaxTree;
                    var resolved = settings.For(settings.Options.GetOptions(tree));
                    var map = FluentMigratorTranslator.Translate(invocation, resolved.Settings.Dialect);
                    if (map != null) Lint(map, tree, context.Operation.Syntax.GetLocation(), resolved, cache, context.ReportDiagnostic);
                }),
                OperationKind.Invocation);

            if (start.Compilation.GetTypeByMetadataName("FluentMigrator.Builders.Create.ICreateExpressionRoot") != null
                || start.Compilation.GetTypeByMetadataName("FluentMigrator.Builders.Delete.IDeleteExpressionRoot") != null
                || start.Compilation.GetTypeByMetadataName("FluentMigrator.Builders.Alter.IAlterExpressionRoot") != null)
            {
                start.RegisterOperationAction(
                    context => Guard("FluentMigratorIndex", context.Operation.Syntax.GetLocation(), context.ReportDiagnostic, () =>
                    {
                        var tree = context.Operation.Syntax.SyntaxTree;
                        var resolved = settings.For(settings.Options.GetOptions(tree));
                        var map = FluentMigratorTranslator.TranslateStatement((IExpressionStatementOperation)context.Operation, resolved.Settings.Dialect);
                        if (map != null) Lint(map, tree, context.Operation.Syntax.GetLocation(), resolved, cache, context.ReportDiagnostic);
                    }),
                    OperationKind.ExpressionStatement);
            }

            if (sinks.IsEmpty) return;

            start.RegisterOperationAction(
                context => Guard("Invocation", context.Operation.Syntax.GetLocation(), context.ReportDiagnostic, () =>
                {
                    var value = sinks.FindSqlArgument((IInvocationOperation)context.Operation);
                    if (value != null) LintString(value, context, settings, cache);
                }),
                OperationKind.Invocation);

            start.RegisterOperationAction(
                context => Guard("ObjectCreation", context.Operation.Syntax.GetLocation(), context.ReportDiagnostic, () =>
                {
                    var value = sinks.FindCommandTextArgument((IObjectCreationOperation)context.Operation);
                    if (value != null) LintString(value, context, settings, cache);
                }),
                OperationKind.ObjectCreation);

            start.RegisterOperationAction(
                context => Guard("CommandText", context.Operation.Syntax.GetLocation(), context.ReportDiagnostic, () =>
                {
                    var assignment = (ISimpleAssignmentOperation)context.Operation;
                    if (assignment.Target is IPropertyReferenceOperation property && sinks.IsCommandText(property.Property))
                    {
                        LintString(assignment.Value, context, settings, cache);
                    }
                }),
                OperationKind.SimpleAssignment);
        }

        private void LintString(IOperation value, OperationAnalysisContext context, ProjectSettings settings, ConcurrentDictionary<string, Lazy<IReadOnlyList<Finding>>> cache)
        {
            var map = SqlStringExtractor.Extract(value, context.CancellationToken);
            if (map == null || map.Length == 0) return;
            var tree = value.Syntax.SyntaxTree;
            Lint(map, tree, value.Syntax.GetLocation(), settings.For(settings.Options.GetOptions(tree)), cache, context.ReportDiagnostic);
        }

        /// <summary>Lints the SQL of <paramref name="map"/> as one script and reports each finding at its C# characters.</summary>
        private void Lint(SqlStringMap map, SyntaxTree tree, Location fallback, ProjectSettings.Resolved resolved, ConcurrentDictionary<string, Lazy<IReadOnlyList<Finding>>> cache, Action<Diagnostic> report)
        {
            string sql = map.Text;
            string path = tree.FilePath;
            var findings = cache.GetOrAdd(resolved.Key + "\u0000" + sql, _ => new Lazy<IReadOnlyList<Finding>>(
                () => Engine.Lint(SqlScript.Parse(sql, resolved.Settings.Dialect, path), resolved.Settings).Findings,
                LazyThreadSafetyMode.ExecutionAndPublication)).Value;

            foreach (var finding in Reportable(findings))
            {
                var location = map.MapToLocation(finding.Span.Start, finding.Span.Length) ?? fallback;
                var fix = location.SourceTree == null ? null : FixMapper.Map(finding.Fix, map, location.SourceTree);
                report(ToDiagnostic(finding, location, fix));
            }
        }
    }
}

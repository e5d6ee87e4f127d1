using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
            var sinks = SqlSinks.Create(start.Compilation);
            if (sinks.IsEmpty) return;
            var cache = new ConcurrentDictionary<string, Lazy<IReadOnlyList<Finding>>>(StringComparer.Ordinal);

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
            var resolved = settings.For(settings.Options.GetOptions(tree));
            string sql = map.Text;
            string path = tree.FilePath;
            var findings = cache.GetOrAdd(resolved.Key + "\u0000" + sql, _ => new Lazy<IReadOnlyList<Finding>>(
                () => Engine.Lint(SqlScript.Parse(sql, resolved.Settings.Dialect, path), resolved.Settings).Findings,
                LazyThreadSafetyMode.ExecutionAndPublication)).Value;

            foreach (var finding in Reportable(findings))
            {
                var location = map.MapToLocation(finding.Span.Start, finding.Span.Length) ?? value.Syntax.GetLocation();
                context.ReportDiagnostic(ToDiagnostic(finding, location));
            }
        }
    }
}

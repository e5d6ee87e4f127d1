using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemaGuard.Analyzers.Tests;
using Xunit;

namespace SchemaGuard.CodeFixes.Tests
{
    /// <summary>
    /// Runs the analyzers through <see cref="AnalyzerHarness"/>, applies a code fix in an <see cref="AdhocWorkspace"/> whose
    /// project has the harness's references, and returns the fixed source, ready to be analyzed (and compiled) again.
    /// </summary>
    internal static class CodeFixHarness
    {
        internal const string Path = "/src/Test0.cs";

        /// <summary>The diagnostics of <paramref name="id"/> in the source under <paramref name="dialect"/>.</summary>
        internal static IReadOnlyList<Diagnostic> Findings(string source, string dialect, string id) =>
            AnalyzerHarness.CSharp(source, dialect).Run().Where(d => d.Id == id && d.Location.IsInSource).ToList();

        /// <summary>The actions <paramref name="provider"/> offers for the one <paramref name="id"/> finding.</summary>
        internal static (Document Document, Diagnostic Diagnostic, IReadOnlyList<CodeAction> Actions) Offered(CodeFixProvider provider, string source, string dialect, string id)
        {
            var finding = Assert.Single(Findings(source, dialect, id));
            var document = CreateDocument(source);
            var diagnostic = Rebind(finding, document);
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
            provider.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
            return (document, diagnostic, actions);
        }

        /// <summary>Applies the single action offered and returns the new source text.</summary>
        internal static string Apply(CodeFixProvider provider, string source, string dialect, string id)
        {
            var (document, _, actions) = Offered(provider, source, dialect, id);
            var action = Assert.Single(actions);
            return ApplyAction(document, action);
        }

        /// <summary>Fix all in document, through the provider's FixAllProvider, for every <paramref name="id"/> finding.</summary>
        internal static string FixAll(CodeFixProvider provider, string source, string dialect, string id)
        {
            var findings = Findings(source, dialect, id);
            Assert.True(findings.Count > 1, "Expected several findings to fix at once, got " + findings.Count);
            var document = CreateDocument(source);
            var diagnostics = findings.Select(f => Rebind(f, document)).ToImmutableArray();
            var actions = new List<CodeAction>();
            provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => actions.Add(a), CancellationToken.None)).GetAwaiter().GetResult();
            var first = Assert.Single(actions);
            var fixAll = provider.GetFixAllProvider()!;
            var context = new FixAllContext(
                document,
                provider,
                FixAllScope.Document,
                first.EquivalenceKey,
                new[] { id },
                new DiagnosticProvider(document, diagnostics),
                CancellationToken.None);
            var action = fixAll.GetFixAsync(context).GetAwaiter().GetResult();
            Assert.NotNull(action);
            return ApplyAction(document, action!);
        }

        private static string ApplyAction(Document document, CodeAction action)
        {
            var operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
            var changed = apply.ChangedSolution.GetDocument(document.Id)!;
            return changed.GetTextAsync().GetAwaiter().GetResult().ToString();
        }

        private static Document CreateDocument(string source)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var info = ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                "TestProject",
                "TestProject",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: AnalyzerHarness.References.Value);
            var solution = workspace.CurrentSolution.AddProject(info);
            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "Test0.cs", SourceText.From(source, System.Text.Encoding.UTF8), filePath: Path);
            return solution.GetDocument(documentId)!;
        }

        /// <summary>The same diagnostic located in the workspace document's tree (same text, so the same span).</summary>
        private static Diagnostic Rebind(Diagnostic d, Document document)
        {
            var tree = document.GetSyntaxTreeAsync().GetAwaiter().GetResult()!;
            return Diagnostic.Create(d.Descriptor, Location.Create(tree, d.Location.SourceSpan), d.Properties, d.GetMessage());
        }

        private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            private readonly Document _document;
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            internal DiagnosticProvider(Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                _document = document;
                _diagnostics = diagnostics;
            }

            public override System.Threading.Tasks.Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                System.Threading.Tasks.Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override System.Threading.Tasks.Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                System.Threading.Tasks.Task.FromResult<IEnumerable<Diagnostic>>(document.Id == _document.Id ? _diagnostics : ImmutableArray<Diagnostic>.Empty);

            public override System.Threading.Tasks.Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                System.Threading.Tasks.Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
        }
    }
}

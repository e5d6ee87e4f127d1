using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGuard.CodeFixes
{
    /// <summary>
    /// blocking-index-build (SG2001) on an EF Core <c>migrationBuilder.CreateIndex(...)</c>: chains
    /// <c>.Annotation("SqlServer:Online", true)</c> (SQL Server) or <c>.Annotation("Npgsql:CreatedConcurrently", true)</c>
    /// (PostgreSQL), the annotations the providers turn into <c>WITH (ONLINE = ON)</c> and <c>CONCURRENTLY</c>.
    /// The dialect is the one the engine used: its alternative is the rewritten statement, so it names the online form.
    /// Other dialects have no EF annotation for it and get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EfCreateIndexOnlineFixProvider)), Shared]
    public sealed class EfCreateIndexOnlineFixProvider : CodeFixProvider
    {
        internal const string SqlServerOnline = "SqlServer:Online";

        internal const string NpgsqlConcurrently = "Npgsql:CreatedConcurrently";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SG2001");

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Location.IsInSource || diagnostic.Properties.ContainsKey("fix.count")) continue;
                string? annotation = Annotation(diagnostic);
                if (annotation == null) continue;
                var call = Find(root, model, diagnostic, context.CancellationToken);
                if (call == null) continue;
                var existing = ExistingAnnotation(call, annotation, model, context.CancellationToken);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        existing == null ? "Add .Annotation(\"" + annotation + "\", true)" : "Set \"" + annotation + "\" to true",
                        ct => existing == null ? Apply(context.Document, call, annotation, ct) : SetTrue(context.Document, existing, ct),
                        equivalenceKey: "SchemaGuard.EfOnlineIndex." + annotation),
                    diagnostic);
            }
        }

        /// <summary>Which annotation, from the online form the engine's alternative uses.</summary>
        internal static string? Annotation(Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue("alternative", out var alternative) || alternative == null) return null;
            if (alternative.IndexOf("ONLINE = ON", System.StringComparison.OrdinalIgnoreCase) >= 0) return SqlServerOnline;
            if (alternative.IndexOf("CONCURRENTLY", System.StringComparison.OrdinalIgnoreCase) >= 0) return NpgsqlConcurrently;
            return null;
        }

        /// <summary>The <c>MigrationBuilder.CreateIndex</c> invocation the diagnostic is on.</summary>
        private static InvocationExpressionSyntax? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken ct)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            foreach (var invocation in node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>())
            {
                if (!(model.GetSymbolInfo(invocation, ct).Symbol is IMethodSymbol method)) continue;
                if (method.Name == "CreateIndex" && method.ContainingType?.ToDisplayString() == "Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder") return invocation;
            }

            return null;
        }

        /// <summary>
        /// The value argument of an <c>.Annotation(key, ...)</c> already chained on the call (set to false, say): EF throws
        /// on a second annotation with the same name, so that one is set to true instead of adding another.
        /// </summary>
        private static ExpressionSyntax? ExistingAnnotation(InvocationExpressionSyntax call, string key, SemanticModel model, CancellationToken ct)
        {
            SyntaxNode node = call;
            while (node.Parent is MemberAccessExpressionSyntax access && access.Parent is InvocationExpressionSyntax outer)
            {
                if (access.Name.Identifier.Text == "Annotation" && outer.ArgumentList.Arguments.Count == 2 &&
                    model.GetConstantValue(outer.ArgumentList.Arguments[0].Expression, ct).Value as string == key)
                {
                    return outer.ArgumentList.Arguments[1].Expression;
                }

                node = outer;
            }

            return null;
        }

        private static async Task<Document> SetTrue(Document document, ExpressionSyntax value, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root == null) return document;
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(value);
            return document.WithSyntaxRoot(root.ReplaceNode(value, literal));
        }

        private static async Task<Document> Apply(Document document, InvocationExpressionSyntax call, string annotation, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root == null) return document;
            var chained = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName("Annotation")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(annotation))),
                    SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)),
                })))
                .WithTrailingTrivia(call.GetTrailingTrivia());
            return document.WithSyntaxRoot(root.ReplaceNode(call, chained.NormalizeWhitespaceOutside(call)));
        }
    }

    internal static class SyntaxExtensions
    {
        /// <summary>Keeps the user's formatting inside the call; only the appended <c>.Annotation(...)</c> gets standard spacing.</summary>
        internal static InvocationExpressionSyntax NormalizeWhitespaceOutside(this InvocationExpressionSyntax chained, InvocationExpressionSyntax original)
        {
            var args = chained.ArgumentList.Arguments;
            var spaced = chained.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(args, new[] { SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space) }));
            return chained.WithArgumentList(spaced).WithLeadingTrivia(original.GetLeadingTrivia());
        }
    }
}

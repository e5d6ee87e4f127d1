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
    /// fk-on-delete-cascade (SG1001) in EF Core code: <c>ReferentialAction.Cascade</c> becomes <c>ReferentialAction.Restrict</c>
    /// and <c>DeleteBehavior.Cascade</c> / <c>ClientCascade</c> become <c>DeleteBehavior.Restrict</c>. Only the member name is
    /// replaced, so however the enum type is qualified (alias, global::, full namespace) the code keeps binding.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CascadeFixProvider)), Shared]
    public sealed class CascadeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "SchemaGuard.CascadeToRestrict";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("SG1001");

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
                var access = Find(root, model, diagnostic, context.CancellationToken);
                if (access == null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + access.Name.Identifier.Text.Replace("Cascade", "Restrict").Replace("Client", string.Empty) + " instead of " + access.Name.Identifier.Text + " (deleting a parent with children fails)",
                        ct => Apply(context.Document, access, ct),
                        equivalenceKey: EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The <c>ReferentialAction.Cascade</c> or <c>DeleteBehavior.(Client)Cascade</c> member access under the diagnostic.</summary>
        private static MemberAccessExpressionSyntax? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken ct)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var candidates = node.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>();
            foreach (var access in candidates)
            {
                if (!(model.GetSymbolInfo(access, ct).Symbol is IFieldSymbol field) || field.ContainingType?.TypeKind != TypeKind.Enum) continue;
                string type = field.ContainingType.ToDisplayString();
                if (type == "Microsoft.EntityFrameworkCore.Migrations.ReferentialAction" && field.Name == "Cascade") return access;
                if (type == "Microsoft.EntityFrameworkCore.DeleteBehavior" && (field.Name == "Cascade" || field.Name == "ClientCascade")) return access;
            }

            return null;
        }

        private static async Task<Document> Apply(Document document, MemberAccessExpressionSyntax access, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root == null) return document;
            var name = SyntaxFactory.IdentifierName("Restrict").WithTriviaFrom(access.Name);
            return document.WithSyntaxRoot(root.ReplaceNode(access.Name, name));
        }
    }
}

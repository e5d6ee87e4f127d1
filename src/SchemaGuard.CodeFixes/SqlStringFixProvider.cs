using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGuard.CodeFixes
{
    /// <summary>
    /// Applies the mechanical SQL fix a finding carries (the online form of CREATE INDEX / REBUILD, LONG to CLOB, ...)
    /// to the C# string literal it was found in. The analyzer has already mapped and escaped the engine's edits into
    /// C# offsets (properties <c>fix.count</c>, <c>fix.N.start</c>, <c>fix.N.length</c>, <c>fix.N.text</c>); this
    /// provider only checks them and applies them, so the SQL knowledge stays in the engine.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SqlStringFixProvider)), Shared]
    public sealed class SqlStringFixProvider : CodeFixProvider
    {
        /// <summary>The rules whose findings may carry a fix (the others never set <c>fix.count</c>).</summary>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            "SG1001", "SG1003", "SG1004", "SG1005", "SG2001", "SG3001", "SG3005", "SG4001", "SG4004", "SG4006", "SG6001", "SG6002");

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Location.IsInSource) continue;
                var changes = Edits(diagnostic, text.Length);
                if (changes == null || !changes.All(c => InsideStringText(root, c.Span))) continue;
                string title = FixTitles.ForSqlEdits(diagnostic.Id, changes);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        ct => Apply(context.Document, changes, ct),
                        equivalenceKey: "SchemaGuard.SqlFix." + diagnostic.Id),
                    diagnostic);
            }
        }

        /// <summary>The edits in the diagnostic's properties, or null when absent, malformed, out of range or overlapping.</summary>
        internal static IReadOnlyList<TextChange>? Edits(Diagnostic diagnostic, int documentLength)
        {
            var p = diagnostic.Properties;
            if (!p.TryGetValue("fix.count", out var countText) || !TryInt(countText, out int count) || count <= 0) return null;
            var result = new List<TextChange>(count);
            for (int i = 0; i < count; i++)
            {
                string prefix = "fix." + i.ToString(CultureInfo.InvariantCulture) + ".";
                if (!p.TryGetValue(prefix + "start", out var s) || !TryInt(s, out int start)) return null;
                if (!p.TryGetValue(prefix + "length", out var l) || !TryInt(l, out int length)) return null;
                if (!p.TryGetValue(prefix + "text", out var newText) || newText == null) return null;
                if (start < 0 || length < 0 || start + length > documentLength) return null;
                result.Add(new TextChange(new TextSpan(start, length), newText));
            }

            var ordered = result.OrderBy(c => c.Span.Start).ToList();
            for (int i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Span.Start < ordered[i - 1].Span.End) return null;
            }

            return ordered;
        }

        /// <summary>
        /// The analyzer only emits edits inside a literal's text; checking it again here keeps a stale diagnostic (the
        /// file edited since it was computed) from writing SQL into code.
        /// </summary>
        private static bool InsideStringText(SyntaxNode root, TextSpan span)
        {
            var token = root.FindToken(span.Start);
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    break;
                default:
                    return false;
            }

            if (token.IsKind(SyntaxKind.InterpolatedStringTextToken)) return span.Start >= token.SpanStart && span.End <= token.Span.End;
            string text = token.Text;
            int open = 0;
            while (open < text.Length && (text[open] == '@' || text[open] == '$' || text[open] == '"')) open++;
            int close = 0;
            while (close < text.Length - open && text[text.Length - 1 - close] == '"') close++;
            return span.Start >= token.SpanStart + open && span.End <= token.Span.End - close;
        }

        private static async Task<Document> Apply(Document document, IReadOnlyList<TextChange> changes, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(changes));
        }

        private static bool TryInt(string? text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}

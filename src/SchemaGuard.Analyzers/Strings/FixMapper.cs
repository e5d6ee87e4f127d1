using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using CoreEdit = SchemaGuard.Core.Findings.TextEdit;

namespace SchemaGuard.Analyzers.Strings
{
    /// <summary>
    /// Carries a finding's fix (edits to the SQL) over to the C# source: each edit's span is mapped through the
    /// <see cref="SqlStringMap"/>, and its text escaped for the literal it lands in (regular, verbatim, interpolated,
    /// raw). A fix is offered only when every edit lands inside the text of a string literal written in the same file.
    /// The edits travel in the diagnostic's properties (<c>fix.count</c>, <c>fix.N.start</c>, <c>fix.N.length</c>,
    /// <c>fix.N.text</c>), ready for a code fix to apply.
    /// </summary>
    internal static class FixMapper
    {
        internal static IReadOnlyList<KeyValuePair<string, string>>? Map(IReadOnlyList<CoreEdit> edits, SqlStringMap map, SyntaxTree tree)
        {
            if (edits.Count == 0) return null;
            var result = new List<KeyValuePair<string, string>>();
            var root = tree.GetRoot();
            for (int i = 0; i < edits.Count; i++)
            {
                var edit = edits[i];
                var mapped = map.Map(edit.Span.Start, edit.Span.Length);
                if (mapped == null || mapped.Value.Tree != tree) return null;
                var span = mapped.Value.Span;
                var token = root.FindToken(span.Start);
                if (!Inside(token, span)) return null;
                string? text = Escape(token, edit.NewText);
                if (text == null) return null;
                string prefix = "fix." + i.ToString(CultureInfo.InvariantCulture) + ".";
                result.Add(new KeyValuePair<string, string>(prefix + "start", span.Start.ToString(CultureInfo.InvariantCulture)));
                result.Add(new KeyValuePair<string, string>(prefix + "length", span.Length.ToString(CultureInfo.InvariantCulture)));
                result.Add(new KeyValuePair<string, string>(prefix + "text", text));
            }

            result.Add(new KeyValuePair<string, string>("fix.count", edits.Count.ToString(CultureInfo.InvariantCulture)));
            return result;
        }

        /// <summary>Whether the span lies within the characters of the token's value (not its quotes or prefix).</summary>
        private static bool Inside(SyntaxToken token, TextSpan span)
        {
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

        private static string? Escape(SyntaxToken token, string text)
        {
            bool interpolated = token.IsKind(SyntaxKind.InterpolatedStringTextToken);
            string opening = interpolated && token.Parent?.Parent is InterpolatedStringExpressionSyntax s ? s.StringStartToken.Text : token.Text;
            bool raw = opening.Contains("\"\"\"");
            bool verbatim = !raw && opening.Contains("@");
            if (raw) return text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0 || (interpolated && (text.IndexOf('{') >= 0 || text.IndexOf('}') >= 0)) ? null : text;
            var builder = new System.Text.StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (interpolated && (c == '{' || c == '}')) builder.Append(c).Append(c);
                else if (verbatim) builder.Append(c == '"' ? "\"\"" : c.ToString());
                else if (c == '\\') builder.Append("\\\\");
                else if (c == '"') builder.Append("\\\"");
                else if (c == '\n') builder.Append("\\n");
                else if (c == '\r') builder.Append("\\r");
                else if (c == '\t') builder.Append("\\t");
                else builder.Append(c);
            }

            return builder.ToString();
        }
    }
}

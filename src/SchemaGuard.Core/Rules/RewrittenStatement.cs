using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// Builds an alternative from the user's own statement: its text with a rule's edits applied, so the alternative
    /// shown and the fix offered are the same change.
    /// </summary>
    internal static class RewrittenStatement
    {
        /// <summary>The statement's text (terminator excluded) with <paramref name="edits"/> applied, followed by a semicolon.</summary>
        /// <param name="context">The rule's context, for the text.</param>
        /// <param name="statement">The statement the edits lie in.</param>
        /// <param name="edits">Edits inside the statement's span (file offsets), not overlapping.</param>
        internal static string Apply(AnalysisContext context, Statement statement, IEnumerable<TextEdit> edits)
        {
            int start = statement.Span.Start;
            var local = edits.Select(e => new TextEdit(new TextSpan(e.Span.Start - start, e.Span.Length), e.NewText));
            return TextEdit.Apply(context.GetText(statement), local) + ";";
        }

        /// <summary>The statement's text with one span replaced, followed by a semicolon.</summary>
        internal static string Replace(AnalysisContext context, Statement statement, TextSpan span, string newText) =>
            Apply(context, statement, new[] { new TextEdit(span, newText) });

        /// <summary>The 1-based line an offset lies on, for naming other statements in a message.</summary>
        internal static int LineOf(AnalysisContext context, int offset) => context.Script.Source.GetPosition(offset).Line;
    }
}

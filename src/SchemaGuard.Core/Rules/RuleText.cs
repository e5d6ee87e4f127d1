using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// Builds the text of messages and alternatives from the user's own statements: rewrites, short quotes, keyword case,
    /// placeholders, line numbers. A rewrite applies the same edits a rule offers as its fix, so the alternative shown and
    /// the fix are the same change.
    /// </summary>
    internal static class RuleText
    {
        /// <summary>The text of <paramref name="within"/> with <paramref name="edits"/> (file offsets, inside it, not overlapping) applied.</summary>
        internal static string Rewrite(AnalysisContext context, TextSpan within, IEnumerable<TextEdit> edits)
        {
            var shifted = edits.Select(e => new TextEdit(new TextSpan(e.Span.Start - within.Start, e.Span.Length), e.NewText)).ToList();
            return TextEdit.Apply(context.GetText(within), shifted);
        }

        /// <summary>The statement's text (terminator excluded) with <paramref name="edits"/> applied, followed by a semicolon.</summary>
        internal static string RewriteStatement(AnalysisContext context, Statement statement, IEnumerable<TextEdit> edits) =>
            Rewrite(context, statement.Span, edits) + ";";

        /// <summary>The 1-based line an offset lies on, for naming other statements in a message.</summary>
        internal static int LineOf(AnalysisContext context, int offset) => context.Script.Source.GetPosition(offset).Line;

        /// <summary>The text of <paramref name="span"/> on one line (line breaks and the indentation after them become one blank), cut to <paramref name="max"/> characters.</summary>
        internal static string Quote(AnalysisContext context, TextSpan span, int max = 80)
        {
            string text = OneLine(context.GetText(span));
            return text.Length <= max ? text : text.Substring(0, max - 3) + "...";
        }

        /// <summary>Folds line breaks and the blanks around them into single blanks.</summary>
        internal static string OneLine(string text)
        {
            var sb = new System.Text.StringBuilder(text.Length);
            bool inBreak = false;
            foreach (char c in text)
            {
                if (c == '\r' || c == '\n')
                {
                    inBreak = true;
                    continue;
                }

                if (inBreak)
                {
                    if (c == ' ' || c == '\t') continue;
                    while (sb.Length > 0 && (sb[sb.Length - 1] == ' ' || sb[sb.Length - 1] == '\t')) sb.Length--;
                    sb.Append(' ');
                    inBreak = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }

        /// <summary>
        /// <paramref name="keyword"/> in the case the user writes keywords in: lower case when <paramref name="sample"/>
        /// (a keyword of theirs) has letters and all are lower case, else upper case.
        /// </summary>
        internal static string InCaseOf(string sample, string keyword)
        {
            bool anyLetter = false;
            foreach (char c in sample)
            {
                if (!char.IsLetter(c)) continue;
                anyLetter = true;
                if (char.IsUpper(c)) return keyword.ToUpperInvariant();
            }

            return anyLetter ? keyword.ToLowerInvariant() : keyword.ToUpperInvariant();
        }

        /// <summary>A named bind placeholder in the dialect's usual client syntax: <c>:x</c> (Oracle, PostgreSQL psql), <c>@x</c> (SQL Server, MySQL).</summary>
        internal static string Bind(SqlDialect dialect, string name) =>
            (dialect == SqlDialect.SqlServer || dialect == SqlDialect.MySql || dialect == SqlDialect.MariaDb ? "@" : ":") + name;

        /// <summary>A list of names for a message: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
        internal static string List(IReadOnlyList<string> names)
        {
            if (names.Count == 0) return string.Empty;
            if (names.Count == 1) return names[0];
            return string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
        }
    }
}

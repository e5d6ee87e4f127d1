using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGuard.CodeFixes
{
    /// <summary>Titles shown in the light-bulb menu.</summary>
    internal static class FixTitles
    {
        /// <summary>"Apply SchemaGuard fix: add ONLINE" for a single insertion, otherwise a generic title naming the rule.</summary>
        internal static string ForSqlEdits(string id, IReadOnlyList<TextChange> changes)
        {
            var words = changes.Select(c => (c.NewText ?? string.Empty).Trim()).Where(t => t.Length > 0 && t.Length <= 40).ToList();
            if (words.Count == changes.Count && words.Count > 0)
            {
                string verb = changes.All(c => c.Span.Length == 0) ? "add " : "use ";
                return "SchemaGuard " + id + ": " + verb + string.Join(", ", words);
            }

            return "SchemaGuard " + id + ": apply the suggested SQL fix";
        }
    }
}

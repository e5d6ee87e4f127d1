using System.Text;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>
    /// Writes <c>docs/rules.md</c>, the index of every rule page. The committed file is compared with this output
    /// by a test, so the index never drifts from the pages.
    /// </summary>
    public static class RuleIndexWriter
    {
        /// <summary>The index as Markdown, with <c>\n</c> line ends; links point at <c>../rules/SGxxxx.md</c>.</summary>
        public static string Write(RuleCatalog catalog)
        {
            var sb = new StringBuilder();
            sb.Append("# Rules\n\n");
            sb.Append("<!-- Generated from rules/*.md by RuleIndexWriter. Do not edit: a test compares this file with the pages; run the Core tests with UPDATE_SNAPSHOTS=1 to rewrite it. -->\n\n");
            sb.Append("Each rule has a page with why it is dangerous, what to do instead and examples. Suppress a rule inline with `-- schemaguard-disable-next-line <name>`; change its severity with `dotnet_diagnostic.<id>.severity` in `.editorconfig`.\n\n");
            foreach (var category in RuleCategory.All)
            {
                bool any = false;
                foreach (var page in catalog.Pages)
                {
                    if (page.Category != category) continue;
                    if (!any)
                    {
                        sb.Append("## ").Append(category.Title).Append(" (SG").Append(category.FirstId / 1000).Append("xxx)\n\n");
                        sb.Append("| Id | Name | Severity | Category | Dialects | Title |\n");
                        sb.Append("|---|---|---|---|---|---|\n");
                        any = true;
                    }

                    sb.Append("| [").Append(page.Id).Append("](../rules/").Append(page.FileName).Append(") | `").Append(page.Name).Append("` | ")
                        .Append(Findings.SeverityNames.ToPageName(page.Severity)).Append(" | ")
                        .Append(page.Category.Name).Append(" | ")
                        .Append(page.AppliesToAllDialects ? "all" : string.Join(", ", page.Dialects)).Append(" | ")
                        .Append(EscapeCell(page.Title)).Append(" |\n");
                }

                if (any) sb.Append('\n');
            }

            return sb.ToString().TrimEnd('\n') + "\n";
        }

        private static string EscapeCell(string text) => text.Replace("|", "\\|");
    }
}

using System;
using System.CommandLine;
using System.Linq;
using SchemaGuard.Core.Catalog;

namespace SchemaGuard.Cli.Commands
{
    /// <summary><c>schemaguard explain &lt;id-or-name&gt;</c>: prints a rule's page (Markdown, without its front matter).</summary>
    public static class ExplainCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliEnvironment environment)
        {
            var rule = new Argument<string>("id-or-name") { Description = "The rule's id (SG1005) or name (drop-table-purge), in any case." };
            var command = new Command("explain", "Show a rule's page: why the change is dangerous, what to do instead, examples.") { rule };
            command.SetAction(result => Run(environment, RuleCatalog.Default, result.GetValue(rule) ?? string.Empty));
            return command;
        }

        /// <summary>Prints the page; returns the exit code.</summary>
        public static int Run(CliEnvironment environment, RuleCatalog catalog, string idOrName)
        {
            var page = catalog.Find(idOrName);
            if (page == null)
            {
                string hint = Suggest(catalog, idOrName);
                throw new UsageException("No rule has the id or name '" + idOrName + "'." + hint + " Run 'schemaguard rules' for the list.");
            }

            string markdown = page.Markdown.Replace("\r\n", "\n").TrimEnd('\n');
            environment.Output.Write(markdown + "\n\n" + "Page: " + ToolInfo.HelpUri(page) + "\n");
            return ExitCodes.Success;
        }

        private static string Suggest(RuleCatalog catalog, string text)
        {
            string needle = (text ?? string.Empty).Trim();
            if (needle.Length < 3) return string.Empty;
            var matches = catalog.Pages
                .Where(p => p.Name.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0 || p.Id.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0)
                .Select(p => p.Id + " " + p.Name)
                .Take(5)
                .ToList();
            return matches.Count == 0 ? string.Empty : " Did you mean: " + string.Join(", ", matches) + "?";
        }
    }
}

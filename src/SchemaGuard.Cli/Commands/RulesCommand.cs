using System;
using System.CommandLine;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;

namespace SchemaGuard.Cli.Commands
{
    /// <summary><c>schemaguard rules</c>: a table of every rule (id, name, severity, dialects, title), SchemaGuard's own diagnostics included.</summary>
    public static class RulesCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliEnvironment environment)
        {
            var command = new Command("rules", "List every rule: id, name, default severity, dialects and title.");
            command.SetAction(_ => Run(environment, RuleCatalog.Default));
            return command;
        }

        /// <summary>Prints the table; returns the exit code.</summary>
        public static int Run(CliEnvironment environment, RuleCatalog catalog)
        {
            var rows = catalog.Pages
                .Select(p => new[] { p.Id, p.Name, SeverityNames.ToPageName(p.Severity), p.AppliesToAllDialects ? "all" : string.Join(",", p.Dialects), p.Title })
                .ToList();
            var header = new[] { "ID", "NAME", "SEVERITY", "DIALECTS", "TITLE" };
            var widths = Enumerable.Range(0, header.Length - 1)
                .Select(i => Math.Max(header[i].Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length)))
                .ToArray();

            var sb = new StringBuilder();
            foreach (var row in new[] { header }.Concat(rows))
            {
                for (int i = 0; i < widths.Length; i++) sb.Append(row[i].PadRight(widths[i])).Append("  ");
                sb.Append(row[row.Length - 1]).Append('\n');
            }

            sb.Append(rows.Count).Append(" rules. 'schemaguard explain <id-or-name>' shows a rule's page.\n");
            environment.Output.Write(sb.ToString());
            return ExitCodes.Success;
        }
    }
}

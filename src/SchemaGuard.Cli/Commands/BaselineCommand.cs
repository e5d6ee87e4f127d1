using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGuard.Cli.Linting;
using SchemaGuard.Core.Suppression;

namespace SchemaGuard.Cli.Commands
{
    /// <summary>
    /// <c>schemaguard baseline [paths...] --output &lt;file&gt;</c>: lints like <c>lint</c> and writes every unsuppressed
    /// finding to a baseline file (Core's <see cref="Baseline"/> format), paths relative to the file's folder.
    /// </summary>
    public static class BaselineCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create(CliEnvironment environment)
        {
            var selection = new SelectionOptions();
            var output = new Option<string>("--output", "-o")
            {
                Description = "The baseline file to write (lint reads it with --baseline).",
                HelpName = "file",
                Required = true,
            };
            var command = new Command("baseline", "Write the current findings to a baseline file, so that only new findings fail 'schemaguard lint --baseline'.");
            selection.AddTo(command);
            command.Options.Add(output);
            command.SetAction(result => Run(environment, selection.Read(result), result.GetValue(output)!));
            return command;
        }

        /// <summary>Lints and writes the baseline; returns the exit code.</summary>
        public static int Run(CliEnvironment environment, LintSelection selection, string outputPath)
        {
            string file = LintCommand.PrepareOutput(environment, outputPath);
            var report = new LintPipeline(environment).Run(selection);
            var baseline = Baseline.Create(report.Findings, Path.GetDirectoryName(file)!);
            File.WriteAllText(file, baseline.Write(), new UTF8Encoding(false));
            int accepted = baseline.Entries.Sum(e => e.Count);
            environment.Output.WriteLine(
                "Wrote " + outputPath + ": " + accepted + " finding" + (accepted == 1 ? string.Empty : "s") + " accepted (" + baseline.Entries.Count + " entr" +
                (baseline.Entries.Count == 1 ? "y" : "ies") + ") from " + report.FileCount + " file" + (report.FileCount == 1 ? string.Empty : "s") + ".");
            return ExitCodes.Success;
        }
    }
}

using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGuard.Cli.Linting;
using SchemaGuard.Cli.Output;
using SchemaGuard.Cli.Selection;
using SchemaGuard.Core.Findings;

namespace SchemaGuard.Cli.Commands
{
    /// <summary>
    /// <c>schemaguard lint [paths...]</c>: lints files and migration folders and reports in the chosen format; exits 1
    /// when an unsuppressed finding is at or above <c>--fail-on</c>.
    /// </summary>
    public static class LintCommand
    {
        /// <summary>The <c>--fail-on</c> levels, in help order.</summary>
        public static readonly string[] FailOnLevels = { "error", "warning", "info", "none" };

        /// <summary>Builds the command.</summary>
        public static Command Create(CliEnvironment environment)
        {
            var selection = new SelectionOptions();
            var format = new Option<string>("--format", "-f")
            {
                Description = "Output format: text, json, sarif, github or markdown.",
                HelpName = "format",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong(ReportFormats.Names.ToArray());
            var output = new Option<string>("--output", "-o") { Description = "Write the report to this file instead of standard output.", HelpName = "file" };
            var failOn = new Option<string>("--fail-on")
            {
                Description = "Exit with 1 when an unsuppressed finding is at or above this severity: error, warning, info or none.",
                HelpName = "severity",
                DefaultValueFactory = _ => "warning",
            };
            failOn.AcceptOnlyFromAmong(FailOnLevels);
            var baseline = new Option<string>("--baseline") { Description = "Baseline file of accepted findings (written by 'schemaguard baseline').", HelpName = "file" };
            var changedSince = new Option<string>("--changed-since")
            {
                Description = "Report only findings in files changed since this git ref (every file is still replayed for the schema).",
                HelpName = "git-ref",
            };
            var noColor = new Option<bool>("--no-color") { Description = "Plain text output: no colours, no source excerpts." };

            var command = new Command("lint", "Lint SQL files and migration folders for dangerous changes.");
            selection.AddTo(command);
            command.Options.Add(format);
            command.Options.Add(output);
            command.Options.Add(failOn);
            command.Options.Add(baseline);
            command.Options.Add(changedSince);
            command.Options.Add(noColor);

            command.SetAction(result => Run(
                environment,
                selection.Read(result),
                ReportFormats.Parse(result.GetValue(format)),
                result.GetValue(output),
                ParseFailOn(result.GetValue(failOn)),
                result.GetValue(baseline),
                result.GetValue(changedSince),
                result.GetValue(noColor)));
            return command;
        }

        /// <summary>Runs the lint and writes the report; returns the exit code.</summary>
        public static int Run(
            CliEnvironment environment,
            LintSelection selection,
            ReportFormat format,
            string? outputPath,
            Severity failOn,
            string? baselinePath,
            string? changedSince,
            bool noColor)
        {
            string? outputFile = outputPath == null ? null : PrepareOutput(environment, outputPath);
            var report = new LintPipeline(environment).Run(selection, baselinePath, changedSince);

            bool excerpts = outputFile == null && environment.IsTerminal && !noColor;
            bool color = excerpts && string.IsNullOrEmpty(environment.GetEnvironmentVariable("NO_COLOR"));
            var writer = ReportFormats.Create(format, new TextStyle(excerpts, color));
            if (outputFile == null)
            {
                writer.Write(report, environment.Output);
            }
            else
            {
                using (var file = new StreamWriter(outputFile, append: false, new UTF8Encoding(false)))
                {
                    writer.Write(report, file);
                }

                environment.Output.WriteLine(new TextReportWriter(TextStyle.Plain).Summary(report) + " Report written to " + outputPath + ".");
            }

            if (report.FileCount == 0) environment.Error.WriteLine("schemaguard: warning: no files to lint (folders are searched for " + FileSelector.DefaultInclude + " unless --include says otherwise).");
            return report.Fails(failOn) ? ExitCodes.Findings : ExitCodes.Success;
        }

        /// <summary>Reads a <c>--fail-on</c> level.</summary>
        public static Severity ParseFailOn(string? level)
        {
            switch (level ?? "warning")
            {
                case "error": return Severity.Error;
                case "warning": return Severity.Warning;
                case "info": return Severity.Info;
                case "none": return Severity.None;
                default: throw new UsageException("--fail-on: unknown level '" + level + "'. Use error, warning, info or none.");
            }
        }

        /// <summary>Checks the output file can be written before any work is done.</summary>
        internal static string PrepareOutput(CliEnvironment environment, string outputPath)
        {
            if (outputPath.Trim().Length == 0) throw new UsageException("--output needs a file name.");
            string full = environment.ResolvePath(outputPath);
            if (Directory.Exists(full)) throw new UsageException("--output: " + outputPath + " is a folder; name a file.");
            string? folder = Path.GetDirectoryName(full);
            if (folder != null && !Directory.Exists(folder)) throw new UsageException("--output: the folder " + folder + " does not exist.");
            return full;
        }
    }
}

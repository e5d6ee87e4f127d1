using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Linq;
using System.Reflection;
using SchemaGuard.Cli.Commands;

namespace SchemaGuard.Cli
{
    /// <summary>Builds the command tree and runs one command line, mapping every outcome to an <see cref="ExitCodes"/> value.</summary>
    public static class CliApp
    {
        /// <summary>Builds the root command with every subcommand.</summary>
        public static RootCommand CreateRootCommand(CliEnvironment environment, Option<bool> verbose)
        {
            var root = new RootCommand("schemaguard: catches dangerous database changes in SQL migrations before they reach production.")
            {
                verbose,
                LintCommand.Create(environment),
                BaselineCommand.Create(environment),
                RulesCommand.Create(environment),
                ExplainCommand.Create(environment),
                ParseCommand.Create(environment),
            };

            // The built-in --version reads the entry assembly, which is the test host when commands run in-process.
            var version = root.Options.OfType<VersionOption>().Single();
            version.Action = new PrintVersionAction(environment);
            return root;
        }

        /// <summary>The tool's version as <c>--version</c> prints it (the informational version, with the commit when known).</summary>
        public static string Version => ToolInfo.Version;

        /// <summary>Runs a command line against the environment's writers; never throws.</summary>
        public static int Run(string[] args, CliEnvironment environment)
        {
            var verbose = CommonOptions.CreateVerboseOption();
            ParseResult? parsed = null;
            try
            {
                parsed = CreateRootCommand(environment, verbose).Parse(args);
                if (parsed.Errors.Count > 0)
                {
                    foreach (var error in parsed.Errors) environment.Error.WriteLine("schemaguard: " + error.Message);
                    environment.Error.WriteLine("Run 'schemaguard --help' for usage.");
                    return ExitCodes.BadUsage;
                }

                return parsed.Invoke(new InvocationConfiguration
                {
                    Output = environment.Output,
                    Error = environment.Error,
                    EnableDefaultExceptionHandler = false,
                });
            }
            catch (UsageException ex)
            {
                environment.Error.WriteLine("schemaguard: " + ex.Message);
                return ExitCodes.BadUsage;
            }
            catch (Exception ex)
            {
                bool showDetails = parsed != null && parsed.GetValue(verbose);
                environment.Error.WriteLine("schemaguard: internal error: " + ex.GetType().Name + ": " + ex.Message);
                environment.Error.WriteLine("This is a bug in SchemaGuard " + ToolInfo.SemanticVersion + "; please report it (" + ToolInfo.InformationUri + "/issues) with the command line and, if you can, the file.");
                environment.Error.WriteLine(showDetails ? ex.ToString() : "Run again with --verbose for details.");
                return ExitCodes.InternalError;
            }
        }

        private sealed class PrintVersionAction : SynchronousCommandLineAction
        {
            private readonly CliEnvironment _environment;

            public PrintVersionAction(CliEnvironment environment) => _environment = environment;

            public override int Invoke(ParseResult parseResult)
            {
                _environment.Output.WriteLine(Version);
                return ExitCodes.Success;
            }
        }
    }
}

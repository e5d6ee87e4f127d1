using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Cli.Commands
{
    /// <summary>
    /// <c>schemaguard parse &lt;file&gt; --dialect &lt;name&gt; [--tree]</c>: shows how the SQL front end reads a script, one line
    /// per statement (or the full tree), then its diagnostics in compiler style.
    /// </summary>
    public static class ParseCommand
    {
        private const int MaxPreview = 60;

        /// <summary>Builds the command.</summary>
        public static Command Create(CliEnvironment environment)
        {
            var file = new Argument<string>("file") { Description = "The SQL script to read." };
            var dialect = CommonOptions.CreateDialectOption();
            var tree = new Option<bool>("--tree") { Description = "Print every statement's syntax tree instead of one line per statement." };
            var command = new Command("parse", "Show how SchemaGuard reads a SQL script: its statements, their spans and any syntax diagnostics.")
            {
                file,
                dialect,
                tree,
            };
            command.SetAction(result => Run(
                environment,
                result.GetValue(file) ?? string.Empty,
                result.GetValue(dialect),
                result.GetValue(tree)));
            return command;
        }

        /// <summary>Reads and prints the script; returns the exit code.</summary>
        public static int Run(CliEnvironment environment, string path, string? dialectName, bool tree)
        {
            var dialect = CommonOptions.ResolveDialect(dialectName);
            var script = SqlScript.ParseFile(ReadFile(environment, path), path, dialect);
            var output = environment.Output;

            if (tree)
            {
                output.Write(SyntaxTreeDumper.Dump(script, includeDiagnostics: false));
            }
            else
            {
                foreach (var statement in script.Statements) output.WriteLine(DescribeStatement(script, statement));
            }

            foreach (var diagnostic in script.Diagnostics) output.WriteLine(FormatDiagnostic(script, path, diagnostic));

            int problems = script.Diagnostics.Count(d => d.Severity != DiagnosticSeverity.Info);
            output.WriteLine(script.Statements.Count + " statement" + (script.Statements.Count == 1 ? string.Empty : "s") + ", " +
                problems + " diagnostic" + (problems == 1 ? string.Empty : "s") + ".");
            return problems > 0 ? ExitCodes.Findings : ExitCodes.Success;
        }

        /// <summary><c>3:1-5:2 CreateTable partial CREATE TABLE orders (...</c></summary>
        internal static string DescribeStatement(SqlScript script, Statement statement)
        {
            var sb = new StringBuilder();
            sb.Append(SyntaxTreeDumper.FormatSpan(script.Source, statement.Span)).Append(' ').Append(statement.Kind);
            if (statement.IsPartial) sb.Append(" partial");
            sb.Append(' ').Append(SyntaxTreeDumper.Abbreviate(script.Source.GetText(statement.Span), MaxPreview));
            return sb.ToString();
        }

        /// <summary><c>path(line,col): warning SG9001: message</c>, the form editors and CI annotate from.</summary>
        internal static string FormatDiagnostic(SqlScript script, string path, SqlDiagnostic diagnostic)
        {
            var position = script.Source.GetPosition(diagnostic.Span.Start);
            return path + "(" + position.Line + "," + position.Column + "): " + diagnostic.Severity.ToString().ToLowerInvariant() + " " + diagnostic.Id + ": " + diagnostic.Message;
        }

        private static byte[] ReadFile(CliEnvironment environment, string path)
        {
            if (string.IsNullOrWhiteSpace(path)) throw new UsageException("parse needs a file.");
            if (Directory.Exists(environment.ResolvePath(path))) throw new UsageException("'" + path + "' is a directory; parse reads one file.");
            try
            {
                return environment.ReadAllBytes(environment.ResolvePath(path));
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
            {
                throw new UsageException("File not found: " + path);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException || ex is IOException)
            {
                throw new UsageException("Cannot read " + path + ": " + ex.Message);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using SchemaGuard.Sql.Tests.Infrastructure;

namespace SchemaGuard.Sql.Tests.Corpus
{
    /// <summary>Reads the whole corpus once for all corpus tests and writes <c>corpus-report.txt</c> next to the test binaries.</summary>
    public sealed class CorpusRun
    {
        /// <summary>Highest share of statements per dialect the parser may fail to read.</summary>
        internal static readonly IReadOnlyDictionary<string, double> MaxUnreadShare = new Dictionary<string, double>
        {
            ["oracle"] = 0.01,
            ["postgresql"] = 0.01,
            ["mysql"] = 0.01,
            ["sqlserver"] = 0.01,
        };

        private static readonly Lazy<string?> Root = new Lazy<string?>(() => CorpusStats.FindCorpusRoot(AppContext.BaseDirectory));

        public CorpusRun()
        {
            if (CorpusRoot == null) return;
            foreach (var folder in CorpusStats.DialectFolders)
            {
                var result = new CorpusDialectResult(folder.Key, folder.Value);
                foreach (var path in CorpusStats.ListFiles(CorpusRoot, folder.Key))
                {
                    result.Files.Add(ReadFile(CorpusRoot, path, result));
                }

                Results.Add(result);
            }

            Report = CorpusDialectResult.FormatReport(CorpusRoot, Results, MaxUnreadShare);
            ReportPath = Path.Combine(AppContext.BaseDirectory, "corpus-report.txt");
            File.WriteAllText(ReportPath, Report);
        }

        /// <summary>The corpus folder, or null when it is not beside the checkout.</summary>
        internal static string? CorpusRoot => Root.Value;

        /// <summary>Why the corpus tests are skipped, or null when they run (in CI they always run, and fail without a corpus).</summary>
        internal static string? SkipReason =>
            CorpusRoot == null && !TestEnvironment.IsCI
                ? "The corpus was not found (looked for shared/corpus above " + AppContext.BaseDirectory + " and $" + CorpusStats.EnvironmentVariable + "); corpus tests skipped."
                : null;

        internal List<CorpusDialectResult> Results { get; } = new List<CorpusDialectResult>();

        internal string Report { get; } = string.Empty;

        internal string? ReportPath { get; }

        private static CorpusFileResult ReadFile(string root, string path, CorpusDialectResult dialect)
        {
            var result = new CorpusFileResult(Path.GetRelativePath(root, path).Replace('\\', '/'));
            try
            {
                var script = SqlScript.ParseFile(File.ReadAllBytes(path), path, dialect.Dialect);
                result.Characters = script.Source.Length;
                result.Tokens = script.Tokens.Count;
                result.Statements = script.Statements.Count;
                result.Unread = CorpusStats.FindUnreadStatements(script);

                // Linear without a clock: every token but the end of file covers at least one character, and the
                // text read twice gives exactly twice the statements and at most twice the tokens (plus the separator).
                var doubled = SqlScript.Parse(CorpusStats.Doubled(script), dialect.Dialect);
                if (script.Tokens.Count - 1 > script.Source.Length)
                {
                    result.LinearityProblem = (script.Tokens.Count - 1) + " tokens for " + script.Source.Length + " characters";
                }
                else if (doubled.Statements.Count != 2 * script.Statements.Count)
                {
                    result.LinearityProblem = "read twice it gives " + doubled.Statements.Count + " statements instead of 2 x " + script.Statements.Count;
                }
                else if (doubled.Tokens.Count > 2 * script.Tokens.Count + 2)
                {
                    result.LinearityProblem = "read twice it gives " + doubled.Tokens.Count + " tokens instead of at most 2 x " + script.Tokens.Count + " + 2";
                }
            }
            catch (Exception ex)
            {
                result.Exception = ex;
            }

            return result;
        }
    }
}

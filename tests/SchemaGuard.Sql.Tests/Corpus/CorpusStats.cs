using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Tests.Corpus
{
    /// <summary>
    /// Finding the real-world corpus (<c>../shared/corpus</c> beside the checkout) and measuring how the front end
    /// reads it. Console-free so that the benchmark project can link this file.
    /// </summary>
    internal static class CorpusStats
    {
        /// <summary>Overrides where the corpus is looked for.</summary>
        public const string EnvironmentVariable = "SCHEMAGUARD_CORPUS";

        /// <summary>The corpus folders the SQL front end reads, and the dialect of each (csharp/ is not SQL).</summary>
        public static readonly IReadOnlyList<KeyValuePair<string, SqlDialect>> DialectFolders = new[]
        {
            new KeyValuePair<string, SqlDialect>("oracle", SqlDialect.Oracle),
            new KeyValuePair<string, SqlDialect>("postgresql", SqlDialect.PostgreSql),
            new KeyValuePair<string, SqlDialect>("mysql", SqlDialect.MySql),
            new KeyValuePair<string, SqlDialect>("sqlserver", SqlDialect.SqlServer),
        };

        /// <summary>
        /// The corpus folder: <c>$SCHEMAGUARD_CORPUS</c> when set, else the first <c>shared/corpus</c> found walking up from
        /// <paramref name="startDirectory"/> (the checkout's parent holds both the checkout and shared/). Null when none.
        /// </summary>
        public static string? FindCorpusRoot(string startDirectory)
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrEmpty(fromEnvironment)) return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
            for (var dir = new DirectoryInfo(startDirectory); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate)) return candidate;
            }

            return null;
        }

        /// <summary>The SQL files of one dialect folder (licences and read-mes left out), in ordinal path order.</summary>
        public static IReadOnlyList<string> ListFiles(string corpusRoot, string folder)
        {
            string dir = Path.Combine(corpusRoot, folder);
            if (!Directory.Exists(dir)) return Array.Empty<string>();
            return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(IsSqlFile)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Whether a corpus file holds SQL (every file but licences, read-mes and Markdown).</summary>
        public static bool IsSqlFile(string path)
        {
            string name = Path.GetFileName(path);
            return !name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase)
                && !name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
                && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// Statements the parser could not read: those of kind Unknown, and those with an SG9001 diagnostic between
        /// their start and the next statement's start (a diagnostic at a statement's terminator belongs to it).
        /// Each is returned with a short reason, for the report.
        /// </summary>
        public static IReadOnlyList<string> FindUnreadStatements(SqlScript script)
        {
            var unread = new List<string>();
            var syntaxErrors = script.Diagnostics
                .Where(d => d.Id == DiagnosticIds.UnreadableStatement)
                .Select(d => d.Span.Start)
                .OrderBy(s => s)
                .ToList();
            int next = 0;
            var statements = script.Statements;
            for (int i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                int until = i + 1 < statements.Count ? statements[i + 1].Span.Start : int.MaxValue;
                while (next < syntaxErrors.Count && syntaxErrors[next] < statement.Span.Start) next++;
                bool hasError = false;
                while (next < syntaxErrors.Count && syntaxErrors[next] < until)
                {
                    hasError = true;
                    next++;
                }

                if (statement.Kind == StatementKind.Unknown)
                {
                    string word = statement is OtherStatement other ? other.Description : string.Empty;
                    unread.Add("Unknown '" + (word.Length > 30 ? word.Substring(0, 30) : word) + "'");
                }
                else if (hasError)
                {
                    unread.Add(statement.Kind + " with SG9001");
                }
            }

            return unread;
        }

        /// <summary>
        /// The text twice, with a line break (and a terminator when the last statement has none) between the copies,
        /// so that the copy after it starts a new statement; reading it must give exactly twice the statements.
        /// </summary>
        public static string Doubled(SqlScript script)
        {
            string text = script.Source.Text;
            var last = script.Statements.Count > 0 ? script.Statements[script.Statements.Count - 1] : null;
            string separator = "\n";
            if (last != null && last.TerminatorTokenIndex < 0 && last.Kind != StatementKind.ClientCommand)
            {
                separator += script.Dialect.UsesSlashLineTerminator ? "/\n" : ";\n";
            }

            return text + separator + text;
        }
    }

    /// <summary>How the front end read one corpus file.</summary>
    internal sealed class CorpusFileResult
    {
        public CorpusFileResult(string path) => Path = path;

        /// <summary>Path relative to the corpus root, with forward slashes.</summary>
        public string Path { get; }

        public int Characters { get; set; }

        public int Tokens { get; set; }

        public int Statements { get; set; }

        public IReadOnlyList<string> Unread { get; set; } = Array.Empty<string>();

        /// <summary>What broke linearity (token count out of bounds, doubled text not doubling the statements), or null.</summary>
        public string? LinearityProblem { get; set; }

        /// <summary>The exception the front end threw, or null.</summary>
        public Exception? Exception { get; set; }
    }

    /// <summary>The results of one dialect folder, and the report text.</summary>
    internal sealed class CorpusDialectResult
    {
        public CorpusDialectResult(string folder, SqlDialect dialect)
        {
            Folder = folder;
            Dialect = dialect;
        }

        public string Folder { get; }

        public SqlDialect Dialect { get; }

        public List<CorpusFileResult> Files { get; } = new List<CorpusFileResult>();

        public long Characters => Files.Sum(f => (long)f.Characters);

        public int Statements => Files.Sum(f => f.Statements);

        public int Unread => Files.Sum(f => f.Unread.Count);

        /// <summary>Unread statements as a share of all statements (0 when there are none).</summary>
        public double UnreadShare => Statements == 0 ? 0 : (double)Unread / Statements;

        /// <summary>A plain-text report over several dialects: totals, then where the unread statements are.</summary>
        public static string FormatReport(string corpusRoot, IReadOnlyList<CorpusDialectResult> results, IReadOnlyDictionary<string, double> thresholds)
        {
            var sb = new StringBuilder();
            sb.Append("SchemaGuard corpus report\ncorpus: ").Append(corpusRoot).Append("\n\n");
            sb.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0,-11} {1,6} {2,10} {3,10} {4,7} {5,8} {6,9} {7,10} {8,10}\n",
                "dialect", "files", "chars", "statements", "unread", "unread%", "threshold", "exceptions", "nonlinear"));
            foreach (var r in results)
            {
                thresholds.TryGetValue(r.Folder, out double threshold);
                sb.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0,-11} {1,6} {2,10} {3,10} {4,7} {5,7:0.00}% {6,8:0.00}% {7,10} {8,10}\n",
                    r.Folder, r.Files.Count, r.Characters, r.Statements, r.Unread, r.UnreadShare * 100, threshold * 100,
                    r.Files.Count(f => f.Exception != null), r.Files.Count(f => f.LinearityProblem != null)));
            }

            foreach (var r in results)
            {
                sb.Append("\n== ").Append(r.Folder).Append('\n');
                var reasons = r.Files.SelectMany(f => f.Unread).GroupBy(u => u).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(15).ToList();
                if (reasons.Count > 0)
                {
                    sb.Append("most frequent unread statements:\n");
                    foreach (var g in reasons) sb.Append("  ").Append(g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(6)).Append("  ").Append(g.Key).Append('\n');
                    sb.Append("files with the most unread statements:\n");
                    foreach (var f in r.Files.Where(f => f.Unread.Count > 0).OrderByDescending(f => f.Unread.Count).ThenBy(f => f.Path, StringComparer.Ordinal).Take(10))
                    {
                        sb.Append("  ").Append(f.Unread.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(6)).Append(" of ").Append(f.Statements).Append("  ").Append(f.Path).Append('\n');
                    }
                }

                foreach (var f in r.Files.Where(f => f.Exception != null))
                {
                    sb.Append("exception: ").Append(f.Path).Append(": ").Append(f.Exception!.GetType().Name).Append(": ").Append(f.Exception.Message).Append('\n');
                }

                foreach (var f in r.Files.Where(f => f.LinearityProblem != null).Take(20))
                {
                    sb.Append("nonlinear: ").Append(f.Path).Append(": ").Append(f.LinearityProblem).Append('\n');
                }
            }

            return sb.ToString();
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Cli.Output
{
    /// <summary>What the reports print: the findings to show (suppressed ones included, marked), the files' texts, counts and time.</summary>
    public sealed class LintReport
    {
        private readonly IReadOnlyDictionary<string, SourceText> _sources;

        /// <summary>Creates a report.</summary>
        public LintReport(RuleCatalog catalog, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, SourceText> sources, int fileCount, TimeSpan elapsed, string rootDirectory)
        {
            Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            Findings = findings ?? throw new ArgumentNullException(nameof(findings));
            _sources = sources ?? throw new ArgumentNullException(nameof(sources));
            FileCount = fileCount;
            Elapsed = elapsed;
            RootDirectory = Path.GetFullPath(rootDirectory);
        }

        /// <summary>The rule pages, for rule metadata and links.</summary>
        public RuleCatalog Catalog { get; }

        /// <summary>The findings to report, in file order then by position; suppressed ones included.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>The findings no comment or baseline suppresses.</summary>
        public IEnumerable<Finding> Active => Findings.Where(f => !f.IsSuppressed);

        /// <summary>How many files were linted.</summary>
        public int FileCount { get; }

        /// <summary>How long the run took.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>The folder paths are reported relative to (the current folder): SARIF's <c>%SRCROOT%</c>.</summary>
        public string RootDirectory { get; }

        /// <summary>Unsuppressed findings of a severity.</summary>
        public int Count(Severity severity) => Active.Count(f => f.Severity == severity);

        /// <summary>Suppressed findings.</summary>
        public int SuppressedCount => Findings.Count(f => f.IsSuppressed);

        /// <summary>Whether an unsuppressed finding is at or above <paramref name="threshold"/>; <see cref="Severity.None"/> never fails.</summary>
        public bool Fails(Severity threshold) => threshold != Severity.None && Active.Any(f => f.Severity >= threshold);

        /// <summary>The text of a linted file, or null (unreadable files have none).</summary>
        public SourceText? GetSource(string fullPath) => _sources.TryGetValue(fullPath, out var source) && source.Length > 0 ? source : null;

        /// <summary>A path as people read it: relative to <see cref="RootDirectory"/> when below it, else absolute.</summary>
        public string DisplayPath(string fullPath) => RelativeUri(fullPath) is { } relative
            ? relative.Replace('/', Path.DirectorySeparatorChar)
            : fullPath;

        /// <summary>The path relative to <see cref="RootDirectory"/> with <c>/</c> separators, or null when it lies outside.</summary>
        public string? RelativeUri(string fullPath)
        {
            string relative = Path.GetRelativePath(RootDirectory, fullPath);
            if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
            return relative.Replace(Path.DirectorySeparatorChar, '/');
        }

        /// <summary>A path as a URI for reports that need one: relative with <c>/</c> when below the root, else a <c>file://</c> URI.</summary>
        public string Uri(string fullPath) => RelativeUri(fullPath) is { } relative ? EscapeUri(relative) : new Uri(fullPath).AbsoluteUri;

        /// <summary>The root as a <c>file://</c> URI ending in <c>/</c>.</summary>
        public string RootUri
        {
            get
            {
                string uri = new Uri(RootDirectory).AbsoluteUri;
                return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
            }
        }

        private static string EscapeUri(string relative) =>
            string.Join("/", relative.Split('/').Select(System.Uri.EscapeDataString));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace SchemaGuard.Cli.Selection
{
    /// <summary>
    /// Turns the paths of a command line into the files to lint: a file is taken as it is (whatever its extension); a
    /// folder is searched for the <c>--include</c> globs (default <c>**/*.sql</c>) minus the <c>--exclude</c> globs, both
    /// relative to that folder; a path with <c>*</c> in it is itself a glob, relative to the folder part before its first
    /// wildcard (the excludes apply there too). No path means the current folder. A path that does not exist is a usage
    /// error naming it. Globs follow Microsoft.Extensions.FileSystemGlobbing: <c>*</c> within a folder name, <c>**</c>
    /// across folders, matched case-sensitively.
    /// </summary>
    public sealed class FileSelector
    {
        /// <summary>What a folder yields when no <c>--include</c> is given.</summary>
        public const string DefaultInclude = "**/*.sql";

        private readonly IReadOnlyList<string> _includes;
        private readonly IReadOnlyList<string> _excludes;

        /// <summary>Creates a selector; empty include lists fall back to <see cref="DefaultInclude"/>.</summary>
        public FileSelector(IEnumerable<string>? includes, IEnumerable<string>? excludes)
        {
            _includes = Clean(includes, "--include");
            if (_includes.Count == 0) _includes = new[] { DefaultInclude };
            _excludes = Clean(excludes, "--exclude");
        }

        /// <summary>The absolute paths of the files to lint, each once, in the order found (migration order is decided later).</summary>
        public IReadOnlyList<string> Select(IReadOnlyList<string> paths, string currentDirectory)
        {
            var result = new List<string>();
            var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            if (paths.Count == 0) paths = new[] { "." };
            foreach (string raw in paths)
            {
                if (string.IsNullOrWhiteSpace(raw)) throw new UsageException("An empty path was given; name a file or a folder.");
                string full = Path.GetFullPath(raw, currentDirectory);
                IEnumerable<string> found;
                if (File.Exists(full)) found = new[] { full };
                else if (Directory.Exists(full)) found = Search(full, _includes);
                else if (raw.IndexOf('*', StringComparison.Ordinal) >= 0) found = SearchGlob(raw, currentDirectory);
                else throw new UsageException("Path not found: " + raw + " (looked for " + full + ").");

                foreach (string file in found)
                {
                    if (seen.Add(file)) result.Add(file);
                }
            }

            return result;
        }

        private IEnumerable<string> Search(string folder, IReadOnlyList<string> includes)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddIncludePatterns(includes);
            matcher.AddExcludePatterns(_excludes);
            return matcher.GetResultsInFullPath(folder).Select(Path.GetFullPath).OrderBy(p => p, StringComparer.Ordinal);
        }

        private IEnumerable<string> SearchGlob(string pattern, string currentDirectory)
        {
            // The folder part before the first wildcard is where the search starts; the rest is the include pattern.
            string normalized = pattern.Replace('\\', '/');
            int star = normalized.IndexOf('*', StringComparison.Ordinal);
            int slash = normalized.LastIndexOf('/', star);
            string folder = slash < 0 ? "." : normalized.Substring(0, slash + 1);
            string rest = slash < 0 ? normalized : normalized.Substring(slash + 1);
            string root = Path.GetFullPath(folder.Length == 0 ? "/" : folder, currentDirectory);
            if (!Directory.Exists(root)) throw new UsageException("Path not found: " + pattern + " (the folder " + root + " does not exist).");
            return Search(root, new[] { rest });
        }

        private static IReadOnlyList<string> Clean(IEnumerable<string>? patterns, string option)
        {
            var list = new List<string>();
            if (patterns == null) return list;
            foreach (string pattern in patterns)
            {
                string p = (pattern ?? string.Empty).Trim();
                if (p.Length == 0) throw new UsageException(option + " needs a glob such as **/*.sql.");
                list.Add(p.Replace('\\', '/'));
            }

            return list;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SchemaGuard.Core.Tests.Migrations
{
    /// <summary>
    /// Finds the shared real-world corpus (<c>../shared/corpus</c> from the project root; worktrees sit deeper, so every
    /// ancestor of the test binaries is tried), or <c>SCHEMAGUARD_CORPUS</c> when set.
    /// </summary>
    internal static class Corpus
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(Locate);

        internal static string Root => RootPath.Value;

        /// <summary>The files under a corpus folder, as paths relative to that folder with <c>/</c> separators.</summary>
        internal static IReadOnlyList<string> Files(string folder, string pattern = "*.sql")
        {
            string directory = Path.Combine(Root, folder);
            return Directory.GetFiles(directory, pattern, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
                .ToList();
        }

        private static string Locate()
        {
            string? configured = Environment.GetEnvironmentVariable("SCHEMAGUARD_CORPUS");
            if (!string.IsNullOrEmpty(configured) && Directory.Exists(configured)) return configured;

            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new InvalidOperationException(
                "The shared corpus was not found above " + AppContext.BaseDirectory + "; set SCHEMAGUARD_CORPUS to its folder.");
        }
    }
}

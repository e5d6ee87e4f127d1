using System;
using System.IO;

namespace SchemaGuard.Sql.Tests.Infrastructure
{
    /// <summary>Where the tests find the source tree and the files they read from it.</summary>
    internal static class RepoPaths
    {
        private static readonly Lazy<string> Root = new Lazy<string>(FindRepositoryRoot);

        /// <summary>The checkout's root: the nearest folder above the test binaries that holds SchemaGuard.sln.</summary>
        public static string RepositoryRoot => Root.Value;

        /// <summary>The fixture folder in the source tree, where snapshots are written back.</summary>
        public static string SourceFixtures => Path.Combine(RepositoryRoot, "tests", "SchemaGuard.Sql.Tests", "Fixtures");

        /// <summary>The fixture folder copied next to the test binaries, where fixtures and snapshots are read.</summary>
        public static string OutputFixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

        /// <summary>The rule pages.</summary>
        public static string RulesFolder => Path.Combine(RepositoryRoot, "rules");

        /// <summary>The SQL front end's sources.</summary>
        public static string SqlSources => Path.Combine(RepositoryRoot, "src", "SchemaGuard.Sql");

        /// <summary>All product sources.</summary>
        public static string Sources => Path.Combine(RepositoryRoot, "src");

        private static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SchemaGuard.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("SchemaGuard.sln was not found above " + AppContext.BaseDirectory + "; the tests read fixtures and sources from the checkout.");
        }
    }
}

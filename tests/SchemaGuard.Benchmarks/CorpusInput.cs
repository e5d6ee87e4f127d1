using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using SchemaGuard.Sql.Tests.Corpus;

namespace SchemaGuard.Benchmarks
{
    /// <summary>The corpus files a benchmark reads, by dialect folder, and their size.</summary>
    public static class CorpusInput
    {
        private static readonly ConcurrentDictionary<string, long> Sizes = new ConcurrentDictionary<string, long>();

        /// <summary>The corpus folder; throws with a clear message when it is missing.</summary>
        public static string Root =>
            CorpusStats.FindCorpusRoot(AppContext.BaseDirectory)
            ?? CorpusStats.FindCorpusRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("The corpus was not found: put shared/corpus beside the checkout or set " + CorpusStats.EnvironmentVariable + ".");

        /// <summary>The SQL files of a dialect folder.</summary>
        public static string[] Files(string folder) => CorpusStats.ListFiles(Root, folder).ToArray();

        /// <summary>Total bytes of a dialect folder's SQL files (what MB/s and allocations per MB are computed from).</summary>
        public static long Bytes(string folder) => Sizes.GetOrAdd(folder, f => Files(f).Sum(p => new FileInfo(p).Length));
    }
}

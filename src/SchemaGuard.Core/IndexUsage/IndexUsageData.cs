using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGuard.Core.IndexUsage
{
    /// <summary>An index-usage export, with lookups by index name (and table or schema where names are not unique).</summary>
    public sealed class IndexUsageData
    {
        private readonly Dictionary<string, List<IndexUsageEntry>> _byName;

        internal IndexUsageData(string path, IndexUsageFormat format, IndexNameCase nameCase, IReadOnlyList<IndexUsageEntry> indexes)
        {
            Path = path;
            Format = format;
            NameCase = nameCase;
            Indexes = indexes;
            _byName = new Dictionary<string, List<IndexUsageEntry>>(StringComparer.Ordinal);
            foreach (IndexUsageEntry usage in indexes)
            {
                string key = Key(usage.Index);
                if (!_byName.TryGetValue(key, out List<IndexUsageEntry>? list)) _byName.Add(key, list = new List<IndexUsageEntry>());
                list.Add(usage);
            }
        }

        /// <summary>The export's path.</summary>
        public string Path { get; }

        /// <summary>The view it came from.</summary>
        public IndexUsageFormat Format { get; }

        /// <summary>How names are compared.</summary>
        public IndexNameCase NameCase { get; }

        /// <summary>What a missing index means for this view.</summary>
        public IndexUsageCoverage Coverage => Format == IndexUsageFormat.OracleIndexUsage ? IndexUsageCoverage.ListsUsedIndexesOnly
            : Format == IndexUsageFormat.MySqlSchemaUnusedIndexes ? IndexUsageCoverage.ListsUnusedIndexesOnly
            : IndexUsageCoverage.ListsWatchedIndexes;

        /// <summary>Every row, in file order.</summary>
        public IReadOnlyList<IndexUsageEntry> Indexes { get; }

        /// <summary>Every row for an index of that name, whatever its table or schema.</summary>
        public IReadOnlyList<IndexUsageEntry> FindAll(string index) =>
            index != null && _byName.TryGetValue(Key(index), out List<IndexUsageEntry>? list) ? list : (IReadOnlyList<IndexUsageEntry>)new IndexUsageEntry[0];

        /// <summary>
        /// The row for that index. A table or schema, when given, must match where the export has one. Null when there is
        /// no such row, or when several rows for different tables remain.
        /// </summary>
        public IndexUsageEntry? Find(string index, string? table = null, string? schema = null)
        {
            List<IndexUsageEntry> candidates = FindAll(index)
                .Where(u => Matches(u.Table, table) && Matches(u.Schema, schema))
                .ToList();
            if (candidates.Count <= 1) return candidates.FirstOrDefault();

            // Prefer the rows that state the table/schema asked for over rows that leave it open.
            List<IndexUsageEntry> stated = candidates.Where(u => (table == null || u.Table != null) && (schema == null || u.Schema != null)).ToList();
            if (stated.Count > 0) candidates = stated;
            bool sameObject = candidates.All(u => SameName(u.Table, candidates[0].Table) && SameName(u.Schema, candidates[0].Schema));
            return sameObject ? candidates[0] : null;
        }

        /// <summary>
        /// Whether the index was never read: from its row when listed, otherwise from what the view's coverage implies
        /// (true for DBA_INDEX_USAGE, false for sys.schema_unused_indexes), null when the export cannot tell.
        /// </summary>
        public bool? IsNeverRead(string index, string? table = null, string? schema = null)
        {
            IndexUsageEntry? usage = Find(index, table, schema);
            if (usage != null) return usage.NeverRead;
            if (FindAll(index).Count > 0) return null;
            switch (Coverage)
            {
                case IndexUsageCoverage.ListsUsedIndexesOnly: return true;
                case IndexUsageCoverage.ListsUnusedIndexesOnly: return false;
                default: return null;
            }
        }

        private bool Matches(string? exported, string? asked) => exported == null || asked == null || SameName(exported, asked);

        private bool SameName(string? a, string? b) =>
            a == null || b == null ? a == b : string.Equals(Key(a), Key(b), StringComparison.Ordinal);

        private string Key(string name) => NameCase == IndexNameCase.IgnoreCase ? name.ToLowerInvariant() : name;
    }
}

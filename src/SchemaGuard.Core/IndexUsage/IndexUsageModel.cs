namespace SchemaGuard.Core.IndexUsage
{
    /// <summary>The dictionary view an index-usage CSV was exported from, told by its header.</summary>
    public enum IndexUsageFormat
    {
        /// <summary>Oracle <c>V$OBJECT_USAGE</c> / <c>USER_OBJECT_USAGE</c> / <c>DBA_OBJECT_USAGE</c>: INDEX_NAME, TABLE_NAME, USED (YES/NO), MONITORING.</summary>
        OracleObjectUsage,

        /// <summary>Oracle 12.2+ <c>DBA_INDEX_USAGE</c>: NAME, OWNER, TOTAL_ACCESS_COUNT, ...</summary>
        OracleIndexUsage,

        /// <summary>PostgreSQL <c>pg_stat_user_indexes</c>: schemaname, relname, indexrelname, idx_scan.</summary>
        PostgreSqlStatUserIndexes,

        /// <summary>MySQL <c>sys.schema_unused_indexes</c>: object_schema, object_name, index_name.</summary>
        MySqlSchemaUnusedIndexes,

        /// <summary>SQL Server <c>sys.dm_db_index_usage_stats</c> joined to names: table_name or object_name, index_name, user_seeks, user_scans, user_lookups, user_updates.</summary>
        SqlServerIndexUsageStats,
    }

    /// <summary>What an index missing from the export means.</summary>
    public enum IndexUsageCoverage
    {
        /// <summary>The view lists every index it watches; a missing index is unknown (V$OBJECT_USAGE, pg_stat_user_indexes, dm_db_index_usage_stats).</summary>
        ListsWatchedIndexes,

        /// <summary>The view lists only indexes that were used; a missing index was never read while tracked (DBA_INDEX_USAGE).</summary>
        ListsUsedIndexesOnly,

        /// <summary>The view lists only unused indexes; a missing index was read (sys.schema_unused_indexes).</summary>
        ListsUnusedIndexesOnly,
    }

    /// <summary>How index names from the export are compared with the names rules ask about.</summary>
    public enum IndexNameCase
    {
        /// <summary>Ordinally: the export holds names as the dictionary stores them (Oracle, PostgreSQL), as the catalog keys them.</summary>
        Exact,

        /// <summary>Ignoring case (MySQL, SQL Server), matching the lower-cased keys the catalog uses for them.</summary>
        IgnoreCase,
    }

    /// <summary>What the export says about one index.</summary>
    public sealed class IndexUsageEntry
    {
        internal IndexUsageEntry(string? schema, string? table, string index, long? readCount, long? writeCount, bool neverRead, int line)
        {
            Schema = schema;
            Table = table;
            Index = index;
            ReadCount = readCount;
            WriteCount = writeCount;
            NeverRead = neverRead;
            Line = line;
        }

        /// <summary>The schema (owner) as exported, when the view has one.</summary>
        public string? Schema { get; }

        /// <summary>The table as exported, when the view has one.</summary>
        public string? Table { get; }

        /// <summary>The index name as exported.</summary>
        public string Index { get; }

        /// <summary>How many times it was read (idx_scan; TOTAL_ACCESS_COUNT; seeks + scans + lookups), when the view counts.</summary>
        public long? ReadCount { get; }

        /// <summary>How many times it was maintained by writes (SQL Server user_updates), when the view counts.</summary>
        public long? WriteCount { get; }

        /// <summary>Whether the export shows it was never read while tracked.</summary>
        public bool NeverRead { get; }

        /// <summary>The 1-based line of its row in the export.</summary>
        public int Line { get; }

        /// <inheritdoc />
        public override string ToString() =>
            (Schema == null ? "" : Schema + ".") + (Table == null ? "" : Table + ".") + Index + (NeverRead ? " (never read)" : "");
    }

    /// <summary>A problem reading an export: fatal (no data) or about one row (the row is skipped).</summary>
    public sealed class IndexUsageProblem
    {
        internal IndexUsageProblem(string path, int line, string message, bool isError)
        {
            Path = path;
            Line = line;
            Message = message;
            IsError = isError;
        }

        /// <summary>The export's path.</summary>
        public string Path { get; }

        /// <summary>The 1-based line (0 when the file could not be read at all).</summary>
        public int Line { get; }

        /// <summary>What is wrong, naming the expected columns where the header is the problem.</summary>
        public string Message { get; }

        /// <summary>Whether the export could not be used at all.</summary>
        public bool IsError { get; }

        /// <summary><c>path(line): error: message</c>, the compiler-style form.</summary>
        public override string ToString() => Path + "(" + Line + "): " + (IsError ? "error" : "warning") + ": " + Message;
    }
}

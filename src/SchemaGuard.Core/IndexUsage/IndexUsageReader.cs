using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.IndexUsage
{
    /// <summary>The outcome of reading an export: the data when the header was recognized, and any problems met.</summary>
    public sealed class IndexUsageReadResult
    {
        internal IndexUsageReadResult(IndexUsageData? data, IReadOnlyList<IndexUsageProblem> problems)
        {
            Data = data;
            Problems = problems;
        }

        /// <summary>The usage data, or null when the file could not be used (see <see cref="Problems"/>).</summary>
        public IndexUsageData? Data { get; }

        /// <summary>A fatal error, or warnings about skipped rows.</summary>
        public IReadOnlyList<IndexUsageProblem> Problems { get; }

        /// <summary>Whether the export was read.</summary>
        public bool Succeeded => Data != null;
    }

    /// <summary>
    /// Reads index-usage exports: CSV files with the dictionary view's own column names (any case, any column order,
    /// extra columns ignored). The view is told from the header; see <see cref="IndexUsageFormat"/>.
    /// </summary>
    public static class IndexUsageReader
    {
        private sealed class FormatSpec
        {
            internal FormatSpec(IndexUsageFormat format, string title, string[] signature, string[] required)
            {
                Format = format;
                Title = title;
                Signature = signature;
                Required = required;
            }

            internal IndexUsageFormat Format { get; }

            internal string Title { get; }

            /// <summary>Columns only this view has: any one of them says the file is meant to be this view.</summary>
            internal string[] Signature { get; }

            internal string[] Required { get; }
        }

        // Checked in this order: SQL Server's index_name/object_name would otherwise pass for MySQL's.
        private static readonly FormatSpec[] Formats =
        {
            new FormatSpec(IndexUsageFormat.SqlServerIndexUsageStats, "sys.dm_db_index_usage_stats",
                new[] { "user_seeks", "user_scans", "user_lookups", "user_updates" },
                new[] { "index_name", "user_seeks", "user_scans", "user_lookups", "user_updates" }),
            new FormatSpec(IndexUsageFormat.PostgreSqlStatUserIndexes, "pg_stat_user_indexes",
                new[] { "indexrelname", "idx_scan" },
                new[] { "indexrelname", "idx_scan" }),
            new FormatSpec(IndexUsageFormat.MySqlSchemaUnusedIndexes, "sys.schema_unused_indexes",
                new[] { "object_schema" },
                new[] { "object_schema", "object_name", "index_name" }),
            new FormatSpec(IndexUsageFormat.OracleIndexUsage, "DBA_INDEX_USAGE",
                new[] { "total_access_count" },
                new[] { "name", "total_access_count" }),
            new FormatSpec(IndexUsageFormat.OracleObjectUsage, "V$OBJECT_USAGE",
                new[] { "used", "monitoring" },
                new[] { "index_name", "used" }),
        };

        /// <summary>The name comparison that fits a dialect: ignoring case where the engine compares names that way.</summary>
        public static IndexNameCase NameCaseFor(SqlDialect dialect)
        {
            if (dialect == null) throw new ArgumentNullException(nameof(dialect));
            return dialect.ComparesNamesIgnoringCase ? IndexNameCase.IgnoreCase : IndexNameCase.Exact;
        }

        /// <summary>Reads an export file (UTF-8 or UTF-16 with a BOM, UTF-8 without). Never throws for content or I/O problems.</summary>
        public static IndexUsageReadResult ReadFile(string path, IndexNameCase nameCase = IndexNameCase.Exact)
        {
            if (path == null) throw new ArgumentNullException(nameof(path));
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                return Fail(path, 0, "cannot read the index-usage export: " + e.Message);
            }
            return Read(text, path, nameCase);
        }

        /// <summary>Reads an export's text. Never throws.</summary>
        public static IndexUsageReadResult Read(string text, string path = "", IndexNameCase nameCase = IndexNameCase.Exact)
        {
            path ??= "";
            List<CsvRecord> records = CsvReader.Read(text ?? "", out string? csvError, out int csvErrorLine);
            if (records.Count == 0)
            {
                return csvError != null
                    ? Fail(path, csvErrorLine, "malformed CSV: " + csvError)
                    : Fail(path, 1, "the index-usage export is empty; expected a header row naming the view's columns. " + Expected());
            }

            CsvRecord header = records[0];
            Dictionary<string, int> columns = ReadHeader(header);
            FormatSpec? format = Formats.FirstOrDefault(f => f.Signature.Any(columns.ContainsKey));
            if (format == null)
            {
                return Fail(path, header.Line, "the header (" + string.Join(", ", header.Fields.Select(f => f.Trim()))
                    + ") matches no known index-usage view. " + Expected());
            }

            string[] missing = format.Required.Where(c => !columns.ContainsKey(c)).ToArray();
            if (missing.Length > 0)
            {
                return Fail(path, header.Line, "the header looks like " + format.Title + " but lacks " + string.Join(", ", missing)
                    + "; expected " + string.Join(", ", format.Required) + ".");
            }

            var problems = new List<IndexUsageProblem>();
            var usages = new List<IndexUsageEntry>();
            foreach (CsvRecord record in records.Skip(1))
            {
                var row = new Row(record, columns);
                IndexUsageEntry? usage = ReadRow(format.Format, row, out string? rowProblem);
                if (rowProblem != null) problems.Add(new IndexUsageProblem(path, record.Line, rowProblem + "; the row is skipped.", isError: false));
                if (usage != null) usages.Add(usage);
            }

            if (csvError != null) problems.Add(new IndexUsageProblem(path, csvErrorLine, "malformed CSV: " + csvError + "; the rest of the file is skipped.", isError: false));
            return new IndexUsageReadResult(new IndexUsageData(path, format.Format, nameCase, usages), problems);
        }

        private static IndexUsageEntry? ReadRow(IndexUsageFormat format, Row row, out string? problem)
        {
            problem = null;
            switch (format)
            {
                case IndexUsageFormat.OracleObjectUsage:
                {
                    string? index = row.Text("index_name");
                    if (index == null) return null;
                    string used = row.Text("used") ?? "";
                    bool? wasUsed = used.Equals("YES", StringComparison.OrdinalIgnoreCase) ? true
                        : used.Equals("NO", StringComparison.OrdinalIgnoreCase) ? false
                        : (bool?)null;
                    if (wasUsed == null)
                    {
                        problem = "USED is '" + used + "', not YES or NO";
                        return null;
                    }
                    return new IndexUsageEntry(row.Text("owner"), row.Text("table_name"), index, null, null, !wasUsed.Value, row.Line);
                }

                case IndexUsageFormat.OracleIndexUsage:
                {
                    string? index = row.Text("name");
                    if (index == null) return null;
                    if (!row.TryCount("total_access_count", nullMeansZero: false, out long? accesses, out problem)) return null;
                    return new IndexUsageEntry(row.Text("owner"), null, index, accesses, null, accesses == 0, row.Line);
                }

                case IndexUsageFormat.PostgreSqlStatUserIndexes:
                {
                    string? index = row.Text("indexrelname");
                    if (index == null) return null;
                    if (!row.TryCount("idx_scan", nullMeansZero: false, out long? scans, out problem)) return null;
                    return new IndexUsageEntry(row.Text("schemaname"), row.Text("relname"), index, scans, null, scans == 0, row.Line);
                }

                case IndexUsageFormat.MySqlSchemaUnusedIndexes:
                {
                    string? index = row.Text("index_name");
                    if (index == null) return null;
                    return new IndexUsageEntry(row.Text("object_schema"), row.Text("object_name"), index, null, null, true, row.Line);
                }

                default:
                {
                    // A heap (no index) has a NULL name in sys.indexes; nothing to say about it.
                    string? index = row.Text("index_name");
                    if (index == null) return null;

                    // LEFT JOIN from sys.indexes leaves NULL counters for an index untouched since the last restart.
                    if (!row.TryCount("user_seeks", true, out long? seeks, out problem)
                        || !row.TryCount("user_scans", true, out long? scans, out problem)
                        || !row.TryCount("user_lookups", true, out long? lookups, out problem)
                        || !row.TryCount("user_updates", true, out long? updates, out problem))
                        return null;
                    long reads = seeks!.Value + scans!.Value + lookups!.Value;
                    string? table = row.Text("table_name") ?? row.Text("object_name") ?? row.Text("table");
                    string? schema = row.Text("schema_name") ?? row.Text("schema");
                    return new IndexUsageEntry(schema, table, index, reads, updates, reads == 0, row.Line);
                }
            }
        }

        /// <summary>Header names folded to lower case, trimmed, with a <c>view.</c> prefix dropped; the first of duplicates wins.</summary>
        private static Dictionary<string, int> ReadHeader(CsvRecord header)
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < header.Fields.Count; i++)
            {
                string name = header.Fields[i].Trim().ToLowerInvariant();
                int dot = name.LastIndexOf('.');
                if (dot >= 0) name = name.Substring(dot + 1);
                if (name.Length > 0 && !columns.ContainsKey(name)) columns.Add(name, i);
            }
            return columns;
        }

        private static string Expected() =>
            "Expected the column names of one of: "
            + string.Join("; ", Formats.Select(f => f.Title + " (" + string.Join(", ", f.Required) + ")")) + ".";

        private static IndexUsageReadResult Fail(string path, int line, string message) =>
            new IndexUsageReadResult(null, new[] { new IndexUsageProblem(path, line, message, isError: true) });

        private readonly struct Row
        {
            private readonly CsvRecord _record;
            private readonly Dictionary<string, int> _columns;

            internal Row(CsvRecord record, Dictionary<string, int> columns)
            {
                _record = record;
                _columns = columns;
            }

            internal int Line => _record.Line;

            /// <summary>The trimmed value, or null when the column is absent, empty or the literal NULL.</summary>
            internal string? Text(string column)
            {
                if (!_columns.TryGetValue(column, out int index) || index >= _record.Fields.Count) return null;
                string value = _record.Fields[index].Trim();
                return value.Length == 0 || value.Equals("NULL", StringComparison.OrdinalIgnoreCase) ? null : value;
            }

            internal bool TryCount(string column, bool nullMeansZero, out long? count, out string? problem)
            {
                problem = null;
                string? text = Text(column);
                if (text == null)
                {
                    count = nullMeansZero ? 0 : (long?)null;
                    return true;
                }
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) && value >= 0)
                {
                    count = value;
                    return true;
                }

                // Some exports write counters as decimals (1.0E+3, 12.00).
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number) && number >= 0 && number == decimal.Truncate(number) && number <= long.MaxValue)
                {
                    count = (long)number;
                    return true;
                }
                count = null;
                problem = column + " is '" + text + "', not a count";
                return false;
            }
        }
    }
}

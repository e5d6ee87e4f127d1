using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SchemaGuard.Benchmarks
{
    /// <summary>Adds the input size, the throughput and the allocations per MB of input to the summary.</summary>
    public class FrontEndConfig : ManualConfig
    {
        /// <summary>Creates the config.</summary>
        public FrontEndConfig()
        {
            AddColumn(new CorpusColumn(CorpusColumn.Kind.InputMegabytes));
            AddColumn(new CorpusColumn(CorpusColumn.Kind.MegabytesPerSecond));
            AddColumn(new CorpusColumn(CorpusColumn.Kind.AllocatedPerMegabyte));
        }
    }

    /// <summary>A summary column computed from the benchmark's corpus folder size (1 MB = 1,000,000 bytes of files).</summary>
    public sealed class CorpusColumn : IColumn
    {
        private readonly Kind _kind;

        /// <summary>Creates a column.</summary>
        public CorpusColumn(Kind kind) => _kind = kind;

        /// <summary>What the column shows.</summary>
        public enum Kind
        {
            /// <summary>Input size in MB.</summary>
            InputMegabytes,

            /// <summary>Input MB read per second (mean time).</summary>
            MegabytesPerSecond,

            /// <summary>Bytes allocated per MB of input.</summary>
            AllocatedPerMegabyte,
        }

        /// <inheritdoc />
        public string Id => nameof(CorpusColumn) + "." + _kind;

        /// <inheritdoc />
        public string ColumnName => _kind switch
        {
            Kind.InputMegabytes => "Input MB",
            Kind.MegabytesPerSecond => "MB/s",
            _ => "Alloc/MB",
        };

        /// <inheritdoc />
        public bool AlwaysShow => true;

        /// <inheritdoc />
        public ColumnCategory Category => ColumnCategory.Custom;

        /// <inheritdoc />
        public int PriorityInCategory => (int)_kind;

        /// <inheritdoc />
        public bool IsNumeric => true;

        /// <inheritdoc />
        public UnitType UnitType => UnitType.Dimensionless;

        /// <inheritdoc />
        public string Legend => _kind switch
        {
            Kind.InputMegabytes => "Size of the corpus folder's files (1 MB = 1,000,000 bytes)",
            Kind.MegabytesPerSecond => "Input MB divided by the mean time",
            _ => "Bytes allocated per operation divided by input MB",
        };

        /// <inheritdoc />
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        /// <inheritdoc />
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (!(benchmarkCase.Parameters[nameof(FrontEndBenchmarks.Corpus)] is string corpus)) return "-";
            double megabytes = CorpusInput.Bytes(corpus) / 1e6;
            if (_kind == Kind.InputMegabytes) return megabytes.ToString("0.000", CultureInfo.InvariantCulture);

            var report = summary[benchmarkCase];
            if (report == null || megabytes <= 0) return "-";
            if (_kind == Kind.MegabytesPerSecond)
            {
                double? meanNanoseconds = report.ResultStatistics?.Mean;
                return meanNanoseconds is double ns && ns > 0 ? (megabytes / (ns / 1e9)).ToString("0.0", CultureInfo.InvariantCulture) : "-";
            }

            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is long bytes ? ((long)(bytes / megabytes)).ToString("N0", CultureInfo.InvariantCulture) + " B" : "-";
        }

        /// <inheritdoc />
        public bool IsAvailable(Summary summary) => true;

        /// <inheritdoc />
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        /// <inheritdoc />
        public override string ToString() => ColumnName;
    }
}

using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Benchmarks
{
    /// <summary>
    /// The SQL front end over all corpus files of one dialect, held in memory: lexing alone, and lexing, splitting and
    /// parsing together. The input size is shown in the summary, with throughput and allocations per MB.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(FrontEndConfig))]
    public class FrontEndBenchmarks
    {
        private SourceText[] _sources = Array.Empty<SourceText>();
        private SqlDialect _dialect = SqlDialect.Oracle;

        /// <summary>The corpus folder, which also names the dialect.</summary>
        [Params("oracle", "postgresql", "mysql", "sqlserver")]
        public string Corpus { get; set; } = "oracle";

        /// <summary>Loads and decodes the folder's files once.</summary>
        [GlobalSetup]
        public void LoadCorpus()
        {
            if (!SqlDialect.TryFromName(Corpus, out _dialect)) throw new InvalidOperationException("Unknown dialect " + Corpus);
            _sources = CorpusInput.Files(Corpus)
                .Select(path => SourceText.FromBytes(System.IO.File.ReadAllBytes(path), path, new DiagnosticBag()))
                .ToArray();
            long bytes = CorpusInput.Bytes(Corpus);
            Console.WriteLine("// corpus/" + Corpus + ": " + _sources.Length + " files, " + bytes + " bytes (" + (bytes / 1e6).ToString("0.000") + " MB)");
        }

        /// <summary>Lexing only: every token and trivia piece of every file.</summary>
        [Benchmark(Baseline = true)]
        public int Lex()
        {
            int tokens = 0;
            foreach (var source in _sources) tokens += Lexer.LexAll(source, _dialect, new DiagnosticBag()).Count;
            return tokens;
        }

        /// <summary>The whole front end: lexing, splitting into statements and parsing them.</summary>
        [Benchmark]
        public int LexSplitParse()
        {
            int statements = 0;
            foreach (var source in _sources) statements += SqlScript.Parse(source, _dialect).Statements.Count;
            return statements;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>An expected diagnostic from markup: <c>[|text|]</c> (any SchemaGuard id) or <c>{|SG2001:text|}</c>.</summary>
    internal sealed record Expected(string Path, string? Id, TextSpan Span);

    /// <summary>A source or .sql file with markup removed, and the spans the markup marked.</summary>
    internal sealed class MarkedFile
    {
        internal MarkedFile(string path, string markup)
        {
            Path = path;
            var text = new StringBuilder();
            var open = new Stack<(int Start, string? Id)>();
            var spans = new List<Expected>();
            int i = 0;
            while (i < markup.Length)
            {
                if (Starts(markup, i, "[|"))
                {
                    open.Push((text.Length, null));
                    i += 2;
                }
                else if (Starts(markup, i, "{|") && markup.IndexOf(':', i) > i)
                {
                    int colon = markup.IndexOf(':', i);
                    open.Push((text.Length, markup.Substring(i + 2, colon - i - 2)));
                    i = colon + 1;
                }
                else if (open.Count > 0 && (Starts(markup, i, "|]") || Starts(markup, i, "|}")))
                {
                    var (start, id) = open.Pop();
                    spans.Add(new Expected(path, id, TextSpan.FromBounds(start, text.Length)));
                    i += 2;
                }
                else
                {
                    text.Append(markup[i]);
                    i++;
                }
            }

            Text = text.ToString();
            Spans = spans;
        }

        internal string Path { get; }

        internal string Text { get; }

        internal IReadOnlyList<Expected> Spans { get; }

        private static bool Starts(string s, int i, string what) => string.CompareOrdinal(s, i, what, 0, what.Length) == 0;
    }

    /// <summary>
    /// Compiles C# sources (and .sql additional files) against the running runtime's assemblies, EF Core Relational and
    /// Dapper, runs <see cref="SchemaGuardAnalyzer"/> with real <c>.editorconfig</c> processing (Roslyn's AnalyzerConfigSet:
    /// severities and analyzer options) and returns the diagnostics.
    /// </summary>
    internal sealed class AnalyzerHarness
    {
        internal static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        internal List<MarkedFile> Sources { get; } = new List<MarkedFile>();

        internal List<MarkedFile> SqlFiles { get; } = new List<MarkedFile>();

        /// <summary>.editorconfig text, placed at /src/.editorconfig (sources live under /src).</summary>
        internal string? EditorConfig { get; set; }

        /// <summary>Global options as MSBuild passes them (<c>build_property.SchemaGuardDialect</c>).</summary>
        internal Dictionary<string, string> GlobalOptions { get; } = new Dictionary<string, string>();

        internal SchemaGuardAnalyzer Analyzer { get; set; } = new SchemaGuardAnalyzer();

        internal static AnalyzerHarness CSharp(string markup, string? dialect = "postgresql")
        {
            var harness = new AnalyzerHarness();
            harness.Sources.Add(new MarkedFile("/src/Test0.cs", markup));
            if (dialect != null) harness.GlobalOptions["build_property.SchemaGuardDialect"] = dialect;
            return harness;
        }

        internal AnalyzerHarness WithSql(string path, string markup)
        {
            SqlFiles.Add(new MarkedFile(path, markup));
            return this;
        }

        /// <summary>Runs the analyzer; the sources must compile (warnings allowed).</summary>
        internal ImmutableArray<Diagnostic> Run()
        {
            var configs = new List<AnalyzerConfig>();
            if (EditorConfig != null) configs.Add(AnalyzerConfig.Parse(EditorConfig, "/src/.editorconfig"));
            var set = AnalyzerConfigSet.Create(configs);

            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path, Encoding.UTF8)).ToList();
            var treeOptions = new Dictionary<SyntaxTree, AnalyzerConfigOptionsResult>();
            foreach (var tree in trees) treeOptions[tree] = set.GetOptionsForSourcePath(tree.FilePath);

            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSyntaxTreeOptionsProvider(new TreeOptionsProvider(treeOptions, set.GlobalConfigOptions));
            var compilation = CSharpCompilation.Create("TestProject", trees, References.Value, options);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));

            var additional = SqlFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
            var fileOptions = new Dictionary<string, AnalyzerConfigOptionsResult>();
            foreach (var file in additional) fileOptions[file.Path] = set.GetOptionsForSourcePath(file.Path);
            var provider = new OptionsProvider(GlobalOptions, treeOptions, fileOptions, set.GlobalConfigOptions);
            var analyzerOptions = new AnalyzerOptions(additional, provider);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(Analyzer), new CompilationWithAnalyzersOptions(analyzerOptions, null, true, false));
            var diagnostics = withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            return diagnostics.Where(d => d.Id.StartsWith("SG", StringComparison.Ordinal) || d.Id == "AD0001").ToImmutableArray();
        }

        /// <summary>Runs and asserts the diagnostics are exactly the marked spans (ids checked where the markup gives one).</summary>
        internal ImmutableArray<Diagnostic> Verify(params string[] ignoredIds)
        {
            var diagnostics = Run();
            var actual = diagnostics.Where(d => !ignoredIds.Contains(d.Id) && !d.IsSuppressed).ToList();
            var expected = Sources.Concat(SqlFiles).SelectMany(f => f.Spans).ToList();
            string Describe() => "Actual:\n" + string.Join("\n", actual.Select(d => d.Id + " " + d.Location.GetLineSpan().Path + " " + d.Location.SourceSpan + " '" + TextAt(d) + "': " + d.GetMessage()));
            Assert.True(expected.Count == actual.Count, "Expected " + expected.Count + " diagnostics, got " + actual.Count + ".\n" + Describe());
            foreach (var e in expected)
            {
                bool found = actual.Any(d => d.Location.GetLineSpan().Path == e.Path && d.Location.SourceSpan == e.Span && (e.Id == null || d.Id == e.Id));
                Assert.True(found, "No diagnostic " + (e.Id ?? "SGxxxx") + " at " + e.Path + " " + e.Span + " '" + TextOf(e) + "'.\n" + Describe());
            }

            return diagnostics;
        }

        private string TextOf(Expected e)
        {
            var file = Sources.Concat(SqlFiles).First(f => f.Path == e.Path);
            return file.Text.Substring(e.Span.Start, e.Span.Length);
        }

        private string TextAt(Diagnostic d)
        {
            var path = d.Location.GetLineSpan().Path;
            var file = Sources.Concat(SqlFiles).FirstOrDefault(f => f.Path == path);
            if (file == null || d.Location.SourceSpan.End > file.Text.Length) return string.Empty;
            return file.Text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length);
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            var list = new List<MetadataReference>();
            foreach (var path in tpa.Split(Path.PathSeparator))
            {
                if (!path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || !IsManaged(path)) continue;
                list.Add(MetadataReference.CreateFromFile(path));
            }

            return list.ToImmutableArray();
        }

        private static bool IsManaged(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var pe = new PEReader(stream);
                return pe.HasMetadata;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            internal InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text, Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            internal DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

            public override IEnumerable<string> Keys => _values.Keys;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }

        private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> _trees;
            private readonly Dictionary<string, AnalyzerConfigOptionsResult> _files;

            internal OptionsProvider(Dictionary<string, string> global, Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> trees, Dictionary<string, AnalyzerConfigOptionsResult> files, AnalyzerConfigOptionsResult globalConfig)
            {
                var builder = ImmutableDictionary.CreateBuilder<string, string>(AnalyzerConfigOptions.KeyComparer);
                foreach (var pair in globalConfig.AnalyzerOptions) builder[pair.Key] = pair.Value;
                foreach (var pair in global) builder[pair.Key] = pair.Value;
                GlobalOptions = new DictionaryOptions(builder.ToImmutable());
                _trees = trees;
                _files = files;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
                new DictionaryOptions(_trees.TryGetValue(tree, out var r) ? r.AnalyzerOptions : ImmutableDictionary<string, string>.Empty);

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
                new DictionaryOptions(_files.TryGetValue(textFile.Path, out var r) ? r.AnalyzerOptions : ImmutableDictionary<string, string>.Empty);
        }

        private sealed class TreeOptionsProvider : SyntaxTreeOptionsProvider
        {
            private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> _trees;
            private readonly AnalyzerConfigOptionsResult _global;

            internal TreeOptionsProvider(Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> trees, AnalyzerConfigOptionsResult global)
            {
                _trees = trees;
                _global = global;
            }

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = ReportDiagnostic.Default;
                return _trees.TryGetValue(tree, out var r) && r.TreeOptions.TryGetValue(diagnosticId, out severity);
            }

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = ReportDiagnostic.Default;
                return _global.TreeOptions.TryGetValue(diagnosticId, out severity);
            }
        }
    }
}

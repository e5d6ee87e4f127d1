using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using SchemaGuard.Cli.Output;
using SchemaGuard.Cli.Selection;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Migrations;
using SchemaGuard.Core.Settings;
using SchemaGuard.Core.Suppression;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Cli.Linting
{
    /// <summary>What <c>lint</c> and <c>baseline</c> select and how they read it (the options both commands share).</summary>
    public sealed class LintSelection
    {
        /// <summary>Files, folders and globs; empty means the current folder.</summary>
        public IReadOnlyList<string> Paths { get; init; } = Array.Empty<string>();

        /// <summary><c>--include</c> globs for folders.</summary>
        public IReadOnlyList<string> Includes { get; init; } = Array.Empty<string>();

        /// <summary><c>--exclude</c> globs for folders.</summary>
        public IReadOnlyList<string> Excludes { get; init; } = Array.Empty<string>();

        /// <summary>The command line's dialect, version and edition.</summary>
        public CommandLineSettings Settings { get; init; } = new CommandLineSettings(null, null, null);

        /// <summary><c>--schema</c>, as given.</summary>
        public string? SchemaSnapshot { get; init; }

        /// <summary><c>--index-usage</c>, as given.</summary>
        public string? IndexUsage { get; init; }

        /// <summary><c>--jobs</c>: how many files are read and parsed at once.</summary>
        public int Jobs { get; init; } = Environment.ProcessorCount;
    }

    /// <summary>
    /// A lint run from command-line values to findings: select the files, put them in migration order, resolve each
    /// one's settings, read and parse them in parallel, lint them in order through <see cref="LintRunner"/>, then apply
    /// the baseline and <c>--changed-since</c>. Unreadable files become SG9008 findings and the run goes on.
    /// </summary>
    public sealed class LintPipeline
    {
        private readonly CliEnvironment _environment;
        private readonly LintRunner _runner;

        /// <summary>Creates a pipeline over the default rules.</summary>
        public LintPipeline(CliEnvironment environment, LintRunner? runner = null)
        {
            _environment = environment ?? throw new ArgumentNullException(nameof(environment));
            _runner = runner ?? new LintRunner();
        }

        /// <summary>The rule pages.</summary>
        public RuleCatalog Catalog => _runner.Catalog;

        /// <summary>Lints what <paramref name="selection"/> names and returns every finding, suppressed ones included.</summary>
        /// <param name="selection">What to lint.</param>
        /// <param name="baselinePath">A baseline whose findings are marked suppressed, or null.</param>
        /// <param name="changedSince">Report only findings in files changed since this git ref (all files are still linted), or null.</param>
        public LintReport Run(LintSelection selection, string? baselinePath = null, string? changedSince = null)
        {
            var elapsed = _environment.StartTimer();
            if (selection.Jobs < 1) throw new UsageException("--jobs must be 1 or more, not " + selection.Jobs + ".");

            string cwd = _environment.CurrentDirectory;
            var selected = new FileSelector(selection.Includes, selection.Excludes).Select(selection.Paths, cwd);
            string? schemaPath = RequireFile(selection.SchemaSnapshot, "--schema");
            string? usagePath = RequireFile(selection.IndexUsage, "--index-usage");
            Baseline? baseline = ReadBaseline(baselinePath, out string? baselineFolder);
            ISet<string>? changed = changedSince == null ? null : GitChanges.ChangedSince(changedSince, GitFolder(selection.Paths, cwd));

            var loader = new SettingsLoader(_runner.Catalog, selection.Settings);
            var plan = MigrationOrder.Plan(selected, new MigrationOrderOptions(EngineTags(selection.Settings)));
            var order = plan.Ordered.Select(p => (Path: p, Replayed: true))
                .Concat(plan.Excluded.Select(e => (Path: e.Path, Replayed: false)))
                .ToList();

            var files = ReadAll(order, loader, selection.Jobs);
            InputFile? snapshot = schemaPath == null ? null : ReadSnapshot(schemaPath, loader);
            loader.ThrowIfInvalid();
            IndexUsageData? usage = usagePath == null ? null : ReadIndexUsage(usagePath, snapshot?.Settings ?? files.FirstOrDefault()?.Settings);

            var engineFindings = _runner.Run(new LintRequest(files, snapshot, usage));
            var findings = Merge(files, engineFindings);
            baseline?.Apply(findings, baselineFolder!);

            var reported = findings.Where(f => f.Severity > Severity.Hidden && (changed == null || changed.Contains(f.FilePath))).ToList();
            var sources = files.Where(f => f.Script != null).ToDictionary(f => f.FullPath, f => f.Script!.Source, StringComparer.Ordinal);
            return new LintReport(_runner.Catalog, reported, sources, files.Count, elapsed(), cwd);
        }

        private List<InputFile> ReadAll(List<(string Path, bool Replayed)> order, SettingsLoader loader, int jobs)
        {
            var files = new InputFile?[order.Count];
            var failures = new Exception?[order.Count];
            Parallel.For(0, order.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
            {
                try
                {
                    files[i] = Read(order[i].Path, order[i].Replayed, loader);
                }
                catch (Exception ex)
                {
                    failures[i] = ex;
                }
            });

            // The first failure in file order, with its own stack trace, rather than an AggregateException.
            var failure = failures.FirstOrDefault(f => f != null);
            if (failure != null) ExceptionDispatchInfo.Capture(failure).Throw();
            return files.Select(f => f!).ToList();
        }

        private InputFile Read(string path, bool replayed, SettingsLoader loader)
        {
            var settings = loader.Resolve(path);
            byte[] bytes;
            try
            {
                bytes = _environment.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return new InputFile(path, ex.Message, settings, replayed);
            }

            return new InputFile(path, SqlScript.ParseFile(bytes, path, settings.Dialect), settings, replayed);
        }

        private InputFile ReadSnapshot(string path, SettingsLoader loader)
        {
            var file = Read(path, replayed: true, loader);
            if (file.ReadError != null) throw new UsageException("--schema: cannot read " + path + ": " + file.ReadError);
            return file;
        }

        private static IndexUsageData ReadIndexUsage(string path, LintSettings? settings)
        {
            var nameCase = settings == null ? IndexNameCase.Exact : IndexUsageReader.NameCaseFor(settings.Dialect);
            var result = IndexUsageReader.ReadFile(path, nameCase);
            if (!result.Succeeded)
            {
                throw new UsageException("--index-usage: " + string.Join("\n", result.Problems.Select(p => p.ToString())));
            }

            return result.Data!;
        }

        /// <summary>The engine's findings with an SG9008 finding in place of each unreadable file, in file order.</summary>
        private List<Finding> Merge(List<InputFile> files, IReadOnlyList<Finding> engineFindings)
        {
            var byFile = engineFindings.ToLookup(f => f.FilePath, StringComparer.Ordinal);
            var page = _runner.Catalog.Find(EngineDiagnostics.UnreadableFile);
            var result = new List<Finding>(engineFindings.Count);
            foreach (var file in files)
            {
                if (file.ReadError != null && page != null)
                {
                    var severity = file.Settings.GetSeverityOverride(page.Id, page.Name) ?? page.Severity;
                    if (severity != Severity.None)
                    {
                        result.Add(new Finding(page.Id, page.Name, severity, new SourceText(string.Empty, file.FullPath), new TextSpan(0, 0),
                            "SchemaGuard could not read " + file.FullPath + ": " + file.ReadError + " The file was not checked."));
                    }
                }

                result.AddRange(byFile[file.FullPath]);
            }

            return result;
        }

        private string? RequireFile(string? path, string option)
        {
            if (path == null) return null;
            if (path.Trim().Length == 0) throw new UsageException(option + " needs a file.");
            string full = _environment.ResolvePath(path);
            if (!File.Exists(full)) throw new UsageException(option + ": file not found: " + path + (Directory.Exists(full) ? " is a folder" : string.Empty) + ".");
            return full;
        }

        private Baseline? ReadBaseline(string? path, out string? folder)
        {
            folder = null;
            string? full = RequireFile(path, "--baseline");
            if (full == null) return null;
            string text;
            try
            {
                text = File.ReadAllText(full);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new UsageException("--baseline: cannot read " + path + ": " + ex.Message);
            }

            if (!Baseline.TryParse(text, out var baseline, out var error)) throw new UsageException("--baseline: " + path + ": " + error);
            folder = Path.GetDirectoryName(full) ?? _environment.CurrentDirectory;
            return baseline;
        }

        /// <summary>git runs where the first path is, so <c>lint ../other-repo/db</c> asks that repository.</summary>
        private static string GitFolder(IReadOnlyList<string> paths, string cwd)
        {
            if (paths.Count == 0) return cwd;
            string first = Path.GetFullPath(paths[0], cwd);
            if (Directory.Exists(first)) return first;
            string? parent = Path.GetDirectoryName(first);
            return parent != null && Directory.Exists(parent) ? parent : cwd;
        }

        /// <summary>The pop/fizz engine tags (<c>x.postgres.up.sql</c>) that mean the dialect given on the command line.</summary>
        private static IEnumerable<string> EngineTags(CommandLineSettings settings)
        {
            switch (settings.Dialect?.Name)
            {
                case "oracle": return new[] { "oracle" };
                case "postgresql": return new[] { "postgres", "postgresql", "pg" };
                case "mysql": return new[] { "mysql" };
                case "mariadb": return new[] { "mariadb", "mysql" };
                case "sqlserver": return new[] { "mssql", "sqlserver" };
                default: return Array.Empty<string>();
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using SchemaGuard.Core.Settings;
using SchemaGuard.Core.Suppression;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Engine
{
    /// <summary>
    /// Runs rules over parsed files. One schema catalog serves the whole run (see <see cref="Lint(LintRequest)"/>). Per
    /// file: the front end's diagnostics become findings; one walk indexes every statement (nested ones included); each
    /// statement goes to the rules that asked for its kind, then is applied to the catalog; whole-file rules run once;
    /// then inline suppressions are applied (suppressed findings are kept, marked). A rule that throws costs
    /// only itself: it becomes an SG9009 finding naming the rule. The engine never throws for any input.
    /// </summary>
    public sealed class LintEngine
    {
        private readonly SqlRule[] _rules;
        private readonly Dictionary<StatementKind, int[]> _dispatch;
        private readonly Dictionary<string, RuleDescriptor> _engineDescriptors = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);

        /// <summary>An engine with every rule of SchemaGuard.Core.</summary>
        public LintEngine()
            : this(RuleSet.Default)
        {
        }

        /// <summary>An engine with the given rules (<see cref="RuleSet.Only"/> picks some).</summary>
        public LintEngine(RuleSet rules)
        {
            Rules = rules ?? throw new ArgumentNullException(nameof(rules));
            _rules = rules.Rules.ToArray();
            _dispatch = new Dictionary<StatementKind, int[]>();
            var byKind = new Dictionary<StatementKind, List<int>>();
            for (int i = 0; i < _rules.Length; i++)
            {
                foreach (var kind in _rules[i].Kinds.Distinct())
                {
                    if (!byKind.TryGetValue(kind, out var list)) byKind[kind] = list = new List<int>();
                    list.Add(i);
                }
            }

            foreach (var pair in byKind) _dispatch[pair.Key] = pair.Value.ToArray();
            foreach (var id in EngineDiagnostics.All)
            {
                var page = rules.Catalog.Find(id);
                if (page != null) _engineDescriptors[id] = RuleDescriptor.FromPage(page);
            }
        }

        /// <summary>The rules this engine runs.</summary>
        public RuleSet Rules { get; }

        /// <summary>Lints one file, with no schema known before it.</summary>
        public LintResult Lint(SqlScript script, LintSettings settings) => Lint(new[] { new LintFile(script, settings) });

        /// <summary>Lints files given in migration order, with no snapshot and no index-usage data.</summary>
        public LintResult Lint(IEnumerable<LintFile> files) => Lint(new LintRequest(files));

        /// <summary>
        /// Lints a run: replays the snapshot, then for each file in order, for each statement in text order (nested ones
        /// included), runs the rules with the catalog as it was before that statement and then applies the statement to it;
        /// whole-file rules run after the file's statements. What did not fit the catalog (an unknown table, a table created
        /// twice) is kept in <see cref="LintResult.ReplayNotes"/>, not reported as findings.
        /// </summary>
        public LintResult Lint(LintRequest request)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            var replayer = new SchemaReplayer(new SchemaCatalog(request.DefaultSchema));
            var notes = new List<ReplayNote>();
            foreach (var snapshot in request.Snapshot) ReplaySnapshot(replayer, snapshot, notes);

            var findings = new List<Finding>();
            foreach (var file in request.Files)
            {
                findings.AddRange(LintOne(file, replayer, request.IndexUsage));
            }

            notes.AddRange(replayer.Notes);
            return new LintResult(findings, replayer.Catalog, notes.OrderBy(n => n.Source.IsSnapshot ? 0 : 1).ToList());
        }

        internal RuleDescriptor? FindEngineDescriptor(string id) => _engineDescriptors.TryGetValue(id, out var d) ? d : null;

        private static void ReplaySnapshot(SchemaReplayer replayer, SqlScript snapshot, List<ReplayNote> notes)
        {
            try
            {
                replayer.ApplyScript(snapshot, isSnapshot: true);
            }
            catch (Exception ex)
            {
                notes.Add(new ReplayNote(
                    new SchemaSource(snapshot.Source.Path, new TextSpan(0, 0), 1, isSnapshot: true),
                    "SchemaGuard failed while reading the snapshot and used only part of it: " + ex.GetType().Name + ": " + ex.Message + " This is a SchemaGuard bug; please report it."));
            }
        }

        private List<Finding> LintOne(LintFile input, SchemaReplayer replayer, IndexUsageData? indexUsage)
        {
            var file = new FileAnalysis(this, input.Script, input.Settings, replayer, indexUsage) { ReplaysStatements = input.IsReplayed };
            try
            {
                AddFrontEndDiagnostics(file);
                file.Index = StatementIndex.Build(file.Script);
                RunRules(file);
                ApplyInlineSuppressions(file);
            }
            catch (Exception ex)
            {
                TryReportEngineFailure(file, ex);
            }

            return file.Findings
                .OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End).ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ToList();
        }

        private static void AddFrontEndDiagnostics(FileAnalysis file)
        {
            foreach (var diagnostic in file.Script.Diagnostics)
            {
                file.ReportEngineFinding(diagnostic.Id, diagnostic.Span, diagnostic.Message, FromFrontEnd(diagnostic.Severity));
            }
        }

        private void RunRules(FileAnalysis file)
        {
            var active = new bool[_rules.Length];
            for (int i = 0; i < _rules.Length; i++)
            {
                var descriptor = _rules[i].Descriptor;
                active[i] = descriptor.AppliesTo(file.Script.Dialect) && file.Settings.GetSeverity(descriptor) != Severity.None;
            }

            foreach (var statement in file.Index.All)
            {
                if (_dispatch.TryGetValue(statement.Kind, out var interested))
                {
                    foreach (int i in interested)
                    {
                        if (!active[i]) continue;
                        try
                        {
                            _rules[i].Analyze(new RuleContext(file, _rules[i], statement, file.Index.ParentOf(statement)));
                        }
                        catch (Exception ex)
                        {
                            active[i] = false;
                            ReportRuleFailure(file, _rules[i], statement.Span, "on this statement", ex);
                        }
                    }
                }

                Replay(file, statement);
            }

            for (int i = 0; i < _rules.Length; i++)
            {
                if (!active[i]) continue;
                try
                {
                    _rules[i].AnalyzeScript(new ScriptContext(file, _rules[i]));
                }
                catch (Exception ex)
                {
                    var first = file.Script.Statements.Count > 0 ? file.Script.Statements[0].Span : new TextSpan(0, 0);
                    ReportRuleFailure(file, _rules[i], first, "while checking the whole file", ex);
                }
            }
        }

        /// <summary>Applies a statement to the catalog once the rules have seen it, unless it only runs when a program unit is called.</summary>
        private static void Replay(FileAnalysis file, Statement statement)
        {
            if (!file.ReplaysStatements || !SchemaReplayer.RunsWithScript(file.Index.EnclosingStatements(statement))) return;
            try
            {
                file.Replayer.Apply(file.Script, statement);
            }
            catch (Exception ex)
            {
                file.ReportEngineFinding(
                    EngineDiagnostics.RuleFailed,
                    statement.Span,
                    "SchemaGuard could not apply this statement to its schema model (" + ex.GetType().Name + ": " + ex.Message +
                    "); rules on later statements may not know what it changed. This is a SchemaGuard bug; please report it with the statement.",
                    Severity.Error);
            }
        }

        private void ApplyInlineSuppressions(FileAnalysis file)
        {
            var suppressions = InlineSuppressions.Read(file.Script, Rules.Catalog);
            foreach (var problem in suppressions.Problems)
            {
                file.ReportEngineFinding(EngineDiagnostics.UnknownRuleInSuppression, problem.Span, problem.Message, Severity.Warning);
            }

            suppressions.Apply(file.Findings);
        }

        private static void ReportRuleFailure(FileAnalysis file, SqlRule rule, TextSpan span, string where, Exception ex)
        {
            var d = rule.Descriptor;
            file.ReportEngineFinding(
                EngineDiagnostics.RuleFailed,
                span,
                "Rule " + d.Id + " (" + d.Name + ") failed " + where + " and was skipped for the rest of the file: " + ex.GetType().Name + ": " + ex.Message +
                " Its findings in this file may be incomplete. This is a SchemaGuard bug; please report it with the statement.",
                Severity.Error);
        }

        private static void TryReportEngineFailure(FileAnalysis file, Exception ex)
        {
            try
            {
                file.ReportEngineFinding(
                    EngineDiagnostics.RuleFailed,
                    new TextSpan(0, 0),
                    "SchemaGuard failed while checking this file and stopped: " + ex.GetType().Name + ": " + ex.Message +
                    " Findings for this file may be incomplete. This is a SchemaGuard bug; please report it with the file.",
                    Severity.Error);
            }
            catch (Exception)
            {
                // Reporting the failure failed as well (settings or text unusable); the findings so far are kept.
            }
        }

        private static Severity FromFrontEnd(DiagnosticSeverity severity)
        {
            switch (severity)
            {
                case DiagnosticSeverity.Error: return Severity.Error;
                case DiagnosticSeverity.Warning: return Severity.Warning;
                default: return Severity.Info;
            }
        }
    }
}

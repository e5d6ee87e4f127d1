using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Settings;
using SchemaGuard.Core.Suppression;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Engine
{
    /// <summary>
    /// Runs rules over parsed files. Per file: the front end's diagnostics become findings; one walk indexes every
    /// statement (nested ones included); each statement goes to the rules that asked for its kind; whole-file rules
    /// run once; then inline suppressions are applied (suppressed findings are kept, marked). A rule that throws costs
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

        /// <summary>Lints one file.</summary>
        public LintResult Lint(SqlScript script, LintSettings settings) => Lint(new[] { new LintFile(script, settings) });

        /// <summary>Lints files given in migration order.</summary>
        public LintResult Lint(IEnumerable<LintFile> files)
        {
            if (files == null) throw new ArgumentNullException(nameof(files));
            var findings = new List<Finding>();
            foreach (var file in files)
            {
                if (file == null) continue;
                findings.AddRange(LintOne(file));
            }

            return new LintResult(findings);
        }

        internal RuleDescriptor? FindEngineDescriptor(string id) => _engineDescriptors.TryGetValue(id, out var d) ? d : null;

        private List<Finding> LintOne(LintFile input)
        {
            var file = new FileAnalysis(this, input.Script, input.Settings);
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
                if (!_dispatch.TryGetValue(statement.Kind, out var interested)) continue;
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

using System.Collections.Generic;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using SchemaGuard.Core.Settings;
using SchemaGuard.Core.Suppression;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Engine
{
    /// <summary>The state of linting one file: its index, its settings and the findings so far.</summary>
    internal sealed class FileAnalysis
    {
        private readonly LintEngine _engine;

        internal FileAnalysis(LintEngine engine, SqlScript script, LintSettings settings, SchemaReplayer? replayer = null, IndexUsageData? indexUsage = null)
        {
            _engine = engine;
            Script = script;
            Settings = settings;
            Replayer = replayer ?? new SchemaReplayer();
            IndexUsage = indexUsage;
        }

        /// <summary>Whether this file's statements are applied to the catalog after the rules saw them (false for down migrations).</summary>
        internal bool ReplaysStatements { get; set; } = true;

        /// <summary>The run's replayer; its catalog is the schema as the statements so far left it.</summary>
        internal SchemaReplayer Replayer { get; }

        internal SchemaCatalog Schema => Replayer.Catalog;

        internal IndexUsageData? IndexUsage { get; }

        internal SqlScript Script { get; }

        internal LintSettings Settings { get; }

        internal StatementIndex Index { get; set; } = null!;

        internal List<Finding> Findings { get; } = new List<Finding>();

        internal void ReportRuleFinding(RuleDescriptor rule, TextSpan span, string message, string? alternative, IReadOnlyList<TextEdit>? fix, Statement? fallback)
        {
            var severity = Settings.GetSeverity(rule);
            if (severity == Severity.None) return;
            Findings.Add(new Finding(rule.Id, rule.Name, severity, Script.Source, span, message, alternative, fix, Fingerprint(rule.Id, span, fallback)));
        }

        /// <summary>Reports one of SchemaGuard's own diagnostics, unless settings switch it off.</summary>
        internal void ReportEngineFinding(string id, TextSpan span, string message, Severity fallbackSeverity)
        {
            var descriptor = _engine.FindEngineDescriptor(id);
            var severity = descriptor != null ? Settings.GetSeverity(descriptor) : fallbackSeverity;
            if (severity == Severity.None) return;
            int length = Script.Source.Length;
            int start = span.Start > length ? length : span.Start;
            var clamped = TextSpan.FromBounds(start, span.End > length ? length : span.End);
            Findings.Add(new Finding(id, descriptor?.Name ?? id, severity, Script.Source, clamped, message, fingerprint: Fingerprint(id, clamped, null)));
        }

        private string? Fingerprint(string ruleId, TextSpan span, Statement? fallback)
        {
            var statement = Index?.Innermost(span.Start) ?? fallback;
            if (statement == null) return null;
            var (first, end) = StatementIndex.TokenRange(Script.Tokens, statement.Span);
            return end > first ? FindingFingerprint.FromStatement(ruleId, Script.Tokens, first, end) : null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Engine
{
    /// <summary>What a rule sees of the file it checks, and how it reports: shared by <see cref="RuleContext"/> and <see cref="ScriptContext"/>.</summary>
    public abstract class AnalysisContext
    {
        private RuleOptions? _options;

        internal AnalysisContext(FileAnalysis file, SqlRule rule)
        {
            File = file;
            RuleInstance = rule;
        }

        /// <summary>The rule being run.</summary>
        public RuleDescriptor Rule => RuleInstance.Descriptor;

        internal SqlRule RuleInstance { get; }

        private protected FileAnalysis File { get; }

        /// <summary>The parsed file.</summary>
        public SqlScript Script => File.Script;

        /// <summary>The file's path, as given.</summary>
        public string FilePath => File.Script.Source.Path;

        /// <summary>The settings in effect for the file.</summary>
        public LintSettings Settings => File.Settings;

        /// <summary>The dialect the file was parsed as.</summary>
        public SqlDialect Dialect => File.Script.Dialect;

        /// <summary>The target engine version, or null when not configured.</summary>
        public EngineVersion? TargetVersion => File.Settings.TargetVersion;

        /// <summary>The product edition.</summary>
        public Edition Edition => File.Settings.Edition;

        /// <summary>
        /// The schema catalog built from the snapshot and the migrations replayed so far: tables, columns, constraints with
        /// their ON DELETE actions, indexes, materialized views. Never null; empty when nothing is known. For a
        /// <see cref="RuleContext"/> it is the schema as it was just before the statement (earlier files, then the earlier
        /// statements of this file); for a <see cref="ScriptContext"/>, as it is after every statement of this file.
        /// It changes as the run goes on: ask it, do not keep it.
        /// </summary>
        public SchemaCatalog Schema => File.Schema;

        /// <summary>The index-usage export given to the run, or null when none was.</summary>
        public IndexUsageData? IndexUsage => File.IndexUsage;

        /// <summary>The rule's options (settings over page defaults).</summary>
        public RuleOptions Options => _options ??= RuleOptions.For(Rule, File.Settings);

        /// <summary>
        /// The source text a span covers, for quoting names and building the rewritten statement of an alternative.
        /// Rules decide from nodes, never from this text.
        /// </summary>
        public string GetText(TextSpan span) => File.Script.Source.GetText(span);

        /// <summary>The source text a node covers.</summary>
        public string GetText(SyntaxNode node) => GetText(node.Span);

        /// <summary>Reports a finding of this rule.</summary>
        /// <param name="span">The offending clause (as narrow as the syntax allows).</param>
        /// <param name="message">What is wrong, naming the objects involved.</param>
        /// <param name="alternative">What to do instead, for this case; ideally the statement to run.</param>
        /// <param name="fix">Edits that apply the alternative, when mechanical and safe; they must lie in the file and not overlap.</param>
        public void Report(TextSpan span, string message, string? alternative = null, IReadOnlyList<TextEdit>? fix = null)
        {
            if (string.IsNullOrWhiteSpace(message)) throw new ArgumentException("A finding needs a message.", nameof(message));
            if (span.End > File.Script.Source.Length) throw new ArgumentOutOfRangeException(nameof(span), "The span " + span + " lies outside the file.");
            if (fix != null) CheckEdits(fix);
            File.ReportRuleFinding(Rule, span, message, alternative, fix, DefaultStatement);
        }

        /// <summary>Reports a finding on a node's span.</summary>
        public void Report(SyntaxNode node, string message, string? alternative = null, IReadOnlyList<TextEdit>? fix = null) =>
            Report(node.Span, message, alternative, fix);

        /// <summary>The statement a finding is fingerprinted with when its span lies in no statement.</summary>
        private protected abstract Statement? DefaultStatement { get; }

        private void CheckEdits(IReadOnlyList<TextEdit> fix)
        {
            int length = File.Script.Source.Length;
            int previousEnd = -1;
            foreach (var edit in fix.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End))
            {
                if (edit.Span.End > length) throw new ArgumentOutOfRangeException(nameof(fix), "An edit lies outside the file: " + edit.Span + ".");
                if (edit.Span.Start < previousEnd) throw new ArgumentException("The fix's edits overlap at " + edit.Span + ".", nameof(fix));
                previousEnd = edit.Span.End;
            }
        }
    }

    /// <summary>What a rule gets for one statement.</summary>
    public sealed class RuleContext : AnalysisContext
    {
        internal RuleContext(FileAnalysis file, SqlRule rule, Statement statement, Statement? enclosing)
            : base(file, rule)
        {
            Statement = statement;
            EnclosingStatement = enclosing;
        }

        /// <summary>The statement to check; its kind is one of the rule's <see cref="SqlRule.Kinds"/>.</summary>
        public Statement Statement { get; }

        /// <summary>The statement this one is nested in (a PL/SQL block, a procedure), or null at top level.</summary>
        public Statement? EnclosingStatement { get; }

        /// <summary>
        /// Whether the table was created earlier in this same file (and not by the snapshot), so that, for example, an
        /// index on it blocks nobody: <see cref="AnalysisContext.Schema"/> holds only what came before this statement.
        /// </summary>
        public bool IsCreatedInFile(ObjectName table)
        {
            if (table == null) throw new ArgumentNullException(nameof(table));
            return table.DatabaseLink == null && Schema.IsCreatedInFile(SchemaObjectName.From(table), FilePath);
        }

        private protected override Statement? DefaultStatement => Statement;
    }

    /// <summary>What a rule gets to check a whole file at once.</summary>
    public sealed class ScriptContext : AnalysisContext
    {
        internal ScriptContext(FileAnalysis file, SqlRule rule)
            : base(file, rule)
        {
        }

        /// <summary>The top-level statements in order.</summary>
        public IReadOnlyList<Statement> Statements => Script.Statements;

        /// <summary>Every statement, nested ones included, in text order (a block before the statements inside it).</summary>
        public IReadOnlyList<Statement> AllStatements => File.Index.All;

        /// <summary>The statements of one kind, nested ones included, in text order (from the engine's index: no walk).</summary>
        public IReadOnlyList<Statement> OfKind(StatementKind kind) => File.Index.OfKind(kind);

        /// <summary>The statement <paramref name="statement"/> is nested in, or null at top level.</summary>
        public Statement? GetEnclosingStatement(Statement statement) => File.Index.ParentOf(statement);

        /// <summary>
        /// Whether a table of that name was created by a statement of this file (before <paramref name="before"/>, when
        /// given) and still exists at the end of the file. <see cref="AnalysisContext.Schema"/> here is the state after the
        /// file, so a table created and dropped again within the file is not known to it.
        /// </summary>
        public bool IsCreatedInFile(ObjectName table, Statement? before = null)
        {
            if (table == null) throw new ArgumentNullException(nameof(table));
            TableInfo? info = Schema.FindTable(SchemaObjectName.From(table));
            SchemaSource? created = info?.CreatedIn;
            if (created == null || created.IsSnapshot || !created.IsInFile(FilePath)) return false;
            return before == null || created.Span.Start < before.Span.Start;
        }

        private protected override Statement? DefaultStatement => null;
    }
}

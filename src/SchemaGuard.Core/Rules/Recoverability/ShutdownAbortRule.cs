using System.Collections.Generic;
using SchemaGuard.Core.Engine;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.Recoverability
{
    /// <summary>SG3004: <c>SHUTDOWN ABORT</c> in a script, worst before <c>STARTUP UPGRADE</c>. See rules/SG3004.md.</summary>
    [Rule("SG3004")]
    public sealed class ShutdownAbortRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Shutdown);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            if (!(context.Statement is ShutdownStatement shutdown) || shutdown.Mode != ShutdownMode.Abort) return;

            var at = shutdown.ModeClause?.Span ?? shutdown.Span;
            const string Base = "SHUTDOWN ABORT stops the instance without a checkpoint: open transactions are not rolled back and the datafiles need instance recovery at the next startup.";
            var startup = NextStartup(context.Script.Statements, shutdown);
            if (startup != null && IsSoftwareChange(startup.Mode))
            {
                string mode = startup.Mode.ToString().ToUpperInvariant();
                int line = RuleText.LineOf(context, startup.Span.Start);
                context.Report(
                    at,
                    Base + " The next startup, STARTUP " + mode + " at line " + line + ", opens those files with the new software while they still need recovery by the old one: " +
                    "an upgrade has corrupted a database exactly this way.",
                    "SHUTDOWN IMMEDIATE\nSTARTUP " + mode + "\n-- If SHUTDOWN IMMEDIATE hangs, abort by hand, then STARTUP RESTRICT and SHUTDOWN IMMEDIATE before STARTUP " + mode + ".");
                return;
            }

            context.Report(
                at,
                Base,
                "SHUTDOWN IMMEDIATE\n-- It rolls back, checkpoints and closes the files consistently. If it hangs, abort by hand, then STARTUP RESTRICT and SHUTDOWN IMMEDIATE " +
                "before any upgrade or software change.");
        }

        private static bool IsSoftwareChange(StartupMode mode) =>
            mode == StartupMode.Upgrade || mode == StartupMode.Downgrade || mode == StartupMode.Migrate;

        /// <summary>The first STARTUP after the abort: the one that opens the files needing recovery (a STARTUP RESTRICT there is the safe pattern).</summary>
        private static StartupStatement? NextStartup(IReadOnlyList<Statement> statements, ShutdownStatement shutdown)
        {
            foreach (var statement in statements)
            {
                if (statement.Span.Start <= shutdown.Span.Start) continue;
                if (statement is StartupStatement startup) return startup;
            }

            return null;
        }
    }
}

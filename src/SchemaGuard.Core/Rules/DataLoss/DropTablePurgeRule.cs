using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.DataLoss
{
    /// <summary>SG1005: Oracle <c>DROP TABLE ... PURGE</c> skips the recycle bin. See rules/SG1005.md.</summary>
    [Rule("SG1005")]
    public sealed class DropTablePurgeRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.DropTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            if (!(context.Statement is DropTableStatement drop) || drop.Purge == null) return;

            string table = drop.Tables.Count > 0 ? string.Join(", ", drop.Tables.Select(t => t.ToString())) : "the table";
            string name = drop.Tables.Count > 0 ? drop.Tables[0].ToString() : "<table>";
            context.Report(
                drop.Purge,
                "DROP TABLE " + table + " ... PURGE bypasses the recycle bin: the table, its data and its indexes cannot be brought back with FLASHBACK TABLE " + name + " TO BEFORE DROP.",
                "Drop without PURGE so that 'FLASHBACK TABLE " + name + " TO BEFORE DROP' can undo it, and purge later ('PURGE TABLE " + name +
                "') once the release has proven itself; or rename it now ('ALTER TABLE " + name + " RENAME TO " + RetiredName(drop) + "') and drop it in a later release.",
                Fix(drop));
        }

        /// <summary>Deletes PURGE and the blanks before it, back to the clause that precedes it; nothing when the statement was not fully read.</summary>
        private static IReadOnlyList<TextEdit>? Fix(DropTableStatement drop)
        {
            if (drop.IsPartial || drop.Tables.Count == 0) return null;
            int previousEnd = drop.Tables[drop.Tables.Count - 1].Span.End;
            if (drop.CascadeConstraints != null) previousEnd = Math.Max(previousEnd, drop.CascadeConstraints.Span.End);
            if (drop.Cascade != null) previousEnd = Math.Max(previousEnd, drop.Cascade.Span.End);
            var purge = drop.Purge!.Span;
            if (previousEnd > purge.Start) return null;
            return new[] { new TextEdit(TextSpan.FromBounds(previousEnd, purge.End), string.Empty) };
        }

        private static string RetiredName(DropTableStatement drop)
        {
            if (drop.Tables.Count == 0) return "<table>_retired";
            var name = drop.Tables[0].Name;
            return name.IsQuoted ? "\"" + name.Text + "_RETIRED\"" : name.Text + "_retired";
        }
    }
}

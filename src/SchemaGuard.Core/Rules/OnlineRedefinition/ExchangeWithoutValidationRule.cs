using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.OnlineRedefinition
{
    /// <summary>SG4006: <c>EXCHANGE PARTITION ... WITHOUT VALIDATION</c>. See rules/SG4006.md.</summary>
    [Rule("SG4006")]
    public sealed class ExchangeWithoutValidationRule : SqlRule
    {
        private const int MaxNameLength = 30;

        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.AlterTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            if (!(context.Statement is AlterTableStatement alter)) return;
            foreach (var exchange in alter.Actions.OfType<ExchangePartitionAction>())
            {
                if (exchange.WithoutValidation == null) continue;

                string table = RuleText.Quote(context, alter.Name.Span);
                string partition = RuleText.Quote(context, exchange.Partition.Span);
                string staging = RuleText.Quote(context, exchange.Table.Span);
                string message = "EXCHANGE PARTITION " + partition + " of " + table + " WITH TABLE " + staging +
                                 " WITHOUT VALIDATION swaps the segments without checking that every row of " + staging + " belongs in " + partition +
                                 ": rows outside its bounds become invisible to pruned queries and break later splits, merges and unique checks, silently.";

                var edit = new TextEdit(exchange.WithoutValidation.Span, RuleText.InCaseOf(context.GetText(exchange.WithoutValidation), "WITH VALIDATION"));
                var partitioning = PartitioningOf(context, alter);
                string key = partitioning != null && partitioning.Columns.Count == 1 ? RuleText.Quote(context, partitioning.Columns[0].Span) : "<partition key>";
                string check = partitioning != null && partitioning.Method.StartsWith("LIST", System.StringComparison.Ordinal)
                    ? key + " IN (<values of " + partition + ">)"
                    : key + " >= <lower bound of " + partition + "> AND " + key + " < <upper bound of " + partition + ">";
                string alternative = "Let Oracle validate, and make it fast with a check constraint on " + staging + " that matches the bounds of " + partition + ":\n" +
                                     "  ALTER TABLE " + staging + " ADD CONSTRAINT " + ConstraintName(exchange) + " CHECK (" + check + ");\n  " +
                                     RuleText.RewriteStatement(context, alter, new[] { edit }).Replace("\n", "\n  ");
                context.Report(exchange.WithoutValidation, message, alternative);
            }
        }

        /// <summary>The table's partitioning when this file created it before the exchange, else null.</summary>
        private static PartitioningClause? PartitioningOf(RuleContext context, AlterTableStatement alter) =>
            (TableNameMatch.CreationBefore(context.Script.Statements, alter.Name, alter.Span.Start) as CreateTableStatement)?.Partitioning;

        /// <summary><c>ck_&lt;staging&gt;_&lt;partition&gt;</c>, cut to 30 characters so that every release accepts it.</summary>
        private static string ConstraintName(ExchangePartitionAction exchange)
        {
            string name = "ck_" + exchange.Table.Name.Text + "_" + exchange.Partition.Text;
            bool plain = !exchange.Table.Name.IsQuoted && !exchange.Partition.IsQuoted;
            if (name.Length > MaxNameLength) name = name.Substring(0, MaxNameLength);
            return plain ? name.ToLowerInvariant() : "\"" + name + "\"";
        }
    }
}

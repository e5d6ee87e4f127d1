using System.Collections.Generic;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Rules.OnlineRedefinition;
using SchemaGuard.Core.Schema;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.Recoverability
{
    /// <summary>
    /// SG3002: DBMS_REDEFINITION.START_REDEF_TABLE whose interim table the catalog knows as NOLOGGING, or whose original
    /// table is NOLOGGING while the interim one is not known to be LOGGING. See rules/SG3002.md.
    /// </summary>
    [Rule("SG3002")]
    public sealed class RedefinitionNologgingRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Call);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            var call = RedefinitionCall.TryRead(context.Statement);
            if (call == null || call.Procedure != RedefinitionProcedure.StartRedefTable) return;

            var originalName = call.CatalogName(call.Table);
            var interimName = call.CatalogName(call.Interim);
            TableInfo? original = originalName == null ? null : context.Schema.FindTable(originalName);
            TableInfo? interim = interimName == null ? null : context.Schema.FindTable(interimName);
            bool interimNologging = interim != null && interim.Logging == TableLogging.NoLogging;
            bool originalNologging = original != null && original.Logging == TableLogging.NoLogging;

            // An interim table declared LOGGING gets its copy logged, whatever the original says.
            if (!interimNologging && !(originalNologging && (interim == null || interim.Logging != TableLogging.Logging))) return;

            string originalText = Qualified(context, call, call.Table);
            string interimText = Qualified(context, call, call.Interim);
            var message = new StringBuilder();
            message.Append("START_REDEF_TABLE copies ").Append(originalText).Append(" into ").Append(interimText).Append(" with direct-path inserts, and ");
            if (interimNologging)
            {
                message.Append(interimText).Append(" is NOLOGGING").Append(Declared(interim!));
                if (originalNologging) message.Append(", as is ").Append(originalText).Append(Declared(original!));
                message.Append(": the copy generates no redo, so after FINISH_REDEF_TABLE the production table ").Append(originalText).Append(" is made");
            }
            else
            {
                message.Append(originalText).Append(" is NOLOGGING").Append(Declared(original!))
                    .Append(", which an interim table created from its DDL (DBMS_METADATA.GET_DDL) inherits: the copy would then generate no redo, ")
                    .Append("and after FINISH_REDEF_TABLE the production table ").Append(originalText).Append(" would be made");
            }

            message.Append(" of blocks that media recovery and standby databases cannot rebuild (ORA-01578 / ORA-26040 when they are read after a restore or a switchover).");

            context.Report(call.Call.Procedure, message.ToString(), Alternative(context, call, interimText, originalText));
        }

        private static string Alternative(RuleContext context, RedefinitionCall call, string interim, string original)
        {
            var sb = new StringBuilder();
            sb.Append("Make the interim table LOGGING before the copy starts (or run ALTER DATABASE FORCE LOGGING):\n");
            sb.Append("  ALTER TABLE ").Append(interim).Append(" LOGGING;\n");
            sb.Append("  ").Append(RuleText.OneLine(context.GetText(TextSpan.FromBounds(call.Call.Procedure.Span.Start, call.Call.Span.End)))).Append(";\n");
            sb.Append("If the copy must run without redo, switch ").Append(original).Append(" to LOGGING right after FINISH_REDEF_TABLE and back up the affected datafiles at once ")
                .Append("(RMAN: REPORT UNRECOVERABLE; then BACKUP DATAFILE <file#>; for each file it lists), and refresh them on every standby database.");
            return sb.ToString();
        }

        private static string Declared(TableInfo table) =>
            table.LoggingDeclaredAt != null ? " (declared at " + table.LoggingDeclaredAt + ")" : string.Empty;

        /// <summary>A table argument as the call names it: <c>HR.EMP</c> from <c>'HR'</c> and <c>'EMP'</c>, else its text.</summary>
        private static string Qualified(AnalysisContext context, RedefinitionCall call, Expression? table)
        {
            if (table == null) return "the table";
            string name = table is LiteralExpression literal && literal.Kind == LiteralKind.String ? literal.Value.Trim() : context.GetText(table);
            string? owner = call.OwnerName?.Trim();
            return string.IsNullOrEmpty(owner) ? name : owner + "." + name;
        }
    }
}

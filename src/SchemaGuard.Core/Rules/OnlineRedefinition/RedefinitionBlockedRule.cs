using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Schema;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.OnlineRedefinition
{
    /// <summary>
    /// SG4002: DBMS_REDEFINITION.CAN_REDEF_TABLE or START_REDEF_TABLE on a table that the catalog says cannot be redefined
    /// online. One finding per call, naming every blocker and where it was declared. See rules/SG4002.md.
    /// </summary>
    [Rule("SG4002")]
    public sealed class RedefinitionBlockedRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.Call);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            var call = RedefinitionCall.TryRead(context.Statement);
            if (call == null || (call.Procedure != RedefinitionProcedure.CanRedefTable && call.Procedure != RedefinitionProcedure.StartRedefTable)) return;

            var blockers = new List<Blocker>();
            string? owner = call.OwnerKeyForCatalog;
            if (IsSystemSchema(owner))
            {
                blockers.Add(new Blocker(
                    "it belongs to " + owner + " (the uname argument), and tables owned by SYS or SYSTEM cannot be redefined online",
                    "Keep application tables out of SYS and SYSTEM: create the table in an application schema and move the data there in a maintenance window."));
            }

            var name = call.CatalogName(call.Table);
            TableInfo? table = name == null ? null : context.Schema.FindTable(name);
            if (table != null) AddTableBlockers(context, call, table, owner, blockers);
            var view = name == null ? null : context.Schema.FindMaterializedView(name);
            if (view != null)
            {
                blockers.Add(new Blocker(
                    "it is the container table of materialized view " + view.Name.Name + " (created at " + view.DeclaredAt + ")",
                    "A materialized view's table cannot be redefined: create the new materialized view beside it, switch readers over, then drop the old one."));
            }

            if (blockers.Count == 0) return;

            string procedure = call.Procedure == RedefinitionProcedure.CanRedefTable ? "CAN_REDEF_TABLE" : "START_REDEF_TABLE";
            string message = Describe(context, call) + " cannot be redefined online, so " + procedure + " fails: " + string.Join("; ", blockers.Select(b => b.Reason)) + ".";
            string alternative = string.Join("\n", blockers.Select(b => b.Advice).Distinct());
            var at = (SyntaxNode?)call.Table ?? (SyntaxNode?)call.Owner ?? call.Call.Procedure;
            context.Report(at, message, alternative);
        }

        private static void AddTableBlockers(RuleContext context, RedefinitionCall call, TableInfo table, string? owner, List<Blocker> blockers)
        {
            string created = table.CreatedIn != null ? " (created at " + table.CreatedIn + ")" : string.Empty;
            if (owner == null && IsSystemSchema(table.Owner))
            {
                blockers.Add(new Blocker(
                    "it belongs to " + table.Owner + created + ", and tables owned by SYS or SYSTEM cannot be redefined online",
                    "Keep application tables out of SYS and SYSTEM: create the table in an application schema and move the data there in a maintenance window."));
            }

            string? kind = KindBlocker(table.Kind);
            if (kind != null)
            {
                bool temporary = table.Kind == TableKind.Temporary || table.Kind == TableKind.GlobalTemporary;
                blockers.Add(new Blocker(
                    "it is " + kind + created,
                    temporary
                        ? "A temporary table holds only session data: change it with ALTER TABLE, or drop and re-create it while no session uses it."
                        : "Online redefinition cannot carry " + kind + ": rebuild it offline in a maintenance window (CREATE TABLE ... AS SELECT, then swap the names, grants, indexes and constraints)."));
            }

            foreach (var column in table.Columns.Where(c => c.HasType("BFILE")))
            {
                blockers.Add(new Blocker(
                    "it has the BFILE column " + column.DisplayName + " (declared at " + column.DeclaredAt + ")",
                    "A BFILE column cannot be copied by online redefinition: replace it first by its directory and file name (two VARCHAR2 columns filled with " +
                    "DBMS_LOB.FILEGETNAME), or rebuild the table offline in a maintenance window."));
            }

            var longColumns = UnconvertedLongColumns(context, call, table);
            if (longColumns.Count > 0)
            {
                string columns = RuleText.List(longColumns.Select(c => c.DataType + " column " + c.DisplayName + " (declared at " + c.DeclaredAt + ")").ToList());
                blockers.Add(new Blocker(
                    "it has the " + columns + ", which online redefinition copies only when START_REDEF_TABLE's col_mapping converts " +
                    (longColumns.Count == 1 ? "it" : "them") + " with TO_LOB",
                    LongAdvice(context, call, table)));
            }

            var log = context.Schema.FindMaterializedViewLog(table.Name);
            if (log != null)
            {
                string master = Describe(context, call);
                blockers.Add(new Blocker(
                    "it has a materialized view log (created at " + log.DeclaredAt + ")",
                    "Drop the materialized view log first, redefine, then re-create it as declared at " + log.DeclaredAt +
                    " (materialized views that fast-refresh from it need one complete refresh afterwards):\n  DROP MATERIALIZED VIEW LOG ON " + master + ";"));
            }

            foreach (var view in context.Schema.GetMaterializedViewsOn(table.Name))
            {
                blockers.Add(new Blocker(
                    "materialized view " + view.Name.Name + " (created at " + view.DeclaredAt + ") is defined on it",
                    "Drop materialized view " + view.Name.Name + " first and re-create it, as declared at " + view.DeclaredAt + ", after FINISH_REDEF_TABLE:\n  DROP MATERIALIZED VIEW " +
                    view.Name.Name + ";"));
            }
        }

        /// <summary>
        /// The table's LONG and LONG RAW columns that no TO_LOB in the redefinition's col_mapping converts: for START_REDEF_TABLE
        /// its own mapping; for CAN_REDEF_TABLE that of a START_REDEF_TABLE of the same table in the file, if there is one.
        /// A mapping SchemaGuard cannot read (a variable, a function call) is trusted.
        /// </summary>
        private static List<ColumnInfo> UnconvertedLongColumns(RuleContext context, RedefinitionCall call, TableInfo table)
        {
            var longColumns = table.Columns.Where(c => c.IsLong).ToList();
            if (longColumns.Count == 0) return longColumns;

            RedefinitionCall? start = call.Procedure == RedefinitionProcedure.StartRedefTable ? call : FindStartInFile(context, call);
            if (start == null) return longColumns;
            var mapping = start.Call.FindArgument("col_mapping", 3)?.Value;
            if (mapping == null) return longColumns;
            string? text = ColumnMapping.TextOf(mapping);
            if (text == null) return new List<ColumnInfo>();
            var converted = ColumnMapping.LobConversions(text, context.Dialect);
            return longColumns.Where(c => !converted.Contains(c.Name)).ToList();
        }

        private static RedefinitionCall? FindStartInFile(RuleContext context, RedefinitionCall can)
        {
            foreach (var top in context.Script.Statements)
            {
                foreach (var statement in top.DescendantsAndSelf().OfType<CallStatement>())
                {
                    var other = RedefinitionCall.TryRead(statement);
                    if (other != null && other.Procedure == RedefinitionProcedure.StartRedefTable && other.SameTableAs(can)) return other;
                }
            }

            return null;
        }

        /// <summary>The START_REDEF_TABLE call that converts the LONG columns, with the table's own columns in the mapping.</summary>
        private static string LongAdvice(RuleContext context, RedefinitionCall call, TableInfo table)
        {
            string owner = call.Owner != null ? context.GetText(call.Owner) : "'<owner>'";
            string tableArgument = call.Table != null ? context.GetText(call.Table) : "'<table>'";
            string interim = call.Interim != null ? context.GetText(call.Interim) : "'" + (call.TableName?.Trim() ?? "TABLE").Trim('"').ToUpperInvariant() + "_INT'";
            string mapping = string.Join(", ", table.Columns.Select(c => c.IsLong ? "TO_LOB(" + c.DisplayName + ") " + c.DisplayName : c.DisplayName + " " + c.DisplayName));

            var sb = new StringBuilder();
            sb.Append("Convert the LONG columns in the redefinition itself: declare them in the interim table as CLOB (BLOB for LONG RAW) and map them with TO_LOB:\n");
            sb.Append("  DBMS_REDEFINITION.START_REDEF_TABLE(uname => ").Append(owner).Append(", orig_table => ").Append(tableArgument)
                .Append(", int_table => ").Append(interim).Append(", col_mapping => '").Append(mapping.Replace("'", "''")).Append("');");
            return sb.ToString();
        }

        private static string? KindBlocker(TableKind kind)
        {
            switch (kind)
            {
                case TableKind.Temporary: return "a temporary table";
                case TableKind.GlobalTemporary: return "a global temporary table";
                case TableKind.Clustered: return "a clustered table (stored in a cluster)";
                case TableKind.Object: return "an object table";
                default: return null;
            }
        }

        private static bool IsSystemSchema(string? schema) =>
            string.Equals(schema, "SYS", StringComparison.Ordinal) || string.Equals(schema, "SYSTEM", StringComparison.Ordinal);

        /// <summary>The table as the call names it, qualified with the owner argument: <c>APP.DOCS</c>.</summary>
        private static string Describe(AnalysisContext context, RedefinitionCall call)
        {
            string table = call.Table == null ? "the table" : call.TableName?.Trim() ?? context.GetText(call.Table);
            string? owner = call.OwnerName?.Trim();
            return string.IsNullOrEmpty(owner) || call.Table == null ? table : owner + "." + table;
        }

        private sealed class Blocker
        {
            internal Blocker(string reason, string advice)
            {
                Reason = reason;
                Advice = advice;
            }

            /// <summary>Why the table cannot be redefined, with where that was declared.</summary>
            internal string Reason { get; }

            /// <summary>What to do about it.</summary>
            internal string Advice { get; }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.DataLoss
{
    /// <summary>SG1003: <c>DROP TABLE ... CASCADE [CONSTRAINTS]</c> and <c>TRUNCATE ... CASCADE</c>. See rules/SG1003.md.</summary>
    [Rule("SG1003")]
    public sealed class DropCascadeRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.DropTable, StatementKind.Truncate);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            switch (context.Statement)
            {
                case DropTableStatement drop:
                    var cascade = drop.CascadeConstraints ?? drop.Cascade;
                    if (cascade != null && drop.Tables.Count > 0) ReportDrop(context, drop, cascade);
                    break;
                case TruncateStatement truncate when truncate.Cascade != null && truncate.Tables.Count > 0 && !truncate.IsCluster:
                    ReportTruncate(context, truncate, truncate.Cascade);
                    break;
            }
        }

        private static void ReportDrop(RuleContext context, DropTableStatement drop, OptionClause cascade)
        {
            string tables = Names(context, drop.Tables);
            bool constraints = drop.CascadeConstraints != null;
            string message = constraints
                ? "DROP TABLE " + tables + " CASCADE CONSTRAINTS also drops every foreign key in other tables that references " + tables +
                  ": those tables silently lose their integrity checks, and the statement names none of them."
                : "DROP TABLE " + tables + " CASCADE also drops every view and foreign key that depends on " + tables +
                  ", without naming them.";

            var alternative = new StringBuilder();
            alternative.Append("Drop the dependents by name, so the review shows what goes, then the table without CASCADE").Append(constraints ? " CONSTRAINTS" : string.Empty)
                .Append(" (it fails if a dependent was missed").Append(context.Dialect == SqlDialect.PostgreSql ? ", and the error lists what depends on it" : string.Empty).Append("):\n  ")
                .Append(DependentsQuery(context.Dialect, drop.Tables, views: !constraints).Replace("\n", "\n  "))
                .Append("\n  ALTER TABLE <referencing table> DROP CONSTRAINT <foreign key>;  -- one line per referencing key")
                .Append(constraints ? string.Empty : "\n  DROP VIEW <dependent view>;  -- one line per dependent view")
                .Append("\n  ").Append(WithoutCascade(context, cascade));
            context.Report(cascade, message, alternative.ToString());
        }

        private static void ReportTruncate(RuleContext context, TruncateStatement truncate, OptionClause cascade)
        {
            string tables = Names(context, truncate.Tables);
            string message = context.Dialect == SqlDialect.Oracle
                ? "TRUNCATE TABLE " + tables + " CASCADE also truncates every table that references " + tables +
                  " through an ON DELETE CASCADE foreign key, and theirs in turn, without naming them; a truncate cannot be rolled back."
                : "TRUNCATE " + tables + " CASCADE also empties every table that references " + tables +
                  " through a foreign key, and theirs in turn, without naming them.";

            var alternative = new StringBuilder();
            alternative.Append("Empty the referencing tables explicitly first (TRUNCATE or batched DELETE, child tables first), so the review shows what loses rows, then truncate without CASCADE:\n  ")
                .Append(DependentsQuery(context.Dialect, truncate.Tables, views: false).Replace("\n", "\n  "))
                .Append("\n  TRUNCATE TABLE <referencing table>;  -- one line per referencing table, children first")
                .Append("\n  ").Append(WithoutCascade(context, cascade));
            context.Report(cascade, message, alternative.ToString());
        }

        private static string Names(AnalysisContext context, IReadOnlyList<ObjectName> tables) =>
            RuleText.List(tables.Select(t => RuleText.Quote(context, t.Span)).ToList());

        /// <summary>The user's statement with the CASCADE clause and the blanks before it taken out.</summary>
        private static string WithoutCascade(RuleContext context, OptionClause cascade)
        {
            var removal = new TextEdit(SourceTokens.WithBlanksBefore(context.Script, cascade.Span), string.Empty);
            return RuleText.RewriteStatement(context, context.Statement, new[] { removal });
        }

        /// <summary>A catalog query listing what references the tables (and, for PostgreSQL DROP, the views on them).</summary>
        private static string DependentsQuery(SqlDialect dialect, IReadOnlyList<ObjectName> tables, bool views)
        {
            if (dialect == SqlDialect.Oracle)
            {
                string names = string.Join(", ", tables.Select(t => "'" + t.Name.Normalized.Replace("'", "''") + "'"));
                return "-- what references it:\nSELECT c.owner, c.table_name, c.constraint_name, c.delete_rule FROM all_constraints c\n" +
                       "  JOIN all_constraints p ON p.owner = c.r_owner AND p.constraint_name = c.r_constraint_name\n" +
                       " WHERE c.constraint_type = 'R' AND p.table_name IN (" + names + ");";
            }

            string regclasses = string.Join(", ", tables.Select(t => "'" + t.ToString().Replace("'", "''") + "'::regclass"));
            string query = "-- what references it:\nSELECT conrelid::regclass AS referencing_table, conname FROM pg_constraint WHERE contype = 'f' AND confrelid IN (" + regclasses + ");";
            if (views)
            {
                query += "\n-- views on it:\nSELECT DISTINCT v.oid::regclass AS dependent_view FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class\n" +
                         " WHERE d.refobjid IN (" + regclasses + ") AND v.oid <> d.refobjid;";
            }

            return query;
        }
    }
}

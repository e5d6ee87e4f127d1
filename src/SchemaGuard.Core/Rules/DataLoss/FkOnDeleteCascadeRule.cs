using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.DataLoss
{
    /// <summary>SG1001: a foreign key declared <c>ON DELETE CASCADE</c>. See rules/SG1001.md.</summary>
    [Rule("SG1001")]
    public sealed class FkOnDeleteCascadeRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.CreateTable, StatementKind.AlterTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            switch (context.Statement)
            {
                case CreateTableStatement create:
                    foreach (var column in create.Columns)
                    {
                        foreach (var constraint in column.Constraints) Check(context, create.Name, constraint, column, column.Span);
                    }

                    foreach (var constraint in create.Constraints) Check(context, create.Name, constraint, null, constraint.Span);
                    break;

                case AlterTableStatement alter:
                    foreach (var action in alter.Actions)
                    {
                        switch (action)
                        {
                            case AddConstraintAction add:
                                Check(context, alter.Name, add.Constraint, null, alter.Span);
                                break;
                            case AddColumnsAction add:
                                CheckColumns(context, alter, add.Columns);
                                break;
                            case ModifyColumnsAction modify:
                                CheckColumns(context, alter, modify.Columns);
                                break;
                        }
                    }

                    break;
            }
        }

        private static void CheckColumns(RuleContext context, AlterTableStatement alter, IReadOnlyList<ColumnDefinition> columns)
        {
            foreach (var column in columns)
            {
                foreach (var constraint in column.Constraints) Check(context, alter.Name, constraint, column, alter.Span);
            }
        }

        /// <param name="context">The rule's context.</param>
        /// <param name="child">The table the foreign key is declared on.</param>
        /// <param name="constraint">A constraint of it.</param>
        /// <param name="column">The column an inline constraint is written on, else null.</param>
        /// <param name="rewriteScope">The text shown rewritten in the alternative: the whole ALTER TABLE, or the column or constraint of a CREATE TABLE.</param>
        private static void Check(RuleContext context, ObjectName child, ConstraintDefinition constraint, ColumnDefinition? column, TextSpan rewriteScope)
        {
            var reference = constraint.References;
            var onDelete = reference?.OnDelete;
            if (reference == null || onDelete == null || onDelete.Action != ReferentialAction.Cascade) return;

            string childText = RuleText.Quote(context, child.Span);
            string parentText = RuleText.Quote(context, reference.Table.Span);
            var childColumns = column != null ? new[] { column.Name } : constraint.Columns.ToArray();
            string childColumnList = childColumns.Length == 0 ? string.Empty : " (" + string.Join(", ", childColumns.Select(c => RuleText.Quote(context, c.Span))) + ")";
            string parentColumnList = reference.Columns.Count == 0 ? string.Empty : " (" + string.Join(", ", reference.Columns.Select(c => RuleText.Quote(context, c.Span))) + ")";
            string named = constraint.Name == null ? "Foreign key" : "Foreign key " + RuleText.Quote(context, constraint.Name.Span);

            string message = named + " on " + childText + childColumnList + " references " + parentText + parentColumnList +
                " ON DELETE CASCADE: every DELETE on " + parentText + " also deletes the matching " + childText +
                " rows (and their own cascading children), silently and without a row count for them.";

            var removal = new TextEdit(SourceTokens.WithBlanksBefore(context.Script, onDelete.Span), string.Empty);
            string rewritten = RuleText.Rewrite(context, rewriteScope, new[] { removal });
            rewritten = rewriteScope == context.Statement.Span ? rewritten + ";" : RuleText.OneLine(rewritten);

            var alternative = new StringBuilder();
            alternative.Append("Declare the foreign key without the cascade (NO ACTION, the default), so that deleting a row of ")
                .Append(parentText).Append(" that still has rows in ").Append(childText).Append(" fails instead of deleting them")
                .Append(ExplicitForm(context.Dialect)).Append(":\n  ").Append(rewritten.Replace("\n", "\n  "))
                .Append("\nThen delete the children explicitly, child table first (in batches when there are many):\n  ")
                .Append(ChildFirstDeletes(context, childText, parentText, childColumns, reference.Columns));

            var fix = context.Statement.IsPartial ? null : new[] { removal };
            context.Report(onDelete.Span, message, alternative.ToString(), fix);
        }

        private static string ExplicitForm(SqlDialect dialect)
        {
            if (dialect == SqlDialect.Oracle) return " (Oracle has no ON DELETE RESTRICT: leaving ON DELETE out means NO ACTION)";
            if (dialect == SqlDialect.SqlServer) return " (or write ON DELETE NO ACTION to say so)";
            return " (or write ON DELETE RESTRICT to say so)";
        }

        private static string ChildFirstDeletes(AnalysisContext context, string child, string parent, IReadOnlyList<Identifier> childColumns, IReadOnlyList<Identifier> parentColumns)
        {
            if (childColumns.Count == 0) return "DELETE FROM " + child + " WHERE <foreign key columns> = <parent key>;\n  DELETE FROM " + parent + " WHERE <key> = <parent key>;";
            var childTerms = new List<string>();
            var parentTerms = new List<string>();
            for (int i = 0; i < childColumns.Count; i++)
            {
                string bind = RuleText.Bind(context.Dialect, BindName(childColumns[i].Text));
                childTerms.Add(RuleText.Quote(context, childColumns[i].Span) + " = " + bind);
                string parentColumn = parentColumns.Count == childColumns.Count ? RuleText.Quote(context, parentColumns[i].Span) : "<key column " + (i + 1) + " of " + parent + ">";
                parentTerms.Add(parentColumn + " = " + bind);
            }

            return "DELETE FROM " + child + " WHERE " + string.Join(" AND ", childTerms) + ";\n  DELETE FROM " + parent + " WHERE " + string.Join(" AND ", parentTerms) + ";";
        }

        private static string BindName(string column)
        {
            var sb = new StringBuilder(column.Length);
            foreach (char c in column) sb.Append(char.IsLetterOrDigit(c) || c == '_' ? char.ToLowerInvariant(c) : '_');
            return sb.Length == 0 || char.IsDigit(sb[0]) ? "p_" + sb : sb.ToString();
        }
    }
}

using System.Collections.Generic;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.OnlineRedefinition
{
    /// <summary>SG4001: a <c>LONG</c> or <c>LONG RAW</c> column. See rules/SG4001.md.</summary>
    [Rule("SG4001")]
    public sealed class LongColumnRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.CreateTable, StatementKind.AlterTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            switch (context.Statement)
            {
                case CreateTableStatement create:
                    foreach (var column in create.Columns) Check(context, create.Name, column, Change.Create);
                    break;
                case AlterTableStatement alter:
                    foreach (var action in alter.Actions)
                    {
                        if (action is AddColumnsAction add)
                        {
                            foreach (var column in add.Columns) Check(context, alter.Name, column, Change.Add);
                        }
                        else if (action is ModifyColumnsAction modify)
                        {
                            foreach (var column in modify.Columns) Check(context, alter.Name, column, Change.Modify);
                        }
                    }

                    break;
            }
        }

        private enum Change
        {
            Create,
            Add,
            Modify,
        }

        private static void Check(RuleContext context, ObjectName table, ColumnDefinition column, Change change)
        {
            var type = column.DataType;
            if (type == null || type.TypeName != null) return;
            bool raw = type.NameIs("LONG RAW");
            if (!raw && !type.NameIs("LONG")) return;

            string tableText = RuleText.Quote(context, table.Span);
            string columnText = RuleText.Quote(context, column.Name.Span);
            string longType = raw ? "LONG RAW" : "LONG";
            string lob = raw ? "BLOB" : "CLOB";
            string written = RuleText.InCaseOf(context.GetText(type.Span), lob);

            string message = (change == Change.Modify ? "MODIFY makes column " : "Column ") + columnText + " of " + tableText + (change == Change.Modify ? " a " : " is ") + longType +
                ": deprecated since Oracle 8i, it keeps " + tableText + " from being redefined, moved or partitioned online, and from being copied with CREATE TABLE AS SELECT or INSERT ... SELECT.";

            var edit = new TextEdit(type.Span, written);
            string alternative;
            IReadOnlyList<TextEdit>? fix = null;
            if (change == Change.Modify)
            {
                // Oracle converts only a LONG column to a LOB in place (ORA-22858 otherwise): a column that is not LONG yet
                // gets a new LOB column and a copy instead.
                string lobColumn = column.Name.IsQuoted ? "\"" + column.Name.Text + "_LOB\"" : column.Name.Text + "_lob";
                alternative = "Use " + lob + " instead of " + longType + ". A column that is not " + longType + " yet cannot be modified to " + lob +
                              " in place; add the LOB column and copy (for a large table, inside an online redefinition):\n  ALTER TABLE " + tableText + " ADD (" + lobColumn + " " + lob + ");\n  UPDATE " +
                              tableText + " SET " + lobColumn + " = " + columnText + ";\n  ALTER TABLE " + tableText + " DROP COLUMN " + columnText + ";\n  ALTER TABLE " + tableText +
                              " RENAME COLUMN " + lobColumn + " TO " + columnText + ";";
            }
            else
            {
                var scope = change == Change.Create ? column.Span : context.Statement.Span;
                string rewritten = RuleText.Rewrite(context, scope, new[] { edit });
                if (change == Change.Create) rewritten = RuleText.OneLine(rewritten);
                alternative = "Declare it as " + lob + (raw ? string.Empty : " (NCLOB for national character data)") + ":\n  " + rewritten.Replace("\n", "\n  ");
                if (!context.Statement.IsPartial) fix = new[] { edit };
            }

            context.Report(type, message, alternative, fix);
        }
    }
}

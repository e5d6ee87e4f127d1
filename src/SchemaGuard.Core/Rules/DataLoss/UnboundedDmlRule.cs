using System.Collections.Generic;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.DataLoss
{
    /// <summary>SG1004: DELETE or UPDATE with no WHERE, or with one that is always true. See rules/SG1004.md.</summary>
    /// <remarks>
    /// A whole-file rule: it looks at the statements nested in blocks too, both for the DML and for the tables the file
    /// creates, because filling or clearing a table created earlier in the same file, or a session's own temporary
    /// table or table variable, harms nobody.
    /// </remarks>
    [Rule("SG1004")]
    public sealed class UnboundedDmlRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf();

        /// <inheritdoc />
        public override void AnalyzeScript(ScriptContext context)
        {
            foreach (var statement in context.AllStatements)
            {
                switch (statement)
                {
                    case DeleteStatement delete when delete.Table != null:
                        if (delete.CurrentOf != null || delete.Top != null || delete.Limit != null || delete.HasJoinOrUsing) break;
                        Check(context, delete, delete.Table, delete.Where, "DELETE");
                        break;
                    case UpdateStatement update when update.Table != null:
                        if (update.CurrentOf != null || update.HasFrom) break;
                        Check(context, update, update.Table, update.Where, "UPDATE");
                        break;
                }
            }
        }

        private static void Check(ScriptContext context, Statement statement, ObjectName table, WhereClause? where, string verb)
        {
            if (where != null && ConstantCondition.Evaluate(where.Condition) != true) return;
            if (TableNameMatch.IsSessionLocal(context.Dialect, table) || TableNameMatch.IsCreatedBefore(context.AllStatements, table, statement.Span.Start)) return;

            string tableText = RuleText.Quote(context, table.Span);
            string effect = (verb == "DELETE" ? "removes every row of " : "changes every row of ") + tableText + ", locking each one and writing " + LogWords(context.Dialect) + " for all of them";
            TextSpan span;
            string message;
            TextEdit edit;
            if (where == null)
            {
                span = Head(statement, table);
                message = verb + " on " + tableText + " has no WHERE clause: it " + effect + ".";
                edit = new TextEdit(new TextSpan(statement.Span.End, 0), " WHERE <condition>");
            }
            else
            {
                span = where.Span;
                message = "WHERE " + RuleText.Quote(context, where.Condition.Span, 40) + " is always true: this " + verb + " " + effect + ".";
                edit = new TextEdit(where.Condition.Span, "<condition>");
            }

            string bounded = statement.IsPartial ? verb + " ... WHERE <condition>" : RuleText.Rewrite(context, statement.Span, new[] { edit });
            string alternative = "State the rows you mean, and work in batches you can commit and watch:\n  " + bounded.Replace("\n", "\n  ") +
                                 "\n" + BatchHint(context.Dialect, verb, tableText) +
                                 (verb == "DELETE" ? "\nTo empty the table on purpose, say so with TRUNCATE TABLE " + tableText + " (check delete-cascades-to-children first), and keep a copy or a restore point." : string.Empty);
            context.Report(span, message, alternative);
        }

        /// <summary><c>DELETE FROM t</c> or <c>UPDATE t SET</c>: from the verb through the table name, or through SET for an UPDATE.</summary>
        private static TextSpan Head(Statement statement, ObjectName table)
        {
            int start = statement.Span.Start;
            int end = table.Span.End;
            if (statement is DeleteStatement delete)
            {
                start = delete.KeywordSpan.Start;
            }
            else if (statement is UpdateStatement update)
            {
                start = update.KeywordSpan.Start;
                if (!update.SetKeywordSpan.IsEmpty && update.SetKeywordSpan.Start >= table.Span.End) end = update.SetKeywordSpan.End;
            }

            return start < end ? TextSpan.FromBounds(start, end) : table.Span;
        }

        private static string BatchHint(SqlDialect dialect, string verb, string table)
        {
            string progress = verb == "UPDATE" ? " (the condition must leave out rows already updated)" : string.Empty;
            if (dialect == SqlDialect.Oracle) return "For many rows, add AND ROWNUM <= 10000 and repeat, committing each batch, until no row is left" + progress + ".";
            if (dialect == SqlDialect.SqlServer) return "For many rows, use " + verb + " TOP (10000) ... and repeat until @@ROWCOUNT is 0" + progress + ".";
            if (dialect == SqlDialect.PostgreSql)
            {
                return "For many rows, batch by key: " + verb + (verb == "DELETE" ? " FROM " : " ") + table + " ... WHERE id IN (SELECT id FROM " + table +
                       " WHERE <condition> LIMIT 10000), and repeat until no row is affected" + progress + ".";
            }

            return "For many rows, add LIMIT 10000 and repeat until no row is affected" + progress + ".";
        }

        private static string LogWords(SqlDialect dialect)
        {
            if (dialect == SqlDialect.PostgreSql) return "WAL";
            if (dialect == SqlDialect.SqlServer) return "transaction log";
            return "undo and redo";
        }
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// Script-local name matching for rules that relate statements of one file to each other (a table created earlier,
    /// a copy renamed later) and that spare tables nobody else uses yet. Names meet by their normalized forms; a schema
    /// counts only when both names give one, since an unqualified name in a migration usually means the migration's own schema.
    /// </summary>
    internal static class TableNameMatch
    {
        /// <summary>Whether two names may denote the same object.</summary>
        internal static bool Same(ObjectName a, ObjectName b)
        {
            if (a.Name.Normalized != b.Name.Normalized) return false;
            var sa = a.Schema;
            var sb = b.Schema;
            return sa == null || sb == null || sa.Normalized == sb.Normalized;
        }

        /// <summary>
        /// Whether one of <paramref name="statements"/> before <paramref name="offset"/> creates <paramref name="table"/>
        /// (see <see cref="CreationBefore"/>): a table this file made is one nobody else uses yet.
        /// </summary>
        internal static bool IsCreatedBefore(IReadOnlyList<Statement> statements, ObjectName table, int offset) =>
            CreationBefore(statements, table, offset) != null;

        /// <summary>
        /// The last of <paramref name="statements"/> (in any order) before <paramref name="offset"/> that creates
        /// <paramref name="table"/>: a CREATE TABLE, or a CREATE MATERIALIZED VIEW whose container table is new too (not
        /// ON PREBUILT TABLE); null when none does.
        /// </summary>
        internal static Statement? CreationBefore(IReadOnlyList<Statement> statements, ObjectName table, int offset)
        {
            Statement? last = null;
            foreach (var statement in statements)
            {
                int start = statement.Span.Start;
                if (start >= offset || (last != null && start < last.Span.Start)) continue;
                if ((statement is CreateTableStatement create && Same(create.Name, table)) ||
                    (statement is CreateMaterializedViewStatement view && view.OnPrebuiltTable == null && Same(view.Name, table)))
                {
                    last = statement;
                }
            }

            return last;
        }

        /// <summary>
        /// Whether the table belongs to the session: a SQL Server <c>#temp</c> table (bracketed or not, the <c>#</c> makes
        /// it temporary) or an <c>@table</c> variable (unquoted; <c>[@t]</c> is an ordinary name).
        /// </summary>
        internal static bool IsSessionLocal(SqlDialect dialect, ObjectName table)
        {
            var name = table.Name;
            if (name.Text.Length == 0) return false;
            return (name.Text[0] == '#' && dialect.SupportsHashTempNames) || (name.Text[0] == '@' && !name.IsQuoted && dialect.SupportsAtVariables);
        }
    }
}

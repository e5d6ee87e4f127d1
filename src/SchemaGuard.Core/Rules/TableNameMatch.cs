using System.Collections.Generic;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// Script-local name matching for rules that relate statements of one file to each other (a table created earlier,
    /// a copy renamed later). Names meet by their normalized forms; a schema counts only when both names give one,
    /// since an unqualified name in a migration usually means the migration's own schema.
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
        /// Whether one of <paramref name="statements"/> before <paramref name="offset"/> is a CREATE TABLE (or a CREATE
        /// MATERIALIZED VIEW, whose container table is new too) of <paramref name="table"/>.
        /// </summary>
        internal static bool IsCreatedBefore(IReadOnlyList<Statement> statements, ObjectName table, int offset)
        {
            foreach (var statement in statements)
            {
                if (statement.Span.Start >= offset) continue;
                if (statement is CreateTableStatement create && Same(create.Name, table)) return true;
                if (statement is CreateMaterializedViewStatement view && view.OnPrebuiltTable == null && Same(view.Name, table)) return true;
            }

            return false;
        }
    }
}

using SchemaGuard.Core.Engine;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.Rules.Indexes
{
    /// <summary>
    /// How to retire an index without betting on it: hide it from the optimizer (so it can come back at once), watch a
    /// full business cycle, then drop it without blocking writers. Per dialect and, where it matters, target version.
    /// Shared by SG5001 (duplicate-index) and SG5002 (unused-index).
    /// </summary>
    internal static class IndexRetirement
    {
        /// <summary>The statements to run, one per line, with comments saying what to watch.</summary>
        /// <param name="context">The rule's context (dialect and target version).</param>
        /// <param name="table">The table as the user wrote it.</param>
        /// <param name="index">The index as the user wrote it (schema-qualified where the dialect's DROP INDEX takes that).</param>
        /// <param name="alreadyHidden">Whether the index is invisible already: only the watching and the drop remain.</param>
        internal static string Steps(AnalysisContext context, string table, string index, bool alreadyHidden = false)
        {
            SqlDialect dialect = context.Dialect;
            var version = context.TargetVersion;
            if (dialect == SqlDialect.Oracle)
            {
                bool online = version == null || version.Major >= 12;
                string drop = "DROP INDEX " + index + (online ? " ONLINE;" : ";");
                if (alreadyHidden) return "-- watch a full business cycle (V$SQL_PLAN, DBA_INDEX_USAGE), then:\n" + drop;
                if (version != null && version.Major < 11)
                    return "-- Oracle " + version + " has no invisible indexes: ALTER INDEX " + index + " MONITORING USAGE; and watch V$OBJECT_USAGE over a full business cycle, then:\n" + drop;
                return "ALTER INDEX " + index + " INVISIBLE;\n-- watch a full business cycle (V$SQL_PLAN, DBA_INDEX_USAGE), then:\n" + drop;
            }

            if (dialect == SqlDialect.PostgreSql)
                return "-- PostgreSQL has no invisible indexes: check pg_stat_user_indexes.idx_scan stays 0 over a full business cycle, then:\nDROP INDEX CONCURRENTLY " + index + ";";

            if (dialect == SqlDialect.SqlServer)
            {
                string drop = "DROP INDEX " + index + " ON " + table + ";";
                if (alreadyHidden) return "-- watch a full business cycle (sys.dm_db_index_usage_stats), then:\n" + drop;
                return "ALTER INDEX " + index + " ON " + table + " DISABLE;   -- ALTER INDEX ... REBUILD brings it back\n" +
                       "-- watch a full business cycle (sys.dm_db_index_usage_stats), then:\n" + drop;
            }

            string mysqlDrop = "ALTER TABLE " + table + " DROP INDEX " + index + ", ALGORITHM=INPLACE, LOCK=NONE;";
            if (dialect == SqlDialect.MariaDb)
            {
                if (alreadyHidden) return "-- watch a full business cycle, then:\n" + mysqlDrop;
                if (version != null && !version.IsAtLeast("10.6"))
                    return "-- MariaDB " + version + " cannot ignore an index (IGNORED came in 10.6): watch the statement digests over a full business cycle, then:\n" + mysqlDrop;
                return "ALTER TABLE " + table + " ALTER INDEX " + index + " IGNORED;\n-- watch a full business cycle, then:\n" + mysqlDrop;
            }

            if (alreadyHidden) return "-- watch a full business cycle (sys.schema_unused_indexes), then:\n" + mysqlDrop;
            if (version != null && version.Major < 8)
                return "-- MySQL " + version + " has no invisible indexes (they came in 8.0): watch sys.schema_unused_indexes over a full business cycle, then:\n" + mysqlDrop;
            return "ALTER TABLE " + table + " ALTER INDEX " + index + " INVISIBLE;\n-- watch a full business cycle (sys.schema_unused_indexes), then:\n" + mysqlDrop;
        }
    }
}

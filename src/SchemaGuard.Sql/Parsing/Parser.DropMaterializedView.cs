using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    internal sealed partial class Parser
    {
        /// <summary>
        /// Oracle: <c>DROP MATERIALIZED VIEW [schema.]name [PRESERVE TABLE]</c> and
        /// <c>DROP MATERIALIZED VIEW LOG ON [schema.]table</c>;
        /// PostgreSQL: <c>DROP MATERIALIZED VIEW [IF EXISTS] name [, ...] [CASCADE | RESTRICT]</c>.
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/DROP-MATERIALIZED-VIEW.html
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/DROP-MATERIALIZED-VIEW-LOG.html
        /// https://www.postgresql.org/docs/current/sql-dropmaterializedview.html
        /// </summary>
        private Statement ParseDropMaterializedView(int start)
        {
            _pos = start + 1;
            _pos = FindObjectKeyword(0) + 2;
            bool isLog = TryEatWord("LOG");
            bool ifExists = TryEatWords("IF", "EXISTS");
            if (isLog && !TryEatWord("ON")) ReportExpected("ON");
            var name = ExpectObjectName(isLog ? "the master table's name" : "the materialized view's name");
            if (name == null)
            {
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), isLog ? "DROP MATERIALIZED VIEW LOG" : "DROP MATERIALIZED VIEW");
            }

            // PRESERVE TABLE, CASCADE, RESTRICT and further names change nothing a rule reads.
            SkipRestQuietly();
            return new DropMaterializedViewStatement(SpanFrom(start), name, isLog, ifExists);
        }
    }
}

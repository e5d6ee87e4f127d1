using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Rules;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class UnusedIndexRuleTests
    {
        private const string Id = "SG5002";

        private const string OracleUsage =
            "INDEX_NAME,TABLE_NAME,MONITORING,USED\n" +
            "IX_ORDERS_STATUS,ORDERS,YES,NO\n" +
            "IX_ORDERS_CUSTOMER,ORDERS,YES,NO\n" +
            "UX_ORDERS_CODE,ORDERS,YES,NO\n" +
            "IX_ORDERS_CREATED,ORDERS,YES,YES\n" +
            "IX_ORDERS_HIDDEN,ORDERS,YES,NO\n";

        private const string OracleSchema =
            "CREATE TABLE customers (id NUMBER PRIMARY KEY);\n" +
            "CREATE TABLE orders (id NUMBER PRIMARY KEY, customer_id NUMBER, status VARCHAR2(10), code VARCHAR2(10), created_at DATE,\n" +
            "  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id));\n";

        /// <summary>The rule's findings in the checked file, with earlier migrations and an index-usage export.</summary>
        private static List<Finding> Run(SqlDialect dialect, string csv, string code, string setup = "", string? version = null)
        {
            var settings = new LintSettings(dialect, version == null ? null : EngineVersion.Parse(version));
            var read = IndexUsageReader.Read(csv, "exports/usage.csv", IndexUsageReader.NameCaseFor(dialect));
            Assert.True(read.Succeeded, string.Join("; ", read.Problems));
            var files = new List<LintFile>
            {
                new LintFile(SqlScript.Parse(setup, dialect, "V1__setup.sql"), settings),
                new LintFile(SqlScript.Parse(code, dialect, "V2__checked.sql"), settings),
            };
            var result = new LintEngine(RuleSet.Default.Only(Id)).Lint(new LintRequest(files, indexUsage: read.Data));
            return result.Findings.Where(f => f.RuleId == Id && f.FilePath == "V2__checked.sql").ToList();
        }

        [Fact]
        public void The_message_names_index_table_columns_and_the_exports_row()
        {
            const string code = "CREATE INDEX ix_orders_status ON orders (status);\n";
            Finding finding = Assert.Single(Run(SqlDialect.Oracle, OracleUsage, code, OracleSchema));
            Assert.Equal("ix_orders_status", code.Substring(finding.Span.Start, finding.Span.Length));
            Assert.Equal(Severity.Info, finding.Severity);
            Assert.Equal(
                "Index ix_orders_status on orders is never read: V$OBJECT_USAGE shows USED = NO (usage.csv, line 2). Yet every INSERT and DELETE on orders, " +
                "and every UPDATE of status, maintains it: index blocks, latches, redo and undo, for no query.",
                finding.Message);
            Assert.Equal(
                "Retire it safely: make it invisible, watch a full business cycle (month-end included), then drop it online:\n" +
                "ALTER INDEX ix_orders_status INVISIBLE;\n-- watch a full business cycle (V$SQL_PLAN, DBA_INDEX_USAGE), then:\nDROP INDEX ix_orders_status ONLINE;\n" +
                "Check first that no foreign key declared outside these migrations relies on it.",
                finding.Alternative);
        }

        [Fact]
        public void Read_unique_and_foreign_key_indexes_stay_quiet()
        {
            const string code =
                "CREATE INDEX ix_orders_created ON orders (created_at);\n" +
                "CREATE UNIQUE INDEX ux_orders_code ON orders (code);\n" +
                "CREATE INDEX ix_orders_customer ON orders (customer_id, status);\n" +
                "CREATE INDEX ix_orders_unlisted ON orders (code, status);\n";
            Assert.Empty(Run(SqlDialect.Oracle, OracleUsage, code, OracleSchema));

            // The same index on a table without that foreign key is reported.
            Assert.Single(Run(SqlDialect.Oracle, OracleUsage, "CREATE INDEX ix_orders_customer ON orders (customer_id, status);\n", "CREATE TABLE orders (id NUMBER, customer_id NUMBER, status VARCHAR2(10));\n"));
        }

        [Fact]
        public void A_foreign_key_declared_in_the_same_create_table_is_known()
        {
            const string usage = "object_schema,object_name,index_name\nshop,lines,ix_lines_order\nshop,lines,ix_lines_note\n";
            const string code =
                "CREATE TABLE lines (\n  id INT PRIMARY KEY,\n  order_id INT,\n  note VARCHAR(100),\n  KEY ix_lines_order (order_id),\n  KEY ix_lines_note (note),\n" +
                "  CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id)\n);\n";
            Finding finding = Assert.Single(Run(SqlDialect.MySql, usage, code, "CREATE TABLE orders (id INT PRIMARY KEY);\n"));
            Assert.Equal((6, 7), (finding.Start.Line, finding.Start.Column));
        }

        [Fact]
        public void An_invisible_index_only_needs_dropping()
        {
            Finding finding = Assert.Single(Run(SqlDialect.Oracle, OracleUsage, "CREATE INDEX ix_orders_hidden ON orders (status, code) INVISIBLE;\n", OracleSchema));
            Assert.StartsWith("It is invisible already:", finding.Alternative);
            Assert.DoesNotContain("ALTER INDEX", finding.Alternative);
            Assert.Contains("DROP INDEX ix_orders_hidden ONLINE;", finding.Alternative);
        }

        [Fact]
        public void Dba_index_usage_lists_only_used_indexes()
        {
            const string usage = "OWNER,NAME,TOTAL_ACCESS_COUNT\nAPP,IX_ORDERS_CREATED,1200\nAPP,IX_ORDERS_CODE,0\n";
            const string code = "CREATE INDEX ix_orders_status ON orders (status);\nCREATE INDEX ix_orders_created ON orders (created_at);\nCREATE INDEX ix_orders_code ON orders (code);\n";
            var findings = Run(SqlDialect.Oracle, usage, code, OracleSchema);
            Assert.Equal(2, findings.Count);
            Assert.Contains("DBA_INDEX_USAGE does not list it, and that view lists only indexes that were accessed", findings[0].Message);
            Assert.Contains("DBA_INDEX_USAGE shows TOTAL_ACCESS_COUNT = 0 (usage.csv, line 3)", findings[1].Message);
        }

        [Fact]
        public void An_index_the_file_drops_again_is_not_reported()
        {
            const string code = "CREATE INDEX ix_orders_status ON orders (status);\nDROP INDEX ix_orders_status;\n";
            Assert.Empty(Run(SqlDialect.Oracle, OracleUsage, code, OracleSchema));
        }

        [Fact]
        public void Without_an_export_nothing_is_reported()
        {
            var findings = OneRule.Lint(Id, OracleSchema + "CREATE INDEX ix_orders_status ON orders (status);\n", SqlDialect.Oracle);
            Assert.Empty(findings);
        }

        [Fact]
        public void Sql_server_counts_writes_and_keeps_clustered_indexes()
        {
            const string usage =
                "table_name,index_name,user_seeks,user_scans,user_lookups,user_updates\n" +
                "orders,ix_orders_status,0,0,0,48210\n" +
                "orders,cx_orders,10,2,0,48210\n" +
                "archive,ix_archive_at,0,0,0,0\n" +
                "archive,PK_archive,0,0,0,0\n";
            const string setup = "CREATE TABLE dbo.orders (id INT NOT NULL, status VARCHAR(10));\nCREATE TABLE dbo.archive (id INT CONSTRAINT PK_archive PRIMARY KEY, at DATETIME2);\n";
            const string code =
                "CREATE NONCLUSTERED INDEX ix_orders_status ON dbo.orders (status);\n" +
                "CREATE CLUSTERED INDEX cx_orders ON dbo.orders (id);\n" +
                "CREATE INDEX ix_archive_at ON dbo.archive (at);\n";
            Finding finding = Assert.Single(Run(SqlDialect.SqlServer, usage, code, setup));
            Assert.Contains("sys.dm_db_index_usage_stats shows no seeks, scans or lookups against 48,210 updates (usage.csv, line 2)", finding.Message);
            Assert.Contains("ALTER INDEX ix_orders_status ON dbo.orders DISABLE;", finding.Alternative);
            Assert.Contains("DROP INDEX ix_orders_status ON dbo.orders;", finding.Alternative);
            Assert.DoesNotContain("ONLINE", finding.Alternative);
        }

        [Fact]
        public void Mysql_unnamed_keys_go_by_their_first_column_and_versions_change_the_steps()
        {
            const string usage = "object_schema,object_name,index_name\nshop,carts,updated_at\n";
            const string code = "CREATE TABLE carts (id BIGINT PRIMARY KEY, updated_at DATETIME, KEY (updated_at));\n";
            Finding finding = Assert.Single(Run(SqlDialect.MySql, usage, code));
            Assert.Equal("KEY (updated_at)", code.Substring(finding.Span.Start, finding.Span.Length));
            Assert.StartsWith("Index updated_at (named by MySQL after its first column) on carts is never read: sys.schema_unused_indexes lists it", finding.Message);
            Assert.Contains("ALTER TABLE carts ALTER INDEX updated_at INVISIBLE;", finding.Alternative);

            Finding old = Assert.Single(Run(SqlDialect.MySql, usage, code, version: "5.7"));
            Assert.Contains("MySQL 5.7 has no invisible indexes", old.Alternative);

            Finding maria = Assert.Single(Run(SqlDialect.MariaDb, usage, code, version: "10.11"));
            Assert.Contains("ALTER TABLE carts ALTER INDEX updated_at IGNORED;", maria.Alternative);
            Assert.StartsWith("Index updated_at (named by MariaDB", maria.Message);
        }

        [Fact]
        public void Postgresql_idx_scan_decides_and_the_drop_is_concurrent()
        {
            const string usage = "schemaname,relname,indexrelname,idx_scan\npublic,events,ix_events_kind,0\npublic,events,ix_events_created,5120\n";
            const string setup = "CREATE TABLE events (id bigint PRIMARY KEY, kind text, created_at timestamptz);\n";
            const string code = "CREATE INDEX CONCURRENTLY ix_events_kind ON events (kind);\nCREATE INDEX CONCURRENTLY ix_events_created ON events (created_at);\n";
            Finding finding = Assert.Single(Run(SqlDialect.PostgreSql, usage, code, setup));
            Assert.Contains("pg_stat_user_indexes shows idx_scan = 0 (usage.csv, line 2)", finding.Message);
            Assert.Contains("DROP INDEX CONCURRENTLY ix_events_kind;", finding.Alternative);
        }

        [Fact]
        public void Index_statements_in_strings_and_comments_do_not_fire()
        {
            const string code =
                "-- CREATE INDEX ix_orders_status ON orders (status);\n" +
                "/* CREATE INDEX ix_orders_status ON orders (status); */\n" +
                "INSERT INTO audit_log (note) VALUES ('CREATE INDEX ix_orders_status ON orders (status)');\n" +
                "INSERT INTO audit_log (note) VALUES (q'[CREATE INDEX ix_orders_status ON orders (status)]');\n";
            Assert.Empty(Run(SqlDialect.Oracle, OracleUsage, code, OracleSchema));
        }

        [Fact]
        public void Mixed_case_crlf_and_many_lines_point_at_the_name()
        {
            const string code = "create\r\n  index\r\n    App.Ix_Orders_Status\r\n  on app.orders\r\n  (status);\r\n";
            Finding finding = Assert.Single(Run(SqlDialect.Oracle, OracleUsage, code, OracleSchema));
            Assert.Equal((3, 5), (finding.Start.Line, finding.Start.Column));
            Assert.Equal("App.Ix_Orders_Status", code.Substring(finding.Span.Start, finding.Span.Length));
            Assert.Contains("DROP INDEX App.Ix_Orders_Status ONLINE;", finding.Alternative);
        }
    }
}

using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class BlockingIndexBuildRuleTests
    {
        private const string Id = "SG2001";

        private static readonly SqlDialect Oracle = SqlDialect.Oracle;
        private static readonly SqlDialect Postgres = SqlDialect.PostgreSql;
        private static readonly SqlDialect SqlServer = SqlDialect.SqlServer;
        private static readonly SqlDialect MySql = SqlDialect.MySql;

        [Fact]
        public void Oracle_statement_over_many_lines_points_at_its_head_and_gets_online_before_the_semicolon()
        {
            const string sql = "-- add an index\nCREATE INDEX ix_orders_customer\n  ON app.orders\n  (customer_id)\n  TABLESPACE users;\n";
            var finding = OneRule.Single(Id, sql, Oracle);
            Assert.Equal((2, 1), (finding.Start.Line, finding.Start.Column));
            Assert.Equal((3, 16), (finding.End.Line, finding.End.Column));
            Assert.Contains("ix_orders_customer", finding.Message);
            Assert.Contains("app.orders", finding.Message);
            Assert.Equal("-- add an index\nCREATE INDEX ix_orders_customer\n  ON app.orders\n  (customer_id)\n  TABLESPACE users ONLINE;\n", OneRule.Fixed(sql, finding));
            Assert.StartsWith("CREATE INDEX ix_orders_customer\n  ON app.orders\n  (customer_id)\n  TABLESPACE users ONLINE;", finding.Alternative);
        }

        [Fact]
        public void Crlf_line_endings_keep_positions_and_the_fix()
        {
            const string sql = "CREATE INDEX ix_a\r\n  ON orders (a)\r\n  LOCAL;\r\nCREATE INDEX ix_b ON orders (b);\r\n";
            var findings = OneRule.Lint(Id, sql, Oracle);
            Assert.Equal(2, findings.Count);
            Assert.Equal((4, 1), (findings[1].Start.Line, findings[1].Start.Column));
            Assert.Equal("CREATE INDEX ix_a\r\n  ON orders (a)\r\n  LOCAL ONLINE;\r\nCREATE INDEX ix_b ON orders (b);\r\n", OneRule.Fixed(sql, findings[0]));
        }

        [Theory]
        [InlineData("create index IX on Orders (a) online;")]
        [InlineData("Create Unique Index ix On orders (a) Online Tablespace users;")]
        [InlineData("CREATE INDEX ix ON orders (a) UNUSABLE;")]
        [InlineData("CREATE INDEX ix_cluster ON CLUSTER personnel;")]
        [InlineData("ALTER INDEX ix REBUILD ONLINE;")]
        [InlineData("alter index ix rebuild partition p1 online;")]
        [InlineData("ALTER INDEX ix COALESCE;")]
        [InlineData("ALTER INDEX ix INVISIBLE;")]
        [InlineData("CREATE INDEX sup_text_idx ON supplementary_demographics (comments)\n  INDEXTYPE IS ctxsys.context PARAMETERS('nopopulate');")]
        [InlineData("CREATE MATERIALIZED VIEW sales_mv AS SELECT prod_id, SUM(amount) s FROM sales GROUP BY prod_id;\nCREATE BITMAP INDEX sales_mv_bix ON sales_mv (prod_id);")]
        public void Oracle_online_or_harmless_forms_are_quiet(string sql) => Assert.Empty(OneRule.Lint(Id, sql, Oracle));

        [Theory]
        [InlineData("-- CREATE INDEX ix ON orders (a);\nSELECT 1 FROM dual;")]
        [InlineData("/* ALTER INDEX ix REBUILD; */ SELECT 1 FROM dual;")]
        [InlineData("SELECT 'CREATE INDEX ix ON orders (a)' FROM dual;")]
        [InlineData("SELECT q'[CREATE INDEX ix ON orders (a); ALTER INDEX ix REBUILD]' FROM dual;")]
        [InlineData("BEGIN EXECUTE IMMEDIATE 'SELECT 1 FROM dual'; END;\n/\nPROMPT CREATE INDEX ix ON orders (a)")]
        public void Keywords_in_comments_strings_and_q_quotes_are_quiet(string sql) => Assert.Empty(OneRule.Lint(Id, sql, Oracle));

        [Fact]
        public void Lower_case_statement_still_fires()
        {
            const string sql = "create index ix_a on orders (a);";
            Assert.Equal("create index ix_a on orders (a) ONLINE;", OneRule.Fixed(sql, OneRule.Single(Id, sql, Oracle)));
        }

        [Fact]
        public void Table_created_earlier_in_the_file_is_quiet_but_not_one_created_later_or_in_another_schema()
        {
            Assert.Empty(OneRule.Lint(Id, "CREATE TABLE app.orders (id NUMBER);\nCREATE INDEX ix ON ORDERS (id);", Oracle));
            Assert.Empty(OneRule.Lint(Id, "CREATE TABLE \"ORDERS\" (id NUMBER);\nCREATE INDEX ix ON orders (id);", Oracle));
            OneRule.Single(Id, "CREATE INDEX ix ON orders (id);\nCREATE TABLE orders2 (id NUMBER);", Oracle);
            OneRule.Single(Id, "CREATE TABLE hr.orders (id NUMBER);\nCREATE INDEX ix ON app.orders (id);", Oracle);
            OneRule.Single(Id, "CREATE TABLE \"orders\" (id NUMBER);\nCREATE INDEX ix ON orders (id);", Oracle);
        }

        [Fact]
        public void Rebuild_points_at_rebuild_and_is_quiet_for_an_index_on_a_table_created_in_the_file()
        {
            const string sql = "ALTER INDEX ix_orders_customer\n  REBUILD TABLESPACE idx;";
            var finding = OneRule.Single(Id, sql, Oracle);
            Assert.Equal("REBUILD", OneRule.Covered(sql, finding));
            Assert.Contains("ix_orders_customer", finding.Message);
            Assert.Equal("ALTER INDEX ix_orders_customer\n  REBUILD TABLESPACE idx ONLINE;", OneRule.Fixed(sql, finding));

            Assert.Empty(OneRule.Lint(Id, "CREATE TABLE t (a NUMBER);\nCREATE INDEX ix ON t (a);\nALTER INDEX ix REBUILD;", Oracle));
        }

        [Fact]
        public void Standard_edition_gets_a_maintenance_window_and_no_fix()
        {
            var finding = OneRule.Single(Id, "CREATE INDEX ix ON orders (a);", Oracle, edition: Edition.Standard);
            Assert.Empty(finding.Fix);
            Assert.Contains("Standard Edition", finding.Message);
            Assert.Contains("maintenance window", finding.Alternative);
            Assert.DoesNotContain("ONLINE", finding.Alternative);
        }

        [Fact]
        public void Enterprise_edition_drops_the_edition_caveat()
        {
            var unspecified = OneRule.Single(Id, "CREATE INDEX ix ON orders (a);", Oracle);
            var enterprise = OneRule.Single(Id, "CREATE INDEX ix ON orders (a);", Oracle, edition: Edition.Enterprise);
            Assert.Contains("Enterprise Edition", unspecified.Alternative);
            Assert.Equal("CREATE INDEX ix ON orders (a) ONLINE;", enterprise.Alternative);
        }

        [Fact]
        public void Oracle_bitmap_join_index_has_no_online_form()
        {
            var finding = OneRule.Single(Id, "CREATE BITMAP INDEX bj ON sales (c.name) FROM sales s, customers c WHERE s.cid = c.id;", Oracle);
            Assert.Empty(finding.Fix);
            Assert.Contains("bitmap join", finding.Message);
        }

        [Theory]
        [InlineData("CREATE INDEX ix ON t (a);", "CREATE INDEX CONCURRENTLY ix ON t (a);")]
        [InlineData("CREATE INDEX IF NOT EXISTS ix ON t (a);", "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON t (a);")]
        [InlineData("CREATE INDEX ON t USING gin (tags);", "CREATE INDEX CONCURRENTLY ON t USING gin (tags);")]
        [InlineData("create unique index\n  ux on public.t (lower(email)) where active;", "create unique index CONCURRENTLY\n  ux on public.t (lower(email)) where active;")]
        public void PostgreSql_gets_concurrently_after_index(string sql, string expected)
        {
            var finding = OneRule.Single(Id, sql, Postgres);
            Assert.Equal(expected, OneRule.Fixed(sql, finding));
            Assert.Contains("transaction block", finding.Alternative);
            Assert.Contains("SHARE lock", finding.Message);
        }

        [Theory]
        [InlineData("CREATE INDEX CONCURRENTLY ix ON t (a);")]
        [InlineData("CREATE INDEX ix ON ONLY measurements (logdate);")]
        [InlineData("CREATE TABLE t (a int);\nCREATE INDEX ix ON t (a);")]
        [InlineData("SELECT $$CREATE INDEX ix ON t (a)$$;")]
        [InlineData("SELECT E'CREATE INDEX ix ON t (a)';")]
        public void PostgreSql_quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, Postgres));

        [Fact]
        public void PostgreSql_inside_an_open_transaction_names_it_and_offers_no_fix()
        {
            const string sql = "BEGIN;\nCREATE INDEX ix ON t (a);\nCOMMIT;\nCREATE INDEX ix2 ON t (b);";
            var findings = OneRule.Lint(Id, sql, Postgres);
            Assert.Equal(2, findings.Count);
            Assert.Empty(findings[0].Fix);
            Assert.Contains("line 1", findings[0].Message);
            Assert.NotEmpty(findings[1].Fix);
        }

        [Theory]
        [InlineData("CREATE NONCLUSTERED INDEX ix ON dbo.orders (customer_id);", "CREATE NONCLUSTERED INDEX ix ON dbo.orders (customer_id) WITH (ONLINE = ON);")]
        [InlineData("CREATE INDEX ix ON dbo.orders (a) WITH (FILLFACTOR = 80);", "CREATE INDEX ix ON dbo.orders (a) WITH (ONLINE = ON, FILLFACTOR = 80);")]
        [InlineData("CREATE INDEX ix ON dbo.orders (a) WITH (ONLINE = OFF, MAXDOP = 2)", "CREATE INDEX ix ON dbo.orders (a) WITH (ONLINE = ON, MAXDOP = 2)")]
        [InlineData("CREATE INDEX ix ON dbo.orders (a) INCLUDE (b) WHERE b > 0 ON [PRIMARY];", "CREATE INDEX ix ON dbo.orders (a) INCLUDE (b) WHERE b > 0 WITH (ONLINE = ON) ON [PRIMARY];")]
        [InlineData("CREATE INDEX ix ON dbo.orders (a)\n  ON [PRIMARY];", "CREATE INDEX ix ON dbo.orders (a) WITH (ONLINE = ON)\n  ON [PRIMARY];")]
        [InlineData("CREATE INDEX ix ON dbo.orders (a)\n  FILESTREAM_ON fs_docs;", "CREATE INDEX ix ON dbo.orders (a) WITH (ONLINE = ON)\n  FILESTREAM_ON fs_docs;")]
        [InlineData("ALTER INDEX ix ON dbo.orders REBUILD;", "ALTER INDEX ix ON dbo.orders REBUILD WITH (ONLINE = ON);")]
        [InlineData("ALTER INDEX ALL ON dbo.orders REBUILD WITH (FILLFACTOR = 90)\nGO", "ALTER INDEX ALL ON dbo.orders REBUILD WITH (ONLINE = ON, FILLFACTOR = 90)\nGO")]
        public void SqlServer_gets_online_on(string sql, string expected)
        {
            var finding = OneRule.Single(Id, sql, SqlServer);
            Assert.Equal(expected, OneRule.Fixed(sql, finding));
            Assert.Contains("dbo.orders", finding.Message);
        }

        [Theory]
        [InlineData("CREATE INDEX ix ON dbo.orders (a) WITH (ONLINE = ON);")]
        [InlineData("create index ix on dbo.orders (a) with (online = on, maxdop = 4);")]
        [InlineData("ALTER INDEX ix ON dbo.orders REORGANIZE;")]
        [InlineData("ALTER INDEX ix ON dbo.orders REBUILD WITH (ONLINE = ON (WAIT_AT_LOW_PRIORITY (MAX_DURATION = 1 MINUTES)));")]
        [InlineData("CREATE TABLE dbo.orders (a int);\nCREATE INDEX ix ON dbo.orders (a);")]
        [InlineData("SELECT 'CREATE INDEX ix ON dbo.orders (a)';")]
        [InlineData("CREATE INDEX ix_tmp ON #work (a);")]
        [InlineData("CREATE PROCEDURE dbo.p AS\nBEGIN\n  CREATE TABLE work_items (a int);\n  CREATE INDEX ix ON work_items (a);\nEND\nGO")]
        public void SqlServer_quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlServer));

        [Fact]
        public void SqlServer_old_with_form_and_spatial_indexes_get_no_fix()
        {
            Assert.Empty(OneRule.Single(Id, "CREATE INDEX ix ON dbo.t (a) WITH FILLFACTOR = 80;", SqlServer).Fix);
            var spatial = OneRule.Single(Id, "CREATE SPATIAL INDEX sx ON dbo.geo (g);", SqlServer);
            Assert.Empty(spatial.Fix);
            Assert.Contains("SPATIAL", spatial.Message);
        }

        [Fact]
        public void SqlServer_standard_edition_gets_no_fix()
        {
            var finding = OneRule.Single(Id, "ALTER INDEX ix ON dbo.orders REBUILD;", SqlServer, edition: Edition.Standard);
            Assert.Empty(finding.Fix);
            Assert.Contains("SQL Server Standard Edition", finding.Message);
        }

        [Fact]
        public void MySql_points_at_the_forcing_option()
        {
            const string sql = "CREATE INDEX ix ON orders (a)\n  ALGORITHM = COPY;";
            var finding = OneRule.Single(Id, sql, MySql);
            Assert.Equal("ALGORITHM = COPY", OneRule.Covered(sql, finding));
            Assert.Equal((2, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("CREATE INDEX ix ON orders (a)\n  ALGORITHM = INPLACE LOCK=NONE;", finding.Alternative);
            Assert.Empty(finding.Fix);

            var shared = OneRule.Single(Id, "ALTER TABLE orders ADD INDEX ix (a), ADD UNIQUE KEY uk (b), LOCK=SHARED;", MySql);
            Assert.Contains("ix", shared.Message);
            Assert.Contains("uk", shared.Message);
            Assert.Contains("LOCK=NONE;", shared.Alternative);
        }

        [Theory]
        [InlineData("CREATE INDEX ix ON orders (a);")]
        [InlineData("CREATE INDEX ix ON orders (a) ALGORITHM=INPLACE LOCK=NONE;")]
        [InlineData("ALTER TABLE orders ADD INDEX ix (a), ALGORITHM=INPLACE;")]
        [InlineData("ALTER TABLE orders ADD COLUMN c INT, ALGORITHM=COPY;")]
        [InlineData("CREATE TABLE orders (a INT);\nALTER TABLE orders ADD INDEX ix (a), ALGORITHM=COPY;")]
        [InlineData("# CREATE INDEX ix ON orders (a) ALGORITHM=COPY;\nSELECT 1;")]
        public void MySql_quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, MySql));

        [Fact]
        public void MySql_fulltext_cannot_be_built_with_lock_none()
        {
            var finding = OneRule.Single(Id, "ALTER TABLE posts ADD FULLTEXT INDEX ft (body), ALGORITHM=COPY;", MySql);
            Assert.Contains("pt-online-schema-change", finding.Alternative);
            Assert.DoesNotContain("LOCK=NONE;", finding.Alternative);
        }

        [Fact]
        public void MySql_message_quotes_names_as_written()
        {
            var finding = OneRule.Single(Id, "CREATE INDEX `ix a` ON `my orders` (a) ALGORITHM=COPY;", MySql);
            Assert.Contains("CREATE INDEX `ix a` ON `my orders`", finding.Message);
        }

        [Fact]
        public void MariaDb_is_checked_like_mysql()
        {
            OneRule.Single(Id, "CREATE INDEX ix ON orders (a) LOCK=EXCLUSIVE;", SqlDialect.MariaDb);
        }

        [Theory]
        [InlineData("postgresql", "CREATE TABLE orders (id bigint, customer_id bigint);\nALTER TABLE orders RENAME TO sales;\nCREATE INDEX ix_sales ON sales (customer_id);")]
        [InlineData("oracle", "CREATE TABLE orders (id NUMBER, customer_id NUMBER);\nALTER TABLE orders RENAME TO sales;\nCREATE INDEX ix_sales ON sales (customer_id);")]
        [InlineData("sqlserver", "CREATE TABLE dbo.orders (id bigint, customer_id bigint);\nEXEC sp_rename N'[dbo].[orders]', N'sales';\nCREATE INDEX ix_sales ON dbo.sales (customer_id);")]
        public void Index_on_a_table_created_then_renamed_in_the_file_is_quiet(string dialect, string sql)
        {
            Assert.True(SqlDialect.TryFromName(dialect, out SqlDialect d));
            Assert.Empty(OneRule.Lint(Id, sql, d));

            // Control: the same index on a table of that name the file did not create is reported.
            Assert.Single(OneRule.Lint(Id, sql.Replace("RENAME TO sales", "RENAME TO other").Replace("N'sales'", "N'other'"), d));
        }
    }
}

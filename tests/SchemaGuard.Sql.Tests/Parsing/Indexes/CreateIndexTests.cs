using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.Indexes.IndexHarness;
using static SchemaGuard.Sql.Tests.Parsing.SingleStatement;

namespace SchemaGuard.Sql.Tests.Parsing.Indexes
{
    public class CreateIndexTests
    {
        [Fact]
        public void Oracle_index_with_storage_options()
        {
            const string sql = "CREATE UNIQUE INDEX hr.emp_name_ix ON hr.employees (last_name, first_name DESC) " +
                "TABLESPACE users NOLOGGING ONLINE COMPUTE STATISTICS PARALLEL 8 COMPRESS 1 PCTFREE 10 STORAGE (INITIAL 1M)";
            var index = Single<CreateIndexStatement>(sql, SqlDialect.Oracle, out var script);
            Assert.Equal(StatementKind.CreateIndex, index.Kind);
            Assert.Equal("HR.EMP_NAME_IX", index.Name!.Normalized);
            Assert.Equal("HR.EMPLOYEES", index.Table.Normalized);
            AssertOption(script, index.Unique, "UNIQUE");
            AssertOption(script, index.Online, "ONLINE");
            Assert.Equal("NOLOGGING", script.Text(index.Logging!));
            Assert.True(index.Logging!.SkipsRedo);
            Assert.Equal("USERS", index.Tablespace!.Normalized);
            Assert.Equal("PARALLEL 8", script.Text(index.Parallel!));
            Assert.Equal("8", index.Parallel!.Value);
            Assert.Equal(new[] { "LAST_NAME", "FIRST_NAME" }, index.Columns.Select(c => c.Column!.Normalized));
            Assert.Equal(SortOrder.Unspecified, index.Columns[0].Order);
            Assert.Equal(SortOrder.Desc, index.Columns[1].Order);
            Assert.Equal("first_name DESC", script.Text(index.Columns[1]));
            Assert.False(index.IsFunctionBased);
            Assert.Null(index.Bitmap);
            Assert.Null(index.Concurrently);
        }

        [Fact]
        public void Oracle_function_based_local_invisible_reverse_unusable()
        {
            const string sql = "CREATE INDEX i ON t (UPPER(name), a + b) LOCAL (PARTITION p1, PARTITION p2) REVERSE INVISIBLE UNUSABLE UNRECOVERABLE";
            var index = Single<CreateIndexStatement>(sql, SqlDialect.Oracle, out var script);
            Assert.True(index.IsFunctionBased);
            Assert.All(index.Columns, c => Assert.Null(c.Column));
            Assert.IsType<FunctionCallExpression>(index.Columns[0].Expression);
            Assert.Equal("a + b", script.Text(index.Columns[1]));
            AssertOption(script, index.Local, "LOCAL");
            AssertOption(script, index.Reverse, "REVERSE");
            AssertOption(script, index.Invisible, "INVISIBLE");
            AssertOption(script, index.Unusable, "UNUSABLE");
            Assert.Equal(LoggingMode.Unrecoverable, index.Logging!.Mode);
        }

        [Fact]
        public void Oracle_bitmap_join_index()
        {
            const string sql = "CREATE BITMAP INDEX sales_cust_city_bix ON sales(customers.cust_city) FROM sales, customers " +
                "WHERE sales.cust_id = customers.cust_id LOCAL NOLOGGING COMPUTE STATISTICS";
            var index = Single<CreateIndexStatement>(sql, SqlDialect.Oracle, out var script);
            AssertOption(script, index.Bitmap, "BITMAP");
            Assert.Equal("CUST_CITY", index.Columns.Single().Column!.Normalized);
            Assert.Equal(new[] { "SALES", "CUSTOMERS" }, index.JoinTables.Select(t => t.Normalized));
            Assert.Equal("sales.cust_id = customers.cust_id", script.Text(index.JoinCondition!));
            Assert.Null(index.Where);
            Assert.NotNull(index.Local);
        }

        [Fact]
        public void Oracle_cluster_index_and_global_partitioning()
        {
            var cluster = Single<CreateIndexStatement>("CREATE INDEX idx_personnel ON CLUSTER personnel", SqlDialect.Oracle, out var s1);
            AssertOption(s1, cluster.Cluster, "CLUSTER");
            Assert.Equal("PERSONNEL", cluster.Table.Normalized);
            Assert.Empty(cluster.Columns);

            var global = Single<CreateIndexStatement>(
                "CREATE INDEX i ON t (a) GLOBAL PARTITION BY RANGE (a) (PARTITION p1 VALUES LESS THAN (10), PARTITION p2 VALUES LESS THAN (MAXVALUE)) TABLESPACE x",
                SqlDialect.Oracle, out _);
            Assert.Null(global.Local);
            Assert.Equal("X", global.Tablespace!.Normalized);
        }

        [Fact]
        public void Postgresql_concurrent_partial_index_with_every_clause()
        {
            const string sql = "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_open_idx ON ONLY public.orders USING btree " +
                "(lower(email) text_pattern_ops, created_at DESC NULLS LAST) INCLUDE (total) WITH (fillfactor = 70, deduplicate_items = off) " +
                "TABLESPACE fast WHERE status <> 'closed'";
            var index = Single<CreateIndexStatement>(sql, SqlDialect.PostgreSql, out var script);
            AssertOption(script, index.Concurrently, "CONCURRENTLY");
            Assert.True(index.IfNotExists);
            Assert.Equal("public.orders", index.Table.Normalized);
            Assert.Equal("BTREE", index.Using);
            Assert.True(index.IsFunctionBased);
            Assert.Equal("lower(email) text_pattern_ops", script.Text(index.Columns[0]));
            Assert.Equal(SortOrder.Desc, index.Columns[1].Order);
            Assert.Equal("total", index.IncludeColumns.Single().Normalized);
            Assert.Equal(new[] { "FILLFACTOR", "DEDUPLICATE_ITEMS" }, index.WithOptions.Select(o => o.Name));
            Assert.Equal("70", index.WithOptions[0].Value);
            Assert.Equal("fast", index.Tablespace!.Normalized);
            Assert.Equal("status <> 'closed'", script.Text(index.Where!));
        }

        [Fact]
        public void Postgresql_unnamed_index_and_expression_key()
        {
            var index = Single<CreateIndexStatement>("CREATE INDEX ON t USING gin ((data -> 'tags'))", SqlDialect.PostgreSql, out var script);
            Assert.Null(index.Name);
            Assert.Equal("GIN", index.Using);
            Assert.Equal("(data -> 'tags')", script.Text(index.Columns.Single().Expression));
            Assert.True(index.IsFunctionBased);
        }

        [Fact]
        public void Mysql_index_with_prefix_algorithm_and_lock()
        {
            const string sql = "CREATE UNIQUE INDEX idx_name USING BTREE ON customer (last_name(10), (lower(email)) DESC) ALGORITHM = INPLACE LOCK NONE INVISIBLE COMMENT 'x'";
            var index = Single<CreateIndexStatement>(sql, SqlDialect.MySql, out var script);
            Assert.Equal("BTREE", index.Using);
            Assert.Equal("last_name", index.Columns[0].Column!.Text);
            Assert.Equal(10, index.Columns[0].PrefixLength);
            Assert.Equal("last_name(10)", script.Text(index.Columns[0]));
            Assert.Null(index.Columns[1].Column);
            Assert.Equal("ALGORITHM = INPLACE", script.Text(index.Algorithm!));
            Assert.True(index.Algorithm!.ValueIs("inplace"));
            Assert.Equal("LOCK NONE", script.Text(index.Lock!));
            Assert.True(index.Lock!.ValueIs("NONE"));
            AssertOption(script, index.Invisible, "INVISIBLE");
        }

        [Fact]
        public void Mysql_fulltext_and_mariadb_ignored()
        {
            var fulltext = Single<CreateIndexStatement>("CREATE FULLTEXT INDEX ft ON film_text (title, description)", SqlDialect.MySql, out var s1);
            AssertOption(s1, fulltext.IndexKind, "FULLTEXT");
            var ignored = Single<CreateIndexStatement>("CREATE OR REPLACE INDEX IF NOT EXISTS i ON t (a) IGNORED", SqlDialect.MariaDb, out var s2);
            AssertOption(s2, ignored.Invisible, "IGNORED");
            Assert.True(ignored.IfNotExists);
        }

        [Fact]
        public void Sql_server_filtered_index_with_options_and_filegroup()
        {
            const string sql = "CREATE UNIQUE NONCLUSTERED INDEX [IX_Orders_Open] ON [dbo].[Orders] ([CustomerId] ASC, [OrderDate] DESC) " +
                "INCLUDE ([Total]) WHERE [Status] IS NOT NULL WITH (ONLINE = ON, FILLFACTOR = 80, SORT_IN_TEMPDB = ON) ON [PRIMARY]";
            var index = Single<CreateIndexStatement>(sql, SqlDialect.SqlServer, out var script);
            Assert.Null(index.Clustered);
            Assert.Equal("dbo.orders", index.Table.Normalized);
            Assert.Equal(new[] { "customerid", "orderdate" }, index.Columns.Select(c => c.Column!.Normalized));
            Assert.Equal(SortOrder.Asc, index.Columns[0].Order);
            Assert.Equal("Total", index.IncludeColumns.Single().Text);
            Assert.Equal("[Status] IS NOT NULL", script.Text(index.Where!));
            var online = index.WithOptions.Single(o => o.Name == "ONLINE");
            Assert.True(online.ValueIs("ON"));
            Assert.Equal("ONLINE = ON", script.Text(online));
            Assert.Equal("ON", script.Text(online.ValueSpan));
            Assert.Equal("PRIMARY", index.Tablespace!.Text);
        }

        [Fact]
        public void Sql_server_with_options_on_the_next_line_stay_with_the_index()
        {
            var script = SqlScript.Parse("CREATE CLUSTERED INDEX ix ON dbo.t (a)\nWITH (DROP_EXISTING = ON)\nSELECT 1", SqlDialect.SqlServer);
            Assert.Equal(2, script.Statements.Count);
            var index = Assert.IsType<CreateIndexStatement>(script.Statements[0]);
            Assert.NotNull(index.Clustered);
            Assert.Equal("DROP_EXISTING", index.WithOptions.Single().Name);
        }

        [Fact]
        public void Sql_server_columnstore_without_columns_and_old_with_syntax()
        {
            var columnstore = Single<CreateIndexStatement>("CREATE CLUSTERED COLUMNSTORE INDEX cci ON dbo.fact", SqlDialect.SqlServer, out var s1);
            AssertOption(s1, columnstore.Clustered, "CLUSTERED");
            AssertOption(s1, columnstore.Columnstore, "COLUMNSTORE");
            Assert.Empty(columnstore.Columns);

            var old = Single<CreateIndexStatement>("CREATE INDEX i ON t (a) WITH FILLFACTOR = 80, PAD_INDEX", SqlDialect.SqlServer, out _);
            Assert.Equal(new[] { "FILLFACTOR", "PAD_INDEX" }, old.WithOptions.Select(o => o.Name));
            Assert.Null(old.WithOptions[1].Value);
        }

        [Fact]
        public void Index_without_a_table_is_reported_and_not_an_index_statement()
        {
            var script = SqlScript.Parse("CREATE INDEX i (a)", SqlDialect.Oracle);
            var statement = Assert.Single(script.Statements);
            Assert.IsNotType<CreateIndexStatement>(statement);
            Assert.True(statement.IsPartial);
            Assert.Contains(script.Diagnostics, d => d.Id == "SG9001");
        }

        [Fact]
        public void Unknown_option_is_skipped_reported_once_and_the_rest_kept()
        {
            var script = SqlScript.Parse("CREATE INDEX i ON t (a) FROBNICATE (1, 2) WIDGETS ONLINE", SqlDialect.Oracle);
            var index = Assert.IsType<CreateIndexStatement>(Assert.Single(script.Statements));
            Assert.True(index.IsPartial);
            Assert.NotNull(index.Online);
            Assert.Single(script.Diagnostics);
        }
    }
}

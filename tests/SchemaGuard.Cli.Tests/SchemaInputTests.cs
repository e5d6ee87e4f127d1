using System;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>
    /// The schema the rules see: migrations replayed in order, a --schema snapshot replayed first, --index-usage read
    /// for unused indexes, and down migrations linted without changing the schema.
    /// </summary>
    public class SchemaInputTests : IDisposable
    {
        private const string Cascades =
            "CREATE TABLE customers (id NUMBER PRIMARY KEY);\n" +
            "CREATE TABLE orders (id NUMBER PRIMARY KEY, customer_id NUMBER REFERENCES customers (id) ON DELETE CASCADE);\n";

        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void A_delete_in_a_later_migration_knows_the_cascades_of_an_earlier_one()
        {
            _folder.Write("V1__tables.sql", Cascades);
            _folder.Write("V2__purge.sql", "DELETE FROM customers WHERE id = 42;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "--dialect", "oracle", "--fail-on", "error");

            Assert.True(run.ExitCode == ExitCodes.Findings, run.ToString());
            Assert.Contains("V2__purge.sql(1,1): error SG1002: ", run.Output);
            Assert.Contains("orders", run.Output);
        }

        [Fact]
        public void A_schema_snapshot_seeds_the_catalog_and_is_not_linted()
        {
            _folder.Write("snapshot/schema.sql", Cascades);
            _folder.Write("migrations/V2__purge.sql", "DELETE FROM customers WHERE id = 42;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "migrations", "--dialect", "oracle", "--schema", "snapshot/schema.sql");

            Assert.Contains("error SG1002: ", run.Output);
            Assert.DoesNotContain("SG1001", run.Output);
        }

        [Fact]
        public void Without_the_snapshot_the_same_delete_is_not_a_cascade()
        {
            _folder.Write("migrations/V2__purge.sql", "DELETE FROM customers WHERE id = 42;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", "migrations", "--dialect", "oracle");

            Assert.DoesNotContain("SG1002", run.Output);
        }

        [Fact]
        public void Index_usage_reports_an_index_that_is_never_read()
        {
            _folder.Write("usage.csv", "INDEX_NAME,TABLE_NAME,MONITORING,USED\nIX_ORDERS_STATUS,ORDERS,YES,NO\n");
            _folder.Write("V1__index.sql", "CREATE TABLE orders (id NUMBER PRIMARY KEY, status VARCHAR2(10));\nCREATE INDEX ix_orders_status ON orders (status);\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", ".", "--dialect", "oracle", "--index-usage", "usage.csv", "--fail-on", "none");

            Assert.Contains("SG5002", run.Output);
        }

        [Fact]
        public void A_down_migration_is_linted_but_does_not_change_the_schema()
        {
            _folder.Write("001_tables.up.sql", "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
            _folder.Write("001_tables.down.sql", "DROP TABLE customers;\n");
            _folder.Write("002_orders.up.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id) ON DELETE CASCADE);\nDELETE FROM customers WHERE id = 1;\n");

            var run = CliRunner.RunIn(_folder.Path, "lint", ".", "--dialect", "postgresql", "--fail-on", "none");

            Assert.Contains("002_orders.up.sql(2,1): error SG1002: ", run.Output);
        }
    }
}

using System.IO;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.IndexUsage
{
    public class IndexUsageReaderTests
    {
        private static IndexUsageData Data(string csv, IndexNameCase nameCase = IndexNameCase.Exact)
        {
            IndexUsageReadResult result = IndexUsageReader.Read(csv, "usage.csv", nameCase);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return result.Data!;
        }

        [Fact]
        public void Reads_oracle_v_object_usage()
        {
            IndexUsageData data = Data("INDEX_NAME,TABLE_NAME,MONITORING,USED,START_MONITORING\r\n"
                + "ORDERS_STATUS_IX,ORDERS,YES,NO,01/02/2024 10:00:00\r\n"
                + "ORDERS_CUST_IX,ORDERS,YES,YES,01/02/2024 10:00:00\r\n");

            Assert.Equal(IndexUsageFormat.OracleObjectUsage, data.Format);
            Assert.Equal(IndexUsageCoverage.ListsWatchedIndexes, data.Coverage);
            IndexUsageEntry status = data.Find("ORDERS_STATUS_IX")!;
            Assert.True(status.NeverRead);
            Assert.Equal("ORDERS", status.Table);
            Assert.Null(status.ReadCount);
            Assert.Equal(2, status.Line);
            Assert.False(data.Find("ORDERS_CUST_IX")!.NeverRead);
        }

        [Fact]
        public void Reads_oracle_dba_index_usage_where_missing_means_never_read()
        {
            IndexUsageData data = Data("OBJECT_ID,NAME,OWNER,TOTAL_ACCESS_COUNT,TOTAL_EXEC_COUNT,LAST_USED\n"
                + "73001,ORDERS_CUST_IX,SALES,1543,1200,2024-03-01\n"
                + "73002,ORDERS_OLD_IX,SALES,0,0,\n");

            Assert.Equal(IndexUsageFormat.OracleIndexUsage, data.Format);
            Assert.Equal(1543, data.Find("ORDERS_CUST_IX")!.ReadCount);
            Assert.Equal("SALES", data.Find("ORDERS_CUST_IX")!.Schema);
            Assert.True(data.Find("ORDERS_OLD_IX")!.NeverRead);
            Assert.True(data.IsNeverRead("ORDERS_STATUS_IX"));
            Assert.False(data.IsNeverRead("ORDERS_CUST_IX"));
        }

        [Fact]
        public void Reads_postgresql_pg_stat_user_indexes()
        {
            IndexUsageData data = Data("relid,indexrelid,schemaname,relname,indexrelname,idx_scan,idx_tup_read,idx_tup_fetch\n"
                + "16384,16390,public,orders,orders_status_idx,0,0,0\n"
                + "16384,16391,public,orders,orders_customer_idx,8812,9100,9001\n");

            Assert.Equal(IndexUsageFormat.PostgreSqlStatUserIndexes, data.Format);
            IndexUsageEntry unused = data.Find("orders_status_idx", "orders", "public")!;
            Assert.True(unused.NeverRead);
            Assert.Equal(0, unused.ReadCount);
            Assert.Equal(8812, data.Find("orders_customer_idx")!.ReadCount);
            Assert.Null(data.IsNeverRead("not_exported_idx"));
        }

        [Fact]
        public void Reads_mysql_schema_unused_indexes_where_missing_means_read()
        {
            IndexUsageData data = Data("object_schema,object_name,index_name\nshop,orders,idx_status\n", IndexNameCase.IgnoreCase);

            Assert.Equal(IndexUsageFormat.MySqlSchemaUnusedIndexes, data.Format);
            Assert.True(data.IsNeverRead("IDX_STATUS", "Orders", "shop"));
            Assert.False(data.IsNeverRead("idx_customer"));
            Assert.Equal("shop", data.Find("idx_status")!.Schema);
        }

        [Fact]
        public void Reads_sql_server_index_usage_stats_with_null_counters_as_zero()
        {
            IndexUsageData data = Data("schema_name,table_name,index_name,user_seeks,user_scans,user_lookups,user_updates\n"
                + "dbo,Orders,IX_Orders_Status,0,0,0,48211\n"
                + "dbo,Orders,IX_Orders_Customer,120,3,7,48211\n"
                + "dbo,Orders,IX_Orders_Untouched,NULL,NULL,,NULL\n"
                + "dbo,Heap,,0,5,0,10\n");

            Assert.Equal(IndexUsageFormat.SqlServerIndexUsageStats, data.Format);
            IndexUsageEntry status = data.Find("IX_Orders_Status")!;
            Assert.True(status.NeverRead);
            Assert.Equal(48211, status.WriteCount);
            Assert.Equal(130, data.Find("IX_Orders_Customer")!.ReadCount);
            Assert.True(data.Find("IX_Orders_Untouched")!.NeverRead);
            Assert.Equal(3, data.Indexes.Count);
        }

        [Fact]
        public void Header_names_match_ignoring_case_order_quotes_and_a_view_prefix()
        {
            IndexUsageData data = Data("\"IDX_SCAN\",s.IndexRelName, \"RelName\" \n\"0\",\"a_idx\",\"t\"\n");

            Assert.Equal(IndexUsageFormat.PostgreSqlStatUserIndexes, data.Format);
            Assert.Equal("t", data.Find("a_idx")!.Table);
        }

        [Fact]
        public void An_unknown_header_is_a_clear_error_with_its_line()
        {
            IndexUsageReadResult result = IndexUsageReader.Read("\r\nfoo,bar\r\n1,2\r\n", "stats.csv");

            Assert.False(result.Succeeded);
            IndexUsageProblem problem = Assert.Single(result.Problems);
            Assert.True(problem.IsError);
            Assert.Equal(2, problem.Line);
            Assert.StartsWith("stats.csv(2): error: the header (foo, bar) matches no known index-usage view.", problem.ToString());
            Assert.Contains("pg_stat_user_indexes (indexrelname, idx_scan)", problem.Message);
        }

        [Fact]
        public void A_header_missing_a_required_column_names_it()
        {
            IndexUsageReadResult result = IndexUsageReader.Read("table_name,index_name,user_seeks,user_scans\nt,i,1,2\n", "s.csv");

            Assert.False(result.Succeeded);
            Assert.Contains("sys.dm_db_index_usage_stats but lacks user_lookups, user_updates", Assert.Single(result.Problems).Message);
        }

        [Fact]
        public void An_empty_file_is_an_error()
        {
            IndexUsageReadResult result = IndexUsageReader.Read("\uFEFF", "empty.csv");

            Assert.False(result.Succeeded);
            Assert.Equal(1, Assert.Single(result.Problems).Line);
        }

        [Fact]
        public void Bad_rows_are_skipped_with_a_warning_naming_the_line()
        {
            IndexUsageReadResult result = IndexUsageReader.Read(
                "indexrelname,idx_scan\na_idx,12\nb_idx,many\nc_idx,1.0E+3\n", "u.csv");

            Assert.True(result.Succeeded);
            Assert.Equal(new[] { "a_idx", "c_idx" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(result.Data!.Indexes, i => i.Index)));
            Assert.Equal(1000, result.Data.Find("c_idx")!.ReadCount);
            IndexUsageProblem warning = Assert.Single(result.Problems);
            Assert.False(warning.IsError);
            Assert.Equal(3, warning.Line);
            Assert.Contains("idx_scan is 'many'", warning.Message);
        }

        [Fact]
        public void An_unterminated_quote_keeps_the_rows_before_it()
        {
            IndexUsageReadResult result = IndexUsageReader.Read("indexrelname,idx_scan\na_idx,0\n\"b_idx,3\n", "u.csv");

            Assert.True(result.Succeeded);
            Assert.Single(result.Data!.Indexes);
            Assert.Equal(3, Assert.Single(result.Problems).Line);
        }

        [Fact]
        public void A_missing_file_is_an_error_not_an_exception()
        {
            string path = Path.Combine(Path.GetTempPath(), "schemaguard-no-such-file-" + System.Guid.NewGuid().ToString("N") + ".csv");

            IndexUsageReadResult result = IndexUsageReader.ReadFile(path);

            Assert.False(result.Succeeded);
            Assert.Equal(0, Assert.Single(result.Problems).Line);
        }

        [Fact]
        public void Read_file_decodes_a_utf8_bom_export()
        {
            string path = Path.Combine(Path.GetTempPath(), "schemaguard-usage-" + System.Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllText(path, "INDEX_NAME,USED\r\nÄ_IX,NO\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            try
            {
                IndexUsageReadResult result = IndexUsageReader.ReadFile(path);

                Assert.True(result.Data!.Find("Ä_IX")!.NeverRead);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Name_case_follows_the_dialects_comparison()
        {
            Assert.Equal(IndexNameCase.IgnoreCase, IndexUsageReader.NameCaseFor(SqlDialect.MySql));
            Assert.Equal(IndexNameCase.IgnoreCase, IndexUsageReader.NameCaseFor(SqlDialect.SqlServer));
            Assert.Equal(IndexNameCase.Exact, IndexUsageReader.NameCaseFor(SqlDialect.Oracle));
            Assert.Equal(IndexNameCase.Exact, IndexUsageReader.NameCaseFor(SqlDialect.PostgreSql));
        }
    }
}

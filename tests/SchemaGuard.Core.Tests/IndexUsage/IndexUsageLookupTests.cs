using SchemaGuard.Core.IndexUsage;
using Xunit;

namespace SchemaGuard.Core.Tests.IndexUsage
{
    public class IndexUsageLookupTests
    {
        private const string SqlServerExport =
            "schema_name,table_name,index_name,user_seeks,user_scans,user_lookups,user_updates\n"
            + "dbo,Orders,IX_Created,0,0,0,100\n"
            + "dbo,Invoices,IX_Created,50,0,0,100\n";

        private static IndexUsageData Read(string csv, IndexNameCase nameCase) => IndexUsageReader.Read(csv, "u.csv", nameCase).Data!;

        [Fact]
        public void Per_table_index_names_are_told_apart_by_the_table()
        {
            IndexUsageData data = Read(SqlServerExport, IndexNameCase.IgnoreCase);

            Assert.Equal(2, data.FindAll("ix_created").Count);
            Assert.True(data.Find("ix_created", "orders")!.NeverRead);
            Assert.False(data.Find("IX_CREATED", "INVOICES")!.NeverRead);
            Assert.Null(data.Find("ix_created"));
            Assert.Null(data.IsNeverRead("ix_created"));
        }

        [Fact]
        public void Exact_names_do_not_match_another_case()
        {
            IndexUsageData data = Read("indexrelname,idx_scan\nOrders_Idx,0\n", IndexNameCase.Exact);

            Assert.NotNull(data.Find("Orders_Idx"));
            Assert.Null(data.Find("orders_idx"));
        }

        [Fact]
        public void A_table_or_schema_the_export_does_not_state_does_not_exclude_the_row()
        {
            IndexUsageData data = Read("INDEX_NAME,USED\nEMP_IX,NO\n", IndexNameCase.Exact);

            Assert.NotNull(data.Find("EMP_IX", "EMP", "HR"));
        }

        [Fact]
        public void A_row_for_another_table_does_not_answer_for_this_one()
        {
            IndexUsageData data = Read(SqlServerExport, IndexNameCase.IgnoreCase);

            Assert.Null(data.Find("ix_created", "customers"));
        }
    }
}

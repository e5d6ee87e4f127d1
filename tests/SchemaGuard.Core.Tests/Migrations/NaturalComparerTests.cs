using System.Linq;
using SchemaGuard.Core.Migrations;
using Xunit;

namespace SchemaGuard.Core.Tests.Migrations
{
    public class NaturalComparerTests
    {
        [Theory]
        [InlineData("file2", "file10")]
        [InlineData("3.9", "3.10")]
        [InlineData("3.3", "3.17")]
        [InlineData("V1_9", "V1_10")]
        [InlineData("20210311102338000009_x", "20210311102338000010_x")]
        [InlineData("99999999999999999999_a", "100000000000000000000_a")]
        [InlineData("a", "B")]
        [InlineData("a_b", "ab")]
        [InlineData("mssql_engine_7.3_patch_7.3.5_to_7.3.6", "mssql_engine_7.3_to_7.4")]
        [InlineData("mssql_engine_7.9_patch_7.9.5_to_7.9.6", "mssql_engine_7.9_patch_7.9.11_to_7.9.12")]
        public void Orders_numbers_by_value_and_text_ignoring_case(string first, string second)
        {
            Assert.True(NaturalComparer.Instance.Compare(first, second) < 0, first + " should sort before " + second);
            Assert.True(NaturalComparer.Instance.Compare(second, first) > 0, second + " should sort after " + first);
        }

        [Fact]
        public void Ties_by_value_are_broken_ordinally_so_the_order_is_total()
        {
            Assert.NotEqual(0, NaturalComparer.Instance.Compare("a01", "a1"));
            Assert.NotEqual(0, NaturalComparer.Instance.Compare("File", "file"));
            Assert.Equal(0, NaturalComparer.Instance.Compare("x10", "x10"));
        }

        [Fact]
        public void Sorting_a_shuffled_list_gives_the_natural_order()
        {
            string[] expected = { "file1", "file2", "File3", "file10", "file10a", "file11" };
            string[] shuffled = { "file10a", "File3", "file11", "file1", "file10", "file2" };

            Assert.Equal(expected, shuffled.OrderBy(s => s, NaturalComparer.Instance).ToArray());
        }

        [Fact]
        public void Ef_core_migration_ids_sort_by_timestamp()
        {
            string[] ids = { "20231026091140_Outbox", "20230925222426_Initial", "20231018163051_RemoveHiLoAndIndexCatalogName" };

            string[] sorted = ids.OrderBy(s => s, Comparer(MigrationOrder.CompareMigrationIds)).ToArray();

            Assert.Equal(new[] { "20230925222426_Initial", "20231018163051_RemoveHiLoAndIndexCatalogName", "20231026091140_Outbox" }, sorted);
        }

        private static System.Collections.Generic.IComparer<string> Comparer(System.Comparison<string?> comparison) =>
            System.Collections.Generic.Comparer<string>.Create((a, b) => comparison(a, b));
    }
}

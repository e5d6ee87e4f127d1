using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Migrations;
using Xunit;

namespace SchemaGuard.Core.Tests.Migrations
{
    /// <summary>Replay order of the real migration layouts in the shared corpus.</summary>
    public class MigrationCorpusTests
    {
        [Fact]
        public void Kratos_postgres_replays_up_files_by_timestamp_with_engine_files_replacing_generic_ones()
        {
            IReadOnlyList<string> files = Corpus.Files("postgresql/kratos/sql");

            MigrationPlan plan = MigrationOrder.Plan(files);

            Assert.Equal("20150100000001000000_networks.postgres.up.sql", plan.Ordered[0]);
            Assert.DoesNotContain(plan.Ordered, f => f.Contains(".down."));
            OrderAssert.Before(plan.Ordered, "20191100000001000005_identities.postgres.up.sql", "20191100000002000000_requests.postgres.up.sql");
            OrderAssert.Before(plan.Ordered, "20210311102338000009_form_refactoring.postgres.up.sql", "20210311102338000010_form_refactoring.postgres.up.sql");
            Assert.Contains("20230920171028000000_identity_search_index.postgres.up.sql", plan.Ordered);
            Assert.DoesNotContain("20230920171028000000_identity_search_index.up.sql", plan.Ordered);
            Assert.Contains("20220512102703000000_missing_indices.up.sql", plan.Ordered);
            Assert.Equal(files.Count, plan.Ordered.Count + plan.Excluded.Count);
            Assert.Equal(3, plan.Excluded.Count(e => e.Reason == MigrationExclusion.SupersededByEngineSpecific));
            AssertTimestampsAscending(plan.Ordered);
        }

        [Fact]
        public void Kratos_mysql_replays_the_mysql_files_in_timestamp_order()
        {
            IReadOnlyList<string> files = Corpus.Files("mysql/kratos/sql");

            MigrationPlan plan = MigrationOrder.Plan(files, new MigrationOrderOptions(new[] { "mysql" }));

            OrderAssert.Before(plan.Ordered, "20210311102338000005_form_refactoring.mysql.up.sql", "20210311102338000006_form_refactoring.mysql.up.sql");
            Assert.Contains("20220512102703000000_missing_indices.mysql.up.sql", plan.Ordered);
            Assert.DoesNotContain("20220512102703000000_missing_indices.up.sql", plan.Ordered);
            Assert.Equal(35, plan.Excluded.Count(e => e.Reason == MigrationExclusion.SupersededByEngineSpecific));
            Assert.All(plan.Ordered, f => Assert.False(MigrationOrder.IsDownMigration(f)));
            AssertTimestampsAscending(plan.Ordered);
        }

        [Fact]
        public void Kratos_legacy_folder_comes_before_the_split_migrations()
        {
            IReadOnlyList<string> files = Corpus.Files("postgresql/kratos");

            IReadOnlyList<string> ordered = MigrationOrder.Order(files);

            Assert.StartsWith("legacy/", ordered[0]);
            Assert.StartsWith("sql/", ordered[ordered.Count - 1]);
        }

        [Fact]
        public void Bytebase_version_folders_sort_as_versions()
        {
            IReadOnlyList<string> ordered = MigrationOrder.Order(Corpus.Files("postgresql/bytebase-migrator"));

            List<string> folders = ordered.Where(f => f.Contains('/')).Select(f => f.Substring(0, f.IndexOf('/'))).Distinct().ToList();
            Assert.Equal("3.0", folders[0]);
            OrderAssert.Before(folders, "3.9", "3.10");
            OrderAssert.Before(folders, "3.3", "3.17");
            Assert.Equal("3.22", folders[folders.Count - 1]);
            OrderAssert.Before(ordered, "3.17/0009##add_workspace_table.sql", "3.17/0010##setting_composite_pk.sql");
            Assert.True(ordered.ToList().FindLastIndex(f => f.StartsWith("3.3/")) < ordered.ToList().FindIndex(f => f.StartsWith("3.4/")));

            // The root's LATEST.sql (a full dump) sorts after the version folders: digits before letters.
            Assert.Equal("LATEST.sql", ordered[ordered.Count - 1]);
        }

        [Fact]
        public void Camunda_upgrade_scripts_sort_by_version_with_patches_before_the_next_minor()
        {
            IReadOnlyList<string> ordered = MigrationOrder.Order(Corpus.Files("sqlserver/camunda/upgrade"));

            Assert.Equal("mssql_engine_6.0_to_6.1.sql", ordered[0]);
            Assert.Equal("mssql_engine_7.23_to_7.24.sql", ordered[ordered.Count - 1]);
            OrderAssert.Before(ordered, "mssql_engine_7.9_to_7.10.sql", "mssql_engine_7.10_to_7.11.sql");
            OrderAssert.Before(ordered, "mssql_engine_7.3_patch_7.3.2_to_7.3.3_1.sql", "mssql_engine_7.3_patch_7.3.2_to_7.3.3_2.sql");
            OrderAssert.Before(ordered, "mssql_engine_7.3_patch_7.3.5_to_7.3.6_2.sql", "mssql_engine_7.3_to_7.4.sql");
            OrderAssert.Before(ordered, "mssql_engine_7.9_patch_7.9.5_to_7.9.6.sql", "mssql_engine_7.9_patch_7.9.11_to_7.9.12.sql");
        }

        [Fact]
        public void Ef_core_migration_files_sort_by_their_timestamp_ids()
        {
            IReadOnlyList<string> ordered = MigrationOrder.Order(Corpus.Files("csharp/efcore/eshop/Catalog.API/Infrastructure/Migrations", "*.cs"));

            Assert.Equal(
                new[] { "20231009153249_Initial.cs", "20231018163051_RemoveHiLoAndIndexCatalogName.cs", "20231026091140_Outbox.cs" },
                ordered.Where(f => !f.Contains(".Designer.") && !f.Contains("Snapshot")).ToArray());
        }

        private static void AssertTimestampsAscending(IReadOnlyList<string> ordered)
        {
            for (int i = 1; i < ordered.Count; i++)
            {
                string previous = ordered[i - 1].Substring(0, 20), current = ordered[i].Substring(0, 20);
                Assert.True(string.CompareOrdinal(previous, current) < 0, ordered[i - 1] + " then " + ordered[i]);
            }
        }
    }

    internal static class OrderAssert
    {
        internal static void Before(IReadOnlyList<string> ordered, string first, string second)
        {
            int a = ordered.ToList().IndexOf(first), b = ordered.ToList().IndexOf(second);
            Assert.True(a >= 0, first + " is not in the order");
            Assert.True(b >= 0, second + " is not in the order");
            Assert.True(a < b, first + " should come before " + second);
        }
    }
}

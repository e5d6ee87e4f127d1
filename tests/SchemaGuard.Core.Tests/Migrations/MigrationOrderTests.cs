using System.Linq;
using SchemaGuard.Core.Migrations;
using Xunit;

namespace SchemaGuard.Core.Tests.Migrations
{
    public class MigrationOrderTests
    {
        [Fact]
        public void Flyway_versions_sort_by_numeric_parts_with_dots_and_underscores_alike()
        {
            string[] files = { "db/V1_10__ten.sql", "db/V1.2__two.sql", "db/V2__major.sql", "db/V1_9__nine.sql", "db/V1__first.sql" };

            Assert.Equal(
                new[] { "db/V1__first.sql", "db/V1.2__two.sql", "db/V1_9__nine.sql", "db/V1_10__ten.sql", "db/V2__major.sql" },
                MigrationOrder.Order(files));
        }

        [Fact]
        public void Flyway_orders_versions_across_folders_and_puts_repeatables_last_by_description()
        {
            string[] files = { "b/R__views.sql", "a/V3__c.sql", "b/V1__a.sql", "a/R__functions.sql", "c/V2__b.sql" };

            Assert.Equal(
                new[] { "b/V1__a.sql", "c/V2__b.sql", "a/V3__c.sql", "a/R__functions.sql", "b/R__views.sql" },
                MigrationOrder.Order(files));
        }

        [Fact]
        public void Flyway_undo_files_are_left_out_of_a_forward_replay()
        {
            MigrationPlan plan = MigrationOrder.Plan(new[] { "V1__a.sql", "U1__a.sql", "V2__b.sql" });

            Assert.Equal(new[] { "V1__a.sql", "V2__b.sql" }, plan.Ordered);
            ExcludedMigration undo = Assert.Single(plan.Excluded);
            Assert.Equal(MigrationExclusion.FlywayUndo, undo.Reason);
            Assert.True(MigrationOrder.IsDownMigration("sql/U1__a.sql"));
        }

        [Fact]
        public void A_flyway_baseline_replaces_the_versions_it_covers()
        {
            MigrationPlan plan = MigrationOrder.Plan(new[] { "V1__a.sql", "B2__base.sql", "V2__b.sql", "V3__c.sql", "B1__old.sql" });

            Assert.Equal(new[] { "B2__base.sql", "V3__c.sql" }, plan.Ordered);
            Assert.Equal(3, plan.Excluded.Count);
            Assert.All(plan.Excluded, e => Assert.Equal(MigrationExclusion.BelowBaseline, e.Reason));
        }

        [Fact]
        public void Timestamp_prefixes_sort_numerically_and_down_files_are_left_out()
        {
            string[] files =
            {
                "m/20210311102338000010_x.up.sql",
                "m/20210311102338000009_x.up.sql",
                "m/20210311102338000009_x.down.sql",
                "m/20191100000001000000_identities.up.sql",
            };

            MigrationPlan plan = MigrationOrder.Plan(files);

            Assert.Equal(
                new[] { "m/20191100000001000000_identities.up.sql", "m/20210311102338000009_x.up.sql", "m/20210311102338000010_x.up.sql" },
                plan.Ordered);
            Assert.Equal(MigrationExclusion.DownMigration, Assert.Single(plan.Excluded).Reason);
        }

        [Fact]
        public void An_engine_specific_file_replaces_the_generic_one_of_its_version()
        {
            string[] files = { "sql/1_a.up.sql", "sql/1_a.postgres.up.sql", "sql/2_b.up.sql", "sql/3_c.postgres.up.sql" };

            MigrationPlan plan = MigrationOrder.Plan(files);

            Assert.Equal(new[] { "sql/1_a.postgres.up.sql", "sql/2_b.up.sql", "sql/3_c.postgres.up.sql" }, plan.Ordered);
            ExcludedMigration generic = Assert.Single(plan.Excluded);
            Assert.Equal("sql/1_a.up.sql", generic.Path);
            Assert.Equal(MigrationExclusion.SupersededByEngineSpecific, generic.Reason);
            Assert.Contains("1_a.postgres.up.sql", generic.Explanation);
        }

        [Fact]
        public void Given_engine_tags_files_for_other_engines_are_left_out()
        {
            string[] files = { "sql/1_a.up.sql", "sql/1_a.mysql.up.sql", "sql/1_a.postgres.up.sql", "sql/2_b.sqlite3.up.sql", "sql/2_b.up.sql" };

            MigrationPlan plan = MigrationOrder.Plan(files, new MigrationOrderOptions(new[] { "Postgres" }));

            Assert.Equal(new[] { "sql/1_a.postgres.up.sql", "sql/2_b.up.sql" }, plan.Ordered);
            Assert.Equal(2, plan.Excluded.Count(e => e.Reason == MigrationExclusion.OtherEngine));
        }

        [Fact]
        public void Without_engine_tags_a_folder_with_several_engines_is_not_filtered()
        {
            string[] files = { "sql/1_a.mysql.up.sql", "sql/1_a.postgres.up.sql" };

            Assert.Equal(2, MigrationOrder.Order(files).Count);
        }

        [Fact]
        public void Plain_names_sort_naturally_folder_by_folder()
        {
            string[] files = { "m/3.10/0001##b.sql", "m/3.9/0002##a.sql", "m/3.9/0010##c.sql", "m/3.10/0000##a.sql", "m/3.9/0001##z.sql" };

            Assert.Equal(
                new[] { "m/3.9/0001##z.sql", "m/3.9/0002##a.sql", "m/3.9/0010##c.sql", "m/3.10/0000##a.sql", "m/3.10/0001##b.sql" },
                MigrationOrder.Order(files));
        }

        [Fact]
        public void Natural_sort_is_the_fallback_for_any_name()
        {
            string[] files = { "changes/file10.sql", "changes/file2.sql", "changes/file1.sql", "changes/file1_fix.sql" };

            Assert.Equal(
                new[] { "changes/file1.sql", "changes/file1_fix.sql", "changes/file2.sql", "changes/file10.sql" },
                MigrationOrder.Order(files));
        }

        [Fact]
        public void Diesel_folders_replay_their_up_files_in_folder_order()
        {
            string[] files =
            {
                "migrations/2023-10-02-120000_b/up.sql",
                "migrations/2023-10-02-120000_b/down.sql",
                "migrations/2023-09-30-080000_a/down.sql",
                "migrations/2023-09-30-080000_a/up.sql",
            };

            Assert.Equal(new[] { "migrations/2023-09-30-080000_a/up.sql", "migrations/2023-10-02-120000_b/up.sql" }, MigrationOrder.Order(files));
        }

        [Fact]
        public void Backslashes_and_slashes_are_the_same_separator()
        {
            string[] files = { @"db\2\b.sql", "db/10/a.sql", @"db\1\c.sql" };

            Assert.Equal(new[] { @"db\1\c.sql", @"db\2\b.sql", "db/10/a.sql" }, MigrationOrder.Order(files));
        }

        [Fact]
        public void A_path_given_twice_is_replayed_once()
        {
            Assert.Single(MigrationOrder.Order(new[] { "db/V1__a.sql", "db/V1__a.sql", @"db\V1__a.sql" }));
        }

        [Theory]
        [InlineData("sql/20210311102338000006_form_refactoring.mysql.down.sql", true)]
        [InlineData("sql/1_init.down.sql", true)]
        [InlineData("migrations/2023-09-30-080000_a/down.sql", true)]
        [InlineData("sql/U3__drop.sql", true)]
        [InlineData("sql/20210311102338000006_form_refactoring.mysql.up.sql", false)]
        [InlineData("sql/V3__slow_down.sql", false)]
        [InlineData("sql/downtime.sql", false)]
        public void Down_migrations_are_recognized_by_name(string path, bool isDown)
        {
            Assert.Equal(isDown, MigrationOrder.IsDownMigration(path));
        }
    }
}

using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class MySqlInstantDdlBuggyVersionRuleTests
    {
        private const string Id = "SG6001";

        [Theory]
        [InlineData("8.0.29")]
        [InlineData("8.0.31")]
        [InlineData("8.0.30.1")]
        public void Affected_versions_fire(string version) =>
            OneRule.Single(Id, "ALTER TABLE orders ADD COLUMN note VARCHAR(200);", SqlDialect.MySql, version);

        [Theory]
        [InlineData(null)]
        [InlineData("8.0.28")]
        [InlineData("8.0.32")]
        [InlineData("8.4")]
        [InlineData("5.7")]
        public void Other_or_unknown_versions_are_quiet(string? version) =>
            Assert.Empty(OneRule.Lint(Id, "ALTER TABLE orders ADD COLUMN note VARCHAR(200), ALGORITHM=INSTANT;", SqlDialect.MySql, version));

        [Fact]
        public void Explicit_instant_points_at_the_algorithm_and_is_rewritten_to_inplace()
        {
            const string sql = "ALTER TABLE orders\r\n  RENAME COLUMN total TO amount,\r\n  algorithm = instant;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql, "8.0.30");
            Assert.Equal("algorithm = instant", OneRule.Covered(sql, finding));
            Assert.Equal((3, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("orders", finding.Message);
            Assert.Contains("MySQL 8.0.30", finding.Message);
            Assert.Contains("algorithm = INPLACE, LOCK=NONE;", finding.Alternative);
            Assert.Empty(finding.Fix);
        }

        [Fact]
        public void Default_instant_points_at_the_first_column_action_and_names_every_column()
        {
            const string sql = "ALTER TABLE orders\n  DROP COLUMN legacy_flag,\n  ADD COLUMN note VARCHAR(200) NULL;";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql, "8.0.29");
            Assert.Equal("DROP COLUMN legacy_flag", OneRule.Covered(sql, finding));
            Assert.Contains("DROP COLUMN legacy_flag, ADD COLUMN note", finding.Message);
            Assert.EndsWith("NULL, ALGORITHM=INPLACE, LOCK=NONE;", finding.Alternative);
        }

        [Fact]
        public void Algorithm_default_is_instant_too()
        {
            const string sql = "ALTER TABLE orders ADD COLUMN c INT, ALGORITHM=DEFAULT, LOCK=DEFAULT;";
            var finding = OneRule.Single(Id, sql, SqlDialect.MySql, "8.0.29");
            Assert.Contains("ALGORITHM=INPLACE, LOCK=DEFAULT;", finding.Alternative);
        }

        [Theory]
        [InlineData("ALTER TABLE orders ADD COLUMN c INT, ALGORITHM=INPLACE, LOCK=NONE;")]
        [InlineData("ALTER TABLE orders ADD COLUMN c INT, ALGORITHM=COPY;")]
        [InlineData("ALTER TABLE orders ADD COLUMN c INT, ADD INDEX ix_c (c);")]
        [InlineData("ALTER TABLE orders ADD COLUMN id2 INT AUTO_INCREMENT UNIQUE;")]
        [InlineData("ALTER TABLE orders ADD COLUMN total2 INT AS (total * 2) STORED;")]
        [InlineData("ALTER TABLE orders MODIFY COLUMN note TEXT;")]
        [InlineData("ALTER TABLE orders RENAME COLUMN a TO b;")]
        [InlineData("-- ALTER TABLE orders ADD COLUMN c INT, ALGORITHM=INSTANT;\nSELECT 1;")]
        [InlineData("SELECT 'ALTER TABLE orders ADD COLUMN c INT';")]
        public void Quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.MySql, "8.0.30"));

        [Fact]
        public void MariaDb_is_not_affected() =>
            Assert.Empty(OneRule.Lint(Id, "ALTER TABLE orders ADD COLUMN c INT, ALGORITHM=INSTANT;", SqlDialect.MariaDb, "8.0.30"));
    }
}

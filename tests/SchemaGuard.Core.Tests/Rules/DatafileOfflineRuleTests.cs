using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class DatafileOfflineRuleTests
    {
        private const string Id = "SG3003";

        [Fact]
        public void Points_at_offline_over_many_lines_and_names_the_file()
        {
            const string sql = "ALTER DATABASE\r\n  DATAFILE '/u01/oradata/ORCL/users01.dbf'\r\n  OFFLINE;\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("OFFLINE", OneRule.Covered(sql, finding));
            Assert.Equal((3, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Contains("'/u01/oradata/ORCL/users01.dbf'", finding.Message);
            Assert.Contains("ALTER TABLESPACE <tablespace_of_the_file> OFFLINE NORMAL;", finding.Alternative);
            Assert.Contains("WHERE file_name = '/u01/oradata/ORCL/users01.dbf'", finding.Alternative);
        }

        [Fact]
        public void Offline_for_drop_by_number_says_the_data_can_be_lost()
        {
            const string sql = "alter database datafile 7 offline for drop;";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("offline for drop", OneRule.Covered(sql, finding));
            Assert.Contains("datafile 7", finding.Message);
            Assert.Contains("lost", finding.Message);
            Assert.Contains("WHERE file_id = 7;", finding.Alternative);
        }

        [Fact]
        public void Several_files_are_all_named()
        {
            var finding = OneRule.Single(Id, "ALTER DATABASE DATAFILE '/u01/a.dbf', 8 OFFLINE;", SqlDialect.Oracle);
            Assert.Contains("'/u01/a.dbf', 8", finding.Message);
        }

        [Fact]
        public void Move_datafile_is_offered_from_12c_only()
        {
            const string sql = "ALTER DATABASE DATAFILE 4 OFFLINE;";
            Assert.Contains("MOVE DATAFILE 4", OneRule.Single(Id, sql, SqlDialect.Oracle, version: "19c").Alternative);
            Assert.DoesNotContain("MOVE DATAFILE", OneRule.Single(Id, sql, SqlDialect.Oracle, version: "11.2").Alternative);
        }

        [Theory]
        [InlineData("ALTER DATABASE DATAFILE '/u01/a.dbf' ONLINE;")]
        [InlineData("ALTER DATABASE TEMPFILE '/u01/temp01.dbf' OFFLINE;")]
        [InlineData("ALTER DATABASE DATAFILE 4 RESIZE 10G;")]
        [InlineData("ALTER TABLESPACE users OFFLINE NORMAL;")]
        [InlineData("-- ALTER DATABASE DATAFILE 4 OFFLINE;\nSELECT 1 FROM dual;")]
        [InlineData("SELECT q'{ALTER DATABASE DATAFILE 4 OFFLINE}' FROM dual;")]
        [InlineData("BEGIN\n  EXECUTE IMMEDIATE 'ALTER DATABASE DATAFILE 4 OFFLINE';\nEND;\n/")]
        public void Quiet_forms(string sql) => Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
    }
}

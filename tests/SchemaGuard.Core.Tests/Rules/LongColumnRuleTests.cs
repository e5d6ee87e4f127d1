using System.Linq;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class LongColumnRuleTests
    {
        private const string Id = "SG4001";

        [Fact]
        public void Create_table_points_at_the_type_names_table_and_column_and_fixes_it()
        {
            const string sql = "CREATE TABLE documents (\n  id NUMBER PRIMARY KEY,\n  body LONG NOT NULL,\n  scan LONG RAW\n);";
            var findings = OneRule.Lint(Id, sql, SqlDialect.Oracle);
            Assert.Equal(2, findings.Count);
            Assert.Equal("LONG", OneRule.Covered(sql, findings[0]));
            Assert.Equal((3, 8), (findings[0].Start.Line, findings[0].Start.Column));
            Assert.StartsWith("Column body of documents is LONG:", findings[0].Message);
            Assert.Contains("body CLOB NOT NULL", findings[0].Alternative);
            Assert.Equal("LONG RAW", OneRule.Covered(sql, findings[1]));
            Assert.StartsWith("Column scan of documents is LONG RAW:", findings[1].Message);
            Assert.Contains("scan BLOB", findings[1].Alternative);
            Assert.Equal("CREATE TABLE documents (\n  id NUMBER PRIMARY KEY,\n  body CLOB NOT NULL,\n  scan LONG RAW\n);", OneRule.Fixed(sql, findings[0]));
            Assert.Equal("CREATE TABLE documents (\n  id NUMBER PRIMARY KEY,\n  body LONG NOT NULL,\n  scan BLOB\n);", OneRule.Fixed(sql, findings[1]));
        }

        [Fact]
        public void Add_column_alternative_is_the_statement_with_a_lob()
        {
            const string sql = "ALTER TABLE attachments ADD (name VARCHAR2(100), content LONG RAW);";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Contains("\n  ALTER TABLE attachments ADD (name VARCHAR2(100), content BLOB)", finding.Alternative);
            Assert.Equal("ALTER TABLE attachments ADD (name VARCHAR2(100), content BLOB);", OneRule.Fixed(sql, finding));
        }

        [Fact]
        public void Modify_has_no_fix_and_proposes_a_new_lob_column()
        {
            const string sql = "ALTER TABLE documents MODIFY (summary long);";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("long", OneRule.Covered(sql, finding));
            Assert.StartsWith("MODIFY makes column summary of documents a LONG:", finding.Message);
            Assert.Empty(finding.Fix);
            Assert.Contains("ALTER TABLE documents ADD (summary_lob CLOB);", finding.Alternative);
            Assert.Contains("ALTER TABLE documents RENAME COLUMN summary_lob TO summary;", finding.Alternative);
        }

        [Fact]
        public void Mixed_case_keeps_the_users_case_in_the_fix_and_crlf_keeps_positions()
        {
            const string sql = "create table docs (\r\n  id number,\r\n  raw_data Long Raw\r\n);\r\n";
            var finding = OneRule.Single(Id, sql, SqlDialect.Oracle);
            Assert.Equal("Long Raw", OneRule.Covered(sql, finding));
            Assert.Equal((3, 12), (finding.Start.Line, finding.Start.Column));
            Assert.Equal("create table docs (\r\n  id number,\r\n  raw_data BLOB\r\n);\r\n", OneRule.Fixed(sql, finding));

            const string lower = "create table docs (body long);";
            Assert.Equal("create table docs (body clob);", OneRule.Fixed(lower, OneRule.Single(Id, lower, SqlDialect.Oracle)));
        }

        [Theory]
        [InlineData("CREATE TABLE documents (id NUMBER PRIMARY KEY, body CLOB, thumbnail BLOB);")]
        [InlineData("CREATE TABLE documents (long_text VARCHAR2(4000), \"LONG\" NUMBER);")]
        [InlineData("COMMENT ON TABLE documents IS 'replaces the LONG column of the old design';")]
        [InlineData("CREATE TABLE documents (id NUMBER /* was LONG RAW */); -- body LONG")]
        [InlineData("COMMENT ON COLUMN documents.body IS q'[was LONG]';")]
        [InlineData("SELECT CAST(x AS VARCHAR2(10)) FROM documents;")]
        public void Other_types_strings_and_comments_stay_quiet(string sql)
        {
            Assert.Empty(OneRule.Lint(Id, sql, SqlDialect.Oracle));
        }

        [Fact]
        public void Only_oracle_is_checked()
        {
            Assert.Empty(OneRule.Lint(Id, "CREATE TABLE t (body LONG);", SqlDialect.MySql));
        }

        [Fact]
        public void Several_tables_in_one_file_are_each_named()
        {
            const string sql = "CREATE TABLE a (x LONG);\nALTER TABLE b ADD (y LONG RAW);";
            var findings = OneRule.Lint(Id, sql, SqlDialect.Oracle);
            Assert.Equal(new[] { "Column x of a is LONG", "Column y of b is LONG RAW" }, findings.Select(f => f.Message.Substring(0, f.Message.IndexOf(':'))));
        }
    }
}

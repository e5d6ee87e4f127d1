using SchemaGuard.Core.Schema;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class SchemaSourceTests
    {
        [Fact]
        public void From_text_computes_the_line_of_the_span()
        {
            var text = new SourceText("CREATE TABLE t (\r\n  id NUMBER,\r\n  body LONG\r\n);", "db/V3__docs.sql");
            int start = text.Text.IndexOf("body", System.StringComparison.Ordinal);

            SchemaSource source = SchemaSource.FromText(text, new TextSpan(start, 9));

            Assert.Equal(3, source.Line);
            Assert.Equal("V3__docs.sql:3", source.ToString());
            Assert.Equal("db/V3__docs.sql", source.FilePath);
            Assert.False(source.IsSnapshot);
        }

        [Fact]
        public void A_clause_span_keeps_the_file_and_snapshot_mark()
        {
            var statement = new SchemaSource(@"C:\dump\schema.sql", new TextSpan(0, 200), 1, isSnapshot: true);

            SchemaSource clause = statement.WithSpan(new TextSpan(50, 9), 4);

            Assert.True(clause.IsSnapshot);
            Assert.Equal("schema.sql:4", clause.ToString());
            Assert.True(clause.IsInFile("C:/dump/schema.sql"));
        }
    }
}

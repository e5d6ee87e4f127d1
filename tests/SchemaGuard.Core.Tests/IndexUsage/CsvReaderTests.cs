using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.IndexUsage;
using Xunit;

namespace SchemaGuard.Core.Tests.IndexUsage
{
    public class CsvReaderTests
    {
        private static List<string[]> Rows(string text)
        {
            List<CsvRecord> records = CsvReader.Read(text, out string? error, out _);
            Assert.Null(error);
            return records.Select(r => r.Fields.ToArray()).ToList();
        }

        [Fact]
        public void Reads_quoted_fields_with_doubled_quotes_delimiters_and_line_breaks()
        {
            List<string[]> rows = Rows("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n");

            Assert.Equal(2, rows.Count);
            Assert.Equal(new[] { "x,1", "say \"hi\"", "two\r\nlines" }, rows[1]);
        }

        [Fact]
        public void Records_keep_the_line_they_start_on_across_quoted_line_breaks()
        {
            List<CsvRecord> records = CsvReader.Read("h1,h2\n\"a\nb\",1\nc,2\n", out _, out _);

            Assert.Equal(new[] { 1, 2, 4 }, records.Select(r => r.Line).ToArray());
        }

        [Theory]
        [InlineData("a,b\r\n1,2\r\n")]
        [InlineData("a,b\n1,2\n")]
        [InlineData("a,b\r1,2\r")]
        [InlineData("a,b\n1,2")]
        [InlineData("\uFEFFa,b\r\n1,2")]
        public void Any_line_ending_and_a_bom_read_the_same(string text)
        {
            List<string[]> rows = Rows(text);

            Assert.Equal(new[] { new[] { "a", "b" }, new[] { "1", "2" } }, rows);
        }

        [Fact]
        public void Blank_lines_are_skipped_and_empty_fields_kept()
        {
            List<string[]> rows = Rows("a,b\n\n1,\n\r\n,2\n");

            Assert.Equal(new[] { new[] { "a", "b" }, new[] { "1", "" }, new[] { "", "2" } }, rows);
        }

        [Fact]
        public void Spaces_before_an_opening_quote_are_ignored()
        {
            Assert.Equal(new[] { new[] { "a", "b,c", "d" } }, Rows("a, \"b,c\",d\n"));
        }

        [Fact]
        public void A_quoted_empty_field_is_a_record()
        {
            Assert.Equal(new[] { new[] { "" } }, Rows("\"\"\n"));
        }

        [Fact]
        public void Semicolons_are_the_delimiter_when_the_first_line_has_no_comma()
        {
            Assert.Equal(new[] { new[] { "a", "b" }, new[] { "1,5", "2" } }, Rows("a;b\n1,5;2\n"));
            Assert.Equal(new[] { new[] { "a", "b" } }, Rows("a\tb\n"));
        }

        [Fact]
        public void An_unterminated_quote_is_reported_with_its_line_and_earlier_records_are_kept()
        {
            List<CsvRecord> records = CsvReader.Read("a,b\n1,2\n3,\"open\nstill open", out string? error, out int line);

            Assert.Equal(2, records.Count);
            Assert.Equal(3, line);
            Assert.Contains("never closed", error);
        }

        [Fact]
        public void Any_input_ends_without_an_exception()
        {
            var random = new System.Random(4180);
            const string alphabet = "ab,;\t\"\r\n \uFEFF1";
            for (int round = 0; round < 2000; round++)
            {
                var chars = new char[random.Next(0, 40)];
                for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
                string text = new string(chars);

                List<CsvRecord> records = CsvReader.Read(text, out _, out _);
                IndexUsageReadResult result = IndexUsageReader.Read("indexrelname,idx_scan\n" + text, "fuzz.csv");

                Assert.True(records.Count <= text.Length + 1);
                Assert.True(result.Succeeded);
            }
        }
    }
}

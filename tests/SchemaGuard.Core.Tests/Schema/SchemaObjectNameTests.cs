using SchemaGuard.Core.Schema;
using Xunit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class SchemaObjectNameTests
    {
        [Theory]
        [InlineData("ORDERS", null, "ORDERS")]
        [InlineData("SALES.ORDERS", "SALES", "ORDERS")]
        [InlineData("db.dbo.orders", "dbo", "orders")]
        public void Parse_takes_the_last_part_as_name_and_the_one_before_as_schema(string dotted, string? schema, string name)
        {
            SchemaObjectName parsed = SchemaObjectName.Parse(dotted);

            Assert.Equal(schema, parsed.Schema);
            Assert.Equal(name, parsed.Name);
        }

        [Fact]
        public void Names_compare_ordinally_because_they_are_already_normalized()
        {
            Assert.Equal(new SchemaObjectName("HR", "ORDERS"), SchemaObjectName.Parse("HR.ORDERS"));
            Assert.NotEqual(new SchemaObjectName("HR", "ORDERS"), new SchemaObjectName("HR", "orders"));
            Assert.NotEqual(new SchemaObjectName("HR", "ORDERS"), new SchemaObjectName(null, "ORDERS"));
        }

        [Fact]
        public void An_empty_schema_is_no_schema()
        {
            var name = new SchemaObjectName("", "t");

            Assert.False(name.IsQualified);
            Assert.Equal("t", name.ToString());
        }
    }
}

using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class DataTypeTests
    {
        [Theory]
        [InlineData("oracle", "long raw", "LONG RAW", "", false)]
        [InlineData("oracle", "varchar2(20 byte)", "VARCHAR2", "20 BYTE", false)]
        [InlineData("oracle", "number(*, 0)", "NUMBER", "*|0", false)]
        [InlineData("oracle", "number(10, -2)", "NUMBER", "10|-2", false)]
        [InlineData("oracle", "timestamp(3) with local time zone", "TIMESTAMP WITH LOCAL TIME ZONE", "3", false)]
        [InlineData("oracle", "interval day(2) to second(6)", "INTERVAL DAY TO SECOND", "2|6", false)]
        [InlineData("oracle", "national character varying(5)", "NATIONAL CHARACTER VARYING", "5", false)]
        [InlineData("postgresql", "double precision", "DOUBLE PRECISION", "", false)]
        [InlineData("postgresql", "character varying(255)", "CHARACTER VARYING", "255", false)]
        [InlineData("postgresql", "timestamp with time zone", "TIMESTAMP WITH TIME ZONE", "", false)]
        [InlineData("postgresql", "time(0) without time zone", "TIME WITHOUT TIME ZONE", "0", false)]
        [InlineData("postgresql", "bit varying(8)", "BIT VARYING", "8", false)]
        [InlineData("postgresql", "int[]", "INT", "", true)]
        [InlineData("postgresql", "integer ARRAY[4]", "INTEGER", "", true)]
        [InlineData("postgresql", "varchar(10)[][]", "VARCHAR", "10", true)]
        [InlineData("postgresql", "interval", "INTERVAL", "", false)]
        [InlineData("mysql", "enum('a','B')", "ENUM", "'a'|'B'", false)]
        [InlineData("mysql", "decimal(10,2) unsigned zerofill", "DECIMAL", "10|2", false)]
        [InlineData("mysql", "long varchar", "LONG VARCHAR", "", false)]
        [InlineData("sqlserver", "[nvarchar](max)", "NVARCHAR", "MAX", false)]
        [InlineData("sqlserver", "varbinary(MAX)", "VARBINARY", "MAX", false)]
        [InlineData("sqlserver", "datetime2(7)", "DATETIME2", "7", false)]
        public void Built_in_types_are_normalized(string dialectName, string written, string name, string arguments, bool isArray)
        {
            SqlDialect.TryFromName(dialectName, out var dialect);
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE t (c " + written + ")", dialect);

            var type = Assert.Single(create.Columns).DataType!;
            Assert.Equal(name, type.Name);
            Assert.Equal(arguments, string.Join("|", type.Arguments));
            Assert.Equal(isArray, type.IsArray);
            Assert.Null(type.TypeName);
            Assert.Equal(written, script.Text(type));
        }

        [Theory]
        [InlineData("oracle", "cust_address_typ", "CUST_ADDRESS_TYP")]
        [InlineData("oracle", "mdsys.sdo_geometry", "MDSYS.SDO_GEOMETRY")]
        [InlineData("postgresql", "public.mood", "public.mood")]
        [InlineData("sqlserver", "[dbo].[Phone]", "dbo.phone")]
        public void User_defined_types_keep_their_name(string dialectName, string written, string normalized)
        {
            SqlDialect.TryFromName(dialectName, out var dialect);
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE t (c " + written + " NOT NULL)", dialect);

            var column = Assert.Single(create.Columns);
            Assert.Equal(normalized, column.DataType!.TypeName!.Normalized);
            Assert.False(column.IsNullable);
        }
    }
}

using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.Expressions.ExpressionHarness;

namespace SchemaGuard.Sql.Tests.Parsing.Expressions
{
    public class OperandTests
    {
        public static TheoryData<string, string, string> Strings => new TheoryData<string, string, string>
        {
            { "oracle", "'O''Brien'", "O'Brien" },
            { "oracle", "q'[it's]'", "it's" },
            { "oracle", "Q'{a}b}'", "a}b" },
            { "oracle", "N'caf\u00e9'", "caf\u00e9" },
            { "sqlserver", "N'x''y'", "x'y" },
            { "postgresql", "$$a'b$$", "a'b" },
            { "postgresql", "$tag$x$tag$", "x" },
            { "postgresql", @"E'a\'b'", "a'b" },
            { "mysql", @"'a\'b'", "a'b" },
            { "mysql", @"'a\\b'", @"a\b" },
            { "mysql", "\"dq\"", "dq" },
            { "postgresql", @"'a\b'", @"a\b" },
        };

        [Theory]
        [MemberData(nameof(Strings))]
        public void String_literals_are_unquoted(string dialect, string literal, string expected)
        {
            SqlDialect.TryFromName(dialect, out var d);
            var value = Assert.IsType<LiteralExpression>(Value(literal, d, out var script));
            Assert.Equal(LiteralKind.String, value.Kind);
            Assert.Equal(expected, value.Value);
            Assert.Equal(literal, script.Text(value));
        }

        [Theory]
        [InlineData("NULL", LiteralKind.Null, "NULL")]
        [InlineData("true", LiteralKind.Boolean, "TRUE")]
        [InlineData("FALSE", LiteralKind.Boolean, "FALSE")]
        [InlineData("1.5e3", LiteralKind.Number, "1.5e3")]
        [InlineData("0x1F", LiteralKind.Other, "0x1F")]
        public void Keyword_and_number_literals(string text, LiteralKind kind, string value)
        {
            var literal = Assert.IsType<LiteralExpression>(Value(text, SqlDialect.MySql));
            Assert.Equal(kind, literal.Kind);
            Assert.Equal(value, literal.Value);
        }

        [Theory]
        [InlineData("DATE '2020-01-01'", "DATE", "2020-01-01")]
        [InlineData("TIMESTAMP '2020-01-01 10:00:00'", "TIMESTAMP", "2020-01-01 10:00:00")]
        [InlineData("INTERVAL '1' DAY", "INTERVAL", "1")]
        [InlineData("INTERVAL '1-2' YEAR(2) TO MONTH", "INTERVAL", "1-2")]
        public void Typed_literals_keep_their_type_word(string text, string type, string value)
        {
            var literal = Assert.IsType<LiteralExpression>(Value(text, SqlDialect.Oracle, out var script));
            Assert.Equal(LiteralKind.Other, literal.Kind);
            Assert.Equal(type, literal.TypeName);
            Assert.Equal(value, literal.Value);
            Assert.Equal(text, script.Text(literal));
        }

        [Theory]
        [InlineData("oracle", ":x")]
        [InlineData("oracle", ":new.salary")]
        [InlineData("oracle", "&sub")]
        [InlineData("oracle", "&&1")]
        [InlineData("postgresql", "$1")]
        [InlineData("mysql", "?")]
        [InlineData("sqlserver", "@v")]
        [InlineData("sqlserver", "@@ROWCOUNT")]
        public void Parameters_keep_their_text(string dialect, string text)
        {
            SqlDialect.TryFromName(dialect, out var d);
            var parameter = Assert.IsType<ParameterExpression>(Value(text, d, out var script));
            Assert.Equal(text, parameter.Text);
            Assert.Equal(text, script.Text(parameter));
        }

        [Theory]
        [InlineData("oracle", "hr.emp.salary", 3)]
        [InlineData("oracle", "emp_seq.NEXTVAL", 2)]
        [InlineData("oracle", "SYSDATE", 1)]
        [InlineData("postgresql", "CURRENT_TIMESTAMP", 1)]
        [InlineData("sqlserver", "[dbo].[t].[col]", 3)]
        [InlineData("postgresql", "\"Mixed\".col", 2)]
        public void Names_are_name_expressions(string dialect, string text, int parts)
        {
            SqlDialect.TryFromName(dialect, out var d);
            var name = Assert.IsType<NameExpression>(Value(text, d, out var script));
            Assert.Equal(parts, name.Name.Parts.Count);
            Assert.Equal(text, script.Text(name));
        }

        [Fact]
        public void Bracketed_column_is_unquoted()
        {
            var name = Assert.IsType<NameExpression>(Value("[order id]", SqlDialect.SqlServer));
            Assert.Equal("order id", name.Name.Name.Text);
            Assert.True(name.Name.Name.IsQuoted);
        }

        [Fact]
        public void Cast_keeps_operand_type_name_and_type_span()
        {
            var cast = Assert.IsType<CastExpression>(Value("CAST(x AS NUMBER(10, 2))", SqlDialect.Oracle, out var script));
            Assert.Equal(CastSyntax.Cast, cast.Syntax);
            Assert.Equal("x", script.Text(cast.Operand));
            Assert.Equal("NUMBER", cast.TypeName.Name.Text);
            Assert.Equal("NUMBER(10, 2)", script.Text(cast.TypeSpan));
            Assert.Equal("CAST(x AS NUMBER(10, 2))", script.Text(cast));
        }

        [Theory]
        [InlineData("x::int", "int")]
        [InlineData("'a'::character varying", "character varying")]
        [InlineData("now()::timestamp with time zone", "timestamp with time zone")]
        [InlineData("ids::bigint[]", "bigint[]")]
        [InlineData("x::pg_catalog.numeric(10,2)", "pg_catalog.numeric(10,2)")]
        public void Double_colon_casts_read_the_whole_type(string text, string typeText)
        {
            var cast = Assert.IsType<CastExpression>(Value(text, SqlDialect.PostgreSql, out var script));
            Assert.Equal(CastSyntax.DoubleColon, cast.Syntax);
            Assert.Equal(typeText, script.Text(cast.TypeSpan));
            Assert.Equal(text, script.Text(cast));
        }

        [Fact]
        public void Casts_chain_left_to_right()
        {
            var outer = Assert.IsType<CastExpression>(Value("'1'::text::int", SqlDialect.PostgreSql, out var script));
            Assert.Equal("int", outer.TypeName.Name.Text);
            Assert.Equal("'1'::text", script.Text(Assert.IsType<CastExpression>(outer.Operand)));
        }

        [Fact]
        public void Try_cast_is_a_cast()
        {
            var cast = Assert.IsType<CastExpression>(Value("TRY_CAST(@v AS DATETIME2(3))", SqlDialect.SqlServer));
            Assert.Equal(CastSyntax.TryCast, cast.Syntax);
            Assert.Equal("DATETIME2", cast.TypeName.Name.Text);
        }

        [Fact]
        public void Oracle_outer_join_marker_is_a_postfix_unary()
        {
            var equal = Assert.IsType<BinaryExpression>(Where("e.dept_id = d.id(+)", SqlDialect.Oracle, out var script));
            var marker = Assert.IsType<UnaryExpression>(equal.Right);
            Assert.Equal(UnaryOperator.OuterJoin, marker.Operator);
            Assert.Equal("(+)", script.Text(marker.OperatorSpan));
            Assert.Equal("d.id", script.Text(marker.Operand));
            Assert.Equal("d.id(+)", script.Text(marker));
        }

        [Fact]
        public void Searched_case_keeps_its_branches()
        {
            var @case = Assert.IsType<CaseExpression>(Value("CASE WHEN a > 1 THEN 'x' WHEN a IS NULL THEN NULL ELSE 'y' END", SqlDialect.PostgreSql, out var script));
            Assert.Null(@case.Operand);
            Assert.Equal(2, @case.WhenClauses.Count);
            Assert.Equal("WHEN a > 1 THEN 'x'", script.Text(@case.WhenClauses[0]));
            Assert.Equal("'y'", script.Text(@case.ElseResult!));
        }

        [Fact]
        public void Simple_case_has_an_operand()
        {
            var @case = Assert.IsType<CaseExpression>(Value("CASE status WHEN 'A' THEN 1 END", SqlDialect.Oracle, out var script));
            Assert.Equal("status", script.Text(@case.Operand!));
            Assert.Single(@case.WhenClauses);
            Assert.Null(@case.ElseResult);
        }

        [Fact]
        public void Array_constructor_and_subscripts()
        {
            var subscript = Assert.IsType<SubscriptExpression>(Value("(ARRAY[1, 2, 3])[2:3]", SqlDialect.PostgreSql, out var script));
            Assert.Equal("3", script.Text(subscript.UpperBound!));
            var array = Assert.IsType<ArrayExpression>(Assert.IsType<ParenthesizedExpression>(subscript.Target).Inner);
            Assert.Equal(3, array.Elements.Count);
        }

        [Fact]
        public void At_time_zone_is_an_other_binary()
        {
            var at = Assert.IsType<BinaryExpression>(Value("created_at AT TIME ZONE 'UTC'", SqlDialect.PostgreSql, out var script));
            Assert.Equal(BinaryOperator.Other, at.Operator);
            Assert.Equal("AT TIME ZONE", script.Text(at.OperatorSpan));
        }

        [Fact]
        public void Mysql_interval_arithmetic()
        {
            var sub = Assert.IsType<BinaryExpression>(Value("NOW() - INTERVAL 7 DAY", SqlDialect.MySql, out var script));
            var interval = Assert.IsType<UnaryExpression>(sub.Right);
            Assert.Equal("INTERVAL 7 DAY", script.Text(interval));
            Assert.Equal("7", script.Text(interval.Operand));
        }

        [Fact]
        public void Sql_server_next_value_for()
        {
            var next = Assert.IsType<UnaryExpression>(Value("NEXT VALUE FOR dbo.order_seq", SqlDialect.SqlServer, out var script));
            Assert.Equal("NEXT VALUE FOR", script.Text(next.OperatorSpan));
            Assert.Equal("dbo.order_seq", script.Text(next.Operand));
        }

        [Fact]
        public void Plsql_cursor_attribute_is_a_member()
        {
            var equal = Assert.IsType<BinaryExpression>(Where("SQL%ROWCOUNT = 0", SqlDialect.Oracle, out var script));
            var attribute = Assert.IsType<MemberAccessExpression>(equal.Left);
            Assert.True(attribute.IsAttribute);
            Assert.Equal("ROWCOUNT", attribute.Member.Text);
            Assert.Equal("SQL%ROWCOUNT", script.Text(attribute));
        }

        [Fact]
        public void Mysql_charset_introducer_is_a_string_with_a_type()
        {
            var literal = Assert.IsType<LiteralExpression>(Value("_utf8mb4'abc'", SqlDialect.MySql));
            Assert.Equal(LiteralKind.String, literal.Kind);
            Assert.Equal("abc", literal.Value);
            Assert.Equal("_UTF8MB4", literal.TypeName);
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using Xunit;
using static SchemaGuard.Sql.Tests.Lexing.LexAssert;

namespace SchemaGuard.Sql.Tests.Lexing
{
    public class SqlServerLexerTests
    {
        private static readonly SqlDialect SqlServer = SqlDialect.SqlServer;

        [Fact]
        public void Brackets_quote_identifiers_with_doubled_closing_brackets()
        {
            var (tokens, diagnostics) = Lex("[bracketed]]identifiers].[a b;c] [[x]", SqlServer);
            Assert.Empty(diagnostics);
            Assert.Equal(
                new[] { (SyntaxKind.QuotedIdentifier, "[bracketed]]identifiers]"), (SyntaxKind.Dot, "."), (SyntaxKind.QuotedIdentifier, "[a b;c]"), (SyntaxKind.QuotedIdentifier, "[[x]") },
                Pairs(tokens));
        }

        [Fact]
        public void Variables_temp_tables_and_national_strings()
        {
            var (tokens, _) = Lex("SELECT @v, @@ROWCOUNT, N'it''s' INTO #temp FROM ##global", SqlServer);
            Assert.Equal(
                new[]
                {
                    "Word:SELECT", "Parameter:@v", "Comma:,", "Parameter:@@ROWCOUNT", "Comma:,", "StringLiteral:N'it''s'",
                    "Word:INTO", "Word:#temp", "Word:FROM", "Word:##global",
                },
                Pairs(tokens).Select(p => p.Kind + ":" + p.Text));
            Assert.True(tokens[5].Has(TokenFlags.National));
        }

        [Fact]
        public void Sqlcmd_scripting_variables_are_one_token()
        {
            var (tokens, diagnostics) = Lex("CREATE TABLE $(Schema).t (a INT DEFAULT $(Default_1)) $( x) $(", SqlServer);
            Assert.Empty(diagnostics);
            Assert.Equal(
                new[]
                {
                    "Word:CREATE", "Word:TABLE", "SubstitutionVariable:$(Schema)", "Dot:.", "Word:t", "OpenParen:(", "Word:a", "Word:INT",
                    "Word:DEFAULT", "SubstitutionVariable:$(Default_1)", "CloseParen:)", "Operator:$", "OpenParen:(", "Word:x", "CloseParen:)",
                    "Operator:$", "OpenParen:(",
                },
                Pairs(tokens).Select(p => p.Kind + ":" + p.Text));

            var (oracle, _) = Lex("$(Schema)", SqlDialect.Oracle);
            Assert.NotEqual(SyntaxKind.SubstitutionVariable, oracle[0].Kind);
        }

        [Fact]
        public void Block_comments_nest()
        {
            const string text = "a /* outer /* inner */ still outer */ b";
            var (tokens, diagnostics) = Lex(text, SqlServer);
            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "a", "b" }, Pairs(tokens).Select(p => p.Text));
        }

        [Fact]
        public void Double_quotes_quote_identifiers_and_backslashes_are_plain()
        {
            var (tokens, _) = Lex("\"a\"\"b\" 'c\\'", SqlServer);
            Assert.Equal(new[] { (SyntaxKind.QuotedIdentifier, "\"a\"\"b\""), (SyntaxKind.StringLiteral, "'c\\'") }, Pairs(tokens));
        }

        [Fact]
        public void Scope_qualifier_and_binary_literals()
        {
            var (tokens, _) = Lex("SCHEMA::dbo 0x0A", SqlServer);
            Assert.Equal(new[] { "Word:SCHEMA", "DoubleColon:::", "Word:dbo", "NumericLiteral:0x0A" }, Pairs(tokens).Select(p => p.Kind + ":" + p.Text));
        }
    }
}

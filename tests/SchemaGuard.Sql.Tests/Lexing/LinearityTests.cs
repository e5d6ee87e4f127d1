using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Sql.Tests.Lexing
{
    /// <summary>
    /// The lexer's work is linear in the text even when every line opens something it never closes, measured by the
    /// characters its closer searches walk (not by time). Searching from each opener to the end of the text, the naive
    /// way, would walk about lines * length / 2 characters here: hundreds of times the bound asserted.
    /// </summary>
    public class LinearityTests
    {
        public static TheoryData<string, string, string> HostileLines => new TheoryData<string, string, string>
        {
            { "mysql", "'", "\\'" },
            { "mysql", "\"", "\\\"" },
            { "postgresql", "E'", "\\'" },
            { "oracle", "'", "x" },
            { "oracle", "\"", "x" },
            { "oracle", "/*", "/*" },
            { "oracle", "q'[", "q'[" },
            { "oracle", "q'#", "q'{0}" },
            { "postgresql", "/*", "/*" },
            { "postgresql", "$a$", "$a$" },
            { "postgresql", "$a$", "$t{0}$" },
            { "postgresql", "'", "x" },
            { "sqlserver", "[", "[" },
            { "sqlserver", "/*", "/* */ /*" },
            { "mysql", "`", "`x`" },
        };

        [Theory]
        [MemberData(nameof(HostileLines))]
        public void Lines_that_each_open_something_never_closed(string name, string first, string line)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            const int lines = 20_000;
            var sb = new StringBuilder(first).Append('\n');
            var distinct = "abcdefghijklmnopqrstuvwxyz0123456789";
            for (int i = 0; i < lines; i++)
            {
                // "{0}" varies the delimiter or tag from line to line.
                string tag = distinct[i % distinct.Length].ToString() + (i / distinct.Length);
                sb.Append(line.Replace("{0}", line.StartsWith("q'") ? distinct[i % distinct.Length].ToString() : tag)).Append('\n');
            }

            string text = sb.ToString();
            var diagnostics = new DiagnosticBag();
            var lexer = new Lexer(new SourceText(text), dialect, diagnostics, new List<SyntaxTrivia>());
            int tokens = 0;
            while (lexer.NextToken().Kind != SyntaxKind.EndOfFile) tokens++;

            Assert.NotEmpty(diagnostics);
            Assert.True(lexer.SearchWork <= 8L * text.Length, "walked " + lexer.SearchWork + " for " + text.Length + " characters");
            Assert.True(tokens < text.Length);
        }

        [Fact]
        public void Successful_searches_walk_only_what_their_tokens_consume()
        {
            string text = string.Concat(Enumerable.Repeat("'a''b' \"c\" /* d /* e */ */ $t$ f $t$ q'[g]' ", 5_000));
            var lexer = new Lexer(new SourceText(text), SqlDialect.PostgreSql, new DiagnosticBag(), new List<SyntaxTrivia>());
            while (lexer.NextToken().Kind != SyntaxKind.EndOfFile) { }
            Assert.True(lexer.SearchWork <= text.Length);
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Splitting
{
    /// <summary>The parser reads the splitter's ranges: client commands keep their text, nothing becomes an unknown statement.</summary>
    public class ScriptParseTests
    {
        [Fact]
        public void Sqlplus_commands_become_client_command_statements_with_their_text()
        {
            const string text =
                "PROMPT Don't stop\n@@install.sql 'a b'\nset echo on;\nrem x\n$ del f\n" +
                "create table t (id number);\n/\nbegin null; end;\n/\n/\nexit";
            var script = SqlScript.Parse(text, SqlDialect.Oracle);
            Assert.DoesNotContain(script.Diagnostics, d => d.Id == "SG9001");
            Assert.DoesNotContain(script.Statements, s => s.Kind == StatementKind.Unknown);

            var commands = script.Statements.OfType<ClientCommandStatement>().Select(c => c.Command + "|" + c.Argument).ToArray();
            Assert.Equal(new[] { "PROMPT|Don't stop", "@@|install.sql 'a b'", "SET|echo on", "REM|x", "$|del f", "EXIT|" }, commands);
            Assert.Equal(8, script.Statements.Count);

            var set = script.Statements[2];
            Assert.Equal(";", script.Tokens.GetText(set.TerminatorTokenIndex));
            Assert.Equal("set echo on", script.Source.GetText(set.Span));
        }

        [Fact]
        public void Batch_separators_delimiters_and_meta_commands_keep_their_arguments()
        {
            var go = SqlScript.Parse("SELECT 1\nGO 5\n", SqlDialect.SqlServer).Statements.OfType<ClientCommandStatement>().Single();
            Assert.Equal("GO|5", go.Command + "|" + go.Argument);

            var delimiter = SqlScript.Parse("DELIMITER $$\nSELECT 1$$\n", SqlDialect.MySql).Statements.OfType<ClientCommandStatement>().Single();
            Assert.Equal("DELIMITER|$$", delimiter.Command + "|" + delimiter.Argument);

            var meta = SqlScript.Parse("\\set ON_ERROR_STOP on\nSELECT 1;", SqlDialect.PostgreSql).Statements.OfType<ClientCommandStatement>().Single();
            Assert.Equal("\\|set ON_ERROR_STOP on", meta.Command + "|" + meta.Argument);
        }
    }
}

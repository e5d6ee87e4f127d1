using System;
using System.Linq;
using System.Text;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Text;
using Xunit;
using static SchemaGuard.Sql.Tests.Splitting.SplitAssert;

namespace SchemaGuard.Sql.Tests.Splitting
{
    /// <summary>The splitter never throws, never hangs and keeps its invariants on any input.</summary>
    public class SplitterRobustnessTests
    {
        public static TheoryData<string> Dialects => new TheoryData<string> { "oracle", "postgresql", "mysql", "mariadb", "sqlserver" };

        /// <summary>Pieces that switch the lexer and splitter between their states, mixed at random.</summary>
        private static readonly string[] Pieces =
        {
            "'", "\"", "`", "[", "]", "$$", "$a$", "$1", "q'[", "]'", "nq'!", "N'", "E'", "U&'", "X'", "b'", "\\", "\\'", "''",
            "/*", "*/", "/*!", "/*+", "--", "-- ", "#", ";", ";;", "/", "\n/\n", ".", "\n.\n", "\n", "\r\n", "\r", " ", "\t",
            "-\n", " -\n", "(", ")", "@", "@@", "&", "&&x.", ":", "::", "!", "$", "\u00a0", "\uFEFF", "\0", "\ud800", "\udc00",
            "\ud83d\ude00", "\u00e9", "GO", "go 5", "BEGIN", "END", "CASE", "ATOMIC", "DECLARE", "CREATE", "OR", "REPLACE",
            "PROCEDURE", "FUNCTION", "PACKAGE", "BODY", "TRIGGER", "TYPE", "WITH", "ALTER", "PROC", "DELIMITER", "DELIMITER $$",
            "DELIMITER ;", "SET", "TRANSACTION", "PROMPT", "REM", "EXEC", "SHUTDOWN", "COPY", "FROM", "STDIN", "\\.", "x", "1",
            "0x1F", "0b01", "1e5", ":r", "!!", "SELECT", "<<", ">>", "=>", "||",
        };

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Random_mixes_of_lexical_pieces_split_with_all_invariants(string name)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            var random = new Random(12345 + name.Length);
            for (int round = 0; round < 400; round++)
            {
                var sb = new StringBuilder();
                int count = random.Next(1, 60);
                for (int i = 0; i < count; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
                Split(sb.ToString(), dialect);
            }
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Random_bytes_decode_and_split_with_all_invariants(string name)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            var random = new Random(777 + name.Length);
            for (int round = 0; round < 200; round++)
            {
                var bytes = new byte[random.Next(0, 400)];
                random.NextBytes(bytes);
                var diagnostics = new DiagnosticBag();
                var source = SourceText.FromBytes(bytes, "random.sql", diagnostics);
                Split(source.Text, dialect);
            }
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Every_prefix_of_a_realistic_script_splits_with_all_invariants(string name)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            foreach (string script in new[] { OracleScript, SqlServerScript, MySqlScript, PostgreSqlScript })
            {
                for (int length = 0; length <= script.Length; length++) Split(script.Substring(0, length), dialect);
            }
        }

        [Fact]
        public void Every_prefix_splits_into_a_prefix_of_the_whole_scripts_statements()
        {
            // Cutting a script never changes how the statements before the cut were split.
            var whole = Describe(OracleScript, SqlDialect.Oracle);
            int lineEnd = -1;
            while ((lineEnd = OracleScript.IndexOf('\n', lineEnd + 1)) >= 0)
            {
                var prefix = Describe(OracleScript.Substring(0, lineEnd + 1), SqlDialect.Oracle);
                int stable = Math.Max(0, prefix.Length - 1);
                Assert.Equal(whole.Take(stable), prefix.Take(stable));
            }
        }

        [Theory]
        [InlineData("oracle")]
        [InlineData("postgresql")]
        [InlineData("sqlserver")]
        public void A_megabyte_of_open_parentheses_is_split_without_trouble(string name)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            string text = new string('(', 1 << 20);
            var (tokens, ranges) = new ScriptSplitter(new SourceText(text), dialect, new DiagnosticBag()).Split();
            Assert.Equal((1 << 20) + 1, tokens.Count);
            var range = Assert.Single(ranges);
            Assert.Equal(1 << 20, range.EndToken);
        }

        [Theory]
        [MemberData(nameof(Dialects))]
        public void Odd_characters_and_line_ends_keep_the_invariants(string name)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            Split("select\0 1;\r\rselect \ud800 2;\uFEFFselect\u2028 3;\r\n\u0085x;", dialect);
            Split(new string('x', 200_000) + ";\n" + new string(' ', 100_000) + "y;", dialect);
            Split(string.Concat(Enumerable.Repeat("a;\r", 10_000)), dialect);
        }

        internal const string OracleScript =
            "/* header */\n@@define_params.sql\nset serveroutput on\nprompt Don't stop\nrem it's\n" +
            "create table t (id number, q varchar2(10) default q'[it's]');\n" +
            "create or replace package body p as\n  procedure x is begin y := a\n / b; end;\nend p;\n/\n" +
            "exec p.x( -\n 1)\nbegin null; end;\n/\n/\nselect &&owner..t from dual\n/\n$ del x\nset transaction read only;\nexit;\n";

        internal const string SqlServerScript =
            ":setvar s dbo\nCREATE TABLE [$(s)].[t]]x] (id int, n nvarchar(10) DEFAULT N'a;b')\nGO\n" +
            "CREATE PROCEDURE p AS BEGIN SELECT 1; /* nested /* ; */ */ SELECT 2; END\nGO 2\nINSERT INTO #tmp VALUES (@v);\n";

        internal const string MySqlScript =
            "/*!40101 SET NAMES utf8 */;\nDELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN\n" +
            "  SET @a = 'it\\'s'; # comment $$\nEND$$\nDELIMITER ;\nSELECT `a``b`, 1--1, X'FF', b'01' FROM t; -- done\n";

        internal const string PostgreSqlScript =
            "\\set ON_ERROR_STOP on\nCREATE FUNCTION f() RETURNS int AS $fn$ SELECT $$;$$; $fn$ LANGUAGE sql;\n" +
            "CREATE PROCEDURE p() BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END;\nCOPY t FROM stdin;\na\t'b\n\\.\n" +
            "SELECT E'x\\'y', U&'\\0061', $1::text /* /* */ */;\n";
    }
}

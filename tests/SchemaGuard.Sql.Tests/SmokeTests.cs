using System.Linq;
using System.Text;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void Round_trips_and_splits_a_small_script()
        {
            const string text = "-- hi\nCREATE TABLE t (id NUMBER);\nDELETE FROM t /* x */;\nfoo bar;\n";
            var script = SqlScript.Parse(text, SqlDialect.Oracle);
            var sb = new StringBuilder();
            for (int i = 0; i < script.Tokens.Count; i++)
            {
                foreach (var trivia in script.Tokens.GetLeadingTrivia(i)) sb.Append(text, trivia.Start, trivia.Length);
                sb.Append(script.Tokens.GetText(i));
            }

            Assert.Equal(text, sb.ToString());
            Assert.Equal(3, script.Statements.Count);
            Assert.Equal(StatementKind.Unknown, script.Statements[2].Kind);
            Assert.Single(script.Diagnostics, d => d.Id == "SG9001");
        }
    }
}

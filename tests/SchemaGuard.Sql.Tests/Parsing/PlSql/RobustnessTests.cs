using System;
using System.IO;
using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Splitting;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.PlSql
{
    /// <summary>The procedural and administrative parsers never throw, whatever prefix of real input they are given.</summary>
    public class RobustnessTests
    {
        public static TheoryData<string, string> Fixtures()
        {
            var data = new TheoryData<string, string>();
            foreach (var (dialect, file) in new[]
            {
                ("oracle", "oracle/ok/plsql.sql"), ("oracle", "oracle/ok/admin.sql"), ("oracle", "oracle/ok/materialized_views.sql"),
                ("oracle", "oracle/err/plsql.sql"), ("postgresql", "postgresql/ok/procedural.sql"), ("postgresql", "postgresql/ok/session.sql"),
                ("mysql", "mysql/ok/procedural.sql"), ("mysql", "mysql/ok/session.sql"), ("sqlserver", "sqlserver/ok/procedural.sql"),
                ("sqlserver", "sqlserver/ok/session.sql"),
            })
            {
                data.Add(dialect, file);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void Every_prefix_parses_as_one_unit_and_as_a_script(string dialectName, string file)
        {
            Assert.True(SqlDialect.TryFromName(dialectName, out var dialect));
            string text = File.ReadAllText(Path.Combine(FindFixtures(), file));
            for (int length = 0; length <= text.Length; length++)
            {
                string prefix = text.Substring(0, length);
                var unit = ParsedUnit.Parse(prefix, dialect, StatementRangeKind.PlSqlUnit);
                foreach (var statement in unit.Statements)
                {
                    Assert.True(statement.Span.End <= prefix.Length);
                    AssertNested(statement, prefix);
                }

                if (length % 5 == 0) SqlScript.Parse(prefix, dialect);
            }
        }

        private static void AssertNested(SchemaGuard.Sql.Syntax.SyntaxNode node, string prefix)
        {
            foreach (var child in node.ChildNodes())
            {
                Assert.True(
                    node.Span.Contains(child.Span),
                    child.GetType().Name + " " + child.Span + " outside " + node.GetType().Name + " " + node.Span + " at length " + prefix.Length);
                AssertNested(child, prefix);
            }
        }

        private static string FindFixtures()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "SchemaGuard.Sql.Tests", "Fixtures")))
            {
                directory = directory.Parent;
            }

            Assert.NotNull(directory);
            return Path.Combine(directory!.FullName, "tests", "SchemaGuard.Sql.Tests", "Fixtures");
        }
    }
}

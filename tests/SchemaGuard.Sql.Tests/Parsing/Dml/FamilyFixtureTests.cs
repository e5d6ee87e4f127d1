using System;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Dml
{
    /// <summary>
    /// The index, DML and expression fixtures read as their folder says: every <c>ok</c> statement cleanly, every
    /// <c>err</c> statement with a diagnostic of its own, and no input, or prefix of it, throws.
    /// </summary>
    public class FamilyFixtureTests
    {
        public static TheoryData<string, string> OkFiles => Files("ok", "indexes.sql", "dml.sql", "expressions.sql");

        public static TheoryData<string, string> ErrFiles => Files("err", "indexes.sql", "dml.sql");

        [Theory]
        [MemberData(nameof(OkFiles))]
        public void Ok_fixture_reads_cleanly(string dialect, string path)
        {
            SqlDialect.TryFromName(dialect, out var d);
            var script = SqlScript.ParseFile(File.ReadAllBytes(path), path, d);
            Assert.True(script.Diagnostics.Count == 0, Describe(script));
            Assert.All(script.Statements, s => Assert.False(s.IsPartial, "partial: " + script.Source.GetText(s.Span)));
            Assert.All(script.Statements, s => Assert.IsNotType<OtherStatement>(s));
        }

        [Theory]
        [MemberData(nameof(ErrFiles))]
        public void Err_fixture_reports_every_statement(string dialect, string path)
        {
            SqlDialect.TryFromName(dialect, out var d);
            var script = SqlScript.ParseFile(File.ReadAllBytes(path), path, d);
            // A statement owns the diagnostics from its start to the next statement's (errors at "the end of the
            // statement" sit on its terminator).
            for (int i = 0; i < script.Statements.Count; i++)
            {
                var span = script.Statements[i].Span;
                int next = i + 1 < script.Statements.Count ? script.Statements[i + 1].Span.Start : script.Source.Length + 1;
                Assert.True(
                    script.Diagnostics.Any(x => x.Span.Start >= span.Start && x.Span.Start < next),
                    "no diagnostic for: " + script.Source.GetText(span));
            }
        }

        [Theory]
        [MemberData(nameof(OkFiles))]
        [MemberData(nameof(ErrFiles))]
        public void Node_spans_nest_inside_their_parents(string dialect, string path)
        {
            SqlDialect.TryFromName(dialect, out var d);
            var script = SqlScript.ParseFile(File.ReadAllBytes(path), path, d);
            foreach (var statement in script.Statements) AssertNested(script, statement);
        }

        [Theory]
        [MemberData(nameof(OkFiles))]
        [MemberData(nameof(ErrFiles))]
        public void Every_prefix_and_every_dropped_token_parses_without_exception(string dialect, string path)
        {
            SqlDialect.TryFromName(dialect, out var d);
            string text = File.ReadAllText(path);
            for (int i = 0; i <= text.Length; i += 3)
            {
                var script = SqlScript.Parse(text.Substring(0, i), d);
                foreach (var statement in script.Statements) AssertNested(script, statement);
            }

            var tokens = SqlScript.Parse(text, d).Tokens;
            for (int t = 0; t < tokens.Count - 1; t++)
            {
                var token = tokens[t];
                string without = text.Substring(0, token.Start) + text.Substring(token.End);
                var script = SqlScript.Parse(without, d);
                foreach (var statement in script.Statements) AssertNested(script, statement);
            }
        }

        private static void AssertNested(SqlScript script, SyntaxNode parent)
        {
            foreach (var child in parent.ChildNodes())
            {
                Assert.True(
                    parent.Span.Contains(child.Span),
                    child.GetType().Name + " " + child.Span + " outside " + parent.GetType().Name + " " + parent.Span + " in: " +
                    script.Source.GetText(parent.Span));
                AssertNested(script, child);
            }
        }

        private static TheoryData<string, string> Files(string folder, params string[] names)
        {
            var data = new TheoryData<string, string>();
            foreach (var dialect in new[] { "oracle", "postgresql", "mysql", "sqlserver" })
            {
                foreach (var name in names) data.Add(dialect, Path.Combine(FixtureRoot(), dialect, folder, name));
            }

            return data;
        }

        private static string FixtureRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SchemaGuard.sln"))) dir = dir.Parent;
            Assert.NotNull(dir);
            return Path.Combine(dir!.FullName, "tests", "SchemaGuard.Sql.Tests", "Fixtures");
        }

        private static string Describe(SqlScript script)
        {
            var sb = new StringBuilder();
            foreach (var diagnostic in script.Diagnostics)
            {
                var position = script.Source.GetPosition(diagnostic.Span.Start);
                sb.Append(position.Line).Append(": ").Append(diagnostic.Id).Append(' ').AppendLine(diagnostic.Message);
            }

            return sb.ToString();
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGuard.Sql.Tests.Infrastructure;
using Xunit;

namespace SchemaGuard.Sql.Tests.Conventions
{
    /// <summary>
    /// The front end asks dialects about capabilities, never which dialect they are, and nothing in SchemaGuard reads
    /// text with regular expressions. These tests read the C# sources from the source tree.
    /// </summary>
    public class ConventionTests
    {
        private static readonly string[] FrontEndFolders = { "Lexing", "Splitting", "Parsing" };

        [Fact]
        public void Lexer_splitter_and_parser_never_ask_which_dialect_they_read()
        {
            var violations = new List<Violation>();
            foreach (var folder in FrontEndFolders)
            {
                var files = SourceFiles(Path.Combine(RepoPaths.SqlSources, folder));
                Assert.True(files.Count > 0, "No C# sources found under src/SchemaGuard.Sql/" + folder + "; the scan would prove nothing.");
                foreach (var file in files)
                {
                    violations.AddRange(ConventionScanner.FindDialectIdentityChecks(File.ReadAllText(file), Relative(file)));
                }
            }

            Assert.True(violations.Count == 0, "Dialect identity checks in the front end:\n" + string.Join("\n", violations));
        }

        [Fact]
        public void No_source_uses_regular_expressions()
        {
            var files = SourceFiles(RepoPaths.Sources);
            Assert.True(files.Count > 0, "No C# sources found under src/.");
            var violations = files.SelectMany(f => ConventionScanner.FindRegexUse(File.ReadAllText(f), Relative(f))).ToList();
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }

        [Theory]
        [InlineData("if (_dialect == SqlDialect.Oracle) return;")]
        [InlineData("bool pg = dialect.Equals(SqlDialect.PostgreSql);")]
        [InlineData("var d = SqlDialect.MySql;")]
        [InlineData("case var x when x == SqlDialect.MariaDb:")]
        [InlineData("if (ReferenceEquals(_dialect, SqlDialect.SqlServer)) { }")]
        [InlineData("if (_dialect.Name == \"oracle\") { }")]
        [InlineData("if (d.Name!=\"mysql\") { }")]
        [InlineData("switch (_dialect.Name) { }")]
        [InlineData("if (Dialect.Name.Length > 0) { }")]
        [InlineData("if (name.Name.Equals(\"oracle\")) { }")]
        public void Scanner_flags_dialect_identity_checks(string line)
        {
            string code = "namespace X\n{\n    // a comment\n    " + line + "\n}\n";
            var violations = ConventionScanner.FindDialectIdentityChecks(code, "Sample.cs");
            var violation = Assert.Single(violations);
            Assert.Equal(4, violation.Line);
        }

        [Theory]
        [InlineData("if (_dialect.SupportsDollarQuotedStrings) return;")]
        [InlineData("// Oracle only: SqlDialect.Oracle answers true here")]
        [InlineData("/// <see cref=\"SqlDialect.Oracle\"/> folds to upper case")]
        [InlineData("/* dialect.Name == \"oracle\" */ int x = 1;")]
        [InlineData("ReportSyntaxError(\"SqlDialect.Oracle is not asked\", span);")]
        [InlineData("var s = @\"dialect.Name == \"\"x\"\"\";")]
        [InlineData("var n = column.NameSpan; var m = node.Names;")]
        public void Scanner_passes_capability_checks_comments_and_strings(string line)
        {
            Assert.Empty(ConventionScanner.FindDialectIdentityChecks("class X\n{\n    " + line + "\n}\n", "Sample.cs"));
        }

        [Fact]
        public void Scanner_flags_regular_expressions_outside_comments()
        {
            const string code = "using System;\nusing System.Text.RegularExpressions;\n// System.Text.RegularExpressions in a comment\nvar r = new System.Text.RegularExpressions.Regex(\"a\");\n";
            var lines = ConventionScanner.FindRegexUse(code, "Sample.cs").Select(v => v.Line);
            Assert.Equal(new[] { 2, 4 }, lines);
        }

        private static List<string> SourceFiles(string folder) =>
            Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                    .Where(f => !IsBuildOutput(f))
                    .OrderBy(f => f, System.StringComparer.Ordinal)
                    .ToList()
                : new List<string>();

        private static bool IsBuildOutput(string path)
        {
            string p = path.Replace('\\', '/');
            return p.Contains("/obj/") || p.Contains("/bin/");
        }

        private static string Relative(string path) => Path.GetRelativePath(RepoPaths.RepositoryRoot, path).Replace('\\', '/');
    }
}

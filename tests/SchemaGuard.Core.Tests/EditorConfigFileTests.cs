using System.Linq;
using SchemaGuard.Core.Settings.EditorConfig;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    public class EditorConfigFileTests
    {
        [Fact]
        public void Reads_sections_properties_and_comments()
        {
            const string text =
                "# top comment\n" +
                "root = true\n" +
                "\n" +
                "[*.sql]   # trailing comment\n" +
                "  SchemaGuard.Dialect = PostgreSQL\n" +
                "; another comment\n" +
                "schemaguard.target_version: 14 # with a comment\n" +
                "dotnet_diagnostic.SG1005.severity = error;also comment\n" +
                "indent_style = SPACE\n" +
                "empty =\n" +
                "this line is not a property\n" +
                "[db/**.sql]\n" +
                "x = unset\n" +
                "X = Unset\n";
            var file = EditorConfigFile.Parse(text, "/repo/.editorconfig");
            Assert.True(file.IsRoot);
            Assert.Equal("/repo", file.Directory);
            Assert.Equal(2, file.Sections.Count);

            var sql = file.Sections[0];
            Assert.Equal("*.sql", sql.Name);
            Assert.Equal(4, sql.Line);
            Assert.Equal(
                new[] { "schemaguard.dialect = PostgreSQL", "schemaguard.target_version = 14", "dotnet_diagnostic.sg1005.severity = error", "indent_style = space", "empty = " },
                sql.Properties.Select(p => p.ToString()));
            Assert.Equal(5, sql.Properties[0].Line);
            Assert.Equal("PostgreSQL", text.Substring(sql.Properties[0].ValueSpan.Start, sql.Properties[0].ValueSpan.Length));
            Assert.Equal("SchemaGuard.Dialect", text.Substring(sql.Properties[0].KeySpan.Start, sql.Properties[0].KeySpan.Length));
            Assert.True(sql.Properties[4].ValueSpan.IsEmpty);

            var db = file.Sections[1];
            Assert.Equal(new[] { "unset", "unset" }, db.Properties.Select(p => p.Value));
            Assert.Equal("x", db.Properties[1].Key);
        }

        [Theory]
        [InlineData("[*.sql]", "*.sql")]
        [InlineData("  [*.sql]  ", "*.sql")]
        [InlineData("[*.sql] ; comment", "*.sql")]
        [InlineData("[a]b]", "a]b")]
        [InlineData("[a\\#b]", "a\\#b")]
        [InlineData("[a\\;b] # c", "a\\;b")]
        public void Section_headers(string line, string name)
        {
            var file = EditorConfigFile.Parse(line + "\nk = v\n", "/r/.editorconfig");
            Assert.Equal(name, Assert.Single(file.Sections).Name);
        }

        [Theory]
        [InlineData("[]")]
        [InlineData("[a] x")]
        [InlineData("[a#b]")]
        [InlineData("[a")]
        public void Lines_that_are_not_section_headers(string line)
        {
            var file = EditorConfigFile.Parse(line + "\n", "/r/.editorconfig");
            Assert.Empty(file.Sections);
        }

        [Fact]
        public void Root_must_be_in_the_preamble_and_true()
        {
            Assert.False(EditorConfigFile.Parse("[*]\nroot = true\n", "/r/.editorconfig").IsRoot);
            Assert.False(EditorConfigFile.Parse("root = false\n", "/r/.editorconfig").IsRoot);
            Assert.True(EditorConfigFile.Parse("ROOT = TRUE\n", "/r/.editorconfig").IsRoot);
            Assert.False(EditorConfigFile.Parse("root = true\nroot = false\n", "/r/.editorconfig").IsRoot);
        }

        [Fact]
        public void Crlf_and_cr_line_ends()
        {
            var file = EditorConfigFile.Parse("root = true\r\n[*.sql]\r\na = 1\rb = 2\r\n", "/r/.editorconfig");
            Assert.True(file.IsRoot);
            var section = Assert.Single(file.Sections);
            Assert.Equal(new[] { "a = 1", "b = 2" }, section.Properties.Select(p => p.ToString()));
            Assert.Equal(new[] { 3, 4 }, section.Properties.Select(p => p.Line));
        }

        [Theory]
        [InlineData("/repo/.editorconfig", "/repo/db/x.sql", "/db/x.sql")]
        [InlineData("/repo/.editorconfig", "/repo/x.sql", "/x.sql")]
        [InlineData("/repo/.editorconfig", "/repository/x.sql", null)]
        [InlineData("/repo/.editorconfig", "/other/x.sql", null)]
        [InlineData("/.editorconfig", "/repo/x.sql", "/repo/x.sql")]
        [InlineData("C:\\repo\\.editorconfig", "C:\\repo\\db\\x.sql", "/db/x.sql")]
        [InlineData("C:/repo/.editorconfig", "C:\\repo\\db\\x.sql", "/db/x.sql")]
        public void Paths_are_relative_to_the_files_folder(string configPath, string filePath, string? expected)
        {
            var file = EditorConfigFile.Parse(string.Empty, configPath);
            Assert.Equal(expected, file.GetRelativePath(filePath));
        }

        [Fact]
        public void Malformed_section_names_match_nothing()
        {
            var file = EditorConfigFile.Parse("[{a,b]\nk = v\n", "/r/.editorconfig");
            var section = Assert.Single(file.Sections);
            Assert.Null(section.Glob);
            Assert.False(section.IsMatch("/a"));
        }
    }
}

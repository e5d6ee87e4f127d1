using SchemaGuard.Core.Settings.EditorConfig;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    /// <summary>Section matching as Roslyn does it; paths are relative to the .editorconfig folder and start with '/'.</summary>
    public class EditorConfigGlobTests
    {
        private static bool Matches(string section, string path)
        {
            Assert.True(EditorConfigGlob.TryCreate(section, out var glob), "section [" + section + "] should compile");
            return glob.IsMatch(path);
        }

        [Theory]
        [InlineData("*.sql", "/a.sql", true)]
        [InlineData("*.sql", "/db/a.sql", true)]
        [InlineData("*.sql", "/db/deep/er/a.sql", true)]
        [InlineData("*.sql", "/a.sqlx", false)]
        [InlineData("*.sql", "/a.sql.bak", false)]
        [InlineData("*.sql", "/db/a.cs", false)]
        [InlineData("*.sql", "/a.SQL", false)]
        [InlineData("*.SQL", "/a.sql", false)]
        [InlineData("*.sql", "/.sql", true)]
        [InlineData("*.sql", "/données/ä.sql", true)]
        [InlineData("*", "/a", true)]
        [InlineData("*", "/db/a", true)]
        [InlineData("*", "/.hidden", true)]
        [InlineData("V1__init.sql", "/db/V1__init.sql", true)]
        [InlineData("V1__init.sql", "/db/XV1__init.sql", false)]
        public void A_name_without_slash_matches_in_any_folder(string section, string path, bool expected) =>
            Assert.Equal(expected, Matches(section, path));

        [Theory]
        [InlineData("db/*.sql", "/db/a.sql", true)]
        [InlineData("db/*.sql", "/x/db/a.sql", false)]
        [InlineData("db/*.sql", "/db/x/a.sql", false)]
        [InlineData("/db/*.sql", "/db/a.sql", true)]
        [InlineData("/db/*.sql", "/x/db/a.sql", false)]
        [InlineData("db/*/a.sql", "/db/x/a.sql", true)]
        [InlineData("db/*/a.sql", "/db/x/y/a.sql", false)]
        [InlineData("db/*/a.sql", "/db/a.sql", false)]
        [InlineData("/a.sql", "/a.sql", true)]
        [InlineData("/a.sql", "/db/a.sql", false)]
        public void A_name_with_slash_is_relative_to_the_file(string section, string path, bool expected) =>
            Assert.Equal(expected, Matches(section, path));

        [Theory]
        [InlineData("db/**.sql", "/db/a.sql", true)]
        [InlineData("db/**.sql", "/db/x/y/a.sql", true)]
        [InlineData("db/**", "/db/x/y/a.sql", true)]
        [InlineData("db/**", "/db", false)]
        [InlineData("**", "/anything/at/all", true)]
        [InlineData("**/*.sql", "/db/a.sql", true)]
        [InlineData("**/*.sql", "/a.sql", false)] // as in Roslyn: the name has a '/', so it is anchored and "**/" needs a folder
        [InlineData("db/**/*.sql", "/db/x/a.sql", true)]
        [InlineData("db/**/*.sql", "/db/x/y/a.sql", true)]
        [InlineData("db/**/*.sql", "/db/a.sql", false)] // as in Roslyn: "**/" needs a folder in between
        [InlineData("db/**/V*.sql", "/db/2024/V3__x.sql", true)]
        public void Double_star_crosses_folders(string section, string path, bool expected) =>
            Assert.Equal(expected, Matches(section, path));

        [Theory]
        [InlineData("?.sql", "/a.sql", true)]
        [InlineData("?.sql", "/ab.sql", false)]
        [InlineData("?.sql", "/.sql", false)]
        [InlineData("a?b", "/a/b", true)] // as in Roslyn ('?' is a regex '.'), it matches a folder separator too
        [InlineData("V?__*.sql", "/db/V7__x.sql", true)]
        public void Question_mark_is_one_character(string section, string path, bool expected) =>
            Assert.Equal(expected, Matches(section, path));

        [Theory]
        [InlineData("[abc].sql", "/a.sql", true)]
        [InlineData("[abc].sql", "/c.sql", true)]
        [InlineData("[abc].sql", "/d.sql", false)]
        [InlineData("[abc].sql", "/ab.sql", false)]
        [InlineData("[a-c].sql", "/b.sql", true)]
        [InlineData("[a-c].sql", "/d.sql", false)]
        [InlineData("[a-cx-z].sql", "/y.sql", true)]
        [InlineData("[!a-c].sql", "/d.sql", true)]
        [InlineData("[!a-c].sql", "/b.sql", false)]
        [InlineData("[!abc].sql", "/a.sql", false)]
        [InlineData("x[!a]y", "/x/y", true)] // a negated class matches '/', as Roslyn's regex class does
        [InlineData("[-a].sql", "/-.sql", true)]
        [InlineData("[a-].sql", "/-.sql", true)]
        [InlineData("[a\\-c].sql", "/b.sql", false)]
        [InlineData("[a\\-c].sql", "/-.sql", true)]
        [InlineData("[a\\]].sql", "/].sql", true)]
        [InlineData("V[0-9]*.sql", "/V1__a.sql", true)]
        [InlineData("V[0-9]*.sql", "/Va.sql", false)]
        public void Character_classes(string section, string path, bool expected) =>
            Assert.Equal(expected, Matches(section, path));

        [Theory]
        [InlineData("{a,b}.sql", "/a.sql", true)]
        [InlineData("{a,b}.sql", "/b.sql", true)]
        [InlineData("{a,b}.sql", "/c.sql", false)]
        [InlineData("*.{sql,pls,pkb}", "/db/p.pkb", true)]
        [InlineData("*.{sql,pls,pkb}", "/db/p.txt", false)]
        [InlineData("{a,{b,c}}", "/c", true)]
        [InlineData("{a,{b,c}}", "/d", false)]
        [InlineData("x{}y", "/xy", true)]
        [InlineData("x{a}y", "/xay", true)]
        [InlineData("x{a,}y", "/xy", true)]
        [InlineData("x{a,}y", "/xay", true)]
        [InlineData("{db,sql}/*.sql", "/db/a.sql", true)]
        [InlineData("{db,sql}/*.sql", "/sql/a.sql", true)]
        [InlineData("{db,sql}/*.sql", "/x/a.sql", false)]
        [InlineData("{*.sql,migrations/**}", "/migrations/x/y.txt", true)]
        [InlineData("{*.sql,migrations/**}", "/other/y.txt", false)]
        public void Alternatives(string section, string path, bool expected) =>
            Assert.Equal(expected, Matches(section, path));

        [Theory]
        [InlineData("{1..3}.sql", "/1.sql", true)]
        [InlineData("{1..3}.sql", "/3.sql", true)]
        [InlineData("{1..3}.sql", "/0.sql", false)]
        [InlineData("{1..3}.sql", "/4.sql", false)]
        [InlineData("{1..3}.sql", "/a.sql", false)]
        [InlineData("{3..1}.sql", "/2.sql", true)]
        [InlineData("{-2..2}.sql", "/-1.sql", true)]
        [InlineData("{-2..2}.sql", "/-3.sql", false)]
        [InlineData("V{1..10}__*.sql", "/db/V10__x.sql", true)]
        [InlineData("V{1..10}__*.sql", "/db/V11__x.sql", false)]
        [InlineData("V{1..10}__*.sql", "/db/V007__x.sql", true)]
        [InlineData("{1..3}{0..9}", "/15", true)]
        [InlineData("{1..9}{10..99}", "/123", false)] // as in Roslyn: the greedy first match (12, 3) decides, and 12 > 9
        [InlineData("{a,{1..3}}", "/a", false)] // as in Roslyn: a range that takes no part in the match fails it
        [InlineData("{a,{1..3}}", "/2", true)]
        [InlineData("{1..}", "/1..", true)] // not a range: a choice with the one literal "1.."
        [InlineData("{1..}", "/1", false)]
        public void Number_ranges(string section, string path, bool expected) =>
            Assert.Equal(expected, Matches(section, path));

        [Theory]
        [InlineData("\\*.sql", "/*.sql", true)]
        [InlineData("\\*.sql", "/a.sql", false)]
        [InlineData("\\{a,b\\}", "/{a,b}", false)] // the comma is still an alternative separator outside braces: invalid
        [InlineData("a\\?", "/a?", true)]
        [InlineData("a\\?", "/ab", false)]
        [InlineData("\\[x]", "/[x]", true)]
        public void Backslash_escapes(string section, string path, bool expected)
        {
            if (!EditorConfigGlob.TryCreate(section, out var glob))
            {
                Assert.False(expected);
                return;
            }

            Assert.Equal(expected, glob.IsMatch(path));
        }

        [Theory]
        [InlineData("{a,b")]
        [InlineData("{a,{b,c}")]
        [InlineData("[abc")]
        [InlineData("a\\")]
        [InlineData("a,b")]
        [InlineData("a}b")]
        [InlineData("[a\\")]
        [InlineData("{99999999999..1}")]
        [InlineData("")]
        public void Malformed_names_do_not_compile(string section) =>
            Assert.False(EditorConfigGlob.TryCreate(section, out _));

        [Fact]
        public void Many_stars_do_not_hang()
        {
            Assert.True(EditorConfigGlob.TryCreate("*a*a*a*a*a*a*a*b", out var glob));
            Assert.False(glob.IsMatch("/" + new string('a', 60)));
            Assert.True(glob.IsMatch("/" + new string('a', 60) + "b"));
        }
    }
}

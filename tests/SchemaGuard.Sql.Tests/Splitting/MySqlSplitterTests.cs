using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using Xunit;
using static SchemaGuard.Sql.Tests.Splitting.SplitAssert;

namespace SchemaGuard.Sql.Tests.Splitting
{
    /// <summary>The mysql client: semicolons, DELIMITER, executable comments.</summary>
    public class MySqlSplitterTests
    {
        [Theory]
        [InlineData("mysql")]
        [InlineData("mariadb")]
        public void Delimiter_changes_what_ends_a_statement(string name)
        {
            Assert.True(SqlDialect.TryFromName(name, out var dialect));
            const string script =
                "DELIMITER ;;\n" +
                "CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN\n" +
                "    INSERT INTO film_text (film_id) VALUES (new.film_id);\n" +
                "  END;;\n\n\n" +
                "DELIMITER ;\n" +
                "CREATE TABLE inventory (id INT);\n" +
                "DELIMITER //\n\n" +
                "CREATE PROCEDURE p() proc: BEGIN SELECT 1; END //\n" +
                "DELIMITER ;\n" +
                "DELIMITER $$\n" +
                "CREATE FUNCTION f() RETURNS INT BEGIN\n  #OK; a comment\n  RETURN 1;\nEND$$\n" +
                "DELIMITER ;\n" +
                "SELECT 1;";
            Assert.Equal(
                new[]
                {
                    "ClientCommand|DELIMITER ;;|",
                    "Sql|CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN\n    INSERT INTO film_text (film_id) VALUES (new.film_id);\n  END|;;",
                    "ClientCommand|DELIMITER ;|",
                    "Sql|CREATE TABLE inventory (id INT)|;",
                    "ClientCommand|DELIMITER //|",
                    "Sql|CREATE PROCEDURE p() proc: BEGIN SELECT 1; END|//",
                    "ClientCommand|DELIMITER ;|",
                    "ClientCommand|DELIMITER $$|",
                    "Sql|CREATE FUNCTION f() RETURNS INT BEGIN\n  #OK; a comment\n  RETURN 1;\nEND|$$",
                    "ClientCommand|DELIMITER ;|",
                    "Sql|SELECT 1|;",
                },
                Describe(script, dialect));
        }

        [Fact]
        public void The_custom_delimiter_is_not_found_inside_strings_or_comments()
        {
            Assert.Equal(
                new[] { "ClientCommand|DELIMITER //|", "Sql|SELECT '//', `a//b` /* // */ FROM t|//" },
                Describe("DELIMITER //\nSELECT '//', `a//b` /* // */ FROM t//\n", SqlDialect.MySql));
        }

        [Fact]
        public void A_delimiter_line_inside_a_statement_ends_it_as_the_mysql_client_does()
        {
            Assert.Equal(
                new[]
                {
                    "ClientCommand|DELIMITER //|",
                    "Sql|CREATE PROCEDURE p() BEGIN SELECT 1; END|",
                    "ClientCommand|DELIMITER ;|",
                    "Sql|SELECT 2|;",
                },
                Describe("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END\n  DELIMITER ;\nSELECT 2;", SqlDialect.MySql));
        }

        [Fact]
        public void Delimiter_counts_only_first_on_its_line_and_followed_by_a_blank()
        {
            Assert.Equal(
                new[] { "Sql|SELECT delimiter FROM t WHERE x =\ndelimiter|;" },
                Describe("SELECT delimiter FROM t WHERE x =\ndelimiter;", SqlDialect.MySql));
        }

        [Fact]
        public void Executable_comments_hold_code_that_is_split_like_any_other()
        {
            var (tokens, ranges, _) = Split("/*!40101 SET @OLD = @@SQL_MODE */;\n/*!50003 CREATE*/ /*!50017 DEFINER=`u`@`%`*/ /*!50003 TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET @a = 1 */;;\n", SqlDialect.MySql);
            Assert.Equal(
                new[]
                {
                    "Sql|SET @OLD = @@SQL_MODE|;",
                    "Sql|CREATE*/ /*!50017 DEFINER=`u`@`%`*/ /*!50003 TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET @a = 1|;",
                },
                Describe(tokens, ranges));
            Assert.True(tokens[ranges[0].FirstToken].Has(TokenFlags.InsideExecutableComment));
        }

        [Fact]
        public void Source_is_a_raw_client_command()
        {
            Assert.Equal(
                new[] { "ClientCommand|source data/it's.sql|", "Sql|SELECT 1|;" },
                Describe("source data/it's.sql\nSELECT 1;", SqlDialect.MySql));
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class MySqlCreateTableTests
    {
        private static readonly SqlDialect MySql = SqlDialect.MySql;

        [Fact]
        public void Names_quoted_for_ansi_quotes_are_read_where_a_name_is_needed()
        {
            const string sql = "CREATE TABLE \"session_devices\" (\n  \"id\" CHAR(36) PRIMARY KEY NOT NULL,\n  \"ip_address\" VARCHAR(50) DEFAULT \"\",\n" +
                "  CONSTRAINT \"fk\" FOREIGN KEY (\"session_id\") REFERENCES \"app\".\"sessions\" (\"id\") ON DELETE CASCADE\n)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, MySql);

            Assert.Equal("session_devices", create.Name.Name.Text);
            Assert.True(create.Name.Name.IsQuoted);
            Assert.Equal(new[] { "id", "ip_address" }, create.Columns.Select(c => c.Name.Text));
            Assert.Equal(LiteralKind.String, Assert.IsType<LiteralExpression>(create.Columns[1].Default).Kind);
            var fk = Assert.Single(create.Constraints);
            Assert.Equal(new[] { "session_id" }, fk.Columns.Names());
            Assert.Equal("app.sessions", fk.References!.Table.Normalized);
            Assert.Equal("ON DELETE CASCADE", script.Text(fk.References.OnDelete!));

            var index = Assert.IsType<CreateIndexStatement>(Assert.Single(SqlScript.Parse("CREATE INDEX IF NOT EXISTS \"ix\" ON \"t\" (a, nid)", MySql).Statements));
            Assert.Equal("ix", index.Name!.Name.Text);
            Assert.Equal("t", index.Table.Name.Text);

            var insert = Assert.IsType<InsertStatement>(Assert.Single(SqlScript.Parse("INSERT INTO t (\"a\") VALUES (\"a\")", MySql).Statements));
            Assert.Equal("a", Assert.Single(insert.Columns).Text);
            Assert.Equal(LiteralKind.String, Assert.IsType<LiteralExpression>(Assert.Single(Assert.Single(insert.Rows).Values)).Kind);
        }

        [Fact]
        public void Reads_a_mysqldump_table_with_keys_and_table_options()
        {
            const string sql = @"CREATE TABLE `film` (
  `film_id` SMALLINT(5) UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `rating` ENUM('G','PG','PG-13') DEFAULT 'G',
  `features` SET('Trailers','Commentaries') DEFAULT NULL,
  `last_update` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`film_id`),
  UNIQUE KEY `uk_title` (`title`),
  KEY `idx_title` (`title`(20)),
  INDEX idx_rating USING BTREE (rating, last_update DESC),
  FULLTEXT KEY `ft_title` (`title`),
  CONSTRAINT `fk_film_language` FOREIGN KEY (`language_id`) REFERENCES `language` (`language_id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1001 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci ROW_FORMAT=DYNAMIC COMMENT='films'";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, MySql);

            Assert.Equal("film", create.Name.Normalized);
            var id = create.Columns[0];
            Assert.Equal("SMALLINT", id.DataType!.Name);
            Assert.True(id.DataType.IsUnsigned);
            Assert.Equal("AUTO_INCREMENT", id.Identity!.Keyword);
            Assert.False(id.IsNullable);

            var title = create.Columns[1];
            Assert.Equal("CHARACTER SET", title.CharacterSet!.Name);
            Assert.Equal("utf8mb4", title.CharacterSet.Value);
            Assert.Equal("CHARACTER SET utf8mb4", script.Text(title.CharacterSet));
            Assert.Equal("utf8mb4_bin", title.Collation!.Value);

            Assert.Equal("ENUM", create.Columns[2].DataType!.Name);
            Assert.Equal(new[] { "'G'", "'PG'", "'PG-13'" }, create.Columns[2].DataType!.Arguments);
            Assert.Equal("'G'", script.Text(create.Columns[2].Default!));
            Assert.Equal("SET", create.Columns[3].DataType!.Name);
            Assert.Equal("NULL", script.Text(create.Columns[3].Default!));
            Assert.Null(create.Columns[3].IsNullable);

            var lastUpdate = create.Columns[4];
            Assert.Equal("CURRENT_TIMESTAMP", script.Text(lastUpdate.Default!));
            Assert.Equal("CURRENT_TIMESTAMP", script.Text(lastUpdate.OnUpdate!));
            Assert.Equal(sql.LastIndexOf("CURRENT_TIMESTAMP", System.StringComparison.Ordinal), lastUpdate.OnUpdate!.Span.Start);

            // mysqldump writes unique constraints as UNIQUE KEY: they come out as unique indexes.
            Assert.Equal(new[] { ConstraintKind.PrimaryKey, ConstraintKind.ForeignKey }, create.Constraints.Select(c => c.Kind));
            var fk = create.Constraints[1];
            Assert.Equal("ON DELETE RESTRICT", script.Text(fk.References!.OnDelete!));
            Assert.Equal("ON UPDATE CASCADE", script.Text(fk.References.OnUpdate!));
            Assert.Equal("CASCADE", script.Text(fk.References.OnUpdate!.ActionSpan));

            Assert.Equal(new[] { "uk_title", "idx_title", "idx_rating", "ft_title" }, create.Indexes.Select(i => i.Name!.Text));
            Assert.Equal(new[] { true, false, false, false }, create.Indexes.Select(i => i.Unique));
            Assert.Equal(new[] { "title" }, create.Indexes[1].Columns.Names());
            Assert.Equal(new[] { "rating", "last_update" }, create.Indexes[2].Columns.Names());
            Assert.Equal("FULLTEXT", create.Indexes[3].Category);
            Assert.Equal("KEY `idx_title` (`title`(20))", script.Text(create.Indexes[1]));

            Assert.Equal(new[] { "ENGINE", "AUTO_INCREMENT", "DEFAULT CHARSET", "COLLATE", "ROW_FORMAT", "COMMENT" }, create.Options.Select(o => o.Name));
            Assert.Equal(new[] { "InnoDB", "1001", "utf8mb4", "utf8mb4_0900_ai_ci", "DYNAMIC", "films" }, create.Options.Select(o => o.Value));
            Assert.Equal("DEFAULT CHARSET=utf8mb4", script.Text(create.Options[2]));
            Assert.Equal("utf8mb4", script.Text(create.Options[2].ValueSpan));
        }

        [Fact]
        public void Unique_index_definition_is_an_index_with_unique_set()
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE t (a INT, b INT, UNIQUE INDEX ux_ab (a, b), KEY k_b (b))", MySql);
            Assert.Empty(create.Constraints);
            Assert.Equal(2, create.Indexes.Count);
            Assert.True(create.Indexes[0].Unique);
            Assert.Equal("ux_ab", create.Indexes[0].Name!.Text);
            Assert.Equal(new[] { "a", "b" }, create.Indexes[0].Columns.Names());
        }

        [Fact]
        public void Temporary_if_not_exists_like_and_create_select()
        {
            var (_, temp) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TEMPORARY TABLE IF NOT EXISTS tmp_x (id INT) ENGINE = MEMORY", MySql);
            Assert.True(temp.IsTemporary);
            Assert.True(temp.IfNotExists);
            Assert.Equal("MEMORY", Assert.Single(temp.Options).Value);

            var (_, like) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE t2 LIKE db1.t1", MySql);
            Assert.Equal("db1.t1", Assert.Single(like.LikeTables).Normalized);

            var (script, select) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE t3 (extra INT) ENGINE=InnoDB SELECT a, b FROM t1, t2 WHERE t1.id = t2.id", MySql);
            Assert.Equal("SELECT a, b FROM t1, t2 WHERE t1.id = t2.id", script.Text(select.AsQuery!));
            Assert.Equal(new[] { "t1", "t2" }, select.AsQuery!.SourceTables.Select(t => t.Normalized));
        }

        [Fact]
        public void Generated_columns_and_partitioning()
        {
            const string sql = @"CREATE TABLE orders (
  id BIGINT NOT NULL,
  total DECIMAL(10,2) AS (price * qty) STORED,
  placed DATE NOT NULL
) PARTITION BY RANGE COLUMNS (placed) (
  PARTITION p2023 VALUES LESS THAN ('2024-01-01') ENGINE = InnoDB,
  PARTITION pmax VALUES LESS THAN MAXVALUE
)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, MySql);

            Assert.Equal("(price * qty)", script.Text(create.Columns[1].GeneratedAs!));
            Assert.Equal("STORED", create.Columns[1].GeneratedStorage!.Keyword);
            Assert.Equal("RANGE COLUMNS", create.Partitioning!.Method);
            Assert.Equal(new[] { "placed" }, create.Partitioning.Columns.Names());
            Assert.Equal(new[] { "p2023", "pmax" }, create.Partitioning.Partitions.Select(p => p.Name!.Text));

            var (_, hashed) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE h (id INT) PARTITION BY LINEAR KEY ALGORITHM=2 (id) PARTITIONS 4", MySql);
            Assert.Equal("LINEAR KEY", hashed.Partitioning!.Method);
            Assert.Equal(new[] { "id" }, hashed.Partitioning.Columns.Names());
        }

        [Fact]
        public void Column_key_shorthand_and_comments()
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE t (id INT KEY COMMENT 'pk', name VARCHAR(10) INVISIBLE COMMENT 'n', price DOUBLE PRECISION(10,2) ZEROFILL)", MySql);
            Assert.Equal(ConstraintKind.PrimaryKey, Assert.Single(create.Columns[0].Constraints).Kind);
            Assert.Equal("DOUBLE PRECISION", create.Columns[2].DataType!.Name);

            var (_, spatial) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE places (pt POINT NOT NULL SRID 4326, SPATIAL INDEX sp (pt))", MySql);
            Assert.False(spatial.Columns[0].IsNullable);
            Assert.Equal("SPATIAL", Assert.Single(spatial.Indexes).Category);
            Assert.Equal(new[] { "10", "2" }, create.Columns[2].DataType!.Arguments);
        }
    }
}

using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;
using static SchemaGuard.Sql.Tests.Parsing.SingleStatement;

namespace SchemaGuard.Sql.Tests.Parsing.Dml
{
    public class InsertTests
    {
        [Fact]
        public void Oracle_append_hint_and_values()
        {
            const string sql = "INSERT /*+ APPEND */ INTO hr.t (a, b) VALUES (1, 'x')";
            var insert = Single<InsertStatement>(sql, SqlDialect.Oracle, out var script);
            Assert.Equal(StatementKind.Insert, insert.Kind);
            var hint = Assert.Single(insert.Hints);
            Assert.Equal("/*+ APPEND */", script.Text(hint));
            Assert.Equal(sql.IndexOf("/*+", System.StringComparison.Ordinal), hint.Start);
            Assert.True(HintText.Contains(script.Source, hint, "append"));
            Assert.Equal("HR.T", insert.Table.Normalized);
            Assert.Equal(new[] { "A", "B" }, insert.Columns.Select(c => c.Normalized));
            Assert.Equal(InsertSourceKind.Values, insert.Source);
            var row = Assert.Single(insert.Rows);
            Assert.Equal("(1, 'x')", script.Text(row));
            Assert.Equal(2, row.Values.Count);
        }

        [Fact]
        public void Insert_select_is_a_query_source()
        {
            var insert = Single<InsertStatement>("INSERT INTO t SELECT * FROM u WHERE x = 1", SqlDialect.PostgreSql, out _);
            Assert.Equal(InsertSourceKind.Query, insert.Source);
            Assert.Empty(insert.Columns);
            Assert.Empty(insert.Rows);
        }

        [Fact]
        public void Oracle_parenthesised_subquery_source_is_not_a_column_list()
        {
            var insert = Single<InsertStatement>("INSERT INTO t (SELECT * FROM u)", SqlDialect.Oracle, out _);
            Assert.Equal(InsertSourceKind.Query, insert.Source);
            Assert.Empty(insert.Columns);
        }

        [Fact]
        public void Oracle_multi_table_insert_takes_the_first_into()
        {
            const string sql = "INSERT ALL WHEN a > 1 THEN INTO t1 (a) VALUES (a) ELSE INTO t2 VALUES (a) SELECT a FROM src";
            var insert = Single<InsertStatement>(sql, SqlDialect.Oracle, out _);
            Assert.True(insert.IsMultiTable);
            Assert.Equal("T1", insert.Table.Normalized);
            Assert.Equal("A", insert.Columns.Single().Normalized);

            var first = Single<InsertStatement>("INSERT FIRST INTO a VALUES (1) INTO b VALUES (2) SELECT 1 FROM dual", SqlDialect.Oracle, out _);
            Assert.True(first.IsMultiTable);
            Assert.Equal("A", first.Table.Normalized);
        }

        [Fact]
        public void Postgresql_default_values_overriding_and_on_conflict()
        {
            var defaults = Single<InsertStatement>("INSERT INTO t DEFAULT VALUES RETURNING id", SqlDialect.PostgreSql, out _);
            Assert.Equal(InsertSourceKind.DefaultValues, defaults.Source);

            var upsert = Single<InsertStatement>("INSERT INTO t AS x (id, v) OVERRIDING SYSTEM VALUE VALUES (1, 2), (3, 4) ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v", SqlDialect.PostgreSql, out var script);
            Assert.Equal(2, upsert.Rows.Count);
            Assert.Equal("ON CONFLICT", script.Text(upsert.OnConflict!));
        }

        [Fact]
        public void Mysql_ignore_set_form_and_on_duplicate_key()
        {
            var insert = Single<InsertStatement>("INSERT IGNORE t SET a = 1, b = 'x' ON DUPLICATE KEY UPDATE b = VALUES(b)", SqlDialect.MySql, out var script);
            Assert.Equal("IGNORE", script.Text(insert.Ignore!));
            Assert.Equal(InsertSourceKind.Set, insert.Source);
            Assert.Equal(new[] { "a", "b" }, insert.Columns.Select(c => c.Normalized));
            Assert.Equal("ON DUPLICATE KEY UPDATE", script.Text(insert.OnConflict!));
        }

        [Fact]
        public void Mysql_replace_is_an_insert()
        {
            var replace = Single<InsertStatement>("REPLACE INTO t (a) VALUES (1)", SqlDialect.MySql, out _);
            Assert.Equal(StatementKind.Insert, replace.Kind);
            Assert.True(replace.IsReplace);
        }

        [Fact]
        public void Sql_server_insert_select_on_the_next_line_and_exec()
        {
            var script = SqlScript.Parse("INSERT INTO t (a)\nSELECT a FROM u\nINSERT t WITH (TABLOCK) EXEC dbo.p 1", SqlDialect.SqlServer);
            Assert.Equal(2, script.Statements.Count);
            Assert.Equal(InsertSourceKind.Query, Assert.IsType<InsertStatement>(script.Statements[0]).Source);
            Assert.Equal(InsertSourceKind.Other, Assert.IsType<InsertStatement>(script.Statements[1]).Source);
            Assert.Empty(script.Diagnostics);
        }
    }
}

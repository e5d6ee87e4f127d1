using System.Linq;
using SchemaGuard.Core.Schema;
using SchemaGuard.Core.Schema.Replay;
using SchemaGuard.Core.Schema.Replay.FromSyntax;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests.Schema
{
    /// <summary>Statements parsed by the real parser, replayed into the catalog.</summary>
    public class StatementReplayTests
    {
        /// <summary>Replays each text as the next migration file (V1__m.sql, V2__m.sql, ...).</summary>
        private static SchemaReplayer Replay(SqlDialect dialect, params string[] files)
        {
            var replayer = new SchemaReplayer();
            for (int i = 0; i < files.Length; i++)
                replayer.ApplyScript(SqlScript.Parse(files[i], dialect, "V" + (i + 1) + "__m.sql"));
            return replayer;
        }

        private static TableInfo Table(SchemaReplayer replayer, string name) =>
            replayer.Catalog.FindTable(name) ?? throw new Xunit.Sdk.XunitException("no table " + name + " in " + string.Join(", ", replayer.Catalog.Tables));

        // ---- name folding ----

        [Fact]
        public void Oracle_orders_ORDERS_and_quoted_ORDERS_are_one_table_and_quoted_Orders_another()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE orders (id NUMBER);\nALTER TABLE ORDERS ADD (a NUMBER);\nALTER TABLE \"ORDERS\" ADD (b NUMBER);\n",
                "CREATE TABLE \"Orders\" (x NUMBER);\n");

            Assert.Equal(2, replayer.Catalog.Tables.Count);
            Assert.Equal(new[] { "ID", "A", "B" }, Table(replayer, "ORDERS").Columns.Select(c => c.Name).ToArray());
            Assert.Equal("orders", Table(replayer, "ORDERS").DisplayName);
            TableInfo mixed = replayer.Catalog.FindTable(new SchemaObjectName(null, "Orders"))!;
            Assert.Equal(new[] { "X" }, mixed.Columns.Select(c => c.Name).ToArray());
            Assert.Equal("\"Orders\"", mixed.DisplayName);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void PostgreSql_folds_unquoted_names_to_lower_case()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.PostgreSql,
                "CREATE TABLE Orders (Id bigint);\nALTER TABLE ORDERS ADD COLUMN Total numeric;\nCREATE TABLE \"Orders\" (id bigint);\n");

            TableInfo folded = Table(replayer, "orders");
            Assert.Equal(new[] { "id", "total" }, folded.Columns.Select(c => c.Name).ToArray());
            Assert.Equal(new[] { "Id", "Total" }, folded.Columns.Select(c => c.DisplayName).ToArray());
            Assert.NotNull(replayer.Catalog.FindTable(new SchemaObjectName(null, "Orders")));
            Assert.Equal(2, replayer.Catalog.Tables.Count);
        }

        [Fact]
        public void Schema_qualified_names_keep_tables_of_two_schemas_apart_and_foreign_keys_find_their_parent()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE hr.orders (id NUMBER PRIMARY KEY);\nCREATE TABLE sales.orders (id NUMBER PRIMARY KEY);\n" +
                "CREATE TABLE hr.items (id NUMBER, order_id NUMBER REFERENCES hr.orders (id) ON DELETE CASCADE);\n");

            Assert.Null(replayer.Catalog.FindTable("ORDERS"));
            CascadeResult fromHr = replayer.Catalog.GetCascadingChildren(SchemaObjectName.Parse("HR.ORDERS"));
            Assert.Equal(new[] { "HR.ITEMS" }, fromHr.Deleted.Select(p => p.Table.Name.ToString()).ToArray());
            Assert.True(replayer.Catalog.GetCascadingChildren(SchemaObjectName.Parse("SALES.ORDERS")).IsEmpty);
        }

        [Fact]
        public void A_dropped_and_recreated_table_has_the_new_columns_and_children_lose_their_foreign_keys()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE customers (id NUMBER PRIMARY KEY, a NUMBER);\nCREATE TABLE orders (id NUMBER, customer_id NUMBER REFERENCES customers ON DELETE CASCADE);\n",
                "DROP TABLE customers CASCADE CONSTRAINTS PURGE;\nCREATE TABLE customers (id NUMBER PRIMARY KEY, b NUMBER);\n");

            Assert.Equal(new[] { "ID", "B" }, Table(replayer, "CUSTOMERS").Columns.Select(c => c.Name).ToArray());
            Assert.Equal("V2__m.sql", Table(replayer, "CUSTOMERS").CreatedIn!.FileName);
            Assert.Empty(Table(replayer, "ORDERS").ForeignKeys);
            Assert.True(replayer.Catalog.GetCascadingChildren(SchemaObjectName.Parse("CUSTOMERS")).IsEmpty);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Creating_a_table_twice_leaves_a_note()
        {
            SchemaReplayer replayer = Replay(SqlDialect.PostgreSql, "CREATE TABLE t (a int);\n", "CREATE TABLE t (b int);\nCREATE TABLE IF NOT EXISTS t (c int);\n");

            ReplayNote note = Assert.Single(replayer.Notes);
            Assert.Contains("already exists", note.Message);
            Assert.Equal("V2__m.sql:1", note.Source.ToString());
            Assert.Equal(new[] { "b" }, Table(replayer, "t").Columns.Select(c => c.Name).ToArray());
        }

        [Theory]
        [InlineData("RENAME customers TO clients;")]
        [InlineData("ALTER TABLE customers RENAME TO clients;")]
        public void Renamed_parents_keep_their_cascading_children(string rename)
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE customers (id NUMBER PRIMARY KEY);\nCREATE TABLE orders (id NUMBER, customer_id NUMBER CONSTRAINT fk_orders_customer REFERENCES customers (id) ON DELETE CASCADE);\n",
                rename);

            Assert.Null(replayer.Catalog.FindTable("CUSTOMERS"));
            Assert.Equal("clients", Table(replayer, "CLIENTS").DisplayName);
            CascadePath child = Assert.Single(replayer.Catalog.GetCascadingChildren(SchemaObjectName.Parse("CLIENTS")).Deleted);
            Assert.Equal("ORDERS", child.Table.Name.ToString());
            Assert.Equal("fk_orders_customer", child.ForeignKeys[0].DisplayName);
            Assert.Equal(SchemaObjectName.Parse("CLIENTS"), child.ForeignKeys[0].ReferencedTable);
        }

        [Fact]
        public void Renamed_children_keep_their_foreign_keys()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.MySql,
                "CREATE TABLE customers (id INT PRIMARY KEY);\nCREATE TABLE orders (id INT, customer_id INT, FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE);\n",
                "RENAME TABLE orders TO orders_v2;\n");

            CascadePath child = Assert.Single(replayer.Catalog.GetCascadingChildren(SchemaObjectName.Parse("customers")).Deleted);
            Assert.Equal("orders_v2", child.Table.DisplayName);
        }

        // ---- CREATE TABLE ----

        [Fact]
        public void Create_table_reads_columns_types_nullability_and_every_kind_of_constraint()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE customers (id NUMBER PRIMARY KEY);\n" +
                "CREATE TABLE orders (\n" +
                "  id NUMBER CONSTRAINT pk_orders PRIMARY KEY,\n" +
                "  customer_id NUMBER NOT NULL\n" +
                "    CONSTRAINT fk_orders_customer REFERENCES customers (id) ON DELETE CASCADE,\n" +
                "  note LONG RAW,\n" +
                "  code VARCHAR2(10) CHECK (code <> 'x'),\n" +
                "  CONSTRAINT uq_orders_code UNIQUE (code, customer_id),\n" +
                "  CONSTRAINT fk_parent FOREIGN KEY (id) REFERENCES orders ON DELETE SET NULL\n" +
                ");\n");

            TableInfo orders = Table(replayer, "ORDERS");
            Assert.Equal(new[] { "NUMBER", "NUMBER", "LONG RAW", "VARCHAR2" }, orders.Columns.Select(c => c.DataType).ToArray());
            Assert.False(orders.FindColumn("ID")!.IsNullable);
            Assert.False(orders.FindColumn("CUSTOMER_ID")!.IsNullable);
            Assert.True(orders.FindColumn("NOTE")!.IsNullable);
            Assert.True(replayer.Catalog.HasLongColumns(orders.Name, out var longColumns));
            Assert.Equal("note", Assert.Single(longColumns).DisplayName);

            Assert.Equal("PK_ORDERS", orders.PrimaryKey!.Name);
            Assert.Equal(new[] { "ID" }, orders.PrimaryKey.Columns);
            ConstraintInfo fk = orders.FindConstraint("FK_ORDERS_CUSTOMER")!;
            Assert.Equal(DeleteRule.Cascade, fk.OnDelete);
            Assert.Equal(new[] { "CUSTOMER_ID" }, fk.Columns);
            Assert.Equal(new[] { "ID" }, fk.ReferencedColumns);
            Assert.Equal(SchemaObjectName.Parse("CUSTOMERS"), fk.ReferencedTable);
            Assert.Equal("fk_orders_customer", fk.DisplayName);
            Assert.Equal(5, fk.DeclaredAt.Line);
            Assert.Equal(DeleteRule.SetNull, orders.FindConstraint("FK_PARENT")!.OnDelete);
            Assert.Equal(new[] { "CODE", "CUSTOMER_ID" }, orders.FindConstraint("UQ_ORDERS_CODE")!.Columns);
            Assert.Single(orders.Constraints, c => c.Kind == ConstraintType.Check);
            Assert.Equal(2, orders.CreatedIn!.Line);
        }

        [Theory]
        [InlineData("ON DELETE CASCADE", DeleteRule.Cascade)]
        [InlineData("ON DELETE SET NULL", DeleteRule.SetNull)]
        [InlineData("ON DELETE SET DEFAULT", DeleteRule.SetDefault)]
        [InlineData("ON DELETE RESTRICT", DeleteRule.Restrict)]
        [InlineData("ON DELETE NO ACTION", DeleteRule.NoAction)]
        [InlineData("ON UPDATE CASCADE", DeleteRule.NoAction)]
        [InlineData("", DeleteRule.NoAction)]
        public void Referential_actions_map_to_delete_rules(string clause, DeleteRule expected)
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.PostgreSql,
                "CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int, p_id int REFERENCES p (id) " + clause + ");\n");

            Assert.Equal(expected, Assert.Single(Table(replayer, "c").ForeignKeys).OnDelete);
        }

        [Theory]
        [InlineData("CREATE GLOBAL TEMPORARY TABLE t (id NUMBER) ON COMMIT PRESERVE ROWS;", TableKind.GlobalTemporary)]
        [InlineData("CREATE PRIVATE TEMPORARY TABLE ora$ptt_t (id NUMBER);", TableKind.Temporary)]
        [InlineData("CREATE TABLE t (id NUMBER PRIMARY KEY) ORGANIZATION INDEX;", TableKind.IndexOrganized)]
        [InlineData("CREATE TABLE t OF my_type;", TableKind.Object)]
        [InlineData("CREATE TABLE t (id NUMBER) CLUSTER c1 (id);", TableKind.Clustered)]
        [InlineData("CREATE TABLE t (id NUMBER) ORGANIZATION EXTERNAL (TYPE ORACLE_LOADER DEFAULT DIRECTORY d LOCATION ('t.csv'));", TableKind.External)]
        [InlineData("CREATE TABLE t (id NUMBER);", TableKind.Heap)]
        public void Table_kinds_come_from_the_definition(string sql, TableKind expected)
        {
            SchemaReplayer replayer = Replay(SqlDialect.Oracle, sql);
            Assert.Equal(expected, Assert.Single(replayer.Catalog.Tables).Kind);
        }

        [Fact]
        public void Logging_and_partitioning_are_recorded_with_the_clause_line()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE stage (id NUMBER, d DATE)\n  NOLOGGING\n  PARTITION BY RANGE (d) (PARTITION p0 VALUES LESS THAN (MAXVALUE));\n" +
                "CREATE TABLE logged (id NUMBER) LOGGING;\n");

            TableInfo stage = Table(replayer, "STAGE");
            Assert.Equal(TableLogging.NoLogging, stage.Logging);
            Assert.Equal(2, stage.LoggingDeclaredAt!.Line);
            Assert.True(stage.IsPartitioned);
            Assert.Equal(TableLogging.Logging, Table(replayer, "LOGGED").Logging);
            Assert.False(Table(replayer, "LOGGED").IsPartitioned);
        }

        [Fact]
        public void MySql_inline_keys_become_indexes_and_unnamed_ones_get_mysqls_name()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.MySql,
                "CREATE TABLE users (\n  id INT PRIMARY KEY,\n  email VARCHAR(200) NOT NULL,\n  tenant_id INT,\n" +
                "  KEY ix_users_tenant_email (tenant_id, email),\n  UNIQUE KEY ux_email (email),\n  INDEX (tenant_id),\n  FULLTEXT KEY ft_email (email)\n);\n");

            TableInfo users = Table(replayer, "users");
            Assert.Equal(new[] { "ix_users_tenant_email", "ux_email", "tenant_id", "ft_email" }, users.Indexes.Select(i => i.Name.Name).ToArray());
            Assert.Equal(new[] { "tenant_id", "email" }, users.Indexes[0].Columns.Select(c => c.Text).ToArray());
            Assert.True(users.Indexes[1].IsUnique);
            Assert.True(users.Indexes[2].IsNameGenerated);
            Assert.Equal("FULLTEXT", users.Indexes[3].Kind);
            Assert.Null(users.Indexes[0].Kind);
            Assert.Equal(5, users.Indexes[0].DeclaredAt.Line);
            Assert.Equal(new[] { "id" }, users.PrimaryKey!.Columns);
        }

        [Fact]
        public void SqlServer_inline_index_and_clustered_key()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.SqlServer,
                "CREATE TABLE dbo.orders (id INT NOT NULL CONSTRAINT pk_orders PRIMARY KEY CLUSTERED, cust INT, INDEX ix_cust NONCLUSTERED (cust));\nGO\n");

            TableInfo orders = Table(replayer, "dbo.orders");
            Assert.Equal("ix_cust", Assert.Single(orders.Indexes).Name.Name);
            Assert.Null(orders.Indexes[0].Kind);
            Assert.Equal("pk_orders", orders.PrimaryKey!.Name);
        }

        [Fact]
        public void Create_table_like_copies_the_columns_the_catalog_knows()
        {
            SchemaReplayer replayer = Replay(SqlDialect.PostgreSql, "CREATE TABLE src (a int NOT NULL, b text);\nCREATE TABLE copy (LIKE src INCLUDING ALL, c int);\n");
            Assert.Equal(new[] { "a", "b", "c" }, Table(replayer, "copy").Columns.Select(c => c.Name).ToArray());
            Assert.False(Table(replayer, "copy").FindColumn("a")!.IsNullable);
        }

        // ---- ALTER TABLE ----

        [Fact]
        public void Alter_table_adds_modifies_renames_and_drops_columns()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE t (a NUMBER, b NUMBER, c NUMBER, d NUMBER);\n" +
                "ALTER TABLE t ADD (e LONG, f NUMBER NOT NULL);\n" +
                "ALTER TABLE t MODIFY (a VARCHAR2(10) NOT NULL);\n" +
                "ALTER TABLE t RENAME COLUMN b TO bb;\n" +
                "ALTER TABLE t DROP (c);\n" +
                "ALTER TABLE t SET UNUSED (d);\n");

            TableInfo t = Table(replayer, "T");
            Assert.Equal(new[] { "A", "BB", "E", "F" }, t.Columns.Select(c => c.Name).ToArray());
            Assert.Equal("VARCHAR2", t.FindColumn("A")!.DataType);
            Assert.False(t.FindColumn("A")!.IsNullable);
            Assert.Equal(3, t.FindColumn("A")!.DeclaredAt.Line);
            Assert.True(t.FindColumn("E")!.IsLong);
            Assert.False(t.FindColumn("F")!.IsNullable);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void PostgreSql_and_SqlServer_alter_column_change_type_and_nullability()
        {
            SchemaReplayer pg = Replay(SqlDialect.PostgreSql, "CREATE TABLE t (a int, b int NOT NULL);\nALTER TABLE t ALTER COLUMN a TYPE bigint, ALTER COLUMN a SET NOT NULL, ALTER COLUMN b DROP NOT NULL;\n");
            Assert.Equal("BIGINT", Table(pg, "t").FindColumn("a")!.DataType);
            Assert.False(Table(pg, "t").FindColumn("a")!.IsNullable);
            Assert.True(Table(pg, "t").FindColumn("b")!.IsNullable);

            SchemaReplayer ss = Replay(SqlDialect.SqlServer, "CREATE TABLE t (a INT NULL);\nALTER TABLE t ALTER COLUMN a BIGINT NOT NULL;\n");
            Assert.Equal("BIGINT", Table(ss, "t").FindColumn("a")!.DataType);
            Assert.False(Table(ss, "t").FindColumn("a")!.IsNullable);
        }

        [Fact]
        public void MySql_change_column_renames_then_redefines()
        {
            SchemaReplayer replayer = Replay(SqlDialect.MySql, "CREATE TABLE t (email VARCHAR(10), KEY ix_email (email));\nALTER TABLE t CHANGE COLUMN email mail VARCHAR(200) NOT NULL;\n");
            TableInfo t = Table(replayer, "t");
            Assert.Equal("mail", Assert.Single(t.Columns).Name);
            Assert.False(t.Columns[0].IsNullable);
            Assert.Equal("mail", t.Indexes[0].Columns[0].Text);
        }

        [Fact]
        public void Alter_table_adds_and_drops_constraints()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE p (id NUMBER);\nCREATE TABLE c (id NUMBER, p_id NUMBER, code NUMBER, x NUMBER);\n",
                "ALTER TABLE p ADD CONSTRAINT pk_p PRIMARY KEY (id);\n" +
                "ALTER TABLE c ADD CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE;\n" +
                "ALTER TABLE c ADD CONSTRAINT uq_code UNIQUE (code);\n" +
                "ALTER TABLE c ADD (y NUMBER CONSTRAINT fk_y REFERENCES p ON DELETE SET NULL);\n",
                "ALTER TABLE c DROP CONSTRAINT fk_c_p;\nALTER TABLE c DROP UNIQUE (code);\nALTER TABLE p DROP PRIMARY KEY;\n");

            TableInfo c = Table(replayer, "C");
            Assert.Equal(new[] { "FK_Y" }, c.Constraints.Select(k => k.Name).ToArray());
            Assert.Null(Table(replayer, "P").PrimaryKey);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Added_constraints_are_in_the_catalog_for_the_next_statement()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE p (id NUMBER);\nCREATE TABLE c (id NUMBER, p_id NUMBER);\nALTER TABLE c ADD CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE;\n");

            ConstraintInfo fk = Assert.Single(Table(replayer, "C").ForeignKeys);
            Assert.Equal(DeleteRule.Cascade, fk.OnDelete);
            Assert.Equal(3, fk.DeclaredAt.Line);
        }

        [Fact]
        public void Alter_table_logging_move_and_partitioning()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE a (id NUMBER) LOGGING;\nCREATE TABLE b (id NUMBER);\nCREATE TABLE c (id NUMBER, d DATE);\nCREATE TABLE e (id NUMBER, l CLOB);\n" +
                "ALTER TABLE a NOLOGGING;\nALTER TABLE b MOVE NOLOGGING;\n" +
                "ALTER TABLE c MODIFY PARTITION BY RANGE (d) (PARTITION p0 VALUES LESS THAN (MAXVALUE)) ONLINE;\n" +
                "ALTER TABLE e MODIFY LOB (l) (NOLOGGING);\nALTER TABLE a MODIFY PARTITION p1 LOGGING;\n");

            Assert.Equal(TableLogging.NoLogging, Table(replayer, "A").Logging);
            Assert.Equal(5, Table(replayer, "A").LoggingDeclaredAt!.Line);
            Assert.Equal(TableLogging.NoLogging, Table(replayer, "B").Logging);
            Assert.True(Table(replayer, "C").IsPartitioned);
            Assert.Equal(TableLogging.Unspecified, Table(replayer, "E").Logging);
        }

        [Fact]
        public void PostgreSql_set_unlogged_is_nologging()
        {
            SchemaReplayer replayer = Replay(SqlDialect.PostgreSql, "CREATE TABLE t (id int);\nALTER TABLE t SET UNLOGGED;\n");
            Assert.Equal(TableLogging.NoLogging, Table(replayer, "t").Logging);
        }

        [Fact]
        public void MySql_alter_table_adds_drops_and_renames_indexes()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.MySql,
                "CREATE TABLE t (a INT, b INT, KEY ix_old (b));\n" +
                "ALTER TABLE t ADD INDEX ix_a (a), ADD UNIQUE KEY ux_ab (a, b), DROP INDEX ix_old, RENAME INDEX ix_a TO ix_a2;\n");

            TableInfo t = Table(replayer, "t");
            Assert.Equal(new[] { "ix_a2", "ux_ab" }, t.Indexes.Select(i => i.Name.Name).ToArray());
            Assert.True(t.Indexes[1].IsUnique);
            Assert.Equal(2, t.Indexes[1].DeclaredAt.Line);
        }

        // ---- indexes ----

        [Fact]
        public void Create_index_records_kind_uniqueness_visibility_partial_include_and_expression_keys()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE t (a NUMBER, b VARCHAR2(10));\n" +
                "CREATE BITMAP INDEX bx ON t (a);\nCREATE UNIQUE INDEX ux ON t (a, b) INVISIBLE;\nCREATE INDEX fx ON t (UPPER( b ));\nCREATE INDEX fx2 ON t (upper(b));\n");

            TableInfo t = Table(replayer, "T");
            Assert.Equal("BITMAP", t.FindIndex("BX")!.Kind);
            Assert.True(t.FindIndex("UX")!.IsUnique);
            Assert.False(t.FindIndex("UX")!.IsVisible);
            IndexKeyColumn key = Assert.Single(t.FindIndex("FX")!.Columns);
            Assert.True(key.IsExpression);
            Assert.Equal(key, t.FindIndex("FX2")!.Columns[0]);
            Assert.Equal("fx2", t.FindIndex("FX2")!.DisplayName);

            SchemaReplayer pg = Replay(SqlDialect.PostgreSql, "CREATE TABLE t (a int, b int, tags text[]);\nCREATE INDEX p ON t (a) INCLUDE (b) WHERE b > 0;\nCREATE INDEX g ON t USING gin (tags);\n");
            IndexInfo partial = Table(pg, "t").FindIndex("p")!;
            Assert.True(partial.IsPartial);
            Assert.Equal(new[] { "b" }, partial.IncludedColumns);
            Assert.Equal("GIN", Table(pg, "t").FindIndex("g")!.Kind);
        }

        [Fact]
        public void Alter_index_renames_and_changes_visibility_and_drop_index_drops()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE t (a NUMBER, b NUMBER);\nCREATE INDEX ix_a ON t (a);\nCREATE INDEX ix_b ON t (b);\n",
                "ALTER INDEX ix_a RENAME TO ix_a2;\nALTER INDEX ix_a2 INVISIBLE;\nDROP INDEX ix_b;\n");

            IndexInfo index = Assert.Single(Table(replayer, "T").Indexes);
            Assert.Equal("IX_A2", index.Name.Name);
            Assert.Equal("ix_a2", index.DisplayName);
            Assert.False(index.IsVisible);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void SqlServer_drop_index_on_table_and_sp_rename()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.SqlServer,
                "CREATE TABLE dbo.Orders (Id INT, Cust INT);\nCREATE INDEX ix1 ON dbo.Orders (Cust);\nCREATE INDEX ix2 ON dbo.Orders (Id);\nDROP INDEX ix1 ON dbo.Orders;\n" +
                "EXEC sp_rename 'dbo.Orders.ix2', 'ix_id', 'INDEX';\nEXEC sp_rename 'dbo.Orders.Cust', 'CustomerId', 'COLUMN';\nEXEC sp_rename '[dbo].[Orders]', 'Orders2';\n");

            TableInfo orders = Table(replayer, "dbo.orders2");
            Assert.Equal("ix_id", Assert.Single(orders.Indexes).Name.Name);
            Assert.Equal(new[] { "id", "customerid" }, orders.Columns.Select(c => c.Name).ToArray());
            Assert.Equal("CustomerId", orders.Columns[1].DisplayName);
            Assert.Empty(replayer.Notes);
        }

        [Fact]
        public void Queries_between_changes_see_every_change()
        {
            var replayer = new SchemaReplayer();
            void Run(string sql) => replayer.ApplyScript(SqlScript.Parse(sql, SqlDialect.Oracle, "V1__m.sql"));
            CascadeResult Cascade() => replayer.Catalog.GetCascadingChildren(SchemaObjectName.Parse("P"));

            Run("CREATE TABLE p (id NUMBER PRIMARY KEY);\nCREATE TABLE c (id NUMBER, p_id NUMBER);\n");
            Assert.True(Cascade().IsEmpty);
            Run("ALTER TABLE c ADD (x NUMBER);\n");
            Assert.Same(replayer.Catalog.FindTable("C"), replayer.Catalog.Tables.Single(t => t.Name.Name == "C"));
            Assert.True(Cascade().IsEmpty);
            Run("ALTER TABLE c ADD CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE;\n");
            Assert.Single(Cascade().Deleted);
            Run("ALTER TABLE c ADD (y NUMBER);\n");
            Assert.Equal(4, Assert.Single(Cascade().Deleted).Table.Columns.Count);
            Run("ALTER TABLE c DROP CONSTRAINT fk_c_p;\n");
            Assert.True(Cascade().IsEmpty);
        }

        // ---- materialized views, dynamic SQL, program units ----

        [Fact]
        public void Materialized_views_and_logs_are_known()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "CREATE TABLE orders (id NUMBER);\nCREATE MATERIALIZED VIEW LOG ON orders WITH ROWID;\nCREATE MATERIALIZED VIEW mv_orders AS SELECT * FROM orders;\n");

            Assert.True(replayer.Catalog.HasMaterializedViewLog(SchemaObjectName.Parse("ORDERS")));
            Assert.Equal("MV_ORDERS", Assert.Single(replayer.Catalog.GetMaterializedViewsOn(SchemaObjectName.Parse("ORDERS"))).Name.Name);
        }

        [Fact]
        public void Execute_immediate_ddl_is_replayed_and_ddl_inside_a_procedure_is_not()
        {
            SchemaReplayer replayer = Replay(
                SqlDialect.Oracle,
                "BEGIN\n  EXECUTE IMMEDIATE 'CREATE TABLE made_dynamically (id NUMBER)';\nEXCEPTION WHEN OTHERS THEN NULL;\nEND;\n/\n" +
                "CREATE OR REPLACE PROCEDURE p AS\nBEGIN\n  EXECUTE IMMEDIATE 'CREATE TABLE made_later (id NUMBER)';\nEND;\n/\n");

            TableInfo made = Table(replayer, "MADE_DYNAMICALLY");
            Assert.Equal(2, made.CreatedIn!.Line);
            Assert.Null(replayer.Catalog.FindTable("MADE_LATER"));
        }

        [Fact]
        public void Remote_tables_and_dml_change_nothing()
        {
            var source = new SchemaSource("V1__m.sql", new Sql.Text.TextSpan(0, 10), 1);
            foreach (string sql in new[] { "DELETE FROM t WHERE id = 1", "DROP TABLE t@remote", "SELECT * FROM t", "GRANT SELECT ON t TO u" })
            {
                var script = SqlScript.Parse(sql, SqlDialect.Oracle, "V1__m.sql");
                Assert.Empty(StatementToChanges.Translate(script.Statements[0], source, script));
            }
        }

        [Fact]
        public void Partial_statements_and_odd_input_never_throw()
        {
            var replayer = new SchemaReplayer();
            foreach (string sql in new[] { "CREATE TABLE", "CREATE TABLE t (", "ALTER TABLE t ADD", "ALTER TABLE", "CREATE INDEX ON", "DROP INDEX", "RENAME a TO", "EXEC sp_rename", "EXEC sp_rename '', ''", "EXEC sp_rename '[a', 'b'" })
            {
                foreach (SqlDialect dialect in SqlDialect.All)
                    replayer.ApplyScript(SqlScript.Parse(sql, dialect, "x.sql"));
            }
        }
    }
}

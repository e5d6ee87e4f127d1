using System.Linq;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;
using Xunit;
using static SchemaGuard.Core.Tests.RuleCases.SchemaRuleRunner;

namespace SchemaGuard.Core.Tests.RuleCases
{
    public class DeleteCascadesToChildrenRuleTests
    {
        private const string Id = "SG1002";

        private const string OracleSchema =
            "CREATE TABLE customers (id NUMBER PRIMARY KEY, name VARCHAR2(100));\n" +
            "CREATE TABLE orders (id NUMBER PRIMARY KEY, customer_id NUMBER CONSTRAINT fk_orders_customer REFERENCES customers (id) ON DELETE CASCADE);\n" +
            "CREATE TABLE order_items (id NUMBER PRIMARY KEY, order_id NUMBER, CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE);\n" +
            "CREATE TABLE item_notes (id NUMBER, item_id NUMBER REFERENCES order_items ON DELETE CASCADE);\n" +
            "CREATE TABLE invoices (id NUMBER PRIMARY KEY, customer_id NUMBER CONSTRAINT fk_invoices_customer REFERENCES customers (id) ON DELETE SET NULL);\n" +
            "CREATE TABLE audits (id NUMBER, customer_id NUMBER REFERENCES customers (id));\n";

        [Fact]
        public void The_message_lists_every_table_that_loses_rows_with_the_path_and_the_set_null_children()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "DELETE FROM customers WHERE id = 42;\n", OracleSchema));

            Assert.Equal(
                "DELETE FROM customers also deletes rows in 3 other tables through ON DELETE CASCADE: orders (fk_orders_customer), " +
                "order_items (via orders, fk_items_order), item_notes (via orders, order_items, item_notes.item_id). " +
                "It also sets invoices.customer_id (fk_invoices_customer) to NULL (ON DELETE SET NULL) in the rows that referenced deleted ones. " +
                "The statement names only customers: nothing in it shows that those tables lose rows, and once committed they come back only by flashback or from a backup.",
                finding.Message);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.DoesNotContain("audits", finding.Message);
        }

        [Fact]
        public void The_alternative_is_a_way_back_then_batched_child_first_deletes_with_the_real_columns()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "DELETE FROM customers c WHERE c.name = 'x';\n", OracleSchema));
            string[] lines = finding.Alternative!.Split('\n');

            Assert.Contains("CREATE RESTORE POINT before_delete_customers GUARANTEE FLASHBACK DATABASE;", lines);
            Assert.Contains(lines, l => l.Contains("undo_retention"));
            int notes = System.Array.IndexOf(lines, "DELETE FROM item_notes WHERE item_id IN (SELECT id FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE customer_id IN (SELECT id FROM customers c WHERE c.name = 'x'))) AND ROWNUM <= 10000;");
            int items = System.Array.IndexOf(lines, "DELETE FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE customer_id IN (SELECT id FROM customers c WHERE c.name = 'x')) AND ROWNUM <= 10000;");
            int orders = System.Array.IndexOf(lines, "DELETE FROM orders WHERE customer_id IN (SELECT id FROM customers c WHERE c.name = 'x') AND ROWNUM <= 10000;");
            int statement = System.Array.IndexOf(lines, "DELETE FROM customers c WHERE c.name = 'x';");
            Assert.True(notes >= 0 && notes < items && items < orders && orders < statement, finding.Alternative);
            Assert.Contains(lines, l => l.StartsWith("-- invoices.customer_id will be set to NULL by fk_invoices_customer", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("postgresql", "DELETE FROM tasks WHERE ctid IN (SELECT ctid FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE id = 7) LIMIT 10000);", "CREATE TABLE tasks_bak AS SELECT * FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE id = 7);")]
        [InlineData("mysql", "DELETE FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE id = 7) LIMIT 10000;", "CREATE TABLE tasks_bak AS SELECT * FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE id = 7);")]
        [InlineData("sqlserver", "DELETE TOP (10000) FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE id = 7);", "SELECT * INTO tasks_bak FROM tasks WHERE project_id IN (SELECT id FROM projects WHERE id = 7);")]
        public void Batches_and_backups_are_written_in_the_dialect(string dialectName, string batch, string backup)
        {
            Assert.True(SqlDialect.TryFromName(dialectName, out SqlDialect dialect));
            Finding finding = Assert.Single(Run(
                Id,
                dialect,
                "DELETE FROM projects WHERE id = 7;\n",
                "CREATE TABLE projects (id INT PRIMARY KEY);\nCREATE TABLE tasks (id INT PRIMARY KEY, project_id INT, FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE);\n"));

            string[] lines = finding.Alternative!.Split('\n');
            Assert.Contains(batch, lines);
            Assert.Contains(backup, lines);
            Assert.DoesNotContain(lines, l => l.Contains("RESTORE POINT"));
            Assert.DoesNotContain("flashback", finding.Message);
        }

        [Fact]
        public void Deletes_inside_plsql_blocks_and_procedures_fire()
        {
            string code = "BEGIN\n  FOR r IN (SELECT id FROM closed) LOOP\n    DELETE FROM customers WHERE id = r.id;\n  END LOOP;\nEND;\n/\n" +
                          "CREATE OR REPLACE PROCEDURE purge_customer (p_id NUMBER) AS\nBEGIN\n  DELETE customers WHERE id = p_id;\nEND;\n/\n";
            var findings = Run(Id, SqlDialect.Oracle, code, OracleSchema);

            Assert.Equal(new[] { (3, 5), (9, 3) }, findings.Select(f => (f.Start.Line, f.Start.Column)).ToArray());
        }

        [Fact]
        public void Keywords_in_strings_comments_and_q_quotes_do_not_fire()
        {
            string code = "-- DELETE FROM customers WHERE id = 1;\n/* DELETE FROM customers */\n" +
                          "INSERT INTO audits (id, customer_id) SELECT 1, 2 FROM dual WHERE 'DELETE FROM customers' IS NOT NULL;\n" +
                          "BEGIN\n  dbms_output.put_line(q'[DELETE FROM customers WHERE 1 = 1;]');\nEND;\n/\n";
            Assert.Empty(Run(Id, SqlDialect.Oracle, code, OracleSchema));
        }

        [Fact]
        public void Mixed_case_and_quoted_upper_case_names_meet_the_table_but_a_quoted_mixed_case_name_does_not()
        {
            Assert.Single(Run(Id, SqlDialect.Oracle, "dElEtE fRoM CuStOmErS wHeRe Id = 1;\n", OracleSchema));
            Assert.Single(Run(Id, SqlDialect.Oracle, "DELETE FROM \"CUSTOMERS\" WHERE id = 1;\n", OracleSchema));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "DELETE FROM \"Customers\" WHERE id = 1;\n", OracleSchema));
        }

        [Fact]
        public void A_statement_over_many_crlf_lines_points_at_its_delete_head()
        {
            Finding finding = Assert.Single(Run(Id, SqlDialect.Oracle, "-- purge\r\n  DELETE\r\n    FROM\r\n      customers\r\n   WHERE id = 1;\r\n", OracleSchema.Replace("\n", "\r\n")));

            Assert.Equal((2, 3), (finding.Start.Line, finding.Start.Column));
            Assert.Equal((4, 16), (finding.End.Line, finding.End.Column));
        }

        [Fact]
        public void Children_without_cascades_unknown_tables_and_remote_tables_stay_quiet()
        {
            Assert.Empty(Run(Id, SqlDialect.Oracle, "DELETE FROM item_notes WHERE id = 1;\nDELETE FROM audits;\nDELETE FROM nobody_knows;\nDELETE FROM customers@remote WHERE id = 1;\n", OracleSchema));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "DELETE FROM customers WHERE id = 1;\n", "CREATE TABLE customers (id NUMBER PRIMARY KEY);\nCREATE TABLE invoices (id NUMBER, customer_id NUMBER REFERENCES customers ON DELETE SET NULL);\n"));
        }

        [Fact]
        public void Cascades_added_and_dropped_by_later_migrations_are_followed()
        {
            const string tables = "CREATE TABLE p (id NUMBER PRIMARY KEY);\nCREATE TABLE c (id NUMBER, p_id NUMBER);\n";
            const string add = "ALTER TABLE c ADD CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE;\n";

            Assert.Contains("c (fk_c_p)", Assert.Single(Run(Id, SqlDialect.Oracle, "DELETE FROM p;\n", tables, add)).Message);
            Assert.Empty(Run(Id, SqlDialect.Oracle, "DELETE FROM p;\n", tables, add, "ALTER TABLE c DROP CONSTRAINT fk_c_p;\n"));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "ALTER TABLE c DROP CONSTRAINT fk_c_p;\nDELETE FROM p;\n", tables, add));
            Assert.StartsWith(
                "DELETE FROM clients also deletes rows in 1 other table through ON DELETE CASCADE: c_renamed (fk_c_p).",
                Assert.Single(Run(Id, SqlDialect.Oracle, "DELETE FROM clients;\n", tables, add, "RENAME p TO clients;\nALTER TABLE c RENAME TO c_renamed;\n")).Message);
        }

        [Fact]
        public void A_self_referencing_cascade_is_reported()
        {
            Finding finding = Assert.Single(Run(
                Id,
                SqlDialect.PostgreSql,
                "DELETE FROM categories WHERE id = 3;\n",
                "CREATE TABLE categories (id int PRIMARY KEY, parent_id int CONSTRAINT fk_parent REFERENCES categories (id) ON DELETE CASCADE);\n"));

            Assert.Contains("categories references itself with ON DELETE CASCADE (fk_parent), so every row below a deleted row goes too.", finding.Message);
        }

        [Fact]
        public void Truncate_cascade_follows_cascades_in_oracle_and_every_reference_in_postgresql()
        {
            Finding oracle = Assert.Single(Run(Id, SqlDialect.Oracle, "TRUNCATE TABLE customers CASCADE;\n", OracleSchema));
            Assert.StartsWith("TRUNCATE customers ... CASCADE also empties every row of 3 other tables through ON DELETE CASCADE: orders", oracle.Message);
            Assert.DoesNotContain("audits", oracle.Message);
            Assert.Equal((1, 16), (oracle.Start.Line, oracle.Start.Column));
            Assert.Empty(Run(Id, SqlDialect.Oracle, "TRUNCATE TABLE customers;\n", OracleSchema));

            const string pg = "CREATE TABLE projects (id bigint PRIMARY KEY);\nCREATE TABLE tasks (id bigint PRIMARY KEY, project_id bigint REFERENCES projects (id) ON DELETE CASCADE);\n" +
                              "CREATE TABLE comments (id bigint, task_id bigint REFERENCES tasks (id));\n";
            Finding postgres = Assert.Single(Run(Id, SqlDialect.PostgreSql, "TRUNCATE projects CASCADE;\n", pg));
            Assert.Contains("whatever their ON DELETE action: tasks (tasks.project_id), comments (via tasks, comments.task_id)", postgres.Message);
            Assert.Contains("TRUNCATE comments, tasks, projects;", postgres.Alternative!.Split('\n'));
            Assert.Empty(Run(Id, SqlDialect.PostgreSql, "TRUNCATE projects;\nTRUNCATE comments CASCADE;\n", pg));
        }

        [Fact]
        public void A_merge_with_a_delete_branch_fires_on_its_delete()
        {
            var findings = Run(
                Id,
                SqlDialect.Oracle,
                "MERGE INTO customers t USING staging s ON (t.id = s.id)\n WHEN MATCHED THEN UPDATE SET t.name = s.name\n DELETE WHERE s.closed = 1;\n" +
                "MERGE INTO customers t USING staging s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.name = s.name;\n",
                OracleSchema);

            Finding finding = Assert.Single(findings);
            Assert.Equal((3, 2), (finding.Start.Line, finding.Start.Column));
            Assert.StartsWith("This MERGE deletes rows of customers, and so also rows in 3 other tables", finding.Message);
            Assert.Contains(":keys", finding.Alternative);
        }

        [Fact]
        public void A_delete_joining_other_tables_uses_a_key_placeholder()
        {
            Finding finding = Assert.Single(Run(
                Id,
                SqlDialect.PostgreSql,
                "DELETE FROM projects p USING archive a WHERE p.id = a.id;\n",
                "CREATE TABLE projects (id bigint PRIMARY KEY);\nCREATE TABLE tasks (id bigint, project_id bigint REFERENCES projects ON DELETE CASCADE);\n"));

            Assert.Contains("DELETE FROM tasks WHERE ctid IN (SELECT ctid FROM tasks WHERE project_id IN (:keys) LIMIT 10000);", finding.Alternative!.Split('\n'));
            Assert.StartsWith("(:keys below stands for the id values of the projects rows the statement deletes.)", finding.Alternative);
        }

        [Fact]
        public void Cascades_known_only_from_the_snapshot_fire()
        {
            var snapshot = Sql.SqlScript.Parse(OracleSchema, SqlDialect.Oracle, "schema.sql");
            var file = new Engine.LintFile(Sql.SqlScript.Parse("DELETE FROM customers WHERE id = 1;\n", SqlDialect.Oracle, CheckedFile), new Settings.LintSettings(SqlDialect.Oracle));
            var result = new Engine.LintEngine(Core.Rules.RuleSet.Default.Only(Id)).Lint(new Engine.LintRequest(new[] { file }, new[] { snapshot }));

            Assert.Single(result.Findings, f => f.RuleId == Id);
        }
    }
}

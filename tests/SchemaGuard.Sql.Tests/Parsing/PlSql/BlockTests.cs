using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.PlSql
{
    public class BlockTests
    {
        private const string Redefinition =
            "DECLARE\n" +
            "  l_errors PLS_INTEGER;\n" +
            "BEGIN\n" +
            "  DBMS_REDEFINITION.CAN_REDEF_TABLE('HR', 'EMPLOYEES', DBMS_REDEFINITION.CONS_USE_PK);\n" +
            "  DBMS_REDEFINITION.START_REDEF_TABLE(uname => 'HR', orig_table => 'EMPLOYEES', int_table => 'EMPLOYEES_INT');\n" +
            "  DBMS_REDEFINITION.COPY_TABLE_DEPENDENTS('HR', 'EMPLOYEES', 'EMPLOYEES_INT',\n" +
            "    copy_indexes => DBMS_REDEFINITION.CONS_ORIG_PARAMS, num_errors => l_errors);\n" +
            "  DBMS_REDEFINITION.SYNC_INTERIM_TABLE('HR', 'EMPLOYEES', 'EMPLOYEES_INT');\n" +
            "  DBMS_REDEFINITION.FINISH_REDEF_TABLE('HR', 'EMPLOYEES', 'EMPLOYEES_INT');\n" +
            "EXCEPTION\n" +
            "  WHEN OTHERS THEN\n" +
            "    DBMS_REDEFINITION.ABORT_REDEF_TABLE('HR', 'EMPLOYEES', 'EMPLOYEES_INT');\n" +
            "    RAISE;\n" +
            "END;\n";

        [Fact]
        public void Redefinition_sequence_is_a_block_of_calls_with_an_abort_in_the_handler()
        {
            var unit = ParsedUnit.Parse(Redefinition, SqlDialect.Oracle);
            var block = unit.Single<BlockStatement>();
            Assert.Equal(StatementKind.Block, block.Kind);
            Assert.Equal(Redefinition.TrimEnd('\n'), unit.Of(block));
            Assert.Equal("l_errors PLS_INTEGER;", unit.Of(block.Block.DeclareSpan));

            var calls = block.Block.Statements.Cast<CallStatement>().ToList();
            Assert.Equal(
                new[] { "CAN_REDEF_TABLE", "START_REDEF_TABLE", "COPY_TABLE_DEPENDENTS", "SYNC_INTERIM_TABLE", "FINISH_REDEF_TABLE" },
                calls.Select(c => c.Procedure.Name.Normalized));
            Assert.All(calls, c => Assert.Equal("DBMS_REDEFINITION", c.Procedure.Schema!.Normalized));
            Assert.Equal("DBMS_REDEFINITION.CAN_REDEF_TABLE('HR', 'EMPLOYEES', DBMS_REDEFINITION.CONS_USE_PK)", unit.Of(calls[0]));
            Assert.Equal("DBMS_REDEFINITION.CAN_REDEF_TABLE", unit.Of(calls[0].Procedure));

            var handler = Assert.Single(block.Block.ExceptionHandlers);
            Assert.True(handler.CatchesAll);
            Assert.Equal("OTHERS", unit.Of(Assert.Single(handler.Exceptions)));
            var abort = Assert.IsType<CallStatement>(handler.Statements[0]);
            Assert.Equal("DBMS_REDEFINITION.ABORT_REDEF_TABLE", abort.Procedure.Normalized);
            Assert.Equal("DBMS_REDEFINITION.ABORT_REDEF_TABLE('HR', 'EMPLOYEES', 'EMPLOYEES_INT')", unit.Of(abort));
            Assert.Equal("RAISE", unit.Of(handler.Statements[1]));
            Assert.Equal(StatementKind.Other, handler.Statements[1].Kind);
        }

        [Fact]
        public void Positional_and_named_arguments_keep_their_spans()
        {
            var unit = ParsedUnit.Parse(Redefinition, SqlDialect.Oracle);
            var calls = unit.Single<BlockStatement>().Block.Statements.Cast<CallStatement>().ToList();

            var canRedef = calls[0];
            Assert.Equal(new[] { "'HR'", "'EMPLOYEES'", "DBMS_REDEFINITION.CONS_USE_PK" }, canRedef.Arguments.Select(a => unit.Of(a.Value)));
            Assert.All(canRedef.Arguments, a => Assert.Null(a.Name));

            var start = calls[1];
            Assert.Equal(new[] { "uname", "orig_table", "int_table" }, start.Arguments.Select(a => a.Name!.Text));
            Assert.Equal("orig_table => 'EMPLOYEES'", unit.Of(start.Arguments[1]));
            Assert.Equal("'EMPLOYEES'", unit.Of(start.FindArgument("ORIG_TABLE", 1)!.Value));

            var copy = calls[2];
            Assert.Equal(5, copy.Arguments.Count);
            var errors = copy.FindArgument("num_errors", 8)!;
            Assert.Equal("num_errors => l_errors", unit.Of(errors));
            Assert.Equal("l_errors", unit.Of(errors.Value));
            Assert.Equal("'EMPLOYEES_INT'", unit.Of(copy.FindArgument("int_table", 2)!.Value));
            Assert.Null(copy.FindArgument("copy_triggers", 5));
        }

        [Fact]
        public void Inner_statements_know_their_tokens_and_terminators()
        {
            var unit = ParsedUnit.Parse(Redefinition, SqlDialect.Oracle);
            var block = unit.Single<BlockStatement>();
            var first = block.Block.Statements[0];
            Assert.True(first.FirstTokenIndex > block.FirstTokenIndex);
            Assert.True(first.EndTokenIndex < first.TerminatorTokenIndex + 1);
            Assert.Equal(first.EndTokenIndex, first.TerminatorTokenIndex);
            Assert.Equal(";", unit.Text.Substring(unit.Text.IndexOf("CONS_USE_PK)", System.StringComparison.Ordinal) + 12, 1));
        }

        [Fact]
        public void If_loops_and_case_are_flattened_in_text_order()
        {
            const string text =
                "BEGIN\n" +
                "  IF a > 0 THEN\n" +
                "    p1;\n" +
                "  ELSIF CASE WHEN b THEN 1 ELSE 0 END = 1 THEN\n" +
                "    p2(1);\n" +
                "  ELSE\n" +
                "    FOR r IN (SELECT id FROM t WHERE x = 1) LOOP\n" +
                "      DELETE FROM t WHERE id = r.id;\n" +
                "      <<inner>> WHILE i < 10 LOOP\n" +
                "        i := i + 1;\n" +
                "        EXIT inner WHEN i = 5;\n" +
                "      END LOOP inner;\n" +
                "    END LOOP;\n" +
                "  END IF;\n" +
                "  CASE l_mode\n" +
                "    WHEN 'A' THEN p3;\n" +
                "    WHEN 'B' THEN p4; p5;\n" +
                "    ELSE LOOP p6; EXIT; END LOOP;\n" +
                "  END CASE;\n" +
                "  FORALL i IN 1 .. l_ids.COUNT SAVE EXCEPTIONS\n" +
                "    DELETE FROM orders WHERE id = l_ids(i);\n" +
                "  COMMIT;\n" +
                "END;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var statements = unit.Single<BlockStatement>().Block.Statements;
            Assert.Equal(
                new[]
                {
                    "p1", "p2(1)", "DELETE FROM t WHERE id = r.id", "i := i + 1", "EXIT inner WHEN i = 5", "p3", "p4", "p5", "p6", "EXIT",
                    "DELETE FROM orders WHERE id = l_ids(i)", "COMMIT",
                },
                statements.Select(unit.Of));
            Assert.Equal(StatementKind.Call, statements[0].Kind);
            Assert.Equal(StatementKind.Assignment, statements[3].Kind);
            Assert.Equal(StatementKind.Transaction, statements[11].Kind);
            Assert.All(statements, s => Assert.False(s.IsPartial));
        }

        [Fact]
        public void Delete_inside_a_block_goes_through_the_statement_dispatch()
        {
            const string text = "BEGIN\n  DELETE FROM orders WHERE status = 'X';\n  UPDATE orders SET a = 1;\nEND;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var statements = unit.Single<BlockStatement>().Block.Statements;
            Assert.Equal("DELETE FROM orders WHERE status = 'X'", unit.Of(statements[0]));
            Assert.Equal("UPDATE orders SET a = 1", unit.Of(statements[1]));
            Assert.Equal(text.IndexOf(';'), unit.Of(statements[0]).Length + text.IndexOf("DELETE", System.StringComparison.Ordinal));

            // The DML parsers are stubs today and will fill in the node types; the dispatch already delivers DELETE to its parser.
            Assert.True(statements[0].Kind == StatementKind.Delete || statements[0] is OtherStatement { Description: "DELETE" });
        }

        [Fact]
        public void Nested_blocks_keep_their_own_handlers()
        {
            const string text =
                "<<outer>>\n" +
                "BEGIN\n" +
                "  BEGIN\n" +
                "    EXECUTE IMMEDIATE 'DROP TABLE t_old PURGE';\n" +
                "  EXCEPTION\n" +
                "    WHEN e_missing OR ut_utils.ex_unsupported THEN NULL;\n" +
                "  END;\n" +
                "  DECLARE\n" +
                "    x NUMBER := 1;\n" +
                "  BEGIN\n" +
                "    x := x + 1;\n" +
                "  END named;\n" +
                "END outer;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var outer = unit.Single<BlockStatement>();
            Assert.Equal("outer", outer.Block.Label!.Text);
            Assert.Empty(outer.Block.ExceptionHandlers);
            Assert.Equal(2, outer.Block.Statements.Count);

            var first = Assert.IsType<BlockStatement>(outer.Block.Statements[0]);
            Assert.StartsWith("BEGIN\n    EXECUTE", unit.Of(first));
            Assert.EndsWith("NULL;\n  END", unit.Of(first));
            var dynamic = Assert.IsType<ExecuteImmediateStatement>(Assert.Single(first.Block.Statements));
            Assert.Equal("'DROP TABLE t_old PURGE'", unit.Of(dynamic.Sql));
            Assert.Equal("DROP TABLE t_old PURGE", dynamic.SqlText);
            var handler = Assert.Single(first.Block.ExceptionHandlers);
            Assert.False(handler.CatchesAll);
            Assert.Equal(new[] { "e_missing", "ex_unsupported" }, handler.Exceptions.Select(e => e.Text));

            var second = Assert.IsType<BlockStatement>(outer.Block.Statements[1]);
            Assert.Equal("x NUMBER := 1;", unit.Of(second.Block.DeclareSpan));
            Assert.Equal("x := x + 1", unit.Of(Assert.Single(second.Block.Statements)));
            Assert.EndsWith("END named", unit.Of(second));
        }

        [Fact]
        public void Execute_immediate_keeps_the_sql_and_skips_its_clauses()
        {
            const string text = "BEGIN\n  EXECUTE IMMEDIATE q'[ALTER TABLE t MOVE ONLINE]';\n  EXECUTE IMMEDIATE 'SELECT 1 FROM ' || l_tab INTO l_n USING l_id;\nEND;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var statements = unit.Single<BlockStatement>().Block.Statements.Cast<ExecuteImmediateStatement>().ToList();
            Assert.Equal("ALTER TABLE t MOVE ONLINE", statements[0].SqlText);
            Assert.Equal("'SELECT 1 FROM ' || l_tab", unit.Of(statements[1].Sql));
            Assert.Null(statements[1].SqlText);
            Assert.Equal("EXECUTE IMMEDIATE 'SELECT 1 FROM ' || l_tab INTO l_n USING l_id", unit.Of(statements[1]));
        }

        [Fact]
        public void Assignments_keep_target_and_value()
        {
            const string text = "BEGIN\n  :new.updated_at := SYSTIMESTAMP;\n  l_tab(i).name := pkg.f(a => 1, b => CASE WHEN x THEN 1 END);\nEND;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var statements = unit.Single<BlockStatement>().Block.Statements.Cast<AssignmentStatement>().ToList();
            Assert.Equal(":new.updated_at", unit.Of(statements[0].Target));
            Assert.Equal("SYSTIMESTAMP", unit.Of(statements[0].Value));
            Assert.Equal("l_tab(i).name", unit.Of(statements[1].Target));
            Assert.Equal("pkg.f(a => 1, b => CASE WHEN x THEN 1 END)", unit.Of(statements[1].Value));
        }

        [Fact]
        public void Method_chains_and_calls_without_arguments_are_calls()
        {
            const string text = "BEGIN\n  ut.expect(l_actual).to_equal(l_expected);\n  self.tokens.extend;\n  reset;\n  l_list.delete(1);\nEND;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var calls = unit.Single<BlockStatement>().Block.Statements.Cast<CallStatement>().ToList();
            Assert.Equal(new[] { "ut.expect", "self.tokens.extend", "reset", "l_list.delete" }, calls.Select(c => unit.Of(c.Procedure)));
            Assert.Equal("l_actual", unit.Of(Assert.Single(calls[0].Arguments)));
            Assert.Empty(calls[2].Arguments);
        }

        [Fact]
        public void Conditional_compilation_reads_both_branches()
        {
            const string text = "BEGIN\n  $if dbms_db_version.version >= 21 $then\n    p_new;\n  $else\n    p_old;\n  $end\nEND;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            Assert.Equal(new[] { "p_new", "p_old" }, unit.Single<BlockStatement>().Block.Statements.Select(unit.Of));
        }

        [Fact]
        public void A_block_without_END_is_partial_and_reported()
        {
            const string text = "BEGIN\n  p1;\n  IF x THEN p2;\n";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var block = Assert.IsType<BlockStatement>(Assert.Single(unit.Statements));
            Assert.True(block.IsPartial);
            Assert.Equal(new[] { "p1", "p2" }, block.Block.Statements.Select(unit.Of));
            Assert.Contains(unit.Diagnostics, d => d.Id == "SG9001" && d.Message.Contains("END IF"));
        }

        [Fact]
        public void A_stray_keyword_is_reported_and_the_rest_still_read()
        {
            const string text = "BEGIN\n  p1;\n  ELSE\n  p2;\nEND;";
            var unit = ParsedUnit.Parse(text, SqlDialect.Oracle);
            var block = Assert.IsType<BlockStatement>(Assert.Single(unit.Statements));
            Assert.True(block.IsPartial);
            Assert.Equal(new[] { "p1", "p2" }, block.Block.Statements.Select(unit.Of));
            Assert.Single(unit.Diagnostics);
        }

        [Fact]
        public void Deep_nesting_is_cut_at_the_limit_without_overflowing()
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < 1000; i++) sb.Append("BEGIN IF x THEN ");
            sb.Append("p;");
            for (int i = 0; i < 1000; i++) sb.Append(" END IF; END;");
            var unit = ParsedUnit.Parse(sb.ToString(), SqlDialect.Oracle);
            var block = Assert.IsType<BlockStatement>(Assert.Single(unit.Statements));
            Assert.False(block.IsPartial);
            Assert.Single(block.DescendantsAndSelf().OfType<Statement>(), s => s.IsPartial);
            Assert.Contains(unit.Diagnostics, d => d.Id == "SG9007");
            Assert.DoesNotContain(unit.Diagnostics, d => d.Id == "SG9001");
            Assert.Equal(sb.Length, block.Span.End);
        }
    }
}

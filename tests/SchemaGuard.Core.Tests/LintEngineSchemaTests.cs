using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    /// <summary>One schema catalog per lint run: what rules see of it, and when.</summary>
    public class LintEngineSchemaTests
    {
        private static readonly LintSettings Oracle = new LintSettings(SqlDialect.Oracle);

        private static LintFile File(string path, string text) => new LintFile(SqlScript.Parse(text, SqlDialect.Oracle, path), Oracle);

        [Fact]
        public void Rules_see_the_catalog_as_it_was_before_each_statement()
        {
            var probe = new SchemaProbeRule();
            TestSupport.Engine(probe).Lint(new LintRequest(new[]
            {
                File("V1__a.sql", "DELETE FROM t WHERE id = 1;\nCREATE TABLE t (id NUMBER);\nCREATE INDEX ix ON t (id);\nALTER TABLE t ADD (x NUMBER);\nDELETE FROM t WHERE id = 2;\n"),
            }));

            Assert.Equal(
                new[]
                {
                    "Delete t: unknown",
                    "CreateTable t: unknown",
                    "CreateIndex t: columns=1 created-here",
                    "Delete t: columns=2 created-here",
                    "end of V1__a.sql: tables=1 created-here=t",
                },
                probe.Seen);
        }

        [Fact]
        public void Later_files_see_what_earlier_files_created_and_it_is_not_created_here()
        {
            var probe = new SchemaProbeRule();
            TestSupport.Engine(probe).Lint(new[]
            {
                File("V1__a.sql", "CREATE TABLE t (id NUMBER);\n"),
                File("V2__b.sql", "DELETE FROM T WHERE id = 1;\nCREATE TABLE u (id NUMBER);\n"),
            });

            Assert.Equal(
                new[]
                {
                    "CreateTable t: unknown",
                    "end of V1__a.sql: tables=1 created-here=t",
                    "Delete T: columns=1",
                    "CreateTable u: unknown",
                    "end of V2__b.sql: tables=2 created-here=u",
                },
                probe.Seen);
        }

        [Fact]
        public void The_snapshot_is_replayed_first_and_never_linted()
        {
            var probe = new SchemaProbeRule();
            var snapshot = SqlScript.Parse("CREATE TABLE t (id NUMBER, a NUMBER);\nDELETE FROM t;\n", SqlDialect.Oracle, "schema.sql");
            LintResult result = TestSupport.Engine(probe, new OtherRule()).Lint(new LintRequest(
                new[] { File("V1__a.sql", "DELETE FROM t WHERE id = 1;\n") },
                snapshot: new[] { snapshot }));

            Assert.Equal(new[] { "Delete t: columns=2 snapshot", "end of V1__a.sql: tables=1 created-here=" }, probe.Seen);
            Assert.DoesNotContain(result.Findings, f => f.FilePath == "schema.sql");
            Assert.True(result.Schema.FindTable("T")!.CreatedIn!.IsSnapshot);
        }

        [Fact]
        public void Index_usage_reaches_the_rules()
        {
            var probe = new SchemaProbeRule();
            IndexUsageData usage = IndexUsageReader.Read("INDEX_NAME,TABLE_NAME,USED\nIX_A,T,NO\nIX_B,T,YES\n", "usage.csv").Data!;
            TestSupport.Engine(probe).Lint(new LintRequest(new[] { File("V1__a.sql", "DELETE FROM t;\n") }, indexUsage: usage));

            Assert.Equal("Delete t: unknown usage=2", probe.Seen[0]);
        }

        [Fact]
        public void Statements_in_blocks_are_applied_in_order_but_not_those_in_procedure_bodies()
        {
            var probe = new SchemaProbeRule();
            TestSupport.Engine(probe).Lint(new[]
            {
                File(
                    "V1__a.sql",
                    "BEGIN\n  EXECUTE IMMEDIATE 'CREATE TABLE t (id NUMBER)';\n  DELETE FROM t;\nEND;\n/\n" +
                    "CREATE OR REPLACE PROCEDURE p AS\nBEGIN\n  EXECUTE IMMEDIATE 'CREATE TABLE u (id NUMBER)';\n  DELETE FROM u;\nEND;\n/\nDELETE FROM u;\n"),
            });

            Assert.Equal(
                new[] { "Delete t: columns=1 created-here", "Delete u: unknown", "Delete u: unknown", "end of V1__a.sql: tables=1 created-here=t" },
                probe.Seen);
        }

        [Fact]
        public void Replay_notes_are_kept_apart_from_findings()
        {
            LintResult result = TestSupport.Engine(new SchemaProbeRule()).Lint(new[]
            {
                File("V1__a.sql", "CREATE TABLE t (id NUMBER);\nCREATE TABLE t (id NUMBER);\nDROP TABLE nobody_made_me;\n"),
            });

            Assert.Empty(result.Findings);
            Assert.Equal(2, result.ReplayNotes.Count);
            Assert.Contains("already exists", result.ReplayNotes[0].Message);
            Assert.Equal("V1__a.sql:3", result.ReplayNotes[1].Source.ToString());
        }

        [Fact]
        public void Whole_file_rules_see_the_state_after_the_file_and_can_ask_what_was_created_before_a_statement()
        {
            var file = File("V1__a.sql", "CREATE TABLE a (id NUMBER);\nDELETE FROM a;\nCREATE TABLE b (id NUMBER);\n");
            var rule = new CreatedBeforeRule();
            LintResult result = TestSupport.Engine(rule).Lint(new[] { File("V0__z.sql", "CREATE TABLE z (id NUMBER);\n"), file });

            Assert.Equal(
                new[] { "V0__z.sql: z=True,False", "V1__a.sql: a=True,True b=True,False z=False,False" },
                rule.Seen);
            Assert.Equal(3, result.Schema.Tables.Count);
        }

        [Fact]
        public void The_old_entry_points_still_lint_with_an_empty_catalog()
        {
            var probe = new SchemaProbeRule();
            var engine = TestSupport.Engine(probe);
            engine.Lint(SqlScript.Parse("DELETE FROM t;\n", SqlDialect.Oracle, "a.sql"), Oracle);
            engine.Lint(SqlScript.Parse("CREATE TABLE t (id NUMBER);\n", SqlDialect.Oracle, "b.sql"), Oracle);
            engine.Lint(SqlScript.Parse("DELETE FROM t;\n", SqlDialect.Oracle, "c.sql"), Oracle);

            Assert.Equal(new[] { "Delete t: unknown", "CreateTable t: unknown", "Delete t: unknown" }, probe.Seen.Where(s => !s.StartsWith("end", System.StringComparison.Ordinal)));
        }

        /// <summary>At the end of each file: for each known table, created in this file?, and before the file's DELETE?</summary>
        [Rules.Rule("SG1908")]
        private sealed class CreatedBeforeRule : Rules.SqlRule
        {
            public System.Collections.Generic.List<string> Seen { get; } = new System.Collections.Generic.List<string>();

            public override System.Collections.Generic.IReadOnlyCollection<Sql.Syntax.StatementKind> Kinds { get; } = KindsOf();

            public override void AnalyzeScript(ScriptContext context)
            {
                var delete = context.OfKind(Sql.Syntax.StatementKind.Delete).FirstOrDefault();
                var parts = context.Schema.Tables.OrderBy(t => t.Name.Name, System.StringComparer.Ordinal).Select(t =>
                {
                    var name = SqlScript.Parse("DROP TABLE " + t.DisplayName + ";", SqlDialect.Oracle).Statements.OfType<Sql.Syntax.DropTableStatement>().Single().Tables[0];
                    return t.DisplayName + "=" + context.IsCreatedInFile(name) + "," + (delete != null && context.IsCreatedInFile(name, delete));
                });
                Seen.Add(context.FilePath + ": " + string.Join(" ", parts));
            }
        }
    }
}

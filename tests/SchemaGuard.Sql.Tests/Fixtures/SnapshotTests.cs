using System;
using System.IO;
using System.Linq;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Tests.Infrastructure;
using SchemaGuard.Sql.Tests.Invariants;
using Xunit;

namespace SchemaGuard.Sql.Tests.Fixtures
{
    /// <summary>
    /// Each fixture's tree dump must equal its committed snapshot. To accept a change in the dumps, run
    /// <c>UPDATE_SNAPSHOTS=1 dotnet test tests/SchemaGuard.Sql.Tests</c>, review <c>git diff</c>, and commit the .snap files.
    /// </summary>
    public class SnapshotTests
    {
        private const string UpdateHint = "UPDATE_SNAPSHOTS=1 dotnet test tests/SchemaGuard.Sql.Tests --filter \"FullyQualifiedName~SnapshotTests\"";

        [Theory]
        [MemberData(nameof(FixtureCatalog.Ids), MemberType = typeof(FixtureCatalog))]
        public void Dump_matches_snapshot(string id)
        {
            Assert.False(
                TestEnvironment.IsCI && TestEnvironment.UpdateSnapshotsRequested,
                "UPDATE_SNAPSHOTS is set while CI=true: snapshots are only ever rewritten on a developer's machine and committed after review.");

            var fixture = FixtureCatalog.Get(id);
            string actual = SyntaxTreeDumper.Dump(fixture.Parse());

            if (TestEnvironment.UpdateSnapshots)
            {
                File.WriteAllText(fixture.SourceSnapshotPath, actual);
                return;
            }

            Assert.True(
                File.Exists(fixture.OutputSnapshotPath),
                "No snapshot for " + id + ". Create it with " + UpdateHint + ", then read tests/SchemaGuard.Sql.Tests/Fixtures/" + id + ".snap and commit it.");

            // Snapshots are written with LF; tolerate one that an editor saved with CRLF.
            string expected = File.ReadAllText(fixture.OutputSnapshotPath).Replace("\r\n", "\n");
            if (expected != actual)
            {
                Assert.Fail("The dump of " + id + " differs from its snapshot " + Describe(expected, actual) +
                    "\nIf the change is intended, run " + UpdateHint + " and review the diff of the .snap files.");
            }
        }

        [Theory]
        [MemberData(nameof(FixtureCatalog.Ids), MemberType = typeof(FixtureCatalog))]
        public void Ok_fixtures_read_cleanly_and_err_fixtures_report_errors(string id)
        {
            var fixture = FixtureCatalog.Get(id);
            var script = fixture.Parse();
            var syntaxErrors = ScriptInvariants.SyntaxErrors(script);

            if (fixture.ExpectsErrors)
            {
                Assert.True(syntaxErrors.Count > 0, id + " is in an err/ folder but the parser reported no SG9001 or SG9004: move it to ok/ or make it wrong.");
            }
            else
            {
                Assert.True(syntaxErrors.Count == 0, id + " is in an ok/ folder but the parser reported:\n" + string.Join("\n", syntaxErrors));
            }
        }

        [Fact]
        public void Every_dialect_has_ok_and_err_fixtures()
        {
            foreach (var dialect in new[] { "oracle", "postgresql", "mysql", "sqlserver" })
            {
                Assert.Contains(FixtureCatalog.All, f => f.Id.StartsWith(dialect + "/ok/", StringComparison.Ordinal));
                Assert.Contains(FixtureCatalog.All, f => f.Id.StartsWith(dialect + "/err/", StringComparison.Ordinal));
            }
        }

        [Fact]
        public void Fixture_folders_hold_only_fixtures_and_their_snapshots()
        {
            var problems = FixtureCatalog.FindMisplacedFiles(RepoPaths.SourceFixtures);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Fixtures_are_copied_byte_for_byte()
        {
            foreach (var fixture in FixtureCatalog.All)
            {
                var source = File.ReadAllBytes(Path.Combine(RepoPaths.SourceFixtures, fixture.Id));
                Assert.True(source.SequenceEqual(fixture.ReadBytes()), fixture.Id + " in the output folder differs from the source tree; rebuild the test project.");
            }
        }

        /// <summary>Where two dumps first differ, as line numbers with both lines.</summary>
        internal static string Describe(string expected, string actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            int n = Math.Min(e.Length, a.Length);
            for (int i = 0; i < n; i++)
            {
                if (e[i] != a[i])
                {
                    return "at line " + (i + 1) + ":\n  snapshot: " + e[i] + "\n  actual:   " + a[i];
                }
            }

            return "in length: the snapshot has " + e.Length + " lines, the dump " + a.Length + ".";
        }
    }
}

using System.IO;
using SchemaGuard.Sql.Tests.Infrastructure;
using Xunit;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>
    /// Compares output with a committed file under tests/SchemaGuard.Cli.Tests/Snapshots. After a deliberate change run
    /// <c>UPDATE_SNAPSHOTS=1 dotnet test tests/SchemaGuard.Cli.Tests</c>, review the diff and commit; CI refuses the switch.
    /// </summary>
    internal static class Snapshot
    {
        private const string UpdateHint = "UPDATE_SNAPSHOTS=1 dotnet test tests/SchemaGuard.Cli.Tests --filter \"FullyQualifiedName~SnapshotTests\"";

        public static string Folder => Path.Combine(RepoPaths.RepositoryRoot, "tests", "SchemaGuard.Cli.Tests", "Snapshots");

        public static void Match(string name, string actual)
        {
            Assert.False(
                TestEnvironment.IsCI && TestEnvironment.UpdateSnapshotsRequested,
                "UPDATE_SNAPSHOTS is set while CI=true: snapshots are only ever rewritten on a developer's machine and committed after review.");
            string path = Path.Combine(Folder, name);
            if (TestEnvironment.UpdateSnapshots)
            {
                Directory.CreateDirectory(Folder);
                File.WriteAllText(path, actual);
                return;
            }

            Assert.True(File.Exists(path), "No snapshot " + name + ". Create it with " + UpdateHint + ", review it and commit it.");
            string expected = File.ReadAllText(path).Replace("\r\n", "\n");
            if (expected != actual)
            {
                Assert.Fail("The output differs from the snapshot " + name + " (run " + UpdateHint + " if the change is intended, then review the diff).\n" +
                    "--- expected\n" + expected + "\n--- actual\n" + actual);
            }
        }
    }
}

using System;

namespace SchemaGuard.Sql.Tests.Infrastructure
{
    /// <summary>The switches the test run reads from the environment.</summary>
    internal static class TestEnvironment
    {
        /// <summary>Whether the tests run in CI (<c>CI=true</c>, as CI services and our .ci/run set it).</summary>
        public static bool IsCI => IsTrue(Environment.GetEnvironmentVariable("CI"));

        /// <summary>Whether <c>UPDATE_SNAPSHOTS</c> is set to anything at all (CI refuses it).</summary>
        public static bool UpdateSnapshotsRequested => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS"));

        /// <summary>Whether snapshots are to be rewritten: <c>UPDATE_SNAPSHOTS=1</c>.</summary>
        public static bool UpdateSnapshots => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

        private static bool IsTrue(string? value) =>
            string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Tests.Infrastructure;
using Xunit;

namespace SchemaGuard.Sql.Tests.Fixtures
{
    /// <summary>
    /// A parser fixture: <c>Fixtures/&lt;dialect&gt;/ok/x.sql</c> must read without syntax errors, <c>err/x.sql</c> must
    /// report at least one; either way its dump must equal <c>x.sql.snap</c>.
    /// </summary>
    internal sealed class Fixture
    {
        public Fixture(string id, SqlDialect dialect, bool expectsErrors)
        {
            Id = id;
            Dialect = dialect;
            ExpectsErrors = expectsErrors;
        }

        /// <summary><c>oracle/ok/basics.sql</c>: the path under Fixtures/, with forward slashes.</summary>
        public string Id { get; }

        public SqlDialect Dialect { get; }

        /// <summary>Whether it lives in an <c>err/</c> folder.</summary>
        public bool ExpectsErrors { get; }

        /// <summary>The copy next to the test binaries.</summary>
        public string OutputPath => Path.Combine(RepoPaths.OutputFixtures, Id);

        /// <summary>The snapshot copied next to the test binaries (what the test compares with).</summary>
        public string OutputSnapshotPath => OutputPath + ".snap";

        /// <summary>The snapshot in the source tree (what an update writes).</summary>
        public string SourceSnapshotPath => Path.Combine(RepoPaths.SourceFixtures, Id) + ".snap";

        /// <summary>The file's bytes, exactly as committed.</summary>
        public byte[] ReadBytes() => File.ReadAllBytes(OutputPath);

        /// <summary>Decodes and parses the file the way the CLI does.</summary>
        public SqlScript Parse() => SqlScript.ParseFile(ReadBytes(), Id, Dialect);

        public override string ToString() => Id;
    }

    /// <summary>Finds the fixtures copied to the test output folder.</summary>
    internal static class FixtureCatalog
    {
        private static readonly Lazy<IReadOnlyList<Fixture>> Fixtures = new Lazy<IReadOnlyList<Fixture>>(Scan);

        /// <summary>Every fixture, ordered by id.</summary>
        public static IReadOnlyList<Fixture> All => Fixtures.Value;

        /// <summary>Theory data: every fixture id.</summary>
        public static TheoryData<string> Ids()
        {
            var data = new TheoryData<string>();
            foreach (var fixture in All) data.Add(fixture.Id);
            return data;
        }

        public static Fixture Get(string id) =>
            All.FirstOrDefault(f => f.Id == id) ?? throw new ArgumentException("No fixture " + id + " under " + RepoPaths.OutputFixtures);

        /// <summary>Files under Fixtures/ that are not laid out as &lt;dialect&gt;/ok|err/*.sql(.snap), or snapshots without a fixture.</summary>
        public static IReadOnlyList<string> FindMisplacedFiles(string root)
        {
            var problems = new List<string>();
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                string id = ToId(root, path);
                if (id.EndsWith(".cs", StringComparison.Ordinal)) continue;
                bool isSnapshot = id.EndsWith(".sql.snap", StringComparison.Ordinal);
                string fixtureId = isSnapshot ? id.Substring(0, id.Length - ".snap".Length) : id;
                if (!TryParseId(fixtureId, out _, out _))
                {
                    problems.Add(id + ": expected <dialect>/ok/<name>.sql or <dialect>/err/<name>.sql (and its .sql.snap)");
                }
                else if (isSnapshot && !File.Exists(path.Substring(0, path.Length - ".snap".Length)))
                {
                    problems.Add(id + ": snapshot without its fixture; delete it");
                }
            }

            return problems;
        }

        /// <summary>Reads <c>&lt;dialect&gt;/ok|err/&lt;name&gt;.sql</c>; false for anything else.</summary>
        private static bool TryParseId(string id, out SqlDialect dialect, out bool expectsErrors)
        {
            string[] parts = id.Split('/');
            expectsErrors = parts.Length == 3 && parts[1] == "err";
            dialect = SqlDialect.Oracle;
            return parts.Length == 3
                && (parts[1] == "ok" || expectsErrors)
                && parts[2].EndsWith(".sql", StringComparison.Ordinal)
                && SqlDialect.TryFromName(parts[0], out dialect);
        }

        internal static string ToId(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

        private static IReadOnlyList<Fixture> Scan()
        {
            var root = RepoPaths.OutputFixtures;
            var list = new List<Fixture>();
            if (!Directory.Exists(root)) return list;
            foreach (var path in Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories))
            {
                string id = ToId(root, path);
                if (TryParseId(id, out var dialect, out bool expectsErrors)) list.Add(new Fixture(id, dialect, expectsErrors));
            }

            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return list;
        }
    }
}

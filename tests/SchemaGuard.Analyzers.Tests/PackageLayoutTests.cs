using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>Packs SchemaGuard.Analyzers (as <c>dotnet pack SchemaGuard.sln</c> does) and opens the .nupkg.</summary>
    [Collection(PackingCollection.Name)]
    public class PackageLayoutTests
    {
        [Fact]
        public void Package_has_the_analyzer_layout()
        {
            string root = TestPaths.RepositoryRoot();
            string output = Path.Combine(Path.GetTempPath(), "sg-pack-" + Guid.NewGuid().ToString("N"));
            try
            {
                var start = new ProcessStartInfo("dotnet", "pack \"" + Path.Combine(root, "src", "SchemaGuard.Analyzers", "SchemaGuard.Analyzers.csproj") + "\" -c Release -o \"" + output + "\" -nologo")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                using (var process = Process.Start(start)!)
                {
                    string log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                    Assert.True(process.WaitForExit(300_000), "dotnet pack did not finish");
                    Assert.True(process.ExitCode == 0, log);
                }

                string package = Directory.GetFiles(output, "SchemaGuard.Analyzers.*.nupkg").Single();
                using var zip = ZipFile.OpenRead(package);
                var names = zip.Entries.Select(e => e.FullName).ToList();
                Assert.Equal(
                    new[] { "analyzers/dotnet/cs/SchemaGuard.Analyzers.dll", "analyzers/dotnet/cs/SchemaGuard.CodeFixes.dll", "analyzers/dotnet/cs/SchemaGuard.Core.dll", "analyzers/dotnet/cs/SchemaGuard.Sql.dll" },
                    names.Where(n => n.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal));
                Assert.Contains("buildTransitive/SchemaGuard.Analyzers.props", names);

                // The analyzers load in any host with Roslyn 4.8 (VS 17.8, .NET 8 SDK); only the code fixes need the newer one.
                Assert.Equal(new Version(4, 8, 0, 0), RoslynVersion(zip, "analyzers/dotnet/cs/SchemaGuard.Analyzers.dll"));
                Assert.Equal(new Version(4, 14, 0, 0), RoslynVersion(zip, "analyzers/dotnet/cs/SchemaGuard.CodeFixes.dll"));
                Assert.Null(RoslynVersion(zip, "analyzers/dotnet/cs/SchemaGuard.Core.dll"));
                Assert.DoesNotContain(names, n => n.StartsWith("lib/", StringComparison.Ordinal));

                var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
                var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
                Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
                Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.Descendants().Any(d => d.Name.LocalName == "dependency"));

                using var reader = new StreamReader(zip.Entries.Single(e => e.FullName == "buildTransitive/SchemaGuard.Analyzers.props").Open());
                string props = reader.ReadToEnd();
                Assert.Contains("<CompilerVisibleProperty Include=\"SchemaGuardDialect\" />", props, StringComparison.Ordinal);
                Assert.Contains("'$(SchemaGuardIncludeSqlFiles)' != 'false'", props, StringComparison.Ordinal);
                Assert.Contains("<AdditionalFiles Include=\"**/*.sql\"", props, StringComparison.Ordinal);
            }
            finally
            {
                if (Directory.Exists(output)) Directory.Delete(output, true);
            }
        }

        /// <summary>The version of Microsoft.CodeAnalysis the packed assembly references, or null if none.</summary>
        private static Version? RoslynVersion(ZipArchive zip, string entry)
        {
            using var stream = new MemoryStream();
            using (var source = zip.Entries.Single(e => e.FullName == entry).Open()) source.CopyTo(stream);
            stream.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            foreach (var handle in reader.AssemblyReferences)
            {
                var reference = reader.GetAssemblyReference(handle);
                if (reader.GetString(reference.Name) == "Microsoft.CodeAnalysis") return reference.Version;
            }

            return null;
        }
    }
}

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>Tests that run <c>dotnet pack</c> on the same project share its obj folder, so they run one at a time.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class PackingCollection
    {
        public const string Name = "Packing";
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>
    /// Packs the package into a local folder and builds a small EF Core + Dapper project that references it, as a user would.
    /// Restores only from that folder and the machine's package cache (no downloads).
    /// </summary>
    [Collection(PackingCollection.Name)]
    public class EndToEndTests
    {
        [Fact]
        public void Building_a_project_that_references_the_package_reports_at_file_line_and_column()
        {
            string root = TestPaths.RepositoryRoot();
            string work = Path.Combine(Path.GetTempPath(), "sg-e2e-" + Guid.NewGuid().ToString("N"));
            string feed = Path.Combine(work, "feed");
            string project = Path.Combine(work, "app");
            Directory.CreateDirectory(Path.Combine(project, "db"));
            try
            {
                Run("pack \"" + Path.Combine(root, "src", "SchemaGuard.Analyzers", "SchemaGuard.Analyzers.csproj") + "\" -c Release -nologo -o \"" + feed + "\"", root);
                string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                File.WriteAllText(Path.Combine(project, "nuget.config"), "<configuration><packageSources><clear /><add key=\"local\" value=\"" + feed + "\" /></packageSources>"
                    + "<fallbackPackageFolders><add key=\"cache\" value=\"" + cache + "\" /></fallbackPackageFolders></configuration>");
                File.WriteAllText(Path.Combine(project, "App.csproj"), @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <SchemaGuardDialect>postgresql</SchemaGuardDialect>
    <RestorePackagesPath>" + Path.Combine(work, "packages") + @"</RestorePackagesPath>
    <NuGetAudit>false</NuGetAudit>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""SchemaGuard.Analyzers"" Version=""0.1.0"" />
    <PackageReference Include=""Dapper"" Version=""2.1.66"" />
    <PackageReference Include=""Microsoft.EntityFrameworkCore.Relational"" Version=""10.0.14"" />
  </ItemGroup>
</Project>");
                File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.SG1003.severity = none\n");
                File.WriteAllText(Path.Combine(project, "Repo.cs"), @"using System.Data;
using Dapper;
public class Repo
{
    public void Run(IDbConnection connection)
    {
        connection.Execute(""DELETE FROM orders"");
#pragma warning disable SG1004
        connection.Execute(""DELETE FROM order_items"");
#pragma warning restore SG1004
        connection.Execute(""DROP TABLE orders CASCADE"");
    }
}
");
                File.WriteAllText(Path.Combine(project, "Init.cs"), @"using Microsoft.EntityFrameworkCore.Migrations;
[Migration(""20240101000000_Init"")]
public class Init : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: ""IX_orders_customer_id"", table: ""orders"", column: ""customer_id"");
        migrationBuilder.Sql(""DELETE FROM invoices"");
    }
}
");
                File.WriteAllText(Path.Combine(project, "db", "V1__init.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE INDEX ix_customers_name ON customers (name);\n");

                string log = Run("build -nologo -v:q -clp:NoSummary \"" + Path.Combine(project, "App.csproj") + "\"", project);
                var lines = log.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": warning SG", StringComparison.Ordinal)).Distinct().ToList();
                Assert.Contains(lines, l => l.Contains("Repo.cs(7,29): warning SG1004", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.Contains(Path.Combine("db", "V1__init.sql") + "(2,1): warning SG2001", StringComparison.Ordinal) && l.Contains("CONCURRENTLY", StringComparison.Ordinal));
                Assert.DoesNotContain(lines, l => l.Contains("Repo.cs(9,", StringComparison.Ordinal));
                Assert.DoesNotContain(lines, l => l.Contains("SG1003", StringComparison.Ordinal));
                // The EF Core migration: the index build on an existing table at the method name, the DELETE inside the Sql string.
                Assert.Contains(lines, l => l.Contains("Init.cs(7,26): warning SG2001", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.Contains("Init.cs(8,31): warning SG1004", StringComparison.Ordinal));
                Assert.Equal(4, lines.Count);

                // The props file adds .sql files as AdditionalFiles unless the project opts out.
                string csproj = "\"" + Path.Combine(project, "App.csproj") + "\"";
                Assert.Contains("V1__init.sql", Run("msbuild -nologo -getItem:AdditionalFiles " + csproj, project), StringComparison.Ordinal);
                Assert.DoesNotContain("V1__init.sql", Run("msbuild -nologo -getItem:AdditionalFiles -p:SchemaGuardIncludeSqlFiles=false " + csproj, project), StringComparison.Ordinal);
            }
            finally
            {
                try
                {
                    Directory.Delete(work, true);
                }
                catch (IOException)
                {
                    // A build server may still hold a file; the temp folder is cleaned by the system.
                }
            }
        }

        private static string Run(string arguments, string directory)
        {
            var start = new ProcessStartInfo("dotnet", arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(600_000), "dotnet " + arguments + " did not finish");
            string log = output + stderr.Result;
            Assert.True(process.ExitCode == 0, "dotnet " + arguments + " failed:\n" + log);
            return log;
        }
    }

    internal static class TestPaths
    {
        internal static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SchemaGuard.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("SchemaGuard.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    public class SettingsResolverTests
    {
        private static SettingsResolver Resolver(Dictionary<string, string> files, LintSettings? defaults = null) =>
            new SettingsResolver(TestSupport.TestCatalog, defaults ?? LintSettings.Default, path => files.TryGetValue(path, out var text) ? text : null);

        [Fact]
        public void Nearer_files_override_outer_ones_and_root_stops_the_walk()
        {
            var files = new Dictionary<string, string>
            {
                ["/.editorconfig"] = "[*.sql]\nschemaguard.edition = standard\n",
                ["/repo/.editorconfig"] = "root = true\n[*.sql]\nschemaguard.dialect = postgresql\nschemaguard.target_version = 13\n",
                ["/repo/db/.editorconfig"] = "[*.sql]\nschemaguard.target_version = 16\n",
            };
            var resolver = Resolver(files);
            var settings = resolver.Resolve("/repo/db/V1__init.sql");
            Assert.Same(SqlDialect.PostgreSql, settings.Dialect);
            Assert.Equal("16", settings.TargetVersion!.Text);
            Assert.Equal(Edition.Unspecified, settings.Edition);
            Assert.Equal(new[] { "/repo/db/.editorconfig", "/repo/.editorconfig" }, resolver.FindConfigFiles("/repo/db/V1__init.sql"));

            var outside = resolver.Resolve("/repo/V0__x.sql");
            Assert.Equal("13", outside.TargetVersion!.Text);
        }

        [Fact]
        public void Without_root_the_walk_goes_to_the_top()
        {
            var files = new Dictionary<string, string>
            {
                ["/.editorconfig"] = "[*.sql]\nschemaguard.edition = enterprise\n",
                ["/repo/.editorconfig"] = "[*.sql]\nschemaguard.dialect = mysql\n",
            };
            var settings = Resolver(files).Resolve("/repo/db/x.sql");
            Assert.Same(SqlDialect.MySql, settings.Dialect);
            Assert.Equal(Edition.Enterprise, settings.Edition);
        }

        [Fact]
        public void Later_sections_override_earlier_ones_and_only_matching_sections_count()
        {
            var files = new Dictionary<string, string>
            {
                ["/repo/.editorconfig"] =
                    "root = true\n" +
                    "[*]\nschemaguard.dialect = oracle\n" +
                    "[*.sql]\nschemaguard.dialect = sqlserver\n" +
                    "[legacy/**.sql]\nschemaguard.dialect = mysql\n" +
                    "[*.cs]\nschemaguard.dialect = postgresql\n",
            };
            var resolver = Resolver(files);
            Assert.Same(SqlDialect.SqlServer, resolver.Resolve("/repo/db/a.sql").Dialect);
            Assert.Same(SqlDialect.MySql, resolver.Resolve("/repo/legacy/x/a.sql").Dialect);
            Assert.Same(SqlDialect.Oracle, resolver.Resolve("/repo/db/a.txt").Dialect);
        }

        [Fact]
        public void Defaults_apply_when_nothing_is_configured()
        {
            var defaults = new LintSettings(SqlDialect.MariaDb, EngineVersion.Parse("10.11"), Edition.Standard);
            var settings = Resolver(new Dictionary<string, string>(), defaults).Resolve("/x/y.sql");
            Assert.Same(defaults, settings);
        }

        [Fact]
        public void Unset_removes_what_an_outer_file_set()
        {
            var files = new Dictionary<string, string>
            {
                ["/repo/.editorconfig"] = "root = true\n[*.sql]\nschemaguard.target_version = 19c\ndotnet_diagnostic.SG1901.severity = error\n",
                ["/repo/db/.editorconfig"] = "[*.sql]\nschemaguard.target_version = unset\ndotnet_diagnostic.test-other.severity = UNSET\n",
            };
            var settings = Resolver(files).Resolve("/repo/db/a.sql");
            Assert.Null(settings.TargetVersion);
            Assert.Empty(settings.SeverityOverrides);
        }

        [Fact]
        public void Severities_and_options_by_name_or_id_are_one_key_and_the_nearer_wins()
        {
            var files = new Dictionary<string, string>
            {
                ["/repo/.editorconfig"] = "root = true\n[*.sql]\ndotnet_diagnostic.SG1901.severity = error\nschemaguard.test-select.limit = 5\n",
                ["/repo/db/.editorconfig"] = "[*.sql]\ndotnet_diagnostic.test-other.severity = none\nschemaguard.SG1902.limit = 7\n",
            };
            var settings = Resolver(files).Resolve("/repo/db/a.sql");
            Assert.Equal(Severity.None, settings.GetSeverityOverride("SG1901", "test-other"));
            Assert.Equal("7", settings.GetOptionValue("SG1902", "test-select", "limit"));
            Assert.Single(settings.SeverityOverrides);
            Assert.Single(settings.OptionValues);
        }

        [Theory]
        [InlineData("schemaguard.dialect = oracel", "Unknown dialect 'oracel'")]
        [InlineData("schemaguard.target_version = nineteen", "is not a version")]
        [InlineData("schemaguard.edition = premium", "Unknown edition 'premium'")]
        [InlineData("schemaguard.colour = blue", "Unknown setting 'schemaguard.colour'")]
        [InlineData("schemaguard.no-such-rule.limit = 1", "No rule has the id or name 'no-such-rule'")]
        [InlineData("schemaguard.test-select.lmit = 1", "has no option 'lmit'; its options: limit, strict, label")]
        [InlineData("schemaguard.test-other.limit = 1", "has no option 'limit'; it takes none")]
        [InlineData("schemaguard.test-select.limit = lots", "'lots' is not a whole number")]
        [InlineData("schemaguard.test-select.strict = maybe", "is not true or false")]
        [InlineData("dotnet_diagnostic.SG1901.severity = fatal", "Unknown severity 'fatal'")]
        [InlineData("dotnet_diagnostic.test-other.severity = warn", "Unknown severity 'warn'")]
        [InlineData("dotnet_diagnostic.SG1234.severity = error", "No SchemaGuard rule has the id SG1234")]
        public void Invalid_values_are_reported_at_their_line_and_ignored(string line, string message)
        {
            var files = new Dictionary<string, string>
            {
                ["/repo/.editorconfig"] = "root = true\n[*.sql]\nschemaguard.dialect = postgresql\n",
                ["/repo/db/.editorconfig"] = "# comment\n[*.sql]\n" + line + "\n",
            };
            var resolver = Resolver(files);
            var settings = resolver.Resolve("/repo/db/a.sql");
            Assert.Same(SqlDialect.PostgreSql, settings.Dialect);
            Assert.Null(settings.TargetVersion);
            Assert.Empty(settings.SeverityOverrides);
            Assert.Empty(settings.OptionValues);

            var problem = Assert.Single(resolver.Problems);
            Assert.Equal("SG9003", problem.RuleId);
            Assert.Equal("invalid-setting", problem.RuleName);
            Assert.Equal(Severity.Error, problem.Severity);
            Assert.Equal("/repo/db/.editorconfig", problem.FilePath);
            Assert.Equal(3, problem.Start.Line);
            Assert.Contains(message, problem.Message);
            int valueColumn = line.IndexOf('=') + 3;
            Assert.Equal(valueColumn, problem.Start.Column);
        }

        [Fact]
        public void Problems_are_reported_once_even_for_many_files_and_sections_that_never_match()
        {
            var files = new Dictionary<string, string>
            {
                ["/repo/.editorconfig"] = "root = true\n[*.sql]\nschemaguard.dialect = oracel\n[*.never]\nschemaguard.edition = premium\n",
            };
            var resolver = Resolver(files);
            resolver.Resolve("/repo/a.sql");
            resolver.Resolve("/repo/b.sql");
            resolver.Resolve("/repo/db/c.sql");
            Assert.Equal(new[] { 3, 5 }, resolver.Problems.Select(p => p.Start.Line).ToArray());
        }

        [Fact]
        public void Other_tools_keys_are_ignored_quietly()
        {
            var files = new Dictionary<string, string>
            {
                ["/repo/.editorconfig"] = "root = true\n[*]\nindent_style = space\ndotnet_diagnostic.CA1000.severity = none\ndotnet_diagnostic.IDE0005.severity = fatal\ncsharp_style_var = true\n",
            };
            var resolver = Resolver(files);
            Assert.Empty(resolver.Resolve("/repo/a.sql").SeverityOverrides);
            Assert.Empty(resolver.Problems);
        }

        [Fact]
        public void Windows_paths_work()
        {
            var files = new Dictionary<string, string>
            {
                ["C:/repo/.editorconfig"] = "root = true\n[db/*.sql]\nschemaguard.dialect = sqlserver\n",
            };
            var settings = Resolver(files).Resolve("C:\\repo\\db\\V1.sql");
            Assert.Same(SqlDialect.SqlServer, settings.Dialect);
        }

        [Fact]
        public void Unreadable_files_count_as_missing()
        {
            var resolver = new SettingsResolver(TestSupport.TestCatalog, LintSettings.Default, path => throw new IOException("locked"));
            Assert.Same(LintSettings.Default, resolver.Resolve("/repo/a.sql"));
        }

        [Fact]
        public void Reads_real_files_from_disk()
        {
            string root = Path.Combine(Path.GetTempPath(), "sg-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(root, "db"));
            try
            {
                File.WriteAllText(Path.Combine(root, ".editorconfig"), "root = true\n[*.sql]\nschemaguard.dialect = mariadb\n");
                var resolver = new SettingsResolver(TestSupport.TestCatalog, LintSettings.Default);
                Assert.Same(SqlDialect.MariaDb, resolver.Resolve(Path.Combine(root, "db", "V1.sql")).Dialect);
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        [Fact]
        public void SettingsReader_applies_merged_pairs_for_the_analyzer()
        {
            var errors = new List<string>();
            var pairs = new Dictionary<string, string>
            {
                ["schemaguard.dialect"] = "pg",
                ["schemaguard.target_version"] = "14.2",
                ["dotnet_diagnostic.sg1901.severity"] = "suggestion",
                ["dotnet_diagnostic.SG1902.severity"] = "silent",
                ["schemaguard.test-select.strict"] = "TRUE",
                ["schemaguard.edition"] = "gold",
                ["indent_size"] = "4",
            };
            var settings = SettingsReader.Apply(LintSettings.Default, pairs, TestSupport.TestCatalog, errors);
            Assert.Same(SqlDialect.PostgreSql, settings.Dialect);
            Assert.Equal(EngineVersion.Parse("14.2"), settings.TargetVersion);
            Assert.Equal(Severity.Info, settings.GetSeverityOverride("SG1901", "test-other"));
            Assert.Equal(Severity.Hidden, settings.GetSeverityOverride("SG1902", "test-select"));
            Assert.Equal("TRUE", settings.GetOptionValue("SG1902", "test-select", "strict"));
            Assert.Equal(Edition.Unspecified, settings.Edition);
            Assert.Single(errors);
            Assert.StartsWith("schemaguard.edition: Unknown edition 'gold'", errors[0]);
        }

        [Theory]
        [InlineData("error", Severity.Error)]
        [InlineData("Warning", Severity.Warning)]
        [InlineData("suggestion", Severity.Info)]
        [InlineData("silent", Severity.Hidden)]
        [InlineData("none", Severity.None)]
        public void Roslyn_severity_words(string word, Severity expected)
        {
            var entry = SettingsReader.Read("dotnet_diagnostic.SG1901.severity", word, TestSupport.TestCatalog, out var error);
            Assert.Null(error);
            Assert.Equal(expected, entry!.ApplyTo(LintSettings.Default).GetSeverityOverride("SG1901", "test-other"));
        }

        [Fact]
        public void Default_severity_removes_an_override()
        {
            var entry = SettingsReader.Read("dotnet_diagnostic.SG1901.severity", "default", TestSupport.TestCatalog, out var error);
            Assert.Null(error);
            var settings = entry!.ApplyTo(LintSettings.Default.WithSeverity("SG1901", Severity.Error));
            Assert.Null(settings.GetSeverityOverride("SG1901", "test-other"));
        }
    }
}

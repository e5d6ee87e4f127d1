using System;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    public class RuleOptionsTests
    {
        private static readonly Rules.RuleDescriptor Select = Rules.RuleDescriptor.FromPage(TestSupport.TestCatalog.GetPage("SG1902"));

        [Fact]
        public void Defaults_come_from_the_page()
        {
            var options = RuleOptions.For(Select, LintSettings.Default);
            Assert.Equal(3, options.GetInt32("limit"));
            Assert.Equal(3L, options.GetInt64("limit"));
            Assert.False(options.GetBoolean("strict"));
            Assert.Equal("hello", options.GetString("label"));
            Assert.False(options.IsConfigured("limit"));
        }

        [Fact]
        public void Settings_override_by_id_or_name_and_invalid_values_fall_back()
        {
            var settings = new LintSettings(SqlDialect.Oracle).WithOption("test-select", "limit", "99999999999").WithOption("SG1902", "STRICT", "True").WithOption("SG1902", "label", "");
            var options = RuleOptions.For(Select, settings);
            Assert.Equal(int.MaxValue, options.GetInt32("limit"));
            Assert.Equal(99999999999L, options.GetInt64("limit"));
            Assert.True(options.GetBoolean("Strict"));
            Assert.Equal("hello", options.GetString("label"));
            Assert.True(options.IsConfigured("limit"));
            Assert.False(options.IsConfigured("label"));
        }

        [Fact]
        public void Asking_for_an_undeclared_option_or_the_wrong_kind_is_a_bug()
        {
            var options = RuleOptions.For(Select, LintSettings.Default);
            Assert.Contains("does not declare", Assert.Throws<InvalidOperationException>(() => options.GetString("nope")).Message);
            Assert.Throws<InvalidOperationException>(() => options.GetBoolean("limit"));
            Assert.Throws<InvalidOperationException>(() => options.GetInt32("label"));
        }

        [Fact]
        public void Settings_are_immutable()
        {
            var a = new LintSettings(SqlDialect.Oracle);
            var b = a.WithSeverity("SG1901", Findings.Severity.Error).WithOption("SG1902", "limit", "1").WithEdition(Edition.Standard).WithTargetVersion(EngineVersion.Parse("19")).WithDialect(SqlDialect.MySql);
            Assert.Empty(a.SeverityOverrides);
            Assert.Empty(a.OptionValues);
            Assert.Equal(Edition.Unspecified, a.Edition);
            Assert.Null(a.TargetVersion);
            Assert.Same(SqlDialect.Oracle, a.Dialect);
            Assert.Equal(Findings.Severity.Error, b.GetSeverityOverride("sg1901", "x"));
            Assert.Null(b.WithSeverity("SG1901", null).GetSeverityOverride("SG1901", "x"));
            Assert.Null(b.WithOption("SG1902", "limit", null).GetOptionValue("SG1902", "x", "limit"));
        }
    }
}

using System;
using System.Reflection;
using SchemaGuard.Core.Catalog;

namespace SchemaGuard.Cli
{
    /// <summary>How the tool names itself in reports: name, version and where its documentation lives.</summary>
    public static class ToolInfo
    {
        /// <summary>The tool's name in SARIF and JSON reports.</summary>
        public const string Name = "SchemaGuard";

        /// <summary>The project's home page.</summary>
        public const string InformationUri = "https://github.com/schemaguard/schemaguard";

        /// <summary>The informational version (<c>0.1.0</c>, or <c>0.1.0+commit</c> when the build knows its commit).</summary>
        public static string Version =>
            typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString()
            ?? "0.0.0";

        /// <summary>The version without build metadata (<c>0.1.0</c>): SARIF's semanticVersion and what reports print.</summary>
        public static string SemanticVersion
        {
            get
            {
                string version = Version;
                int plus = version.IndexOf('+', StringComparison.Ordinal);
                return plus < 0 ? version : version.Substring(0, plus);
            }
        }

        /// <summary>The web address of a rule's page.</summary>
        public static string HelpUri(RulePage page) => InformationUri + "/blob/main/rules/" + page.FileName;
    }
}

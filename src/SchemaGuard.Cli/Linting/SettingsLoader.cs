using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Cli.Linting
{
    /// <summary>The settings the command line gives; each one set wins over <c>.editorconfig</c>.</summary>
    public sealed class CommandLineSettings
    {
        /// <summary>Creates the values (null: not given).</summary>
        public CommandLineSettings(SqlDialect? dialect, EngineVersion? targetVersion, Edition? edition)
        {
            Dialect = dialect;
            TargetVersion = targetVersion;
            Edition = edition;
        }

        /// <summary><c>--dialect</c>.</summary>
        public SqlDialect? Dialect { get; }

        /// <summary><c>--target-version</c>.</summary>
        public EngineVersion? TargetVersion { get; }

        /// <summary><c>--edition</c>.</summary>
        public Edition? Edition { get; }
    }

    /// <summary>
    /// A file's settings: the <c>.editorconfig</c> files above it (Core's <see cref="SettingsResolver"/>, Roslyn's section
    /// matching), then the command line's values over them. A file whose dialect neither gives is a usage error, as is
    /// any invalid SchemaGuard value in an <c>.editorconfig</c> (SG9003, with file and line). Thread-safe.
    /// </summary>
    public sealed class SettingsLoader
    {
        private readonly CommandLineSettings _commandLine;
        private readonly SettingsResolver _resolver;

        // Resolving twice from two different default dialects tells whether any .editorconfig sets the dialect.
        private readonly SettingsResolver? _probe;

        /// <summary>Creates a loader.</summary>
        public SettingsLoader(RuleCatalog catalog, CommandLineSettings commandLine)
        {
            _commandLine = commandLine ?? throw new ArgumentNullException(nameof(commandLine));
            _resolver = new SettingsResolver(catalog, new LintSettings(commandLine.Dialect ?? SqlDialect.Oracle));
            if (commandLine.Dialect == null) _probe = new SettingsResolver(catalog, new LintSettings(SqlDialect.PostgreSql));
        }

        /// <summary>The settings of a file (absolute path).</summary>
        /// <exception cref="UsageException">Neither the command line nor an <c>.editorconfig</c> gives the file's dialect.</exception>
        public LintSettings Resolve(string fullPath)
        {
            var settings = _resolver.Resolve(fullPath);
            if (_probe != null && !ReferenceEquals(_probe.Resolve(fullPath).Dialect, settings.Dialect))
            {
                throw new UsageException(
                    "No dialect for " + fullPath + ": pass --dialect (" + CommonOptions.DialectNames + ") or set schemaguard.dialect in an .editorconfig above it.");
            }

            if (_commandLine.Dialect != null) settings = settings.WithDialect(_commandLine.Dialect);
            if (_commandLine.TargetVersion != null) settings = settings.WithTargetVersion(_commandLine.TargetVersion);
            if (_commandLine.Edition != null) settings = settings.WithEdition(_commandLine.Edition.Value);
            return settings;
        }

        /// <summary>Throws a usage error listing every invalid SchemaGuard value met in the <c>.editorconfig</c> files read so far.</summary>
        public void ThrowIfInvalid()
        {
            IReadOnlyList<Finding> problems = _resolver.Problems;
            if (problems.Count == 0) return;
            var lines = problems
                .OrderBy(p => p.FilePath, StringComparer.Ordinal).ThenBy(p => p.Start.Line)
                .Select(p => p.FilePath + "(" + p.Start.Line + "," + p.Start.Column + "): error " + p.RuleId + ": " + p.Message);
            throw new UsageException("Invalid settings in .editorconfig:\n" + string.Join("\n", lines));
        }
    }
}

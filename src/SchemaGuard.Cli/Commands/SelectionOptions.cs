using System;
using System.CommandLine;
using SchemaGuard.Cli.Linting;
using SchemaGuard.Core.Settings;

namespace SchemaGuard.Cli.Commands
{
    /// <summary>The arguments and options <c>lint</c> and <c>baseline</c> share: what to lint and how to read it.</summary>
    internal sealed class SelectionOptions
    {
        public Argument<string[]> Paths { get; } = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched for --include globs) and globs to lint. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        public Option<string> Dialect { get; } = new Option<string>("--dialect", "-d")
        {
            Description = "SQL dialect: " + CommonOptions.DialectNames + ". Overrides schemaguard.dialect in .editorconfig.",
            HelpName = "dialect",
        };

        public Option<string> TargetVersion { get; } = new Option<string>("--target-version")
        {
            Description = "Engine version migrations run on (19c, 12.2, 16, 8.0.29, 2022). Overrides schemaguard.target_version.",
            HelpName = "version",
        };

        public Option<string> Edition { get; } = new Option<string>("--edition")
        {
            Description = "Product edition: standard or enterprise. Overrides schemaguard.edition.",
            HelpName = "edition",
        };

        public Option<string> IndexUsage { get; } = new Option<string>("--index-usage")
        {
            Description = "Index-usage export (CSV with the view's column names: V$OBJECT_USAGE, DBA_INDEX_USAGE, pg_stat_user_indexes, sys.schema_unused_indexes, sys.dm_db_index_usage_stats).",
            HelpName = "csv",
        };

        public Option<string> Schema { get; } = new Option<string>("--schema")
        {
            Description = "DDL snapshot of the current schema, replayed before the migrations when history is partial.",
            HelpName = "ddl-snapshot.sql",
        };

        public Option<string[]> Include { get; } = new Option<string[]>("--include")
        {
            Description = "Glob of files to lint inside folders, relative to each folder (repeatable). Default: **/*.sql.",
            HelpName = "glob",
            Arity = ArgumentArity.OneOrMore,
        };

        public Option<string[]> Exclude { get; } = new Option<string[]>("--exclude")
        {
            Description = "Glob of files to leave out inside folders, relative to each folder (repeatable).",
            HelpName = "glob",
            Arity = ArgumentArity.OneOrMore,
        };

        public Option<int> Jobs { get; } = new Option<int>("--jobs", "-j")
        {
            Description = "How many files to read and parse at once. Default: the number of processors.",
            HelpName = "n",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };

        public void AddTo(Command command)
        {
            command.Arguments.Add(Paths);
            command.Options.Add(Dialect);
            command.Options.Add(TargetVersion);
            command.Options.Add(Edition);
            command.Options.Add(IndexUsage);
            command.Options.Add(Schema);
            command.Options.Add(Include);
            command.Options.Add(Exclude);
            command.Options.Add(Jobs);
        }

        /// <summary>Reads the values, turning bad ones into usage errors that name the option.</summary>
        public LintSelection Read(ParseResult result)
        {
            string? dialectName = result.GetValue(Dialect);
            string? versionText = result.GetValue(TargetVersion);
            string? editionText = result.GetValue(Edition);

            EngineVersion? version = null;
            if (versionText != null && !EngineVersion.TryParse(versionText, out version))
            {
                throw new UsageException("--target-version: '" + versionText + "' is not a version; write it as 19c, 12.2, 16 or 8.0.29.");
            }

            Edition? edition = null;
            if (editionText != null)
            {
                if (!EditionNames.TryParse(editionText, out var parsed)) throw new UsageException("--edition: unknown edition '" + editionText + "'. Use standard or enterprise.");
                edition = parsed;
            }

            return new LintSelection
            {
                Paths = result.GetValue(Paths) ?? Array.Empty<string>(),
                Includes = result.GetValue(Include) ?? Array.Empty<string>(),
                Excludes = result.GetValue(Exclude) ?? Array.Empty<string>(),
                Settings = new CommandLineSettings(dialectName == null ? null : CommonOptions.ResolveDialect(dialectName), version, edition),
                SchemaSnapshot = result.GetValue(Schema),
                IndexUsage = result.GetValue(IndexUsage),
                Jobs = result.GetValue(Jobs),
            };
        }
    }
}

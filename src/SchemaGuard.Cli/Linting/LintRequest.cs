using System;
using System.Collections.Generic;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;

namespace SchemaGuard.Cli.Linting
{
    /// <summary>One file of a run: where it is, what was read from it, the settings that apply and whether it is replayed.</summary>
    public sealed class InputFile
    {
        /// <summary>Creates the record of a file that was read and parsed.</summary>
        public InputFile(string fullPath, SqlScript script, LintSettings settings, bool isReplayed)
        {
            FullPath = fullPath ?? throw new ArgumentNullException(nameof(fullPath));
            Script = script ?? throw new ArgumentNullException(nameof(script));
            Settings = settings ?? throw new ArgumentNullException(nameof(settings));
            IsReplayed = isReplayed;
        }

        /// <summary>Creates the record of a file that could not be read.</summary>
        public InputFile(string fullPath, string readError, LintSettings settings, bool isReplayed)
        {
            FullPath = fullPath ?? throw new ArgumentNullException(nameof(fullPath));
            ReadError = readError ?? throw new ArgumentNullException(nameof(readError));
            Settings = settings ?? throw new ArgumentNullException(nameof(settings));
            IsReplayed = isReplayed;
        }

        /// <summary>The absolute path (also the path findings carry).</summary>
        public string FullPath { get; }

        /// <summary>The parsed file, or null when it could not be read.</summary>
        public SqlScript? Script { get; }

        /// <summary>Why the file could not be read, or null.</summary>
        public string? ReadError { get; }

        /// <summary>The settings for the file: <c>.editorconfig</c> with the command line's values over them.</summary>
        public LintSettings Settings { get; }

        /// <summary>
        /// Whether the file's changes go into the schema replay: false for down and undo migrations and other files the
        /// migration tool would not run forward (see <see cref="Core.Migrations.MigrationOrder.Plan"/>). They are linted all the same.
        /// </summary>
        public bool IsReplayed { get; }
    }

    /// <summary>What the CLI hands to <see cref="LintRunner"/>: everything a lint run needs, read and parsed, engine-neutral.</summary>
    public sealed class LintRequest
    {
        /// <summary>Creates a request.</summary>
        public LintRequest(IReadOnlyList<InputFile> files, InputFile? schemaSnapshot, IndexUsageData? indexUsage)
        {
            Files = files ?? throw new ArgumentNullException(nameof(files));
            SchemaSnapshot = schemaSnapshot;
            IndexUsage = indexUsage;
        }

        /// <summary>The files in lint order: the replayed ones in migration order, then the others (down, undo, ...).</summary>
        public IReadOnlyList<InputFile> Files { get; }

        /// <summary>The <c>--schema</c> DDL snapshot, parsed, or null.</summary>
        public InputFile? SchemaSnapshot { get; }

        /// <summary>The <c>--index-usage</c> export, or null.</summary>
        public IndexUsageData? IndexUsage { get; }
    }
}

using System;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql;

namespace SchemaGuard.Core.Engine
{
    /// <summary>One parsed file and the settings that apply to it (files in one run may have different settings).</summary>
    public sealed class LintFile
    {
        /// <summary>Pairs a script with its settings.</summary>
        public LintFile(SqlScript script, LintSettings settings, bool isReplayed = true)
        {
            IsReplayed = isReplayed;
            Script = script ?? throw new ArgumentNullException(nameof(script));
            Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        }

        /// <summary>The parsed file.</summary>
        public SqlScript Script { get; }

        /// <summary>Its settings.</summary>
        public LintSettings Settings { get; }

        /// <summary>
        /// Whether the file's statements change the schema model for the files after it. Down and undo migrations are
        /// linted but not replayed: a forward deployment never runs them.
        /// </summary>
        public bool IsReplayed { get; }
    }
}

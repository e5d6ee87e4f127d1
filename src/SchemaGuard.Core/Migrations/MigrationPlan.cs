using System.Collections.Generic;

namespace SchemaGuard.Core.Migrations
{
    /// <summary>Why a file is left out of a forward replay. It is still a file to lint.</summary>
    public enum MigrationExclusion
    {
        /// <summary>A down (rollback) migration: <c>x.down.sql</c>, Diesel's <c>down.sql</c>.</summary>
        DownMigration,

        /// <summary>A Flyway undo migration <c>U1__x.sql</c>.</summary>
        FlywayUndo,

        /// <summary>A Flyway versioned migration at or below the latest baseline <c>B..__x.sql</c>, or an older baseline: on a new database Flyway runs the baseline instead.</summary>
        BelowBaseline,

        /// <summary>A generic <c>x.up.sql</c> whose version also has a file for this engine (<c>x.postgres.up.sql</c>), which the tool runs instead.</summary>
        SupersededByEngineSpecific,

        /// <summary>A file tagged for another engine (<c>x.mysql.up.sql</c> when replaying PostgreSQL).</summary>
        OtherEngine,
    }

    /// <summary>A file left out of the forward replay, and why.</summary>
    public sealed class ExcludedMigration
    {
        internal ExcludedMigration(string path, MigrationExclusion reason, string explanation)
        {
            Path = path;
            Reason = reason;
            Explanation = explanation;
        }

        /// <summary>The path as given.</summary>
        public string Path { get; }

        /// <summary>Why it is left out.</summary>
        public MigrationExclusion Reason { get; }

        /// <summary>The reason in words, naming the file that takes its place where there is one.</summary>
        public string Explanation { get; }

        /// <inheritdoc />
        public override string ToString() => Path + ": " + Explanation;
    }

    /// <summary>The files of a forward replay in the order the migration tool runs them, and the files left out.</summary>
    public sealed class MigrationPlan
    {
        internal MigrationPlan(IReadOnlyList<string> ordered, IReadOnlyList<ExcludedMigration> excluded)
        {
            Ordered = ordered;
            Excluded = excluded;
        }

        /// <summary>The files to replay, first to last.</summary>
        public IReadOnlyList<string> Ordered { get; }

        /// <summary>The files not replayed (down, undo, superseded, other engine), in natural order.</summary>
        public IReadOnlyList<ExcludedMigration> Excluded { get; }
    }

    /// <summary>Choices for <see cref="MigrationOrder.Plan"/>.</summary>
    public sealed class MigrationOrderOptions
    {
        /// <summary>Creates options.</summary>
        /// <param name="engineTags">
        /// The tags that mean "this engine" in names like <c>x.postgres.up.sql</c> (pop/fizz, as in Ory Kratos): usually
        /// <c>postgres</c>; <c>mysql</c>; <c>mssql</c>/<c>sqlserver</c>; <c>oracle</c>. Compared ignoring case. When empty,
        /// a folder whose tagged files all carry the same tag is taken to be for that engine, and a folder with several
        /// tags is replayed without choosing.
        /// </param>
        public MigrationOrderOptions(IEnumerable<string>? engineTags = null)
        {
            var tags = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            if (engineTags != null)
                foreach (string tag in engineTags)
                    if (!string.IsNullOrEmpty(tag)) tags.Add(tag);
            EngineTags = tags;
        }

        /// <summary>The tags that mean "this engine".</summary>
        public IReadOnlyCollection<string> EngineTags { get; }

        internal bool HasEngineTags => EngineTags.Count > 0;

        internal bool IsEngineTag(string tag) => ((HashSet<string>)EngineTags).Contains(tag);
    }
}

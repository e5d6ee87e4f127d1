using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGuard.Core.Migrations
{
    /// <summary>
    /// Puts migration files in the order the migration tool applies them, so the schema replay sees what the database saw.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Flyway <c>V1_2__x.sql</c> / <c>V1.2__x.sql</c>: by numeric version parts across all folders, as Flyway scans its
    /// locations (<c>V1_10</c> after <c>V1_9</c>, <c>1.0</c> equal to <c>1</c>); a baseline <c>B5__x.sql</c> stands for every
    /// version up to 5 (what Flyway runs on a new database); repeatable <c>R__x.sql</c> after all versioned ones, by
    /// description. Undo <c>U1__x.sql</c> files are not part of a forward replay.</item>
    /// <item>Every other name: folder by folder, each folder's entries in natural order, so timestamp prefixes
    /// (<c>20210311102338000006_x.up.sql</c>, EF Core <c>20231009153249_Initial</c>) sort numerically, version folders sort
    /// as versions (bytebase <c>3.3/</c> before <c>3.10/</c>), and <c>file2</c> comes before <c>file10</c>. A set mixing
    /// Flyway names with other names puts the others last (Flyway itself would ignore them).</item>
    /// <item>Down migrations (<c>x.down.sql</c>, Diesel <c>down.sql</c>) are not replayed; lint them all the same.</item>
    /// <item>pop/fizz names (<c>x.up.sql</c> beside <c>x.postgres.up.sql</c>): the engine-specific file replaces the generic
    /// one of the same version, and files for other engines are left out.</item>
    /// </list>
    /// </remarks>
    public static class MigrationOrder
    {
        /// <summary>The files to replay, first to last (excluded files dropped). See <see cref="Plan"/>.</summary>
        public static IReadOnlyList<string> Order(IEnumerable<string> paths, MigrationOrderOptions? options = null) =>
            Plan(paths, options).Ordered;

        /// <summary>The forward replay order, and the files left out with the reason.</summary>
        public static MigrationPlan Plan(IEnumerable<string> paths, MigrationOrderOptions? options = null)
        {
            if (paths == null) throw new ArgumentNullException(nameof(paths));
            options ??= new MigrationOrderOptions();

            List<MigrationFileName> files = Distinct(paths).Select(MigrationFileName.Parse).ToList();
            var excluded = new List<ExcludedMigration>();
            var kept = new List<MigrationFileName>();

            foreach (MigrationFileName file in files)
            {
                if (file.Kind == MigrationNameKind.FlywayUndo)
                    excluded.Add(new ExcludedMigration(file.Path, MigrationExclusion.FlywayUndo, "a Flyway undo migration is not part of a forward replay"));
                else if (file.IsDown)
                    excluded.Add(new ExcludedMigration(file.Path, MigrationExclusion.DownMigration, "a down migration is not part of a forward replay"));
                else
                    kept.Add(file);
            }

            kept = ApplyEngineTags(kept, options, excluded);
            kept = ApplyBaseline(kept, excluded);

            var versioned = kept.Where(f => f.Kind == MigrationNameKind.FlywayVersioned || f.Kind == MigrationNameKind.FlywayBaseline).ToList();
            var repeatable = kept.Where(f => f.Kind == MigrationNameKind.FlywayRepeatable).ToList();
            var plain = kept.Where(f => f.Kind == MigrationNameKind.Plain).ToList();

            versioned.Sort((a, b) =>
            {
                int result = MigrationFileName.CompareFlywayVersions(a.FlywayVersion, b.FlywayVersion);
                return result != 0 ? result : CompareByFolder(a, b);
            });
            repeatable.Sort((a, b) =>
            {
                int result = string.CompareOrdinal(a.FlywayDescription, b.FlywayDescription);
                return result != 0 ? result : CompareByFolder(a, b);
            });
            plain.Sort(CompareByFolder);

            var ordered = versioned.Concat(repeatable).Concat(plain).Select(f => f.Path).ToList();
            excluded.Sort((a, b) => CompareByFolder(MigrationFileName.Parse(a.Path), MigrationFileName.Parse(b.Path)));
            return new MigrationPlan(ordered, excluded);
        }

        /// <summary>
        /// Whether the file is a down (rollback) migration, which a forward replay skips but the linter still checks:
        /// <c>x.down.sql</c> (golang-migrate, pop, sqlx), Diesel's <c>down.sql</c>, Flyway's undo <c>U1__x.sql</c>.
        /// </summary>
        public static bool IsDownMigration(string path)
        {
            if (path == null) throw new ArgumentNullException(nameof(path));
            return MigrationFileName.Parse(path).IsDown;
        }

        /// <summary>Natural order (numbers by value, then case-insensitive text), see <see cref="NaturalComparer"/>.</summary>
        public static int CompareNatural(string? x, string? y) => NaturalComparer.Instance.Compare(x, y);

        /// <summary>
        /// EF Core migration ids (<c>[Migration("20230925222426_Initial")]</c>) in the order EF applies them: the leading
        /// timestamp, then the name.
        /// </summary>
        public static int CompareMigrationIds(string? x, string? y) => NaturalComparer.Instance.Compare(x, y);

        /// <summary>
        /// Folder by folder (each segment in natural order; a folder's files before its subfolders when the names tie),
        /// then the file name without its extension, then the whole name.
        /// </summary>
        private static int CompareByFolder(MigrationFileName a, MigrationFileName b)
        {
            int count = Math.Min(a.Segments.Length, b.Segments.Length);
            for (int i = 0; i < count; i++)
            {
                bool aIsFile = i == a.Segments.Length - 1, bIsFile = i == b.Segments.Length - 1;
                string x = aIsFile ? a.Stem : a.Segments[i];
                string y = bIsFile ? b.Stem : b.Segments[i];
                int result = NaturalComparer.CompareIgnoringTies(x, y);
                if (result != 0) return result;
                if (aIsFile != bIsFile) return aIsFile ? -1 : 1;
                if (aIsFile) break;
            }
            int names = NaturalComparer.Instance.Compare(a.FileName, b.FileName);
            return names != 0 ? names : string.CompareOrdinal(a.Path, b.Path);
        }

        private static IEnumerable<string> Distinct(IEnumerable<string> paths)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string path in paths)
            {
                if (string.IsNullOrEmpty(path)) continue;
                if (seen.Add(path.Replace('\\', '/'))) yield return path;
            }
        }

        /// <summary>pop/fizz: one file per version and engine; the engine's own file wins over the generic one.</summary>
        private static List<MigrationFileName> ApplyEngineTags(List<MigrationFileName> files, MigrationOrderOptions options, List<ExcludedMigration> excluded)
        {
            var result = new List<MigrationFileName>();
            foreach (IGrouping<string, MigrationFileName> folder in files.GroupBy(f => f.Directory, StringComparer.Ordinal))
            {
                List<string> tags = folder.Where(f => f.PopTag != null).Select(f => f.PopTag!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                Func<string, bool>? isEngine = options.HasEngineTags ? options.IsEngineTag
                    : tags.Count == 1 ? t => string.Equals(t, tags[0], StringComparison.OrdinalIgnoreCase)
                    : null;
                if (isEngine == null)
                {
                    result.AddRange(folder);
                    continue;
                }

                var specific = new Dictionary<string, MigrationFileName>(StringComparer.Ordinal);
                foreach (MigrationFileName file in folder)
                {
                    if (file.PopTag == null || file.PopVersion == null) continue;
                    if (isEngine(file.PopTag)) specific[file.PopVersion] = file;
                }

                foreach (MigrationFileName file in folder)
                {
                    if (file.PopVersion == null)
                    {
                        result.Add(file);
                    }
                    else if (file.PopTag != null && !isEngine(file.PopTag))
                    {
                        excluded.Add(new ExcludedMigration(file.Path, MigrationExclusion.OtherEngine, "tagged for another engine (" + file.PopTag + ")"));
                    }
                    else if (file.PopTag == null && specific.TryGetValue(file.PopVersion, out MigrationFileName? replacement))
                    {
                        excluded.Add(new ExcludedMigration(file.Path, MigrationExclusion.SupersededByEngineSpecific,
                            "version " + file.PopVersion + " has an engine-specific file, " + replacement.FileName + ", which runs instead"));
                    }
                    else
                    {
                        result.Add(file);
                    }
                }
            }
            return result;
        }

        /// <summary>Flyway on a new database: the latest baseline, then only the versions above it.</summary>
        private static List<MigrationFileName> ApplyBaseline(List<MigrationFileName> files, List<ExcludedMigration> excluded)
        {
            MigrationFileName? baseline = null;
            foreach (MigrationFileName file in files)
            {
                if (file.Kind != MigrationNameKind.FlywayBaseline) continue;
                if (baseline == null || MigrationFileName.CompareFlywayVersions(file.FlywayVersion, baseline.FlywayVersion) > 0) baseline = file;
            }
            if (baseline == null) return files;

            var result = new List<MigrationFileName>();
            foreach (MigrationFileName file in files)
            {
                bool below = file != baseline
                    && (file.Kind == MigrationNameKind.FlywayBaseline
                        || (file.Kind == MigrationNameKind.FlywayVersioned && MigrationFileName.CompareFlywayVersions(file.FlywayVersion, baseline.FlywayVersion) <= 0));
                if (below)
                {
                    excluded.Add(new ExcludedMigration(file.Path, MigrationExclusion.BelowBaseline,
                        "version " + file.FlywayVersionText + " is covered by the baseline " + baseline.FileName));
                }
                else
                {
                    result.Add(file);
                }
            }
            return result;
        }
    }
}

using System;
using System.Collections.Generic;

namespace SchemaGuard.Core.Migrations
{
    /// <summary>What a migration file's name says about when, and whether, a tool runs it.</summary>
    internal enum MigrationNameKind
    {
        /// <summary>No convention recognized: natural order by folder and name.</summary>
        Plain,

        /// <summary>Flyway <c>V1_2__desc.sql</c>.</summary>
        FlywayVersioned,

        /// <summary>Flyway <c>R__desc.sql</c>: after all versioned ones, by description.</summary>
        FlywayRepeatable,

        /// <summary>Flyway <c>U1_2__desc.sql</c>: undoes V1_2, never part of a forward run.</summary>
        FlywayUndo,

        /// <summary>Flyway <c>B5__desc.sql</c>: stands for every version up to 5 on a new database.</summary>
        FlywayBaseline,
    }

    /// <summary>A migration path split into what ordering needs. Built once per file; no regex.</summary>
    internal sealed class MigrationFileName
    {
        private MigrationFileName(string path)
        {
            Path = path;
            Segments = path.Split('/', '\\');
            FileName = Segments[Segments.Length - 1];
            int dot = FileName.LastIndexOf('.');
            Stem = dot > 0 ? FileName.Substring(0, dot) : FileName;
            Directory = path.Substring(0, path.Length - FileName.Length).Replace('\\', '/');
        }

        internal string Path { get; }

        internal string[] Segments { get; }

        internal string FileName { get; }

        /// <summary>The file name without its last extension.</summary>
        internal string Stem { get; }

        /// <summary>The folder part with <c>/</c> separators (empty for a bare file name).</summary>
        internal string Directory { get; }

        internal MigrationNameKind Kind { get; private set; }

        /// <summary>Flyway's version parts (<c>1_2</c> and <c>1.2</c> are both [1, 2]), digits only.</summary>
        internal string[] FlywayVersion { get; private set; } = new string[0];

        /// <summary>Flyway's description (after <c>__</c>, before the extension).</summary>
        internal string FlywayDescription { get; private set; } = "";

        /// <summary>For <c>&lt;digits&gt;_name[.tag].up|down.sql</c> (pop, golang-migrate): the leading version, else null.</summary>
        internal string? PopVersion { get; private set; }

        /// <summary>For such names, the engine tag (<c>postgres</c> in <c>x.postgres.up.sql</c>), or null when generic.</summary>
        internal string? PopTag { get; private set; }

        /// <summary>Whether the name marks a down (rollback) migration.</summary>
        internal bool IsDown { get; private set; }

        internal static MigrationFileName Parse(string path)
        {
            var name = new MigrationFileName(path);
            name.Classify();
            return name;
        }

        private void Classify()
        {
            string[] dotted = FileName.Split('.');

            // golang-migrate, pop/fizz, sqlx, dbmate-style pairs: x.down.sql; Diesel folders: up.sql / down.sql.
            IsDown = dotted.Length >= 2 && string.Equals(dotted[dotted.Length - 2], "down", StringComparison.OrdinalIgnoreCase);
            ReadPopParts(dotted);
            ReadFlyway();
            if (Kind == MigrationNameKind.FlywayUndo) IsDown = true;
        }

        private void ReadPopParts(string[] dotted)
        {
            // <digits>_<name>[.<tag>].<up|down>.<sql|fizz>
            if (dotted.Length != 3 && dotted.Length != 4) return;
            string direction = dotted[dotted.Length - 2];
            if (!string.Equals(direction, "up", StringComparison.OrdinalIgnoreCase) && !string.Equals(direction, "down", StringComparison.OrdinalIgnoreCase)) return;
            string head = dotted[0];
            int digits = 0;
            while (digits < head.Length && head[digits] >= '0' && head[digits] <= '9') digits++;
            if (digits == 0 || (digits < head.Length && head[digits] != '_')) return;
            PopVersion = head.Substring(0, digits);
            if (dotted.Length == 4 && IsTag(dotted[1])) PopTag = dotted[1].ToLowerInvariant();
            else if (dotted.Length == 4) PopVersion = null;
        }

        private static bool IsTag(string s)
        {
            if (s.Length == 0) return false;
            foreach (char c in s)
                if (!char.IsLetterOrDigit(c)) return false;
            return true;
        }

        private void ReadFlyway()
        {
            // V<version>__<description>.<ext>, U..., B...; R__<description>.<ext>. Flyway's default prefixes are upper case.
            string stem = Stem;
            if (stem.Length < 3) return;
            char prefix = stem[0];
            int separator = stem.IndexOf("__", 1, StringComparison.Ordinal);
            if (separator < 0) return;

            if (prefix == 'R' && separator == 1)
            {
                Kind = MigrationNameKind.FlywayRepeatable;
                FlywayDescription = stem.Substring(3);
                return;
            }

            if (prefix != 'V' && prefix != 'U' && prefix != 'B') return;
            string version = stem.Substring(1, separator - 1);
            string[] parts = version.Split('.', '_');
            foreach (string part in parts)
            {
                if (part.Length == 0) return;
                foreach (char c in part)
                    if (c < '0' || c > '9') return;
            }

            FlywayVersion = parts;
            FlywayDescription = stem.Substring(separator + 2);
            Kind = prefix == 'V' ? MigrationNameKind.FlywayVersioned
                : prefix == 'U' ? MigrationNameKind.FlywayUndo
                : MigrationNameKind.FlywayBaseline;
        }

        /// <summary>Flyway's version order: part by part numerically, missing parts as 0 (so 1.0 equals 1).</summary>
        internal static int CompareFlywayVersions(IReadOnlyList<string> x, IReadOnlyList<string> y)
        {
            int count = Math.Max(x.Count, y.Count);
            for (int i = 0; i < count; i++)
            {
                string a = i < x.Count ? x[i] : "0";
                string b = i < y.Count ? y[i] : "0";
                int result = NaturalComparer.CompareIgnoringTies(a, b);
                if (result != 0) return result;
            }
            return 0;
        }

        /// <summary>The version as Flyway prints it, <c>1.2</c>.</summary>
        internal string FlywayVersionText => string.Join(".", FlywayVersion);

        public override string ToString() => Path;
    }
}

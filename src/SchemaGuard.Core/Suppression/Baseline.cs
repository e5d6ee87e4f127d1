using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SchemaGuard.Core.Findings;

namespace SchemaGuard.Core.Suppression
{
    /// <summary>One accepted finding (or several identical ones) in a baseline.</summary>
    public sealed class BaselineEntry
    {
        /// <summary>Creates an entry.</summary>
        public BaselineEntry(string ruleId, string ruleName, string fingerprint, int count, string path)
        {
            RuleId = ruleId;
            RuleName = ruleName;
            Fingerprint = fingerprint;
            Count = count;
            Path = path;
        }

        /// <summary>The rule id.</summary>
        public string RuleId { get; }

        /// <summary>The rule name, for people reading the file (not matched).</summary>
        public string RuleName { get; }

        /// <summary>The finding's <see cref="Finding.Fingerprint"/>.</summary>
        public string Fingerprint { get; }

        /// <summary>How many findings with this rule, fingerprint and file are accepted.</summary>
        public int Count { get; }

        /// <summary>The file, relative to the baseline's folder, with <c>/</c> separators.</summary>
        public string Path { get; }
    }

    /// <summary>
    /// Accepted findings, so that old migrations stay quiet while new ones are checked. A finding matches an entry by
    /// rule id, file path relative to the baseline's folder and <see cref="Finding.Fingerprint"/> (the hash of its
    /// normalized statement), never by line number, so editing other statements does not disturb it. Identical
    /// findings in one file are counted, so a second copy of an accepted statement is reported.
    /// <para>
    /// The file is plain text, one entry per line, fields separated by tabs, sorted for stable diffs:
    /// <c>SG1005&#9;drop-table-purge&#9;3f2a9c0d4e1b7a65&#9;1&#9;db/V1__init.sql</c> (rule id, rule name, fingerprint,
    /// count, path). The first line is <c># schemaguard-baseline 1</c>; other lines starting with <c>#</c> and blank lines are
    /// ignored. A line format was chosen over JSON because netstandard2.0 has no JSON library without a package and
    /// because one line per entry reviews well in pull requests.
    /// </para>
    /// </summary>
    public sealed class Baseline
    {
        /// <summary>The first line of every baseline file.</summary>
        public const string Header = "# schemaguard-baseline 1";

        private Baseline(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

        /// <summary>The entries, sorted by path, rule id and fingerprint.</summary>
        public IReadOnlyList<BaselineEntry> Entries { get; }

        /// <summary>A baseline accepting every unsuppressed finding given; paths are made relative to <paramref name="baseDirectory"/>.</summary>
        public static Baseline Create(IEnumerable<Finding> findings, string baseDirectory)
        {
            var entries = findings
                .Where(f => !f.IsSuppressed)
                .GroupBy(f => (Id: f.RuleId, f.Fingerprint, Path: RelativePath(f.FilePath, baseDirectory)))
                .Select(g => new BaselineEntry(g.Key.Id, g.First().RuleName, g.Key.Fingerprint, g.Count(), g.Key.Path));
            return new Baseline(Sort(entries));
        }

        /// <summary>Reads a baseline file.</summary>
        /// <exception cref="FormatException">The text is not a baseline; the message gives the line.</exception>
        public static Baseline Parse(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var lines = text.Split('\n');
            if (lines.Length == 0 || lines[0].TrimEnd('\r').Trim() != Header)
            {
                throw new FormatException("Line 1: a baseline file starts with '" + Header + "'.");
            }

            var entries = new List<BaselineEntry>();
            for (int i = 1; i < lines.Length; i++)
            {
                string line = lines[i].TrimEnd('\r');
                if (line.Trim().Length == 0 || line.TrimStart()[0] == '#') continue;
                var fields = line.Split('\t');
                if (fields.Length != 5)
                {
                    throw new FormatException("Line " + (i + 1) + ": expected 5 tab-separated fields (rule id, rule name, fingerprint, count, path), found " + fields.Length + ".");
                }

                if (!int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
                {
                    throw new FormatException("Line " + (i + 1) + ": the count '" + fields[3] + "' is not a positive whole number.");
                }

                if (fields[0].Length == 0 || fields[2].Length == 0 || fields[4].Length == 0)
                {
                    throw new FormatException("Line " + (i + 1) + ": rule id, fingerprint and path must not be empty.");
                }

                entries.Add(new BaselineEntry(fields[0], fields[1], fields[2], count, fields[4]));
            }

            return new Baseline(Sort(entries));
        }

        /// <summary>Reads a baseline file, returning the error instead of throwing it.</summary>
        public static bool TryParse(string text, out Baseline? baseline, out string? error)
        {
            try
            {
                baseline = Parse(text);
                error = null;
                return true;
            }
            catch (FormatException ex)
            {
                baseline = null;
                error = ex.Message;
                return false;
            }
        }

        /// <summary>The file's text, <c>\n</c> line ends.</summary>
        public string Write()
        {
            var sb = new StringBuilder();
            sb.Append(Header).Append('\n');
            sb.Append("# Accepted SchemaGuard findings: rule id, rule name, fingerprint, count, file (relative to this file). Regenerate with 'schemaguard baseline'.\n");
            foreach (var e in Entries)
            {
                sb.Append(e.RuleId).Append('\t').Append(e.RuleName).Append('\t').Append(e.Fingerprint).Append('\t')
                    .Append(e.Count.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(e.Path).Append('\n');
            }

            return sb.ToString();
        }

        /// <summary>
        /// Marks the findings the baseline accepts as suppressed (kind <see cref="SuppressionKind.Baseline"/>); findings
        /// already suppressed inline are left alone. Returns how many were marked.
        /// </summary>
        public int Apply(IEnumerable<Finding> findings, string baseDirectory)
        {
            var remaining = new Dictionary<(string, string, string), int>();
            foreach (var e in Entries)
            {
                var key = (e.RuleId.ToUpperInvariant(), e.Fingerprint, e.Path);
                remaining.TryGetValue(key, out int n);
                remaining[key] = n + e.Count;
            }

            int marked = 0;
            foreach (var finding in findings.Where(f => !f.IsSuppressed).OrderBy(f => f.FilePath, StringComparer.Ordinal).ThenBy(f => f.Span.Start))
            {
                var key = (finding.RuleId.ToUpperInvariant(), finding.Fingerprint, RelativePath(finding.FilePath, baseDirectory));
                if (!remaining.TryGetValue(key, out int left) || left == 0) continue;
                remaining[key] = left - 1;
                finding.Suppression = new SuppressionInfo(SuppressionKind.Baseline, "accepted in the baseline");
                marked++;
            }

            return marked;
        }

        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="baseDirectory"/>, with <c>/</c> separators (<c>..</c> where
        /// it lies outside). Paths are compared ignoring case on Windows. An empty base leaves the path as given.
        /// </summary>
        public static string RelativePath(string path, string baseDirectory)
        {
            string p = Normalize(path);
            string b = Normalize(baseDirectory).TrimEnd('/');
            if (b.Length == 0) return p;
            var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var pathParts = p.Split('/');
            var baseParts = b.Split('/');
            int common = 0;
            while (common < pathParts.Length - 1 && common < baseParts.Length && string.Equals(pathParts[common], baseParts[common], comparison)) common++;
            if (common == 0 && !(pathParts[0].Length == 0 && baseParts[0].Length == 0)) return p;
            var sb = new StringBuilder();
            for (int i = common; i < baseParts.Length; i++) sb.Append("../");
            sb.Append(string.Join("/", pathParts.Skip(common)));
            return sb.ToString();
        }

        private static string Normalize(string path)
        {
            string p = (path ?? string.Empty).Replace('\\', '/');
            while (p.StartsWith("./", StringComparison.Ordinal)) p = p.Substring(2);
            return p;
        }

        private static List<BaselineEntry> Sort(IEnumerable<BaselineEntry> entries) =>
            entries.OrderBy(e => e.Path, StringComparer.Ordinal)
                .ThenBy(e => e.RuleId, StringComparer.Ordinal)
                .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
                .ToList();
    }
}

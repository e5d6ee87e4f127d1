using System;
using System.Collections.Generic;
using System.IO;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings.EditorConfig;

namespace SchemaGuard.Core.Settings
{
    /// <summary>
    /// Finds the settings of a file the way Roslyn finds its analyzer options: every <c>.editorconfig</c> from the
    /// file's folder up to the first one with <c>root = true</c>; outer files first, nearer files overriding them, and
    /// within a file later sections overriding earlier ones. SchemaGuard keys with invalid values are reported once per
    /// file line as SG9003 findings (see <see cref="Problems"/>) and ignored, so the outer or default value stays.
    /// Parsed files are cached; the resolver is safe to share between threads.
    /// </summary>
    public sealed class SettingsResolver
    {
        /// <summary>The file name looked for in each folder.</summary>
        public const string FileName = ".editorconfig";

        private readonly RuleCatalog _catalog;
        private readonly LintSettings _defaults;
        private readonly Func<string, string?> _readFile;
        private readonly Dictionary<string, LoadedFile?> _files = new Dictionary<string, LoadedFile?>(StringComparer.Ordinal);
        private readonly List<Finding> _problems = new List<Finding>();
        private readonly object _gate = new object();

        /// <summary>Creates a resolver.</summary>
        /// <param name="catalog">Rule pages, to resolve rule names and options.</param>
        /// <param name="defaults">The settings before any <c>.editorconfig</c> (command-line values).</param>
        /// <param name="readFile">Reads a file's text, or returns null when it does not exist; the default uses the file system.</param>
        public SettingsResolver(RuleCatalog catalog, LintSettings defaults, Func<string, string?>? readFile = null)
        {
            _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            _defaults = defaults ?? throw new ArgumentNullException(nameof(defaults));
            _readFile = readFile ?? ReadFromDisk;
        }

        /// <summary>SG9003 findings for invalid values in the <c>.editorconfig</c> files read so far, each reported once.</summary>
        public IReadOnlyList<Finding> Problems
        {
            get
            {
                lock (_gate) return _problems.ToArray();
            }
        }

        /// <summary>The settings for a file (an absolute path is expected; <c>\</c> and <c>/</c> both separate folders).</summary>
        public LintSettings Resolve(string filePath)
        {
            if (filePath == null) throw new ArgumentNullException(nameof(filePath));
            var chain = FindFiles(filePath);
            var merged = new List<SettingEntry>();
            var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int f = chain.Count - 1; f >= 0; f--)
            {
                var file = chain[f];
                string? relative = file.File.GetRelativePath(filePath);
                if (relative == null) continue;
                foreach (var section in file.Sections)
                {
                    if (!section.Section.IsMatch(relative)) continue;
                    foreach (var entry in section.Entries)
                    {
                        if (positions.TryGetValue(entry.Key, out int at)) merged[at] = entry;
                        else
                        {
                            positions[entry.Key] = merged.Count;
                            merged.Add(entry);
                        }
                    }
                }
            }

            var settings = _defaults;
            foreach (var entry in merged) settings = entry.ApplyTo(settings);
            return settings;
        }

        /// <summary>The <c>.editorconfig</c> files that apply to a file, nearest first, up to the root one.</summary>
        public IReadOnlyList<string> FindConfigFiles(string filePath)
        {
            var paths = new List<string>();
            foreach (var file in FindFiles(filePath)) paths.Add(file.File.Path);
            return paths;
        }

        private List<LoadedFile> FindFiles(string filePath)
        {
            var chain = new List<LoadedFile>();
            string directory = EditorConfigFile.DirectoryOf(EditorConfigFile.NormalizePath(filePath));
            while (true)
            {
                var file = Load(directory + "/" + FileName);
                if (file != null)
                {
                    chain.Add(file);
                    if (file.File.IsRoot) break;
                }

                if (directory.Length == 0 || directory.IndexOf('/') < 0) break;
                directory = EditorConfigFile.DirectoryOf(directory);
            }

            return chain;
        }

        private LoadedFile? Load(string path)
        {
            lock (_gate)
            {
                if (_files.TryGetValue(path, out var cached)) return cached;
            }

            string? text;
            try
            {
                text = _readFile(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                text = null;
            }

            var loaded = text == null ? null : new LoadedFile(EditorConfigFile.Parse(text, path));
            var problems = new List<Finding>();
            if (loaded != null) loaded.Interpret(_catalog, problems);
            lock (_gate)
            {
                if (_files.TryGetValue(path, out var raced)) return raced;
                _files[path] = loaded;
                _problems.AddRange(problems);
                return loaded;
            }
        }

        private static string? ReadFromDisk(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

        private sealed class LoadedFile
        {
            internal LoadedFile(EditorConfigFile file) => File = file;

            internal EditorConfigFile File { get; }

            internal List<LoadedSection> Sections { get; } = new List<LoadedSection>();

            /// <summary>Reads every SchemaGuard key of every section once, whether or not a file ever matches it.</summary>
            internal void Interpret(RuleCatalog catalog, List<Finding> problems)
            {
                var page = catalog.Find(EngineDiagnostics.InvalidSetting);
                foreach (var section in File.Sections)
                {
                    var loaded = new LoadedSection(section);
                    foreach (var property in section.Properties)
                    {
                        var entry = SettingsReader.Read(property.Key, property.Value, catalog, out var error);
                        if (entry != null) loaded.Entries.Add(entry);
                        if (error == null || page == null) continue;
                        var span = property.ValueSpan.IsEmpty ? property.KeySpan : property.ValueSpan;
                        problems.Add(new Finding(page.Id, page.Name, page.Severity, File.Source, span, error));
                    }

                    Sections.Add(loaded);
                }
            }
        }

        private sealed class LoadedSection
        {
            internal LoadedSection(EditorConfigSection section) => Section = section;

            internal EditorConfigSection Section { get; }

            internal List<SettingEntry> Entries { get; } = new List<SettingEntry>();
        }
    }
}

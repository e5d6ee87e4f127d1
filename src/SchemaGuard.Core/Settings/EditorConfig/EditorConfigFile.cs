using System;
using System.Collections.Generic;
using System.Globalization;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Settings.EditorConfig
{
    /// <summary>A <c>key = value</c> line of an <c>.editorconfig</c> section.</summary>
    public sealed class EditorConfigProperty
    {
        internal EditorConfigProperty(string key, string value, int line, TextSpan keySpan, TextSpan valueSpan)
        {
            Key = key;
            Value = value;
            Line = line;
            KeySpan = keySpan;
            ValueSpan = valueSpan;
        }

        /// <summary>The key, lower-cased (keys are case-insensitive).</summary>
        public string Key { get; }

        /// <summary>The value as written, trimmed; lower-cased for the EditorConfig reserved keys and for <c>unset</c>.</summary>
        public string Value { get; }

        /// <summary>The 1-based line.</summary>
        public int Line { get; }

        /// <summary>Where the key is in the file.</summary>
        public TextSpan KeySpan { get; }

        /// <summary>Where the value is in the file (empty when there is none).</summary>
        public TextSpan ValueSpan { get; }

        /// <inheritdoc />
        public override string ToString() => Key + " = " + Value;
    }

    /// <summary>A <c>[glob]</c> section, or the preamble before the first one (the global section, name empty).</summary>
    public sealed class EditorConfigSection
    {
        internal EditorConfigSection(string name, int line, List<EditorConfigProperty> properties)
        {
            Name = name;
            Line = line;
            Properties = properties;
            if (name.Length > 0 && EditorConfigGlob.TryCreate(name, out var glob)) Glob = glob;
        }

        /// <summary>The section name as written between the brackets.</summary>
        public string Name { get; }

        /// <summary>The line of the header (0 for the global section).</summary>
        public int Line { get; }

        /// <summary>The properties in order (a key may repeat; the later one wins).</summary>
        public IReadOnlyList<EditorConfigProperty> Properties { get; }

        /// <summary>The matcher, or null for the global section and for names that are malformed (those sections apply to nothing).</summary>
        public EditorConfigGlob? Glob { get; }

        /// <summary>Whether the section applies to a path relative to the file's folder (starting with <c>/</c>).</summary>
        public bool IsMatch(string relativePath) => Glob != null && Glob.IsMatch(relativePath);
    }

    /// <summary>
    /// One <c>.editorconfig</c> file read line by line as Roslyn reads it: blank lines and lines starting with <c>#</c>
    /// or <c>;</c> are comments; <c>[name]</c> starts a section (a trailing comment is allowed; <c>\#</c> and <c>\;</c>
    /// escape); <c>key = value</c> or <c>key: value</c> sets a property, the value ending at the first <c>#</c> or
    /// <c>;</c>; anything else is ignored. <c>root = true</c> in the preamble stops the search for parent files.
    /// </summary>
    public sealed class EditorConfigFile
    {
        private static readonly HashSet<string> ReservedKeys = new HashSet<string>(StringComparer.Ordinal)
        {
            "root", "indent_style", "indent_size", "tab_width", "end_of_line", "charset", "trim_trailing_whitespace", "insert_final_newline",
        };

        private EditorConfigFile(SourceText source, EditorConfigSection global, List<EditorConfigSection> sections)
        {
            Source = source;
            GlobalSection = global;
            Sections = sections;
            Directory = DirectoryOf(NormalizePath(source.Path));
        }

        /// <summary>The text and path.</summary>
        public SourceText Source { get; }

        /// <summary>The path of the file.</summary>
        public string Path => Source.Path;

        /// <summary>The folder holding the file, with <c>/</c> separators and no trailing <c>/</c> (empty for the file system root).</summary>
        public string Directory { get; }

        /// <summary>The properties before the first section (only <c>root</c> means something there).</summary>
        public EditorConfigSection GlobalSection { get; }

        /// <summary>The named sections, in order.</summary>
        public IReadOnlyList<EditorConfigSection> Sections { get; }

        /// <summary>Whether the preamble says <c>root = true</c>.</summary>
        public bool IsRoot
        {
            get
            {
                string? value = null;
                foreach (var p in GlobalSection.Properties)
                {
                    if (p.Key == "root") value = p.Value;
                }

                return value == "true";
            }
        }

        /// <summary>Reads a file's text; <paramref name="path"/> is where it is (its folder anchors the section globs).</summary>
        public static EditorConfigFile Parse(string text, string path)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var source = new SourceText(text, path ?? string.Empty);
            var sections = new List<EditorConfigSection>();
            EditorConfigSection? global = null;
            string name = string.Empty;
            int headerLine = 0;
            var properties = new List<EditorConfigProperty>();

            int lineNumber = 0;
            int start = 0;
            while (start <= text.Length)
            {
                int end = start;
                while (end < text.Length && text[end] != '\n' && text[end] != '\r') end++;
                lineNumber++;
                if (TryReadSection(text, start, end, out string sectionName))
                {
                    Close();
                    name = sectionName;
                    headerLine = lineNumber;
                    properties = new List<EditorConfigProperty>();
                }
                else if (TryReadProperty(text, start, end, lineNumber, out var property))
                {
                    properties.Add(property);
                }

                if (end >= text.Length) break;
                start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            }

            Close();
            return new EditorConfigFile(source, global!, sections);

            void Close()
            {
                var section = new EditorConfigSection(name, headerLine, properties);
                if (name.Length == 0) global = section;
                else sections.Add(section);
            }
        }

        /// <summary>
        /// The path of <paramref name="filePath"/> relative to this file's folder, starting with <c>/</c>, or null when the
        /// file is not below that folder.
        /// </summary>
        public string? GetRelativePath(string filePath)
        {
            string normalized = NormalizePath(filePath);
            if (!normalized.StartsWith(Directory + "/", StringComparison.Ordinal)) return null;
            return normalized.Substring(Directory.Length);
        }

        /// <summary>A path with <c>/</c> separators.</summary>
        internal static string NormalizePath(string path) => (path ?? string.Empty).Replace('\\', '/');

        /// <summary>The folder part of a normalized path, without a trailing <c>/</c>.</summary>
        internal static string DirectoryOf(string normalizedPath)
        {
            int slash = normalizedPath.LastIndexOf('/');
            return slash <= 0 ? string.Empty : normalizedPath.Substring(0, slash);
        }

        private static bool TryReadSection(string text, int start, int end, out string name)
        {
            name = string.Empty;
            int p = start;
            while (p < end && char.IsWhiteSpace(text[p])) p++;
            if (p >= end || text[p] != '[') return false;

            // The name runs to the last ']' before the first unescaped '#' or ';' (a trailing comment).
            int cut = end;
            for (int i = p + 1; i < end; i++)
            {
                char c = text[i];
                if (c == '\\' && i + 1 < end && (text[i + 1] == '#' || text[i + 1] == ';'))
                {
                    i++;
                    continue;
                }

                if (c == '#' || c == ';')
                {
                    cut = i;
                    break;
                }
            }

            int last = cut - 1;
            while (last > p && char.IsWhiteSpace(text[last])) last--;
            if (last <= p + 1 || text[last] != ']') return false;
            name = text.Substring(p + 1, last - p - 1);
            return true;
        }

        private static bool TryReadProperty(string text, int start, int end, int line, out EditorConfigProperty property)
        {
            property = null!;
            int p = start;
            while (p < end && char.IsWhiteSpace(text[p])) p++;
            int keyStart = p;
            while (p < end && IsKeyChar(text[p])) p++;
            int keyEnd = p;
            if (keyEnd == keyStart) return false;
            while (p < end && char.IsWhiteSpace(text[p])) p++;
            if (p >= end || (text[p] != '=' && text[p] != ':')) return false;
            p++;
            while (p < end && char.IsWhiteSpace(text[p])) p++;
            int valueStart = p;
            while (p < end && text[p] != '#' && text[p] != ';') p++;
            int valueEnd = p;
            while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1])) valueEnd--;

            string key = text.Substring(keyStart, keyEnd - keyStart).ToLowerInvariant();
            string value = text.Substring(valueStart, valueEnd - valueStart);
            if (ReservedKeys.Contains(key) || string.Equals(value, "unset", StringComparison.OrdinalIgnoreCase)) value = value.ToLowerInvariant();
            property = new EditorConfigProperty(key, value, line, TextSpan.FromBounds(keyStart, keyEnd), TextSpan.FromBounds(valueStart, valueEnd));
            return true;
        }

        /// <summary>A regex <c>\w</c> character, <c>.</c> or <c>-</c>.</summary>
        private static bool IsKeyChar(char c)
        {
            if (c == '.' || c == '-' || c == '_' || char.IsLetterOrDigit(c)) return true;
            var category = char.GetUnicodeCategory(c);
            return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.ConnectorPunctuation || category == UnicodeCategory.DecimalDigitNumber;
        }
    }
}

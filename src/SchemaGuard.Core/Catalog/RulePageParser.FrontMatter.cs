using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>The front matter: <c>key: value</c> lines, lists inline (<c>[a, b]</c>) or as <c>- item</c> lines.</summary>
    public sealed partial class RulePageParser
    {
        private static readonly string[] RequiredKeys = { "id", "name", "title", "category", "severity", "dialects", "since" };
        private static readonly string[] OptionalKeys = { "options", "tags" };
        private static readonly string[] ListKeys = { "dialects", "options", "tags" };

        private FrontMatter ParseFrontMatter(out int bodyStart)
        {
            if (_lines.Count == 0 || _lines[0].TrimEnd() != "---")
            {
                throw Error(1, "A rule page starts with its front matter: a '---' line, 'key: value' lines, and a closing '---' line.");
            }

            var scalars = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
            var lists = new Dictionary<string, List<(string Value, int Line)>>(StringComparer.Ordinal);
            var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
            string? listKey = null;
            int i = 1;
            for (; i < _lines.Count; i++)
            {
                string line = _lines[i].TrimEnd();
                int lineNumber = i + 1;
                if (line == "---") break;
                string trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#') continue;

                if (char.IsWhiteSpace(line[0]) || line[0] == '-')
                {
                    if (listKey == null) throw Error(lineNumber, "An indented line or list item must follow a key written without a value, such as 'options:'.");
                    if (trimmed[0] != '-') throw Error(lineNumber, "Expected a list item '- ...' under '" + listKey + ":'.");
                    string item = trimmed.Substring(1).Trim();
                    if (item.Length == 0) throw Error(lineNumber, "A list item needs a value.");
                    lists[listKey].Add((listKey == "options" ? item : Unquote(item), lineNumber));
                    continue;
                }

                int colon = line.IndexOf(':');
                if (colon <= 0) throw Error(lineNumber, "Expected 'key: value'.");
                string key = line.Substring(0, colon).Trim();
                string value = line.Substring(colon + 1).Trim();
                if (!RequiredKeys.Contains(key) && !OptionalKeys.Contains(key))
                {
                    throw Error(lineNumber, "Unknown front matter key '" + key + "'; the keys are " + string.Join(", ", RequiredKeys.Concat(OptionalKeys)) + ".");
                }

                if (keyLines.TryGetValue(key, out int first)) throw Error(lineNumber, "'" + key + "' is given twice (first on line " + first + ").");
                keyLines[key] = lineNumber;
                listKey = null;

                bool isList = ListKeys.Contains(key);
                if (value.Length == 0)
                {
                    if (!isList) throw Error(lineNumber, "'" + key + "' needs a value.");
                    listKey = key;
                    lists[key] = new List<(string, int)>();
                }
                else if (key == "options")
                {
                    throw Error(lineNumber, "Write options as a list: 'options:' and then one '- name: default  # description' line per option.");
                }
                else if (isList && value[0] == '[')
                {
                    lists[key] = ParseInlineList(value, lineNumber);
                }
                else
                {
                    scalars[key] = (Unquote(value), lineNumber);
                }
            }

            if (i >= _lines.Count) throw Error(1, "The front matter is never closed by a '---' line.");
            bodyStart = i + 1;

            foreach (var key in RequiredKeys)
            {
                if (!keyLines.ContainsKey(key)) throw Error(i + 1, "The front matter has no '" + key + "'; required keys: " + string.Join(", ", RequiredKeys) + ".");
            }

            var front = new FrontMatter();
            front.Id = ReadId(Scalar(scalars, keyLines, "id"));
            front.Name = ReadName(Scalar(scalars, keyLines, "name"));
            front.Title = Scalar(scalars, keyLines, "title").Value;
            front.Category = ReadCategory(Scalar(scalars, keyLines, "category"), front.Id);
            front.Severity = ReadSeverity(Scalar(scalars, keyLines, "severity"));
            ReadDialects(scalars, lists, keyLines["dialects"], front);
            front.Since = ReadSince(Scalar(scalars, keyLines, "since"));
            front.Options = lists.TryGetValue("options", out var options) ? ReadOptions(options, keyLines["options"]) : new List<RuleOptionDefinition>();
            front.Tags = ReadTags(scalars, lists);
            CheckFileName(front.Id, keyLines["id"]);
            return front;
        }

        private (string Value, int Line) Scalar(Dictionary<string, (string Value, int Line)> scalars, Dictionary<string, int> keyLines, string key)
        {
            if (scalars.TryGetValue(key, out var v))
            {
                if (v.Value.Length == 0) throw Error(v.Line, "'" + key + "' needs a value.");
                return v;
            }

            throw Error(keyLines[key], "'" + key + "' takes a single value, not a list.");
        }

        private List<(string Value, int Line)> ParseInlineList(string value, int line)
        {
            if (value[value.Length - 1] != ']') throw Error(line, "An inline list starts with '[' and ends with ']'.");
            var items = new List<(string, int)>();
            string inner = value.Substring(1, value.Length - 2);
            if (inner.Trim().Length == 0) return items;
            foreach (var part in inner.Split(','))
            {
                string item = Unquote(part.Trim());
                if (item.Length == 0) throw Error(line, "The list has an empty item.");
                items.Add((item, line));
            }

            return items;
        }

        private string ReadId((string Value, int Line) v)
        {
            string s = v.Value;
            bool ok = s.Length == 6 && s[0] == 'S' && s[1] == 'G';
            for (int k = 2; ok && k < 6; k++) ok = s[k] >= '0' && s[k] <= '9';
            if (!ok) throw Error(v.Line, "'" + s + "' is not a rule id; ids are SG and four digits, like SG1005.");
            return s;
        }

        private string ReadName((string Value, int Line) v)
        {
            if (!IsKebabCase(v.Value)) throw Error(v.Line, "'" + v.Value + "' is not a kebab-case name (lower-case words and digits joined by single hyphens, like drop-table-purge).");
            return v.Value;
        }

        /// <summary>Lower-case letters and digits in words joined by single hyphens, starting with a letter.</summary>
        internal static bool IsKebabCase(string s)
        {
            if (s.Length == 0 || s[0] < 'a' || s[0] > 'z' || s[s.Length - 1] == '-') return false;
            for (int k = 0; k < s.Length; k++)
            {
                char c = s[k];
                if (c == '-')
                {
                    if (s[k - 1] == '-') return false;
                    continue;
                }

                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
            }

            return true;
        }

        private RuleCategory ReadCategory((string Value, int Line) v, string id)
        {
            if (!RuleCategory.TryFromName(v.Value, out var category))
            {
                throw Error(v.Line, "Unknown category '" + v.Value + "'; categories: " + string.Join(", ", RuleCategory.All.Select(c => c.Name)) + ".");
            }

            int number = int.Parse(id.Substring(2), System.Globalization.CultureInfo.InvariantCulture);
            if (!category.Owns(number))
            {
                throw Error(v.Line, id + " is outside the range of category '" + category.Name + "' (SG" + category.FirstId + "-SG" + category.LastId + ").");
            }

            return category;
        }

        private Severity ReadSeverity((string Value, int Line) v)
        {
            if (!SeverityNames.TryParsePageSeverity(v.Value, out var severity)) throw Error(v.Line, "Unknown severity '" + v.Value + "'; use error, warning or info.");
            return severity;
        }

        private void ReadDialects(
            Dictionary<string, (string Value, int Line)> scalars,
            Dictionary<string, List<(string Value, int Line)>> lists,
            int keyLine,
            FrontMatter front)
        {
            var known = SqlDialect.All.Select(d => d.Name).ToList();
            if (scalars.TryGetValue("dialects", out var single))
            {
                if (single.Value == "all")
                {
                    front.Dialects = known;
                    front.AllDialects = true;
                    return;
                }

                lists["dialects"] = new List<(string, int)> { single };
            }

            var items = lists["dialects"];
            if (items.Count == 0) throw Error(keyLine, "'dialects' needs at least one dialect, or 'all'.");
            var names = new List<string>();
            foreach (var (value, line) in items)
            {
                if (value == "all") throw Error(line, "Write 'dialects: all' on its own, not inside a list.");
                if (!known.Contains(value)) throw Error(line, "Unknown dialect '" + value + "'; dialects: " + string.Join(", ", known) + ", or all.");
                if (names.Contains(value)) throw Error(line, "The dialect '" + value + "' is listed twice.");
                names.Add(value);
            }

            front.Dialects = names;
        }

        private string ReadSince((string Value, int Line) v)
        {
            var parts = v.Value.Split('.');
            bool ok = parts.Length == 3;
            foreach (var p in parts) ok &= p.Length > 0 && p.All(c => c >= '0' && c <= '9');
            if (!ok) throw Error(v.Line, "'since' is the SchemaGuard version that introduced the rule, as major.minor.patch (0.1.0); got '" + v.Value + "'.");
            return v.Value;
        }

        private List<RuleOptionDefinition> ReadOptions(List<(string Value, int Line)> items, int keyLine)
        {
            if (items.Count == 0) throw Error(keyLine, "'options:' needs at least one '- name: default  # description' line; leave the key out when there are none.");
            var options = new List<RuleOptionDefinition>();
            foreach (var (item, line) in items)
            {
                int colon = item.IndexOf(':');
                if (colon <= 0) throw Error(line, "An option is written '- name: default  # description'.");
                string name = item.Substring(0, colon).Trim();
                string rest = item.Substring(colon + 1);
                int hash = rest.IndexOf(" #", StringComparison.Ordinal);
                if (hash < 0) throw Error(line, "Option '" + name + "' needs a description after ' # '.");
                string value = Unquote(rest.Substring(0, hash).Trim());
                string description = rest.Substring(hash + 2).Trim();
                if (!IsSnakeCase(name)) throw Error(line, "'" + name + "' is not a snake_case option name (lower-case letters, digits and underscores, like min_seconds).");
                if (value.Length == 0) throw Error(line, "Option '" + name + "' needs a default value.");
                if (description.Length == 0) throw Error(line, "Option '" + name + "' needs a description after ' # '.");
                if (options.Any(o => o.Name == name)) throw Error(line, "Option '" + name + "' is declared twice.");
                options.Add(new RuleOptionDefinition(name, value, description, line));
            }

            return options;
        }

        private List<string> ReadTags(Dictionary<string, (string Value, int Line)> scalars, Dictionary<string, List<(string Value, int Line)>> lists)
        {
            var tags = new List<string>();
            if (scalars.TryGetValue("tags", out var single)) lists["tags"] = new List<(string, int)> { single };
            if (!lists.TryGetValue("tags", out var items)) return tags;
            foreach (var (value, line) in items)
            {
                if (!IsKebabCase(value)) throw Error(line, "Tag '" + value + "' is not kebab-case.");
                if (tags.Contains(value)) throw Error(line, "Tag '" + value + "' is listed twice.");
                tags.Add(value);
            }

            return tags;
        }

        private void CheckFileName(string id, int line)
        {
            string file = _fileName;
            int slash = Math.Max(file.LastIndexOf('/'), file.LastIndexOf('\\'));
            if (slash >= 0) file = file.Substring(slash + 1);
            if (file.Length == 0) return;
            if (!string.Equals(file, id + ".md", StringComparison.Ordinal)) throw Error(line, "The page for " + id + " must be named " + id + ".md, not " + file + ".");
        }

        private static bool IsSnakeCase(string s)
        {
            if (s.Length == 0 || s[0] < 'a' || s[0] > 'z') return false;
            foreach (char c in s)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
            }

            return true;
        }

        private static string Unquote(string s)
        {
            if (s.Length >= 2 && (s[0] == '"' || s[0] == '\'') && s[s.Length - 1] == s[0]) return s.Substring(1, s.Length - 2);
            return s;
        }

        private sealed class FrontMatter
        {
            internal string Id = string.Empty;
            internal string Name = string.Empty;
            internal string Title = string.Empty;
            internal RuleCategory Category = RuleCategory.SchemaGuard;
            internal Severity Severity;
            internal IReadOnlyList<string> Dialects = new string[0];
            internal bool AllDialects;
            internal string Since = string.Empty;
            internal IReadOnlyList<RuleOptionDefinition> Options = new RuleOptionDefinition[0];
            internal IReadOnlyList<string> Tags = new string[0];
        }
    }
}

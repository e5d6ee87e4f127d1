using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGuard.Core.Settings;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>
    /// Example blocks. The info string is the language, then the role, then <c>key=value</c> attributes:
    /// <c>```sql bad dialect=oracle version=19 edition=enterprise options=min_seconds:900 line=3,5</c>.
    /// </summary>
    public sealed partial class RulePageParser
    {
        private static readonly string[] RoleWords = { "bad", "good", "fixed", "setup", "usage" };

        private List<RuleExample> ReadExamples(FrontMatter front, List<RawBlock> blocks)
        {
            var examples = new List<RuleExample>();
            var setup = new List<ExampleBlock>();
            bool setupUsed = false;
            ExampleBlock? usage = null;
            RuleExample? lastBad = null;

            foreach (var raw in blocks)
            {
                int line = raw.FenceLine;
                var words = raw.Info.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                string language = words.Length > 0 ? words[0] : string.Empty;
                if (RoleWords.Contains(language)) throw Error(line, "The info string starts with the block's language: ```sql " + language + ".");

                ExampleRole? role = null;
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int w = 1; w < words.Length; w++)
                {
                    string word = words[w];
                    int eq = word.IndexOf('=');
                    if (eq > 0)
                    {
                        string key = word.Substring(0, eq);
                        if (attributes.ContainsKey(key)) throw Error(line, "'" + key + "=' is given twice.");
                        attributes[key] = word.Substring(eq + 1);
                    }
                    else if (RoleWords.Contains(word))
                    {
                        if (role != null) throw Error(line, "A block has one role; this one has '" + RoleName(role.Value) + "' and '" + word + "'.");
                        role = ParseRole(word);
                    }
                    else
                    {
                        throw Error(line, "Unknown word '" + word + "' in the info string; expected a role (" + string.Join(", ", RoleWords) + ") or key=value.");
                    }
                }

                bool inExamples = raw.Section == RulePage.ExamplesSection;
                if (!inExamples)
                {
                    if (role != null || attributes.Count > 0) throw Error(line, "Example blocks (with a role or attributes) belong under '## " + RulePage.ExamplesSection + "'.");
                    continue;
                }

                if (role == null)
                {
                    // Illustrations that cannot run (a binary file, an internal failure) are plain text.
                    if (language == "text" && attributes.Count == 0) continue;
                    throw Error(line, "An example block names its role after the language: ```sql bad, ```sql good, ```sql fixed, ```sql setup or ```csv usage (```text for an illustration that does not run).");
                }

                switch (role.Value)
                {
                    case ExampleRole.Setup:
                        CheckAttributes(attributes, line, "dialect");
                        CheckLanguage(language, line, "sql");
                        if (setupUsed)
                        {
                            setup = new List<ExampleBlock>();
                            setupUsed = false;
                        }

                        setup.Add(MakeBlock(raw, ExampleRole.Setup, language, ResolveDialect(front, attributes, line)));
                        lastBad = null;
                        break;

                    case ExampleRole.Usage:
                        CheckAttributes(attributes, line);
                        CheckLanguage(language, line, "csv");
                        usage = MakeBlock(raw, ExampleRole.Usage, language, null);
                        lastBad = null;
                        break;

                    case ExampleRole.Fixed:
                        CheckAttributes(attributes, line);
                        if (lastBad == null) throw Error(line, "A fixed block comes right after the bad block it fixes.");
                        CheckLanguage(language, line, lastBad.Language);
                        lastBad.Fixed = MakeBlock(raw, ExampleRole.Fixed, language, lastBad.Dialect);
                        lastBad = null;
                        break;

                    default:
                        bool bad = role.Value == ExampleRole.Bad;
                        if (bad) CheckAttributes(attributes, line, "dialect", "version", "edition", "options", "line");
                        else CheckAttributes(attributes, line, "dialect", "version", "edition", "options");
                        CheckLanguage(language, line, "sql", "editorconfig");
                        string? dialect = language == "sql" || attributes.ContainsKey("dialect") ? ResolveDialect(front, attributes, line) : null;
                        var block = MakeBlock(raw, role.Value, language, dialect);
                        if (bad && language == "editorconfig" && !attributes.ContainsKey("line"))
                        {
                            throw Error(line, "A bad editorconfig example says which line is wrong: line=2.");
                        }

                        if (language == "sql")
                        {
                            foreach (var s in setup)
                            {
                                if (s.Dialect != dialect) throw Error(line, "This example is " + dialect + " but the setup block on line " + (s.Line - 1) + " is " + s.Dialect + ".");
                            }
                        }

                        var example = new RuleExample(
                            examples.Count,
                            block,
                            ReadVersion(attributes, line),
                            ReadEdition(attributes, line),
                            ReadExampleOptions(front, attributes, line),
                            ReadLines(attributes, line, raw.Code.Count),
                            language == "sql" ? setup.ToArray() : new ExampleBlock[0],
                            usage);
                        setupUsed = true;
                        examples.Add(example);
                        lastBad = bad ? example : null;
                        break;
                }
            }

            return examples;
        }

        private static ExampleBlock MakeBlock(RawBlock raw, ExampleRole role, string language, string? dialect) =>
            new ExampleBlock(role, language, raw.Info, raw.Text, raw.FenceLine + 1, raw.Code.Count, dialect);

        private static ExampleRole ParseRole(string word)
        {
            switch (word)
            {
                case "bad": return ExampleRole.Bad;
                case "good": return ExampleRole.Good;
                case "fixed": return ExampleRole.Fixed;
                case "setup": return ExampleRole.Setup;
                default: return ExampleRole.Usage;
            }
        }

        private static string RoleName(ExampleRole role) => role.ToString().ToLowerInvariant();

        private void CheckAttributes(Dictionary<string, string> attributes, int line, params string[] allowed)
        {
            foreach (var key in attributes.Keys)
            {
                if (!allowed.Contains(key))
                {
                    throw Error(line, allowed.Length == 0
                        ? "This block takes no attributes; '" + key + "=' is not allowed here."
                        : "'" + key + "=' is not allowed here; this block takes " + string.Join(", ", allowed.Select(a => a + "=")) + ".");
                }

                if (attributes[key].Length == 0) throw Error(line, "'" + key + "=' needs a value.");
            }
        }

        private void CheckLanguage(string language, int line, params string[] allowed)
        {
            if (!allowed.Contains(language)) throw Error(line, "This block must be " + string.Join(" or ", allowed.Select(a => "```" + a)) + ", not '" + language + "'.");
        }

        private string ResolveDialect(FrontMatter front, Dictionary<string, string> attributes, int line)
        {
            if (attributes.TryGetValue("dialect", out var dialect))
            {
                if (!front.Dialects.Contains(dialect)) throw Error(line, "dialect=" + dialect + " is not one of the page's dialects (" + string.Join(", ", front.Dialects) + ").");
                return dialect;
            }

            if (front.Dialects.Count == 1) return front.Dialects[0];
            throw Error(line, "The page covers several dialects; say which one this block is written for, e.g. dialect=" + front.Dialects[0] + ".");
        }

        private EngineVersion? ReadVersion(Dictionary<string, string> attributes, int line)
        {
            if (!attributes.TryGetValue("version", out var text)) return null;
            if (!EngineVersion.TryParse(text, out var version)) throw Error(line, "version=" + text + " is not a version such as 19, 12.2 or 8.0.29.");
            return version;
        }

        private Edition? ReadEdition(Dictionary<string, string> attributes, int line)
        {
            if (!attributes.TryGetValue("edition", out var text)) return null;
            if (!EditionNames.TryParse(text, out var edition) || text != text.ToLowerInvariant()) throw Error(line, "edition=" + text + " is neither standard nor enterprise.");
            return edition;
        }

        private IReadOnlyDictionary<string, string> ReadExampleOptions(FrontMatter front, Dictionary<string, string> attributes, int line)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!attributes.TryGetValue("options", out var text)) return options;
            foreach (var pair in text.Split(','))
            {
                int colon = pair.IndexOf(':');
                if (colon <= 0 || colon == pair.Length - 1) throw Error(line, "options= takes name:value pairs separated by commas, like options=min_seconds:900.");
                string name = pair.Substring(0, colon);
                string value = pair.Substring(colon + 1);
                var definition = front.Options.FirstOrDefault(o => o.Name == name);
                if (definition == null)
                {
                    throw Error(line, "Option '" + name + "' is not declared in the front matter" +
                        (front.Options.Count == 0 ? " (the page declares none)." : " (declared: " + string.Join(", ", front.Options.Select(o => o.Name)) + ")."));
                }

                if (!definition.TryValidate(value, out var error)) throw Error(line, error!);
                if (options.ContainsKey(name)) throw Error(line, "Option '" + name + "' is given twice.");
                options[name] = value;
            }

            return options;
        }

        private IReadOnlyList<int> ReadLines(Dictionary<string, string> attributes, int line, int codeLines)
        {
            var lines = new List<int>();
            if (!attributes.TryGetValue("line", out var text)) return lines;
            foreach (var part in text.Split(','))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
                {
                    throw Error(line, "line= takes 1-based line numbers within the block, separated by commas, like line=3 or line=3,5.");
                }

                if (n > codeLines) throw Error(line, "line=" + n + " is past the end of the block, which has " + codeLines + " line(s).");
                if (lines.Contains(n)) throw Error(line, "line=" + n + " is given twice.");
                lines.Add(n);
            }

            lines.Sort();
            return lines;
        }
    }
}

using System;
using System.Collections.Generic;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>
    /// A rule page (<c>rules/SGxxxx.md</c>) read by <see cref="RulePageParser"/>: the rule's metadata from the front
    /// matter, its documentation sections and its examples. The single source of truth for a rule's descriptor,
    /// <c>schemaguard explain</c>, SARIF rule metadata and <c>docs/rules.md</c>.
    /// </summary>
    public sealed class RulePage
    {
        /// <summary>The three sections every page has, in this order.</summary>
        public static IReadOnlyList<string> RequiredSections { get; } = new[] { WhySection, InsteadSection, ExamplesSection };

        /// <summary>Heading of the section that explains the harm.</summary>
        public const string WhySection = "Why it is dangerous";

        /// <summary>Heading of the section with the alternative.</summary>
        public const string InsteadSection = "What to do instead";

        /// <summary>Heading of the section with the example blocks.</summary>
        public const string ExamplesSection = "Examples";

        internal RulePage(
            string fileName,
            string source,
            string markdown,
            string id,
            string name,
            string title,
            RuleCategory category,
            Severity severity,
            IReadOnlyList<string> dialects,
            bool allDialects,
            string since,
            IReadOnlyList<RuleOptionDefinition> options,
            IReadOnlyList<string> tags,
            IReadOnlyList<RulePageSection> sections,
            IReadOnlyList<RuleExample> examples)
        {
            FileName = fileName;
            Source = source;
            Markdown = markdown;
            Id = id;
            Name = name;
            Title = title;
            Category = category;
            Severity = severity;
            Dialects = dialects;
            AppliesToAllDialects = allDialects;
            Since = since;
            Options = options;
            Tags = tags;
            Sections = sections;
            Examples = examples;
        }

        /// <summary>The page's file name (<c>SG1005.md</c>).</summary>
        public string FileName { get; }

        /// <summary>The whole page as written, front matter included.</summary>
        public string Source { get; }

        /// <summary>The page without its front matter: what <c>schemaguard explain</c> prints.</summary>
        public string Markdown { get; }

        /// <summary>The id (<c>SG1005</c>).</summary>
        public string Id { get; }

        /// <summary>The id's number (1005).</summary>
        public int Number => int.Parse(Id.Substring(2), System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The kebab-case name, stable forever (<c>drop-table-purge</c>).</summary>
        public string Name { get; }

        /// <summary>A one-line title.</summary>
        public string Title { get; }

        /// <summary>The category; its range contains the id.</summary>
        public RuleCategory Category { get; }

        /// <summary>The default severity (error, warning or info).</summary>
        public Severity Severity { get; }

        /// <summary>The dialect names the rule applies to (<c>oracle</c>, <c>postgresql</c>, ...), every dialect for <c>all</c>.</summary>
        public IReadOnlyList<string> Dialects { get; }

        /// <summary>Whether the page says <c>dialects: all</c>.</summary>
        public bool AppliesToAllDialects { get; }

        /// <summary>The SchemaGuard version that introduced the rule.</summary>
        public string Since { get; }

        /// <summary>The options the rule takes, with defaults.</summary>
        public IReadOnlyList<RuleOptionDefinition> Options { get; }

        /// <summary>Free tags.</summary>
        public IReadOnlyList<string> Tags { get; }

        /// <summary>Every H2 section, in page order.</summary>
        public IReadOnlyList<RulePageSection> Sections { get; }

        /// <summary>The bad and good examples, in page order, each with its setup, usage data and fixed text.</summary>
        public IReadOnlyList<RuleExample> Examples { get; }

        /// <summary>The first paragraph of "Why it is dangerous", on one line: the long description for SARIF and listings.</summary>
        public string Description
        {
            get
            {
                var why = GetSection(WhySection);
                return why == null ? Title : why.FirstParagraph;
            }
        }

        /// <summary>Whether the rule applies to a dialect.</summary>
        public bool AppliesTo(SqlDialect dialect)
        {
            foreach (var d in Dialects)
            {
                if (string.Equals(d, dialect.Name, StringComparison.Ordinal)) return true;
            }

            return false;
        }

        /// <summary>The section with this heading, or null.</summary>
        public RulePageSection? GetSection(string heading)
        {
            foreach (var s in Sections)
            {
                if (string.Equals(s.Heading, heading, StringComparison.Ordinal)) return s;
            }

            return null;
        }

        /// <summary>The option with this name, or null.</summary>
        public RuleOptionDefinition? FindOption(string name)
        {
            foreach (var o in Options)
            {
                if (string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)) return o;
            }

            return null;
        }

        /// <inheritdoc />
        public override string ToString() => Id + " " + Name;
    }

    /// <summary>An H2 section of a rule page.</summary>
    public sealed class RulePageSection
    {
        internal RulePageSection(string heading, int line, string markdown)
        {
            Heading = heading;
            Line = line;
            Markdown = markdown;
        }

        /// <summary>The heading text (without <c>## </c>).</summary>
        public string Heading { get; }

        /// <summary>The page line of the heading.</summary>
        public int Line { get; }

        /// <summary>The section's content up to the next H2, trimmed.</summary>
        public string Markdown { get; }

        /// <summary>The first paragraph, its lines joined by spaces.</summary>
        public string FirstParagraph
        {
            get
            {
                var sb = new System.Text.StringBuilder();
                foreach (var raw in Markdown.Split('\n'))
                {
                    string line = raw.Trim();
                    if (line.Length == 0)
                    {
                        if (sb.Length > 0) break;
                        continue;
                    }

                    if (sb.Length > 0) sb.Append(' ');
                    sb.Append(line);
                }

                return sb.ToString();
            }
        }
    }
}

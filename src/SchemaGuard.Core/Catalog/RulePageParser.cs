using System;
using System.Collections.Generic;
using System.Text;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>
    /// Reads a rule page: front matter between <c>---</c> lines, H2 sections, and fenced example blocks whose info
    /// string gives their role and context (<c>```sql bad dialect=oracle line=3</c>). Hand-written, no YAML or
    /// Markdown package: the format is small and every error must say which line is wrong. The format is
    /// documented in <c>docs/rule-pages.md</c>.
    /// </summary>
    public sealed partial class RulePageParser
    {
        private readonly string _fileName;
        private readonly string _text;
        private readonly List<string> _lines = new List<string>();
        private readonly List<int> _lineStarts = new List<int>();

        private RulePageParser(string text, string fileName)
        {
            _text = text;
            _fileName = fileName;
            SplitLines();
        }

        /// <summary>Reads a page.</summary>
        /// <param name="text">The page's text.</param>
        /// <param name="fileName">The file name (<c>SG1005.md</c>), used in errors and checked against the id.</param>
        /// <exception cref="RulePageException">The page is malformed; the exception gives the file and line.</exception>
        public static RulePage Parse(string text, string fileName)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            return new RulePageParser(text, fileName ?? string.Empty).ParsePage();
        }

        /// <summary>Reads a page, returning the error instead of throwing it.</summary>
        public static bool TryParse(string text, string fileName, out RulePage? page, out RulePageException? error)
        {
            try
            {
                page = Parse(text, fileName);
                error = null;
                return true;
            }
            catch (RulePageException ex)
            {
                page = null;
                error = ex;
                return false;
            }
        }

        private RulePage ParsePage()
        {
            var front = ParseFrontMatter(out int bodyStart);
            var blocks = new List<RawBlock>();
            var sections = ParseSections(bodyStart, blocks);
            CheckRequiredSections(sections);
            var examples = ReadExamples(front, blocks);
            string markdown = bodyStart < _lines.Count ? _text.Substring(_lineStarts[bodyStart]).TrimStart('\r', '\n') : string.Empty;
            return new RulePage(
                _fileName, _text, markdown, front.Id, front.Name, front.Title, front.Category, front.Severity,
                front.Dialects, front.AllDialects, front.Since, front.Options, front.Tags, sections, examples);
        }

        private void SplitLines()
        {
            int start = 0;
            for (int i = 0; i < _text.Length; i++)
            {
                char c = _text[i];
                if (c != '\n' && c != '\r') continue;
                _lineStarts.Add(start);
                _lines.Add(_text.Substring(start, i - start));
                if (c == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n') i++;
                start = i + 1;
            }

            if (start < _text.Length)
            {
                _lineStarts.Add(start);
                _lines.Add(_text.Substring(start));
            }
        }

        /// <summary>H2 sections of the body; fenced blocks are collected on the way so a <c>##</c> inside code is not a heading.</summary>
        private List<RulePageSection> ParseSections(int bodyStart, List<RawBlock> blocks)
        {
            var sections = new List<RulePageSection>();
            string? heading = null;
            int headingLine = 0;
            int contentStart = 0;

            void Close(int endExclusive)
            {
                if (heading == null) return;
                sections.Add(new RulePageSection(heading, headingLine, JoinLines(contentStart, endExclusive).Trim()));
            }

            for (int i = bodyStart; i < _lines.Count; i++)
            {
                string line = _lines[i];
                if (TryOpenFence(line, out char fenceChar, out int fenceLength, out string info))
                {
                    int open = i;
                    var code = new List<string>();
                    i++;
                    while (i < _lines.Count && !IsFenceClose(_lines[i], fenceChar, fenceLength))
                    {
                        code.Add(_lines[i]);
                        i++;
                    }

                    if (i >= _lines.Count) throw Error(open + 1, "The code block opened here is never closed.");
                    blocks.Add(new RawBlock(heading, info, code, open + 1));
                    continue;
                }

                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    Close(i);
                    heading = line.Substring(3).Trim();
                    if (heading.Length == 0) throw Error(i + 1, "A section heading needs a title.");
                    foreach (var s in sections)
                    {
                        if (s.Heading == heading) throw Error(i + 1, "The section '## " + heading + "' appears twice (first on line " + s.Line + ").");
                    }

                    headingLine = i + 1;
                    contentStart = i + 1;
                }
            }

            Close(_lines.Count);
            return sections;
        }

        private void CheckRequiredSections(List<RulePageSection> sections)
        {
            int previousIndex = -1;
            string? previous = null;
            foreach (var required in RulePage.RequiredSections)
            {
                int index = sections.FindIndex(s => s.Heading == required);
                if (index < 0)
                {
                    throw Error(Math.Max(1, _lines.Count), "The page has no '## " + required + "' section; every page has '## " +
                        string.Join("', '## ", RulePage.RequiredSections) + "', in this order.");
                }

                if (index < previousIndex)
                {
                    throw Error(sections[index].Line, "'## " + required + "' must come after '## " + previous + "'.");
                }

                previousIndex = index;
                previous = required;
            }
        }

        private static bool TryOpenFence(string line, out char fenceChar, out int length, out string info)
        {
            fenceChar = '\0';
            length = 0;
            info = string.Empty;
            if (line.Length < 3 || (line[0] != '`' && line[0] != '~')) return false;
            char c = line[0];
            int n = 0;
            while (n < line.Length && line[n] == c) n++;
            if (n < 3) return false;
            info = line.Substring(n).Trim();
            if (c == '`' && info.IndexOf('`') >= 0) return false;
            fenceChar = c;
            length = n;
            return true;
        }

        private static bool IsFenceClose(string line, char fenceChar, int length)
        {
            string trimmed = line.TrimEnd();
            if (trimmed.Length < length) return false;
            foreach (char c in trimmed)
            {
                if (c != fenceChar) return false;
            }

            return true;
        }

        private string JoinLines(int start, int endExclusive)
        {
            var sb = new StringBuilder();
            for (int i = start; i < endExclusive; i++)
            {
                sb.Append(_lines[i]);
                sb.Append('\n');
            }

            return sb.ToString();
        }

        private RulePageException Error(int line, string reason) => new RulePageException(_fileName, line, reason);

        /// <summary>A fenced block as found, before its info string is read.</summary>
        private sealed class RawBlock
        {
            internal RawBlock(string? section, string info, List<string> code, int fenceLine)
            {
                Section = section;
                Info = info;
                Code = code;
                FenceLine = fenceLine;
            }

            internal string? Section { get; }

            internal string Info { get; }

            internal List<string> Code { get; }

            internal int FenceLine { get; }

            internal string Text
            {
                get
                {
                    var sb = new StringBuilder();
                    foreach (var line in Code)
                    {
                        sb.Append(line);
                        sb.Append('\n');
                    }

                    return sb.ToString();
                }
            }
        }
    }
}

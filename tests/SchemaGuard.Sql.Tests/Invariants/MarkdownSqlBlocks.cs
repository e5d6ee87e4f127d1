using System;
using System.Collections.Generic;
using System.Text;

namespace SchemaGuard.Sql.Tests.Invariants
{
    /// <summary>A fenced <c>sql</c> code block found in a Markdown page.</summary>
    internal sealed class SqlBlock
    {
        public SqlBlock(int line, string infoString, string code, IReadOnlyList<string> dialects, bool hasRole)
        {
            Line = line;
            InfoString = infoString;
            Code = code;
            Dialects = dialects;
            HasRole = hasRole;
        }

        /// <summary>1-based line of the opening fence.</summary>
        public int Line { get; }

        /// <summary>Everything after the fence (<c>sql dialect=oracle bad</c>).</summary>
        public string InfoString { get; }

        /// <summary>The block's text, each line ending with LF.</summary>
        public string Code { get; }

        /// <summary>The names given by <c>dialect=a</c> or <c>dialect=a,b</c>; empty when the block names none.</summary>
        public IReadOnlyList<string> Dialects { get; }

        /// <summary>
        /// Whether the info string gives the block a role (<c>bad</c>, <c>good</c>, <c>fixed</c>, <c>setup</c>): an example
        /// the rule tests run (docs/rule-pages.md). Blocks without one are plain documentation, such as a suppression comment.
        /// </summary>
        public bool HasRole { get; }
    }

    /// <summary>
    /// Finds fenced code blocks whose info string starts with <c>sql</c> (CommonMark fences of three or more backticks
    /// or tildes, indented at most three spaces). Written by hand: the pages are the rules' documentation and tests.
    /// </summary>
    internal static class MarkdownSqlBlocks
    {
        private static readonly string[] Roles = { "bad", "good", "fixed", "setup" };

        public static IReadOnlyList<SqlBlock> Extract(string markdown)
        {
            var blocks = new List<SqlBlock>();
            string[] lines = markdown.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            int i = 0;
            while (i < lines.Length)
            {
                if (!TryOpenFence(lines[i], out char fenceChar, out int fenceLength, out string info))
                {
                    i++;
                    continue;
                }

                int openLine = i + 1;
                var code = new StringBuilder();
                i++;
                while (i < lines.Length && !IsClosingFence(lines[i], fenceChar, fenceLength))
                {
                    code.Append(lines[i]).Append('\n');
                    i++;
                }

                // An unclosed fence runs to the end of the page, as CommonMark reads it.
                i++;
                string[] words = info.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0 && string.Equals(words[0], "sql", StringComparison.OrdinalIgnoreCase))
                {
                    blocks.Add(new SqlBlock(openLine, info, code.ToString(), ReadDialects(words), HasRole(words)));
                }
            }

            return blocks;
        }

        private static bool HasRole(string[] words)
        {
            foreach (var word in words)
            {
                foreach (var role in Roles)
                {
                    if (string.Equals(word, role, StringComparison.OrdinalIgnoreCase)) return true;
                }
            }

            return false;
        }

        private static IReadOnlyList<string> ReadDialects(string[] words)
        {
            var dialects = new List<string>();
            foreach (var word in words)
            {
                if (!word.StartsWith("dialect=", StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var name in word.Substring("dialect=".Length).Split(','))
                {
                    if (name.Length > 0) dialects.Add(name);
                }
            }

            return dialects;
        }

        private static bool TryOpenFence(string line, out char fenceChar, out int fenceLength, out string info)
        {
            fenceChar = '\0';
            fenceLength = 0;
            info = string.Empty;
            int indent = CountLeading(line, ' ');
            if (indent > 3 || indent >= line.Length) return false;
            char c = line[indent];
            if (c != '`' && c != '~') return false;
            int run = CountLeading(line.Substring(indent), c);
            if (run < 3) return false;
            info = line.Substring(indent + run).Trim();
            if (c == '`' && info.IndexOf('`') >= 0) return false;
            fenceChar = c;
            fenceLength = run;
            return true;
        }

        private static bool IsClosingFence(string line, char fenceChar, int fenceLength)
        {
            int indent = CountLeading(line, ' ');
            if (indent > 3) return false;
            string rest = line.Substring(indent);
            int run = CountLeading(rest, fenceChar);
            return run >= fenceLength && rest.Substring(run).Trim().Length == 0;
        }

        private static int CountLeading(string s, char c)
        {
            int n = 0;
            while (n < s.Length && s[n] == c) n++;
            return n;
        }
    }
}

using System;
using System.Collections.Generic;
using SchemaGuard.Core.Catalog;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Suppression
{
    /// <summary>
    /// The suppression comments of a file, read from comment trivia (never from strings): in <c>--</c>, <c>#</c> or
    /// <c>/* */</c> comments,
    /// <code>
    /// schemaguard-disable-next-line &lt;id-or-name&gt;[, ...] [-- reason]
    /// schemaguard-disable [&lt;id-or-name&gt;, ...] [-- reason]   ...   schemaguard-enable [&lt;id-or-name&gt;, ...]
    /// schemaguard-disable-file [&lt;id-or-name&gt;, ...] [-- reason]
    /// </code>
    /// Without a list a directive covers every rule. Names are separated by commas or blanks. "Next line" is the
    /// next line after the comment that holds code, so a blank line or another comment in between does not break it.
    /// </summary>
    public sealed class InlineSuppressions
    {
        private const string Prefix = "schemaguard-";
        private readonly List<SuppressionDirective> _directives = new List<SuppressionDirective>();
        private readonly List<SuppressionProblem> _problems = new List<SuppressionProblem>();

        private InlineSuppressions()
        {
        }

        /// <summary>The directives in text order.</summary>
        public IReadOnlyList<SuppressionDirective> Directives => _directives;

        /// <summary>Unknown rule names and misspelled directives, to be reported as SG9002.</summary>
        public IReadOnlyList<SuppressionProblem> Problems => _problems;

        /// <summary>Reads the suppression comments of a script; names are resolved against <paramref name="catalog"/>.</summary>
        public static InlineSuppressions Read(SqlScript script, RuleCatalog catalog)
        {
            var result = new InlineSuppressions();
            var tokens = script.Tokens;
            for (int i = 0; i < tokens.Count; i++)
            {
                foreach (var trivia in tokens.GetLeadingTrivia(i))
                {
                    if (trivia.Kind == TriviaKind.LineComment || trivia.Kind == TriviaKind.BlockComment)
                    {
                        result.ReadComment(script, catalog, trivia, i);
                    }
                }
            }

            return result;
        }

        /// <summary>Marks the findings that a directive covers (findings already suppressed are left as they are).</summary>
        public void Apply(IEnumerable<Finding> findings)
        {
            if (_directives.Count == 0) return;
            foreach (var finding in findings)
            {
                if (finding.Suppression != null) continue;
                var directive = FindDirective(finding.RuleId, finding.Span.Start, finding.Start.Line);
                if (directive != null) finding.Suppression = new SuppressionInfo(SuppressionKind.Inline, directive.Reason);
            }
        }

        /// <summary>The directive that suppresses a finding of <paramref name="ruleId"/> at this offset and line, or null.</summary>
        public SuppressionDirective? FindDirective(string ruleId, int offset, int line)
        {
            foreach (var d in _directives)
            {
                if (d.Kind == SuppressionDirectiveKind.DisableFile && d.Covers(ruleId)) return d;
            }

            foreach (var d in _directives)
            {
                if (d.Kind == SuppressionDirectiveKind.DisableNextLine && d.TargetLine == line && d.Covers(ruleId)) return d;
            }

            // Replay disable/enable up to the finding: a later directive overrides an earlier one for the rules it names.
            SuppressionDirective? all = null;
            var byRule = new Dictionary<string, SuppressionDirective>(StringComparer.OrdinalIgnoreCase);
            var reenabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var d in _directives)
            {
                if (d.Span.Start >= offset) break;
                if (d.Kind == SuppressionDirectiveKind.Disable)
                {
                    if (d.AppliesToAllRules)
                    {
                        all = d;
                        reenabled.Clear();
                    }
                    else
                    {
                        foreach (var id in d.RuleIds)
                        {
                            byRule[id] = d;
                            reenabled.Remove(id);
                        }
                    }
                }
                else if (d.Kind == SuppressionDirectiveKind.Enable)
                {
                    if (d.AppliesToAllRules)
                    {
                        all = null;
                        byRule.Clear();
                        reenabled.Clear();
                    }
                    else
                    {
                        foreach (var id in d.RuleIds)
                        {
                            byRule.Remove(id);
                            if (all != null) reenabled.Add(id);
                        }
                    }
                }
            }

            if (byRule.TryGetValue(ruleId, out var specific)) return specific;
            return all != null && !reenabled.Contains(ruleId) ? all : null;
        }

        private void ReadComment(SqlScript script, RuleCatalog catalog, SyntaxTrivia trivia, int followingToken)
        {
            string text = script.Source.Text;
            int start = trivia.Start;
            int end = trivia.Start + trivia.Length;
            int bodyStart, bodyEnd = end;
            if (trivia.Kind == TriviaKind.BlockComment)
            {
                bodyStart = start + 2;
                if (end - start >= 4 && text[end - 2] == '*' && text[end - 1] == '/') bodyEnd = end - 2;
            }
            else
            {
                bodyStart = text[start] == '#' ? start + 1 : start + 2;
            }

            int p = SkipBlanks(text, bodyStart, bodyEnd);
            if (!StartsWith(text, p, bodyEnd, Prefix)) return;

            int wordEnd = p + Prefix.Length;
            while (wordEnd < bodyEnd && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
            var wordSpan = TextSpan.FromBounds(p, wordEnd);
            string word = text.Substring(p, wordEnd - p).ToLowerInvariant();
            bool separated = wordEnd == bodyEnd || char.IsWhiteSpace(text[wordEnd]);
            if (!separated || !TryGetKind(word, out var kind))
            {
                _problems.Add(new SuppressionProblem(
                    TextSpan.FromBounds(p, separated ? wordEnd : NextBlank(text, wordEnd, bodyEnd)),
                    "'" + text.Substring(p, (separated ? wordEnd : NextBlank(text, wordEnd, bodyEnd)) - p) + "' is not a suppression directive; use schemaguard-disable-next-line, schemaguard-disable, schemaguard-enable or schemaguard-disable-file."));
                return;
            }

            int reasonAt = IndexOf(text, wordEnd, bodyEnd, "--");
            int namesEnd = reasonAt >= 0 ? reasonAt : bodyEnd;
            string? reason = reasonAt >= 0 ? text.Substring(reasonAt + 2, bodyEnd - reasonAt - 2).Trim() : null;

            var ids = new List<string>();
            bool anyName = false;
            int q = wordEnd;
            while (q < namesEnd)
            {
                char c = text[q];
                if (c == ',' || char.IsWhiteSpace(c))
                {
                    q++;
                    continue;
                }

                int nameStart = q;
                while (q < namesEnd && text[q] != ',' && !char.IsWhiteSpace(text[q])) q++;
                anyName = true;
                string name = text.Substring(nameStart, q - nameStart);
                var page = catalog.Find(name);
                if (page == null)
                {
                    _problems.Add(new SuppressionProblem(
                        TextSpan.FromBounds(nameStart, q),
                        "No rule has the id or name '" + name + "', so this suppression does nothing for it. Write a rule id (SG1005) or name (drop-table-purge); 'schemaguard rules' lists them."));
                }
                else if (!ids.Contains(page.Id))
                {
                    ids.Add(page.Id);
                }
            }

            int targetLine = kind == SuppressionDirectiveKind.DisableNextLine ? FindTargetLine(script, end, followingToken) : 0;
            _directives.Add(new SuppressionDirective(kind, TextSpan.FromBounds(start, end), ids, !anyName, reason, targetLine));
        }

        private static int FindTargetLine(SqlScript script, int commentEnd, int followingToken)
        {
            // The comment's last character is on its last line (a line comment does not include the line break).
            int commentLine = script.Source.GetPosition(Math.Max(0, commentEnd - 1)).Line;
            var tokens = script.Tokens;
            for (int j = followingToken; j < tokens.Count; j++)
            {
                if (tokens[j].Kind == SyntaxKind.EndOfFile) return 0;
                int line = script.Source.GetPosition(tokens[j].Start).Line;
                if (line > commentLine) return line;
            }

            return 0;
        }

        private static bool TryGetKind(string word, out SuppressionDirectiveKind kind)
        {
            switch (word)
            {
                case "schemaguard-disable-next-line": kind = SuppressionDirectiveKind.DisableNextLine; return true;
                case "schemaguard-disable": kind = SuppressionDirectiveKind.Disable; return true;
                case "schemaguard-enable": kind = SuppressionDirectiveKind.Enable; return true;
                case "schemaguard-disable-file": kind = SuppressionDirectiveKind.DisableFile; return true;
                default: kind = SuppressionDirectiveKind.Disable; return false;
            }
        }

        private static int SkipBlanks(string text, int p, int end)
        {
            while (p < end && char.IsWhiteSpace(text[p])) p++;
            return p;
        }

        private static int NextBlank(string text, int p, int end)
        {
            while (p < end && !char.IsWhiteSpace(text[p])) p++;
            return p;
        }

        private static bool StartsWith(string text, int p, int end, string prefix)
        {
            if (end - p < prefix.Length) return false;
            return string.Compare(text, p, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        private static int IndexOf(string text, int start, int end, string value)
        {
            int i = text.IndexOf(value, start, end - start, StringComparison.Ordinal);
            return i;
        }
    }
}

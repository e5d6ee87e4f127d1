using System;
using System.Collections.Generic;
using System.Text;

namespace SchemaGuard.Sql.Tests.Conventions
{
    /// <summary>A line of C# that breaks a house rule.</summary>
    internal sealed class Violation
    {
        public Violation(string file, int line, string rule, string text)
        {
            File = file;
            Line = line;
            Rule = rule;
            Text = text;
        }

        public string File { get; }

        public int Line { get; }

        public string Rule { get; }

        public string Text { get; }

        public override string ToString() => File + "(" + Line + "): " + Rule + ": " + Text.Trim();
    }

    /// <summary>
    /// Scans C# source for the front end's forbidden patterns. Comments and string contents are blanked first, so
    /// a doc comment may mention <c>SqlDialect.Oracle</c>; code may not.
    /// </summary>
    internal static class ConventionScanner
    {
        private const string IdentityRule = "dialect identity check (ask a SqlDialect capability instead)";
        private const string RegexRule = "System.Text.RegularExpressions is not used in SchemaGuard's sources";

        private static readonly string[] DialectInstances =
        {
            "SqlDialect.Oracle", "SqlDialect.PostgreSql", "SqlDialect.MySql", "SqlDialect.MariaDb", "SqlDialect.SqlServer",
        };

        /// <summary>References to a dialect instance, comparisons of names (<c>.Name ==</c>, <c>.Name !=</c>, <c>Name.Equals</c>) and any <c>dialect.Name</c>.</summary>
        public static IReadOnlyList<Violation> FindDialectIdentityChecks(string code, string file)
        {
            var violations = new List<Violation>();
            var original = code.Replace("\r\n", "\n").Split('\n');
            var lines = BlankCommentsAndStrings(code).Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                bool hit = false;
                foreach (var instance in DialectInstances) hit |= line.IndexOf(instance, StringComparison.Ordinal) >= 0;
                hit |= line.IndexOf("dialect.Name", StringComparison.OrdinalIgnoreCase) >= 0;
                hit |= line.IndexOf("Name.Equals", StringComparison.Ordinal) >= 0;
                hit |= ComparesName(line);
                if (hit) violations.Add(new Violation(file, i + 1, IdentityRule, original[i]));
            }

            return violations;
        }

        /// <summary>Any mention of System.Text.RegularExpressions in code (a using, an alias, a qualified name).</summary>
        public static IReadOnlyList<Violation> FindRegexUse(string code, string file)
        {
            var violations = new List<Violation>();
            var original = code.Replace("\r\n", "\n").Split('\n');
            var lines = BlankCommentsAndStrings(code).Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].IndexOf("System.Text.RegularExpressions", StringComparison.Ordinal) >= 0)
                {
                    violations.Add(new Violation(file, i + 1, RegexRule, original[i]));
                }
            }

            return violations;
        }

        /// <summary><c>.Name</c> followed, after optional blanks, by <c>==</c> or <c>!=</c>.</summary>
        private static bool ComparesName(string line)
        {
            int at = 0;
            while ((at = line.IndexOf(".Name", at, StringComparison.Ordinal)) >= 0)
            {
                int i = at + ".Name".Length;
                at = i;
                if (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '_')) continue;
                while (i < line.Length && (line[i] == ' ' || line[i] == '\t')) i++;
                if (i + 1 < line.Length && (line[i] == '=' || line[i] == '!') && line[i + 1] == '=') return true;
            }

            return false;
        }

        /// <summary>
        /// The code with comments and the contents of string and character literals replaced by spaces, line breaks kept
        /// so line numbers still match. Handles //, /* */, "..." with escapes, @"..." verbatim, '...' and """raw""" strings.
        /// </summary>
        internal static string BlankCommentsAndStrings(string code)
        {
            var sb = new StringBuilder(code.Length);
            int i = 0;
            while (i < code.Length)
            {
                char c = code[i];
                char next = i + 1 < code.Length ? code[i + 1] : '\0';
                if (c == '/' && next == '/')
                {
                    while (i < code.Length && code[i] != '\n' && code[i] != '\r') Blank(sb, code[i++]);
                }
                else if (c == '/' && next == '*')
                {
                    int end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    end = end < 0 ? code.Length : end + 2;
                    while (i < end) Blank(sb, code[i++]);
                }
                else if (c == '"' && next == '"' && i + 2 < code.Length && code[i + 2] == '"')
                {
                    int quotes = 0;
                    while (i < code.Length && code[i] == '"') { quotes++; Blank(sb, code[i++]); }
                    string closing = new string('"', quotes);
                    int end = code.IndexOf(closing, i, StringComparison.Ordinal);
                    end = end < 0 ? code.Length : end + quotes;
                    while (i < end) Blank(sb, code[i++]);
                }
                else if (c == '@' && next == '"')
                {
                    Blank(sb, code[i++]);
                    Blank(sb, code[i++]);
                    while (i < code.Length)
                    {
                        if (code[i] == '"' && i + 1 < code.Length && code[i + 1] == '"') { Blank(sb, code[i++]); Blank(sb, code[i++]); continue; }
                        bool closes = code[i] == '"';
                        Blank(sb, code[i++]);
                        if (closes) break;
                    }
                }
                else if (c == '"' || c == '\'')
                {
                    Blank(sb, code[i++]);
                    while (i < code.Length && code[i] != c && code[i] != '\n')
                    {
                        if (code[i] == '\\' && i + 1 < code.Length) Blank(sb, code[i++]);
                        Blank(sb, code[i++]);
                    }

                    if (i < code.Length && code[i] == c) Blank(sb, code[i++]);
                }
                else
                {
                    sb.Append(c);
                    i++;
                }
            }

            return sb.ToString();
        }

        private static void Blank(StringBuilder sb, char c) => sb.Append(c == '\n' || c == '\r' ? c : ' ');
    }
}

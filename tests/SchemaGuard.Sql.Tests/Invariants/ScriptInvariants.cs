using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Tests.Invariants
{
    /// <summary>Structural checks every parse must pass, returned as readable problems (empty when all hold).</summary>
    internal static class ScriptInvariants
    {
        /// <summary>
        /// Statements lie inside the text, in order, without overlapping, and match their token ranges; every child's
        /// span lies inside its parent's; no node is reachable twice; diagnostics point inside the text.
        /// </summary>
        public static IReadOnlyList<string> FindSpanProblems(SqlScript script)
        {
            var problems = new List<string>();
            var source = script.Source;
            var tokens = script.Tokens;
            int length = source.Length;
            int previousEnd = 0;
            var seen = new HashSet<SyntaxNode>(SyntaxNode.ReferenceComparer.Instance);

            for (int i = 0; i < script.Statements.Count; i++)
            {
                var statement = script.Statements[i];
                string name = "statement " + (i + 1) + " (" + statement.Kind + " " + SyntaxTreeDumper.FormatSpan(source, statement.Span) + ")";
                if (statement.Span.End > length) problems.Add(name + " ends past the text (length " + length + ")");
                if (statement.Span.Start < previousEnd) problems.Add(name + " starts before the previous statement ends");
                previousEnd = statement.Span.End;

                if (statement.FirstTokenIndex < 0 || statement.EndTokenIndex <= statement.FirstTokenIndex || statement.EndTokenIndex > tokens.Count - 1)
                {
                    problems.Add(name + " has token range [" + statement.FirstTokenIndex + ", " + statement.EndTokenIndex + ") outside the " + (tokens.Count - 1) + " tokens");
                }
                else
                {
                    int start = tokens[statement.FirstTokenIndex].Start;
                    int end = tokens[statement.EndTokenIndex - 1].End;
                    if (statement.Span.Start != start || statement.Span.End != end) problems.Add(name + " does not match its tokens' span " + start + ".." + end);
                }

                if (statement.TerminatorTokenIndex != -1 && (statement.TerminatorTokenIndex < statement.EndTokenIndex || statement.TerminatorTokenIndex >= tokens.Count))
                {
                    problems.Add(name + " has terminator token " + statement.TerminatorTokenIndex + " before its end or past the tokens");
                }

                CheckTree(statement, name, source, seen, problems);
            }

            foreach (var diagnostic in script.Diagnostics)
            {
                if (diagnostic.Span.End > length) problems.Add("diagnostic " + diagnostic.Id + " " + diagnostic.Span + " points past the text (length " + length + ")");
            }

            return problems;
        }

        private static void CheckTree(Statement statement, string name, Text.SourceText source, HashSet<SyntaxNode> seen, List<string> problems)
        {
            var stack = new Stack<SyntaxNode>();
            stack.Push(statement);
            seen.Add(statement);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                foreach (var child in node.ChildNodes())
                {
                    if (!seen.Add(child))
                    {
                        problems.Add(name + ": " + child.GetType().Name + " " + SyntaxTreeDumper.FormatSpan(source, child.Span) + " is reachable twice");
                        continue;
                    }

                    if (!node.Span.Contains(child.Span))
                    {
                        problems.Add(name + ": " + child.GetType().Name + " " + SyntaxTreeDumper.FormatSpan(source, child.Span) +
                            " lies outside its parent " + node.GetType().Name + " " + SyntaxTreeDumper.FormatSpan(source, node.Span));
                    }

                    stack.Push(child);
                }
            }
        }

        /// <summary>The syntax errors of a parse (SG9001 unreadable statements, SG9004 unterminated tokens), formatted for a message.</summary>
        public static IReadOnlyList<string> SyntaxErrors(SqlScript script) =>
            script.Diagnostics
                .Where(d => d.Id == Diagnostics.DiagnosticIds.UnreadableStatement || d.Id == Diagnostics.DiagnosticIds.UnterminatedToken)
                .Select(d => SyntaxTreeDumper.FormatDiagnostic(script.Source, d))
                .ToList();

        /// <summary>1-based line and column of every offset (0..length), counted independently of the product's LineMap.</summary>
        public static (int Line, int Column)[] CountPositions(string text)
        {
            var positions = new (int, int)[text.Length + 1];
            int line = 1, column = 1;
            for (int i = 0; i <= text.Length; i++)
            {
                positions[i] = (line, column);
                if (i == text.Length) break;
                char c = text[i];
                if (c == '\n' || (c == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return positions;
        }

        /// <summary>A dump with line breaks inside string values written the same way whatever the file used.</summary>
        public static string NormalizeEscapedLineBreaks(string dump) => dump.Replace("\\r\\n", "\\n").Replace("\\r", "\\n");

        /// <summary>Formats at most a few problems for an assertion message.</summary>
        public static string Summarize(IReadOnlyList<string> problems, int max = 10) =>
            string.Join("\n", problems.Take(max)) + (problems.Count > max ? "\n... and " + (problems.Count - max) + " more" : string.Empty);
    }
}

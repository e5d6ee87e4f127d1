using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// Writes a parsed script as deterministic, readable text: every statement with its kind, span and partial flag,
    /// its nodes indented below it, then the diagnostics. Parser snapshot tests compare these dumps and
    /// <c>schemaguard parse --tree</c> prints them.
    /// </summary>
    /// <remarks>
    /// <para>The dump is generic over node types: it reads public properties by reflection, so a new node needs no
    /// change here. A node is written as its type name and span (<c>line:col-line:col</c>, the end exclusive), followed by
    /// its scalar properties (strings, booleans, enums, numbers, spans and lists of them); null, false, empty
    /// strings, empty lists and empty spans are left out to keep dumps short, and a true boolean is written as its
    /// bare name. Children (properties holding a node or a list of nodes, the ones <see cref="SyntaxNode.ChildNodes"/>
    /// yields) follow on their own lines, named by property (<c>Columns[2]:</c>). A leaf node with nothing else to show
    /// (such as a <see cref="RawExpression"/>) shows its source text between backticks.</para>
    /// <para>Positions are written as lines and columns only, and lines always end with <c>\n</c>, so a script saved
    /// with LF, CRLF or CR line breaks dumps identically (apart from line breaks inside string values).</para>
    /// </remarks>
    public static class SyntaxTreeDumper
    {
        private const string Indent = "  ";
        private const int MaxSourceSnippet = 60;

        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ScalarProperties = new ConcurrentDictionary<Type, PropertyInfo[]>();

        /// <summary>Statement bookkeeping that the statement header already shows, or that only matters to code (token indexes).</summary>
        private static readonly HashSet<string> StatementHeaderProperties = new HashSet<string>(StringComparer.Ordinal)
        {
            nameof(Statement.Kind), nameof(Statement.IsPartial),
        };

        private static readonly HashSet<string> TokenIndexProperties = new HashSet<string>(StringComparer.Ordinal)
        {
            nameof(Statement.FirstTokenIndex), nameof(Statement.EndTokenIndex), nameof(Statement.TerminatorTokenIndex),
        };

        /// <summary>Dumps the statements, their trees and the diagnostics of a script.</summary>
        public static string Dump(SqlScript script) => Dump(script, includeDiagnostics: true);

        /// <summary>Dumps the statements and their trees, and the diagnostics when <paramref name="includeDiagnostics"/> is set.</summary>
        public static string Dump(SqlScript script, bool includeDiagnostics)
        {
            if (script == null) throw new ArgumentNullException(nameof(script));
            var sb = new StringBuilder(script.Source.Length * 2 + 64);
            var source = script.Source;
            for (int i = 0; i < script.Statements.Count; i++)
            {
                var statement = script.Statements[i];
                sb.Append("statement ").Append(i + 1).Append(": ").Append(statement.Kind).Append(' ').Append(FormatSpan(source, statement.Span));
                if (statement.IsPartial) sb.Append(" partial");
                sb.Append('\n');
                WriteNode(sb, source, statement, null, 1, isTopLevel: true);
            }

            if (includeDiagnostics && script.Diagnostics.Count > 0)
            {
                sb.Append("diagnostics:\n");
                foreach (var diagnostic in script.Diagnostics)
                {
                    sb.Append(Indent).Append(FormatDiagnostic(source, diagnostic)).Append('\n');
                }
            }

            return sb.ToString();
        }

        /// <summary>Dumps one node and everything below it; positions are computed from <paramref name="source"/>.</summary>
        public static string DumpNode(SyntaxNode node, SourceText source)
        {
            if (node == null) throw new ArgumentNullException(nameof(node));
            if (source == null) throw new ArgumentNullException(nameof(source));
            var sb = new StringBuilder();
            WriteNode(sb, source, node, null, 0, isTopLevel: false);
            return sb.ToString();
        }

        /// <summary>Formats a span as <c>line:col-line:col</c> (1-based; the end position is just past the last character).</summary>
        public static string FormatSpan(SourceText source, TextSpan span)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            return source.GetPosition(span.Start) + "-" + source.GetPosition(span.End);
        }

        /// <summary>Formats a diagnostic as <c>SG9001 warning 3:7: message</c>.</summary>
        public static string FormatDiagnostic(SourceText source, SqlDiagnostic diagnostic)
        {
            if (source == null) throw new ArgumentNullException(nameof(source));
            if (diagnostic == null) throw new ArgumentNullException(nameof(diagnostic));
            return diagnostic.Id + " " + diagnostic.Severity.ToString().ToLowerInvariant() + " " + source.GetPosition(diagnostic.Span.Start) + ": " + diagnostic.Message;
        }

        private static void WriteNode(StringBuilder sb, SourceText source, SyntaxNode node, string? label, int depth, bool isTopLevel)
        {
            for (int i = 0; i < depth; i++) sb.Append(Indent);
            if (label != null) sb.Append(label).Append(": ");
            sb.Append(node.GetType().Name).Append(' ').Append(FormatSpan(source, node.Span));

            bool wroteScalar = false;
            foreach (var property in GetScalarProperties(node.GetType()))
            {
                if (isTopLevel && property.DeclaringType == typeof(Statement) && StatementHeaderProperties.Contains(property.Name)) continue;
                wroteScalar |= WriteScalar(sb, source, property.Name, property.GetValue(node));
            }

            var children = new List<KeyValuePair<string, SyntaxNode>>();
            var seen = new HashSet<SyntaxNode>(SyntaxNode.ReferenceComparer.Instance);
            foreach (var property in SyntaxNode.GetChildProperties(node.GetType()))
            {
                object? value = property.GetValue(node);
                if (value is SyntaxNode child)
                {
                    if (seen.Add(child)) children.Add(new KeyValuePair<string, SyntaxNode>(property.Name, child));
                }
                else if (value is IEnumerable list && !(value is string))
                {
                    int index = 0;
                    foreach (var item in list)
                    {
                        if (item is SyntaxNode element && seen.Add(element))
                        {
                            children.Add(new KeyValuePair<string, SyntaxNode>(property.Name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", element));
                        }

                        index++;
                    }
                }
            }

            if (!wroteScalar && children.Count == 0 && !node.Span.IsEmpty && node.Span.End <= source.Length)
            {
                // A leaf with nothing else to say (a skipped expression) is easier to read with its text.
                sb.Append(" `").Append(Escape(Abbreviate(source.GetText(node.Span), MaxSourceSnippet)).Replace("`", "\\`")).Append('`');
            }

            sb.Append('\n');
            foreach (var child in children)
            {
                WriteNode(sb, source, child.Value, child.Key, depth + 1, isTopLevel: false);
            }
        }

        /// <summary>Writes <c> Name=value</c> unless the value is null, false, empty or an empty span; returns whether it wrote.</summary>
        private static bool WriteScalar(StringBuilder sb, SourceText source, string name, object? value)
        {
            switch (value)
            {
                case null:
                    return false;
                case bool b:
                    if (!b) return false;
                    sb.Append(' ').Append(name);
                    return true;
                case string s:
                    if (s.Length == 0) return false;
                    sb.Append(' ').Append(name).Append("=\"").Append(Escape(s)).Append('"');
                    return true;
                case TextSpan span:
                    if (span.IsEmpty) return false;
                    sb.Append(' ').Append(name).Append('=').Append(FormatSpan(source, span));
                    return true;
                case IEnumerable list:
                    var items = new List<string>();
                    foreach (var item in list) items.Add(FormatValue(source, item));
                    if (items.Count == 0) return false;
                    sb.Append(' ').Append(name).Append("=[").Append(string.Join(", ", items)).Append(']');
                    return true;
                default:
                    sb.Append(' ').Append(name).Append('=').Append(FormatValue(source, value));
                    return true;
            }
        }

        private static string FormatValue(SourceText source, object? value)
        {
            switch (value)
            {
                case null: return "null";
                case string s: return "\"" + Escape(s) + "\"";
                case char c: return "'" + Escape(c.ToString()) + "'";
                case bool b: return b ? "true" : "false";
                case TextSpan span: return FormatSpan(source, span);
                case Enum e: return e.ToString().Replace(", ", "|");
                case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
                default: return "\"" + Escape(value.ToString() ?? string.Empty) + "\"";
            }
        }

        /// <summary>
        /// Source text on one line: runs of whitespace (line breaks included) become one space, and text longer than
        /// <paramref name="maxLength"/> characters is cut there and ends with <c>...</c>. Used for snippets and previews.
        /// </summary>
        public static string Abbreviate(string text, int maxLength)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var sb = new StringBuilder(Math.Min(text.Length, maxLength + 3));
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (sb.Length >= maxLength)
                {
                    sb.Append("...");
                    break;
                }

                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }

            return sb.ToString();
        }

        private static PropertyInfo[] GetScalarProperties(Type type) => ScalarProperties.GetOrAdd(type, t =>
            SyntaxNode.PublicPropertiesInDeclarationOrder(t)
                .Where(p => p.GetMethod != null
                    && p.Name != nameof(SyntaxNode.Span)
                    && !SyntaxNode.IsChildType(p.PropertyType)
                    && !(p.DeclaringType == typeof(Statement) && TokenIndexProperties.Contains(p.Name)))
                .ToArray());

        private static string Escape(string s)
        {
            StringBuilder? sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                string? replacement = c switch
                {
                    '\\' => "\\\\",
                    '"' => "\\\"",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => c < ' ' || c == '\u007F' || c == '\u2028' || c == '\u2029' || c == '\u0085'
                        ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                        : null,
                };
                if (replacement == null)
                {
                    sb?.Append(c);
                    continue;
                }

                sb ??= new StringBuilder(s, 0, i, s.Length + 8);
                sb.Append(replacement);
            }

            return sb?.ToString() ?? s;
        }
    }
}

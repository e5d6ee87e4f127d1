using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SchemaGuard.Core.Settings.EditorConfig
{
    /// <summary>
    /// An <c>.editorconfig</c> section name as a path matcher, with Roslyn's semantics (its AnalyzerConfig section
    /// matching), hand-written instead of compiled to a regex:
    /// <list type="bullet">
    /// <item><c>*</c> any run of characters except <c>/</c>; <c>**</c> any run including <c>/</c>; <c>?</c> any one character.</item>
    /// <item><c>[abc]</c>, <c>[a-z]</c>, <c>[!abc]</c> character classes (a negated class also matches <c>/</c>); <c>\</c> escapes.</item>
    /// <item><c>{a,b}</c> alternatives (nested patterns allowed), <c>{1..3}</c> integer ranges (negative numbers too).</item>
    /// <item>A name without <c>/</c> matches in any folder below the file's; a name with <c>/</c> is relative to it.</item>
    /// </list>
    /// The path matched is relative to the <c>.editorconfig</c>'s folder and starts with <c>/</c>
    /// (<c>/db/V1__init.sql</c>). Matching is case-sensitive, as in Roslyn. As in Roslyn's regex, the first match found
    /// (greedy, alternatives left to right) decides: its numbers must fall in their ranges.
    /// </summary>
    public sealed class EditorConfigGlob
    {
        private readonly Sequence _pattern;
        private readonly int _rangeCount;

        private EditorConfigGlob(string sectionName, Sequence pattern, int rangeCount)
        {
            SectionName = sectionName;
            _pattern = pattern;
            _rangeCount = rangeCount;
        }

        /// <summary>The section name it was made from.</summary>
        public string SectionName { get; }

        /// <summary>Compiles a section name; false when it is malformed (an unclosed <c>{</c> or <c>[</c>, a trailing <c>\</c>), as Roslyn ignores such sections.</summary>
        public static bool TryCreate(string sectionName, out EditorConfigGlob glob)
        {
            glob = null!;
            if (string.IsNullOrEmpty(sectionName)) return false;
            var nodes = new List<Node>();
            if (sectionName.IndexOf('/') < 0)
            {
                nodes.Add(new Node(NodeKind.StarStar));
                nodes.Add(Node.Literal('/'));
            }
            else if (sectionName[0] != '/')
            {
                nodes.Add(Node.Literal('/'));
            }

            var reader = new PatternReader(sectionName);
            int ranges = 0;
            if (!reader.ReadList(nodes, inChoice: false, ref ranges)) return false;
            glob = new EditorConfigGlob(sectionName, reader.NewSequence(nodes), ranges);
            return true;
        }

        /// <summary>Whether the path (relative to the <c>.editorconfig</c> folder, starting with <c>/</c>) matches.</summary>
        public bool IsMatch(string relativePath)
        {
            if (relativePath == null) throw new ArgumentNullException(nameof(relativePath));
            var matcher = new Matcher(relativePath, _rangeCount);
            return matcher.Run(_pattern);
        }

        /// <inheritdoc />
        public override string ToString() => SectionName;

        private enum RangeRead
        {
            NotARange,
            Range,
            Invalid,
        }

        private enum NodeKind
        {
            Literal,
            AnyChar,
            Star,
            StarStar,
            CharClass,
            Choice,
            NumberRange,
        }

        private sealed class Node
        {
            internal Node(NodeKind kind) => Kind = kind;

            internal NodeKind Kind { get; }

            internal char Char { get; private set; }

            internal bool Negated { get; set; }

            internal List<(char Low, char High)> Ranges { get; } = new List<(char, char)>();

            internal List<Sequence> Alternatives { get; } = new List<Sequence>();

            internal int Min { get; set; }

            internal int Max { get; set; }

            internal int RangeIndex { get; set; }

            internal static Node Literal(char c) => new Node(NodeKind.Literal) { Char = c };

            internal bool ClassContains(char c)
            {
                bool inside = false;
                foreach (var (low, high) in Ranges)
                {
                    if (c >= low && c <= high)
                    {
                        inside = true;
                        break;
                    }
                }

                return inside != Negated;
            }
        }

        /// <summary>A run of nodes; each has its own place in the pattern, which the matcher's memo relies on.</summary>
        private sealed class Sequence
        {
            internal Sequence(int id, Node[] nodes)
            {
                Id = id;
                Nodes = nodes;
            }

            internal int Id { get; }

            internal Node[] Nodes { get; }
        }

        /// <summary>Reads a section name into nodes, following Roslyn's grammar for section names.</summary>
        private struct PatternReader
        {
            private readonly string _s;
            private int _pos;
            private int _sequences;

            internal PatternReader(string s)
            {
                _s = s;
                _pos = 0;
                _sequences = 0;
                LastTerminator = '\0';
            }

            internal Sequence NewSequence(List<Node> nodes) => new Sequence(_sequences++, nodes.ToArray());

            /// <summary>
            /// Reads a path list. Inside a choice it stops after a <c>,</c> or <c>}</c> (returning true) and fails at
            /// the end; outside it fails at a stray <c>,</c> or <c>}</c>, as Roslyn does.
            /// </summary>
            internal bool ReadList(List<Node> nodes, bool inChoice, ref int ranges)
            {
                while (_pos < _s.Length)
                {
                    char c = _s[_pos];
                    switch (c)
                    {
                        case '*':
                            if (_pos + 1 < _s.Length && _s[_pos + 1] == '*')
                            {
                                _pos += 2;
                                nodes.Add(new Node(NodeKind.StarStar));
                            }
                            else
                            {
                                _pos++;
                                nodes.Add(new Node(NodeKind.Star));
                            }

                            break;
                        case '?':
                            _pos++;
                            nodes.Add(new Node(NodeKind.AnyChar));
                            break;
                        case '{':
                            var range = TryReadNumberRange(out int low, out int high);
                            if (range == RangeRead.Invalid) return false;
                            if (range == RangeRead.Range)
                            {
                                nodes.Add(new Node(NodeKind.NumberRange) { Min = low, Max = high, RangeIndex = ranges++ });
                                break;
                            }

                            if (!TryReadChoice(nodes, ref ranges)) return false;
                            break;
                        case ',':
                        case '}':
                            _pos++;
                            LastTerminator = c;
                            return inChoice;
                        case '[':
                            _pos++;
                            if (!TryReadClass(nodes)) return false;
                            break;
                        case '\\':
                            if (_pos + 1 >= _s.Length) return false;
                            nodes.Add(Node.Literal(_s[_pos + 1]));
                            _pos += 2;
                            break;
                        default:
                            nodes.Add(Node.Literal(c));
                            _pos++;
                            break;
                    }
                }

                return !inChoice;
            }

            internal char LastTerminator { get; private set; }

            private bool TryReadChoice(List<Node> nodes, ref int ranges)
            {
                _pos++; // '{'
                var choice = new Node(NodeKind.Choice);
                while (true)
                {
                    var alternative = new List<Node>();
                    if (!ReadList(alternative, inChoice: true, ref ranges)) return false;
                    choice.Alternatives.Add(NewSequence(alternative));
                    if (LastTerminator == '}') break;
                }

                nodes.Add(choice);
                return true;
            }

            /// <summary><c>{num..num}</c>; when it is not one, the position is left at the <c>{</c>.</summary>
            private RangeRead TryReadNumberRange(out int low, out int high)
            {
                low = high = 0;
                int saved = _pos;
                _pos++;
                string? first = ReadNumber();
                if (first == null || !Eat('.') || !Eat('.'))
                {
                    _pos = saved;
                    return RangeRead.NotARange;
                }

                string? second = ReadNumber();
                if (second == null || !Eat('}'))
                {
                    _pos = saved;
                    return RangeRead.NotARange;
                }

                // Roslyn gives up on the whole section when a number does not fit an int.
                if (!int.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int a) ||
                    !int.TryParse(second, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int b))
                {
                    return RangeRead.Invalid;
                }

                low = Math.Min(a, b);
                high = Math.Max(a, b);
                return RangeRead.Range;
            }

            private string? ReadNumber()
            {
                var sb = new StringBuilder();
                if (_pos < _s.Length && _s[_pos] == '-')
                {
                    sb.Append('-');
                    _pos++;
                }

                while (_pos < _s.Length && _s[_pos] >= '0' && _s[_pos] <= '9')
                {
                    sb.Append(_s[_pos]);
                    _pos++;
                }

                return sb.Length == 0 || (sb.Length == 1 && sb[0] == '-') ? null : sb.ToString();
            }

            private bool Eat(char c)
            {
                if (_pos < _s.Length && _s[_pos] == c)
                {
                    _pos++;
                    return true;
                }

                return false;
            }

            /// <summary>After <c>[</c>: <c>!</c> negates, <c>-</c> between two characters makes a range, <c>\</c> escapes, <c>]</c> closes.</summary>
            private bool TryReadClass(List<Node> nodes)
            {
                var node = new Node(NodeKind.CharClass);
                if (_pos < _s.Length && _s[_pos] == '!')
                {
                    node.Negated = true;
                    _pos++;
                }

                var items = new List<(char C, bool Escaped)>();
                while (_pos < _s.Length)
                {
                    char c = _s[_pos++];
                    if (c == ']')
                    {
                        BuildRanges(node, items);
                        nodes.Add(node);
                        return true;
                    }

                    if (c == '\\')
                    {
                        if (_pos >= _s.Length) return false;
                        items.Add((_s[_pos++], true));
                        continue;
                    }

                    items.Add((c, false));
                }

                return false;
            }

            private static void BuildRanges(Node node, List<(char C, bool Escaped)> items)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    bool isRange = i + 2 < items.Count && items[i + 1].C == '-' && !items[i + 1].Escaped;
                    if (isRange)
                    {
                        char low = item.C, high = items[i + 2].C;
                        // A reversed range is an error in a .NET regex; Roslyn would then fail the whole section. Matching nothing is the closest safe reading.
                        if (low <= high) node.Ranges.Add((low, high));
                        i += 2;
                    }
                    else
                    {
                        node.Ranges.Add((item.C, item.C));
                    }
                }
            }
        }

        /// <summary>
        /// A backtracking matcher that tries paths in the order a regex engine would (greedy stars, alternatives left to
        /// right). States known to fail are remembered, so no pattern makes it exponential.
        /// </summary>
        private sealed class Matcher
        {
            private readonly string _s;
            private readonly bool[] _inRange;
            private readonly HashSet<(int Sequence, int Index, int Position)> _failed = new HashSet<(int, int, int)>();

            internal Matcher(string s, int rangeCount)
            {
                _s = s;
                _inRange = new bool[rangeCount];
            }

            internal bool Run(Sequence pattern)
            {
                if (!Match(pattern, 0, 0, End)) return false;

                // As in Roslyn, the first match decides and every range must have taken part in it with a number in
                // range (a range in an alternative that was not taken captures nothing, which fails).
                foreach (bool ok in _inRange)
                {
                    if (!ok) return false;
                }

                return true;
            }

            private bool End(int pos) => pos == _s.Length;

            /// <summary>
            /// Matches <paramref name="seq"/> from <paramref name="index"/> at <paramref name="pos"/>, then the continuation.
            /// Each sequence sits in one place of the pattern, so its continuation is always the same and a failed
            /// (sequence, index, position) fails again.
            /// </summary>
            private bool Match(Sequence seq, int index, int pos, Func<int, bool> next)
            {
                var key = (seq.Id, index, pos);
                if (_failed.Contains(key)) return false;
                bool matched = MatchNode(seq, index, pos, next);
                if (!matched) _failed.Add(key);
                return matched;
            }

            private bool MatchNode(Sequence seq, int index, int pos, Func<int, bool> next)
            {
                if (index == seq.Nodes.Length) return next(pos);
                var node = seq.Nodes[index];
                switch (node.Kind)
                {
                    case NodeKind.Literal:
                        return pos < _s.Length && _s[pos] == node.Char && Match(seq, index + 1, pos + 1, next);
                    case NodeKind.AnyChar:
                        return pos < _s.Length && _s[pos] != '\n' && Match(seq, index + 1, pos + 1, next);
                    case NodeKind.CharClass:
                        return pos < _s.Length && node.ClassContains(_s[pos]) && Match(seq, index + 1, pos + 1, next);
                    case NodeKind.Star:
                    case NodeKind.StarStar:
                    {
                        char stop = node.Kind == NodeKind.Star ? '/' : '\n';
                        int max = pos;
                        while (max < _s.Length && _s[max] != stop) max++;
                        for (int end = max; end >= pos; end--)
                        {
                            if (Match(seq, index + 1, end, next)) return true;
                        }

                        return false;
                    }

                    case NodeKind.Choice:
                        foreach (var alternative in node.Alternatives)
                        {
                            if (Match(alternative, 0, pos, p => Match(seq, index + 1, p, next))) return true;
                        }

                        return false;
                    default:
                        return MatchNumber(seq, index, pos, next, node);
                }
            }

            private bool MatchNumber(Sequence seq, int index, int pos, Func<int, bool> next, Node node)
            {
                // (-?[0-9]+), greedy: with the sign first, longest digit run first.
                for (int sign = 1; sign >= 0; sign--)
                {
                    int p = pos;
                    if (sign == 1)
                    {
                        if (p >= _s.Length || _s[p] != '-') continue;
                        p++;
                    }

                    int max = p;
                    while (max < _s.Length && _s[max] >= '0' && _s[max] <= '9') max++;
                    for (int end = max; end > p; end--)
                    {
                        if (Match(seq, index + 1, end, next))
                        {
                            // Only the successful path records its numbers.
                            _inRange[node.RangeIndex] = InRange(node, _s.Substring(pos, end - pos));
                            return true;
                        }
                    }
                }

                return false;
            }

            private static bool InRange(Node node, string number) =>
                int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) &&
                value >= node.Min && value <= node.Max;
        }
    }
}

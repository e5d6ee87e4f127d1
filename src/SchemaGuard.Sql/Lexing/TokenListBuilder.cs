using System;
using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Lexing
{
    /// <summary>Growable token array used while a script is lexed; avoids a List of structs' extra copy at the end.</summary>
    internal sealed class TokenListBuilder
    {
        private SyntaxToken[] _tokens;

        internal TokenListBuilder(int expectedTextLength)
        {
            // Real scripts average one token per five to six characters.
            _tokens = new SyntaxToken[Math.Max(16, expectedTextLength / 5)];
        }

        internal List<SyntaxTrivia> Trivia { get; } = new List<SyntaxTrivia>();

        internal int Count { get; private set; }

        internal SyntaxToken this[int index] => _tokens[index];

        internal int Add(SyntaxToken token)
        {
            if (Count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
            _tokens[Count] = token;
            return Count++;
        }

        internal TokenList ToTokenList(SourceText source) => new TokenList(source, _tokens, Count, Trivia.ToArray());
    }
}

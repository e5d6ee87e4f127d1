using System;
using System.Collections;
using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Lexing
{
    /// <summary>
    /// All tokens of a script in order, ending with <see cref="SyntaxKind.EndOfFile"/>, and the trivia they own.
    /// Concatenating every token's leading trivia and text gives back the exact source text.
    /// </summary>
    public sealed class TokenList : IReadOnlyList<SyntaxToken>
    {
        private readonly SyntaxToken[] _tokens;
        private readonly SyntaxTrivia[] _trivia;

        internal TokenList(SourceText source, SyntaxToken[] tokens, int count, SyntaxTrivia[] trivia)
        {
            Source = source;
            _tokens = tokens;
            Count = count;
            _trivia = trivia;
        }

        /// <summary>The text the tokens point into.</summary>
        public SourceText Source { get; }

        /// <summary>Number of tokens, the end-of-file token included.</summary>
        public int Count { get; }

        /// <summary>The token at an index.</summary>
        public SyntaxToken this[int index] => _tokens[index];

        /// <summary>All trivia pieces, in text order.</summary>
        public IReadOnlyList<SyntaxTrivia> AllTrivia => _trivia;

        /// <summary>The token's text (allocates).</summary>
        public string GetText(int index)
        {
            var t = _tokens[index];
            return Source.Text.Substring(t.Start, t.Length);
        }

        /// <summary>The leading trivia of a token.</summary>
        public ArraySegment<SyntaxTrivia> GetLeadingTrivia(int index)
        {
            var t = _tokens[index];
            return new ArraySegment<SyntaxTrivia>(_trivia, t.TriviaStart, t.TriviaCount);
        }

        /// <summary>Whether the token is a word equal to <paramref name="keyword"/> ignoring ASCII case, without allocating.</summary>
        public bool IsWord(int index, string keyword)
        {
            var t = _tokens[index];
            return t.Kind == SyntaxKind.Word && TextEquals(t.Start, t.Length, keyword);
        }

        /// <summary>Whether the token's text equals <paramref name="text"/> ignoring ASCII case.</summary>
        public bool TextIs(int index, string text)
        {
            var t = _tokens[index];
            return TextEquals(t.Start, t.Length, text);
        }

        /// <summary>Compares a range of the source with a string ignoring ASCII case.</summary>
        public bool TextEquals(int start, int length, string text) => AsciiText.EqualsIgnoreCase(Source.Text, start, length, text);

        /// <summary>Enumerates the tokens.</summary>
        public IEnumerator<SyntaxToken> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return _tokens[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;

namespace SchemaGuard.Sql.Splitting
{
    /// <summary>
    /// A dialect's client command words, looked up straight from the source text so that checking each
    /// statement's first word allocates nothing. Built once per dialect.
    /// </summary>
    internal sealed class CommandWordTable
    {
        private static readonly ConditionalWeakTable<SqlDialect, CommandWordTable> Cache = new ConditionalWeakTable<SqlDialect, CommandWordTable>();

        private readonly KeyValuePair<string, ClientCommandLexing>[][] _byLength;

        private CommandWordTable(IReadOnlyDictionary<string, ClientCommandLexing> commands)
        {
            int longest = 0;
            foreach (var pair in commands) longest = System.Math.Max(longest, pair.Key.Length);
            var lists = new List<KeyValuePair<string, ClientCommandLexing>>[longest + 1];
            foreach (var pair in commands)
            {
                (lists[pair.Key.Length] ??= new List<KeyValuePair<string, ClientCommandLexing>>()).Add(pair);
            }

            _byLength = new KeyValuePair<string, ClientCommandLexing>[longest + 1][];
            for (int i = 0; i <= longest; i++) _byLength[i] = lists[i]?.ToArray() ?? System.Array.Empty<KeyValuePair<string, ClientCommandLexing>>();
        }

        internal static CommandWordTable For(SqlDialect dialect) => Cache.GetValue(dialect, d => new CommandWordTable(d.ClientCommands));

        internal bool TryFind(string text, int start, int length, out ClientCommandLexing lexing)
        {
            if (length < _byLength.Length)
            {
                foreach (var pair in _byLength[length])
                {
                    if (AsciiText.EqualsIgnoreCase(text, start, length, pair.Key))
                    {
                        lexing = pair.Value;
                        return true;
                    }
                }
            }

            lexing = default;
            return false;
        }
    }
}

using System.Collections.Generic;
using System.Text;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Helpers that build the small shared nodes: option keywords, logging clauses and <c>name = value</c> settings.</summary>
    internal sealed partial class Parser
    {
        /// <summary>Consumes the keyword sequence if it is next and returns it as an <see cref="OptionClause"/>; otherwise null.</summary>
        private OptionClause? TryParseOption(params string[] keywords)
        {
            for (int i = 0; i < keywords.Length; i++)
            {
                if (!IsWord(keywords[i], i)) return null;
            }

            int start = _pos;
            _pos += keywords.Length;
            return new OptionClause(SpanFrom(start), keywords.Length == 1 ? keywords[0].ToUpperInvariant() : JoinUpper(keywords));
        }

        /// <summary>Consumes LOGGING, NOLOGGING, UNRECOVERABLE or FILESYSTEM_LIKE_LOGGING if next.</summary>
        private LoggingClause? TryParseLogging()
        {
            LoggingMode mode;
            if (IsWord("LOGGING")) mode = LoggingMode.Logging;
            else if (IsWord("NOLOGGING")) mode = LoggingMode.NoLogging;
            else if (IsWord("UNRECOVERABLE")) mode = LoggingMode.Unrecoverable;
            else if (IsWord("FILESYSTEM_LIKE_LOGGING")) mode = LoggingMode.FilesystemLikeLogging;
            else return null;
            var span = CurrentSpan;
            _pos++;
            return new LoggingClause(span, mode);
        }

        // https://learn.microsoft.com/sql/t-sql/statements/create-table-transact-sql (table_option)
        // https://learn.microsoft.com/sql/t-sql/statements/create-index-transact-sql#with-options
        // https://www.postgresql.org/docs/current/sql-createtable.html (storage parameters)
        /// <summary>
        /// Reads <c>( name [= value] [, ...] )</c>: SQL Server <c>WITH (DATA_COMPRESSION = PAGE, ONLINE = ON)</c>,
        /// PostgreSQL <c>WITH (fillfactor = 70, toast.autovacuum_enabled = false)</c>. A name may be several words and
        /// dotted; what follows a value up to the next comma (<c>ON PARTITIONS (1)</c>, <c>(WAIT_AT_LOW_PRIORITY (...))</c>,
        /// <c>(HISTORY_TABLE = h)</c>) belongs to that setting's span, not to its value.
        /// </summary>
        private List<OptionSetting> ParseParenthesizedOptionSettings()
        {
            var list = new List<OptionSetting>();
            if (!Expect(SyntaxKind.OpenParen, "'('")) return list;
            while (!AtEnd && !Is(SyntaxKind.CloseParen))
            {
                var setting = TryParseOptionSetting(multiWordName: true);
                if (setting == null)
                {
                    SkipBalanced();
                }
                else
                {
                    while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon)) SkipBalancedQuietly();
                    list.Add(new OptionSetting(SpanFrom(setting.Start), setting.Name, setting.Value, setting.ValueSpan));
                }

                if (!TryEat(SyntaxKind.Comma)) break;
            }

            if (!TryEat(SyntaxKind.CloseParen)) ReportMissing("')'");
            return list;
        }

        /// <summary>Reads <c>name [= value] [, ...]</c> with one-word (dotted) names, for lists not in parentheses.</summary>
        private List<OptionSetting> ParseOptionSettingList()
        {
            var list = new List<OptionSetting>();
            while (!AtEnd)
            {
                var setting = TryParseOptionSetting(multiWordName: false);
                if (setting == null) break;
                list.Add(new OptionSetting(SpanFrom(setting.Start), setting.Name, setting.Value, setting.ValueSpan));
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            return list;
        }

        /// <summary>One <c>name [= value]</c>, or null (consuming nothing) when no name is next.</summary>
        private SettingParts? TryParseOptionSetting(bool multiWordName)
        {
            int start = _pos;
            var name = new StringBuilder();
            while (AtIdentifier() && (multiWordName || name.Length == 0))
            {
                if (name.Length > 0) name.Append(' ');
                name.Append(UpperIdentifierText(_pos));
                _pos++;
                while (Is(SyntaxKind.Dot) && IsIdentifierKind(Peek(1).Kind))
                {
                    name.Append('.').Append(UpperIdentifierText(_pos + 1));
                    _pos += 2;
                }
            }

            if (name.Length == 0) return null;
            string? value = null;
            var valueSpan = new TextSpan(_tokens[_pos - 1].End, 0);
            if (TryEat(SyntaxKind.Equals)) ReadOptionValue(out value, out valueSpan);
            return new SettingParts(start, name.ToString(), value, valueSpan);
        }

        /// <summary>
        /// Reads <c>[=] value</c> after an option keyword that was already consumed (<c>COLLATE x</c>, <c>CHARACTER SET y</c>,
        /// MySQL <c>ALGORITHM = INPLACE</c>); the setting spans from <paramref name="start"/>.
        /// </summary>
        private OptionSetting ParseNamedValue(int start, string name)
        {
            TryEat(SyntaxKind.Equals);
            ReadOptionValue(out string? value, out var valueSpan);
            return new OptionSetting(SpanFrom(start), name, value, valueSpan);
        }

        /// <summary>Reads an option's value: one word, number, string or quoted name, a signed number, or a parenthesized group.</summary>
        private void ReadOptionValue(out string? value, out TextSpan span)
        {
            if (AtEnd || Is(SyntaxKind.Comma) || Is(SyntaxKind.CloseParen) || Is(SyntaxKind.Semicolon))
            {
                value = null;
                span = new TextSpan(Current.Start, 0);
                return;
            }

            int start = _pos;
            if (Is(SyntaxKind.OpenParen) || ((Is(SyntaxKind.Minus) || Is(SyntaxKind.Plus)) && Is(SyntaxKind.NumericLiteral, 1)))
            {
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                else _pos += 2;
                span = SpanFrom(start);
                value = _text.Substring(span.Start, span.Length);
                return;
            }

            var token = Current;
            span = token.Span;
            if (token.Kind == SyntaxKind.StringLiteral) value = StringLiteralValue(_pos);
            else if (token.Kind == SyntaxKind.QuotedIdentifier) value = Unquote(_tokens.GetText(_pos));
            else value = _tokens.GetText(_pos);
            _pos++;
        }

        /// <summary>What <see cref="TryParseOptionSetting"/> read; the caller decides where the setting's span ends.</summary>
        private sealed class SettingParts
        {
            public SettingParts(int start, string name, string? value, TextSpan valueSpan)
            {
                Start = start;
                Name = name;
                Value = value;
                ValueSpan = valueSpan;
            }

            public int Start { get; }

            public string Name { get; }

            public string? Value { get; }

            public TextSpan ValueSpan { get; }
        }

        private static string JoinUpper(string[] words)
        {
            var sb = new StringBuilder();
            foreach (var w in words)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(w.ToUpperInvariant());
            }

            return sb.ToString();
        }
    }
}

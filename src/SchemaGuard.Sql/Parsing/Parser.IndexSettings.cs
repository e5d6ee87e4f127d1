using System.Collections.Generic;
using System.Text;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary><c>name = value</c> settings of the index statements: SQL Server and PostgreSQL <c>WITH (...)</c>, MySQL ALGORITHM/LOCK, Oracle PARALLEL.</summary>
    internal sealed partial class Parser
    {
        // WITH ( setting [, ...] )            SQL Server relational index options, PostgreSQL storage parameters
        // WITH setting [, ...]                SQL Server's older form without parentheses (WITH FILLFACTOR = 80, PAD_INDEX)
        // setting := name [ = value [ ON ( ... ) | ON PARTITIONS ( ... ) | unit ] ]
        // https://learn.microsoft.com/sql/t-sql/statements/create-index-transact-sql#with-options
        // https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-STORAGE-PARAMETERS
        private List<OptionSetting> ParseIndexWithSettings()
        {
            var settings = new List<OptionSetting>();
            _pos++;
            bool parenthesized = TryEat(SyntaxKind.OpenParen);
            while (!AtEnd && AtIdentifier())
            {
                settings.Add(ParseIndexSetting(parenthesized));
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            if (parenthesized) ExpectExpressionCloseParen();
            return settings;
        }

        /// <summary>Reads one <c>name [= value]</c>; inside parentheses the value may go on (<c>ON (WAIT_AT_LOW_PRIORITY (...))</c>).</summary>
        private OptionSetting ParseIndexSetting(bool parenthesized)
        {
            int start = _pos;
            var name = new StringBuilder(CurrentText.ToUpperInvariant());
            _pos++;
            while (Is(SyntaxKind.Dot) && IsIdentifierKind(Peek(1).Kind))
            {
                name.Append('.').Append(_tokens.GetText(_pos + 1).ToUpperInvariant());
                _pos += 2;
            }

            if (!TryEat(SyntaxKind.Equals)) return new OptionSetting(SpanFrom(start), name.ToString(), null, new SchemaGuard.Sql.Text.TextSpan(_tokens[_pos - 1].End, 0));
            int valueStart = _pos;
            string? value = ReadIndexSettingValue();
            if (parenthesized)
            {
                while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon)) SkipBalancedQuietly();
            }

            return new OptionSetting(SpanFrom(start), name.ToString(), value, SpanOfTokens(valueStart, _pos));
        }

        /// <summary>Reads one value token (a word, number, string, or a signed number); null when there is none.</summary>
        private string? ReadIndexSettingValue()
        {
            if (AtEnd || Is(SyntaxKind.Comma) || Is(SyntaxKind.CloseParen) || Is(SyntaxKind.Semicolon)) return null;
            if (Is(SyntaxKind.Minus) && Is(SyntaxKind.NumericLiteral, 1))
            {
                _pos += 2;
                return "-" + _tokens.GetText(_pos - 1);
            }

            if (Is(SyntaxKind.OpenParen))
            {
                int start = _pos;
                SkipBalancedQuietly();
                var span = SpanFrom(start);
                return _text.Substring(span.Start, span.Length);
            }

            string value = Is(SyntaxKind.StringLiteral) ? StringLiteralValue(_pos) : Is(SyntaxKind.QuotedIdentifier) ? Unquote(CurrentText) : CurrentText;
            _pos++;
            return value;
        }

        /// <summary>MySQL <c>ALGORITHM [=] value</c>, <c>LOCK [=] value</c>, <c>KEY_BLOCK_SIZE [=] n</c>.</summary>
        private OptionSetting ParseIndexKeywordSetting()
        {
            int start = _pos;
            string name = CurrentText.ToUpperInvariant();
            _pos++;
            TryEat(SyntaxKind.Equals);
            int valueStart = _pos;
            string? value = ReadIndexSettingValue();
            if (value == null) ReportExpected("a value for " + name);
            return new OptionSetting(SpanFrom(start), name, value, SpanOfTokens(valueStart, _pos));
        }

        /// <summary>Oracle <c>PARALLEL [n]</c>, <c>PARALLEL (DEGREE n)</c> or <c>NOPARALLEL</c>.</summary>
        private OptionSetting ParseIndexParallel()
        {
            int start = _pos;
            string name = CurrentText.ToUpperInvariant();
            _pos++;
            int valueStart = _pos;
            string? value = null;
            if (name == "PARALLEL" && (Is(SyntaxKind.NumericLiteral) || Is(SyntaxKind.SubstitutionVariable)))
            {
                value = CurrentText;
                _pos++;
            }
            else if (name == "PARALLEL" && Is(SyntaxKind.OpenParen))
            {
                SkipBalancedQuietly();
            }

            return new OptionSetting(SpanFrom(start), name, value, SpanOfTokens(valueStart, _pos));
        }

        /// <summary>
        /// Oracle physical attributes and options that no rule reads: skipped quietly with their argument.
        /// Returns false when the current token is none of them.
        /// </summary>
        private bool TrySkipOracleIndexAttribute()
        {
            if (IsAnyWord("PCTFREE", "PCTUSED", "INITRANS", "MAXTRANS", "PCTTHRESHOLD"))
            {
                _pos++;
                if (!AtEnd && !Is(SyntaxKind.Semicolon)) _pos++;
                return true;
            }

            if ((IsWord("STORAGE") || IsWord("PARAMETERS")) && Is(SyntaxKind.OpenParen, 1))
            {
                _pos++;
                SkipBalancedQuietly();
                return true;
            }

            if (IsWord("COMPRESS"))
            {
                _pos++;
                if (Is(SyntaxKind.NumericLiteral)) _pos++;
                else if (TryEatWord("ADVANCED") && !TryEatWord("LOW")) TryEatWord("HIGH");
                return true;
            }

            if (TryEatWords("COMPUTE", "STATISTICS") || TryEatWords("DEFERRED", "INVALIDATION") || TryEatWords("IMMEDIATE", "INVALIDATION"))
            {
                return true;
            }

            if (IsAnyWord("NOCOMPRESS", "SORT", "NOSORT", "NOREVERSE", "VISIBLE", "USABLE"))
            {
                _pos++;
                return true;
            }

            if (IsWord("INDEXTYPE") && IsWord("IS", 1))
            {
                _pos += 2;
                ParseObjectName();
                return true;
            }

            return false;
        }
    }
}

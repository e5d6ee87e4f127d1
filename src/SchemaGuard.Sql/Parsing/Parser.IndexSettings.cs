using System.Collections.Generic;
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
            _pos++;
            return Is(SyntaxKind.OpenParen) ? ParseParenthesizedOptionSettings() : ParseOptionSettingList();
        }

        /// <summary>MySQL <c>ALGORITHM [=] value</c>, <c>LOCK [=] value</c>, <c>KEY_BLOCK_SIZE [=] n</c>.</summary>
        private OptionSetting ParseIndexKeywordSetting()
        {
            int start = _pos;
            string name = CurrentText.ToUpperInvariant();
            _pos++;
            var setting = ParseNamedValue(start, name);
            if (setting.Value == null) ReportExpected("a value for " + name);
            return setting;
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

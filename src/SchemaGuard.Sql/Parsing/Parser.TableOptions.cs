using System.Collections.Generic;
using System.Text;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>
    /// Table-level clauses shared by CREATE TABLE, ALTER TABLE and partition definitions: Oracle physical and
    /// storage attributes (with every LOGGING/NOLOGGING collected), MySQL table options and <c>WITH (...)</c> settings.
    /// </summary>
    internal sealed partial class Parser
    {
        /// <summary>Every logging clause met in the current CREATE/ALTER TABLE statement, in text order; null outside one.</summary>
        private List<LoggingClause>? _tableLogging;

        /// <summary>
        /// Like <see cref="AtStatementBoundary"/>, but <c>WITH (</c>, <c>WITH CHECK</c> and <c>WITH NOCHECK</c> on a new line
        /// continue a T-SQL table statement: a common table expression never starts that way.
        /// </summary>
        private bool AtTableStatementBoundary()
        {
            if (!AtStatementBoundary()) return false;
            return !(IsWord("WITH") && (Is(SyntaxKind.OpenParen, 1) || IsWord("CHECK", 1) || IsWord("NOCHECK", 1)));
        }

        /// <summary>Reads a logging keyword and records it with the statement's logging clauses.</summary>
        private LoggingClause? TryParseCollectedLogging()
        {
            var logging = TryParseLogging();
            if (logging != null) _tableLogging?.Add(logging);
            return logging;
        }

        /// <summary>
        /// Skips one token or balanced group quietly, recording any logging keyword inside it: for storage
        /// clauses read only for their logging (LOB parameters, nested-table storage, subpartition lists).
        /// </summary>
        private void SkipCollectingLogging()
        {
            if (!Is(SyntaxKind.OpenParen))
            {
                if (TryParseCollectedLogging() == null) SkipBalancedQuietly();
                return;
            }

            int depth = 0;
            while (!AtEnd)
            {
                var kind = Current.Kind;
                if (IsOpener(kind)) depth++;
                else if (IsCloser(kind)) depth--;
                else if (kind == SyntaxKind.Word && TryParseCollectedLogging() != null) continue;
                _pos++;
                if (depth == 0) return;
            }
        }

        /// <summary>
        /// Reads one Oracle physical or storage attribute of a table, partition, LOB or index segment, if one is
        /// next: <c>TABLESPACE</c>, <c>[NO]LOGGING</c>, <c>PCTFREE n</c>, <c>INITRANS n</c>, <c>STORAGE (...)</c>,
        /// <c>[NO]COMPRESS ...</c>, <c>[NO]CACHE</c>, <c>[NO]PARALLEL</c>, <c>SEGMENT CREATION ...</c>,
        /// <c>ENABLE|DISABLE ROW MOVEMENT</c>, LOB, VARRAY, nested-table and XMLType storage clauses.
        /// MySQL's <c>TABLESPACE [=] ts [STORAGE DISK]</c> is read here too.
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/physical_attributes_clause.html
        /// </summary>
        private bool TryParsePhysicalAttribute(ref LoggingClause? logging, ref Identifier? tablespace)
        {
            if (AtEnd || Current.Kind != SyntaxKind.Word) return false;
            var found = TryParseCollectedLogging();
            if (found != null)
            {
                logging = found;
                return true;
            }

            switch (char.ToUpperInvariant(_text[Current.Start]))
            {
                case 'C':
                    if (IsWord("CACHE"))
                    {
                        _pos++;
                        TryEatWord("READS");
                        return true;
                    }

                    if (IsWord("COMPRESS")) return SkipCompression();
                    if (IsWord("COLUMN") && IsWord("STORE", 1)) return SkipCompression();
                    break;
                case 'D':
                    if ((IsWord("DISABLE") || IsWord("DEFAULT")) && IsWord("ROW", 1) && IsWord("MOVEMENT", 2)) return SkipWords(3);
                    if (IsWord("DISABLE") && IsWord("STORAGE", 1) && IsWord("IN", 2)) return SkipWords(4);
                    if (IsWord("DEFAULT") && IsWord("COLLATION", 1)) return SkipWords(3);
                    break;
                case 'E':
                    if (IsWord("ENABLE") && IsWord("ROW", 1) && IsWord("MOVEMENT", 2)) return SkipWords(3);
                    if (IsWord("ENABLE") && IsWord("STORAGE", 1) && IsWord("IN", 2)) return SkipWords(4);
                    break;
                case 'F':
                    if (IsWord("FLASHBACK") && IsWord("ARCHIVE", 1))
                    {
                        _pos += 2;
                        if (AtIdentifier() && !AtPhysicalAttributeWord()) _pos++;
                        return true;
                    }

                    break;
                case 'I':
                    if (IsWord("INITRANS")) return SkipWordAndValue();
                    if (IsWord("INMEMORY")) return SkipWords(1);
                    if (IsWord("INCLUDING") && !IsWord("INDEXES", 1) && !IsWord("ROWS", 1)) return SkipWords(2);
                    break;
                case 'L':
                    if (IsWord("LOB") && Is(SyntaxKind.OpenParen, 1)) return SkipLobStorage();
                    break;
                case 'M':
                    if (IsWord("MAXTRANS")) return SkipWordAndValue();
                    if (IsWord("MONITORING")) return SkipWords(1);
                    if (IsWord("MAPPING") && IsWord("TABLE", 1)) return SkipWords(2);
                    if (IsWord("MEMOPTIMIZE") && IsWord("FOR", 1)) return SkipWords(3);
                    break;
                case 'N':
                    if (IsAnyWord(TableWords.OracleNoWords)) return SkipWords(1);
                    if (IsWord("NO") && IsWord("INMEMORY", 1)) return SkipWords(2);
                    if (IsWord("NO") && IsWord("FLASHBACK", 1) && IsWord("ARCHIVE", 2)) return SkipWords(3);
                    if (IsWord("NESTED") && IsWord("TABLE", 1)) return SkipNestedTableStorage();
                    break;
                case 'O':
                    if (IsWord("OVERFLOW")) return SkipWords(1);
                    break;
                case 'P':
                    if (IsAnyWord(TableWords.PercentAttributes)) return SkipWordAndValue();
                    if (IsWord("PARALLEL"))
                    {
                        _pos++;
                        if (Is(SyntaxKind.NumericLiteral)) _pos++;
                        else if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                        return true;
                    }

                    break;
                case 'R':
                    if (IsWord("ROWDEPENDENCIES")) return SkipWords(1);
                    if (IsWord("ROW") && IsWord("STORE", 1)) return SkipCompression();
                    if (IsWord("RESULT_CACHE") && Is(SyntaxKind.OpenParen, 1))
                    {
                        _pos++;
                        SkipBalancedQuietly();
                        return true;
                    }

                    break;
                case 'S':
                    if (IsWord("STORAGE") && Is(SyntaxKind.OpenParen, 1))
                    {
                        _pos++;
                        SkipBalancedQuietly();
                        return true;
                    }

                    if (IsWord("STORAGE") && (IsWord("DISK", 1) || IsWord("MEMORY", 1))) return SkipWords(2);
                    if (IsWord("SEGMENT") && IsWord("CREATION", 1)) return SkipWords(3);
                    break;
                case 'T':
                    if (IsWord("TABLESPACE"))
                    {
                        _pos++;
                        TryEat(SyntaxKind.Equals);
                        if (IsWord("SET") && IsIdentifierKind(Peek(1).Kind)) _pos++;
                        tablespace = ExpectIdentifier("a tablespace name") ?? tablespace;
                        return true;
                    }

                    break;
                case 'V':
                    if (IsWord("VARRAY")) return SkipLobStorage();
                    break;
                case 'X':
                    if (IsWord("XMLTYPE") && (IsWord("COLUMN", 1) || IsWord("STORE", 2))) return SkipLobStorage();
                    break;
            }

            return false;
        }

        /// <summary>Whether the current word starts a physical attribute (so it is not a name).</summary>
        private bool AtPhysicalAttributeWord() =>
            IsAnyWord(TableWords.PhysicalAttributeStarts);

        private bool SkipWords(int count)
        {
            for (int i = 0; i < count && !AtEnd; i++) _pos++;
            return true;
        }

        /// <summary>Skips <c>WORD value</c> (<c>PCTFREE 10</c>).</summary>
        private bool SkipWordAndValue()
        {
            _pos++;
            TryEat(SyntaxKind.Equals);
            if (Is(SyntaxKind.NumericLiteral) || Is(SyntaxKind.Word) || Is(SyntaxKind.SubstitutionVariable)) _pos++;
            return true;
        }

        /// <summary>
        /// <c>COMPRESS [BASIC | n | FOR {OLTP | ALL OPERATIONS | DIRECT_LOAD OPERATIONS | QUERY | ARCHIVE} [LOW | HIGH]]</c>,
        /// <c>ROW STORE COMPRESS [BASIC | ADVANCED]</c>, <c>COLUMN STORE COMPRESS [FOR ...] [[NO] ROW LEVEL LOCKING]</c>.
        /// </summary>
        private bool SkipCompression()
        {
            if (IsWord("ROW") || IsWord("COLUMN")) _pos += 2;
            _pos++;
            if (IsAnyWord(TableWords.CompressionLevels) || Is(SyntaxKind.NumericLiteral)) _pos++;
            if (TryEatWord("FOR"))
            {
                while (IsAnyWord(TableWords.CompressionForWords)) _pos++;
            }

            if (IsWord("NO") && IsWord("ROW", 1)) _pos++;
            if (IsWord("ROW") && IsWord("LEVEL", 1) && IsWord("LOCKING", 2)) _pos += 3;
            return true;
        }

        /// <summary>
        /// <c>LOB (c, ...) STORE AS [SECUREFILE|BASICFILE] [segment] [(parameters)]</c>,
        /// <c>VARRAY c [[NOT] SUBSTITUTABLE ...] STORE AS [SECUREFILE|BASICFILE] LOB [segment] [(parameters)]</c>,
        /// <c>XMLTYPE [COLUMN] c STORE AS {OBJECT RELATIONAL | [SECUREFILE|BASICFILE] {CLOB | BINARY XML}} [segment] [(parameters)]</c>.
        /// Only the logging clauses inside the parameters are kept.
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-TABLE.html (LOB_storage_clause)
        /// </summary>
        private bool SkipLobStorage()
        {
            _pos++;
            TryEatWord("COLUMN");
            if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            else if (AtIdentifier()) _pos++;
            while (!AtEnd && !IsWord("STORE") && IsAnyWord(TableWords.SubstitutableWords)) _pos++;
            if (!TryEatWords("STORE", "AS"))
            {
                ReportExpected("STORE AS");
                return true;
            }

            while (IsAnyWord(TableWords.LobStoreAsWords)) _pos++;
            if (AtIdentifier() && !AtPhysicalAttributeWord() && !IsAnyWord(TableWords.XmlSchemaStart)) _pos++;
            if (Is(SyntaxKind.OpenParen)) SkipCollectingLogging();

            // XMLType: XMLSCHEMA url ELEMENT name, ALLOW|DISALLOW NONSCHEMA|ANYSCHEMA
            while (IsAnyWord(TableWords.XmlSchemaWords))
            {
                _pos++;
                if (Is(SyntaxKind.StringLiteral) || (AtIdentifier() && !AtPhysicalAttributeWord() && !IsAnyWord(TableWords.XmlSchemaKeywords))) ParseObjectName();
            }

            return true;
        }

        /// <summary>
        /// <c>NESTED TABLE {c | COLUMN_VALUE} [LOCAL|GLOBAL] STORE AS t [( (object properties) physical properties )] [RETURN [AS] {LOCATOR | VALUE}]</c>.
        /// </summary>
        private bool SkipNestedTableStorage()
        {
            _pos += 2;

            // The column may be an expression: NESTED TABLE TREAT (OBJECT_VALUE AS t).col STORE AS ...
            while (!AtEnd && !IsWord("STORE") && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen)) SkipBalancedQuietly();
            if (!TryEatWords("STORE", "AS"))
            {
                ReportExpected("STORE AS");
                return true;
            }

            ParseObjectName();
            if (Is(SyntaxKind.OpenParen)) SkipCollectingLogging();
            if (TryEatWord("RETURN"))
            {
                TryEatWord("AS");
                if (IsAnyWord(TableWords.ReturnAsWords)) _pos++;
            }

            return true;
        }

        // ---- name = value options ----

        /// <summary>
        /// Reads one MySQL table option if one is next: <c>ENGINE [=] x</c>, <c>[DEFAULT] {CHARACTER SET | CHARSET | COLLATE} [=] x</c>,
        /// <c>ROW_FORMAT</c>, <c>AUTO_INCREMENT</c>, <c>COMMENT [=] 'x'</c>, ... and, with <paramref name="alterOptions"/>, the
        /// ALTER TABLE options <c>ALGORITHM [=] x</c> and <c>LOCK [=] x</c>.
        /// https://dev.mysql.com/doc/refman/8.0/en/create-table.html#create-table-options
        /// </summary>
        private OptionSetting? TryParseTableOptionSetting(bool alterOptions)
        {
            if (AtEnd || Current.Kind != SyntaxKind.Word) return null;
            int start = _pos;
            int words;
            if (IsWord("DEFAULT") && (IsWord("CHARSET", 1) || IsWord("COLLATE", 1))) words = 2;
            else if (IsWord("DEFAULT") && IsWord("CHARACTER", 1) && IsWord("SET", 2)) words = 3;
            else if (IsWord("CHARACTER") && IsWord("SET", 1)) words = 2;
            else if ((IsWord("DATA") || IsWord("INDEX")) && IsWord("DIRECTORY", 1)) words = 2;
            else if (IsWord("STORAGE") && IsWord("ENGINE", 1)) words = 2;
            else if (IsWord("START") && IsWord("TRANSACTION", 1))
            {
                _pos += 2;
                return new OptionSetting(SpanFrom(start), "START TRANSACTION", null, new TextSpan(_tokens[_pos - 1].End, 0));
            }
            else if (MySqlTableOptionWords.Contains(CurrentText)) words = 1;
            else if (alterOptions && (IsWord("ALGORITHM") || IsWord("LOCK"))) words = 1;
            else return null;

            // A bare word is only an option when a value follows (COMMENT, CHECKSUM and the like are also column names).
            var after = Peek(words);
            if (after.Kind == SyntaxKind.EndOfFile || after.Kind == SyntaxKind.Comma || after.Kind == SyntaxKind.CloseParen || after.Kind == SyntaxKind.Semicolon) return null;
            string name = KeywordText(_pos, _pos + words);
            _pos += words;
            TryEat(SyntaxKind.Equals);
            ReadOptionValue(out string? value, out TextSpan valueSpan);
            return new OptionSetting(SpanFrom(start), name, value, valueSpan);
        }

        /// <summary>The words of tokens [<paramref name="from"/>, <paramref name="to"/>) in upper case, single-spaced.</summary>
        private string KeywordText(int from, int to)
        {
            var sb = new StringBuilder();
            for (int i = from; i < to && i < _end; i++)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(UpperIdentifierText(i));
            }

            return sb.ToString();
        }

        /// <summary>A token's text in upper case, quotes removed from quoted names.</summary>
        private string UpperIdentifierText(int index)
        {
            string raw = _tokens.GetText(index);
            return (_tokens[index].Kind == SyntaxKind.QuotedIdentifier ? Unquote(raw) : raw).ToUpperInvariant();
        }

        /// <summary>A keyword option over tokens from <paramref name="startToken"/> to the current position.</summary>
        private OptionClause MakeOption(int startToken) => new OptionClause(SpanFrom(startToken), KeywordText(startToken, _pos));

        private static readonly HashSet<string> MySqlTableOptionWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "ENGINE", "AUTO_INCREMENT", "AVG_ROW_LENGTH", "CHARSET", "COLLATE", "CHECKSUM", "COMMENT", "COMPRESSION", "CONNECTION",
            "DELAY_KEY_WRITE", "ENCRYPTION", "INSERT_METHOD", "KEY_BLOCK_SIZE", "MAX_ROWS", "MIN_ROWS", "PACK_KEYS", "PASSWORD",
            "ROW_FORMAT", "STATS_AUTO_RECALC", "STATS_PERSISTENT", "STATS_SAMPLE_PAGES", "UNION", "SECONDARY_ENGINE",
            "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE", "AUTOEXTEND_SIZE", "PAGE_CHECKSUM", "TRANSACTIONAL",
            "PAGE_COMPRESSED", "PAGE_COMPRESSION_LEVEL", "IETF_QUOTES", "NODEGROUP", "ENCRYPTION_KEY_ID", "ENCRYPTED",
        };
    }
}

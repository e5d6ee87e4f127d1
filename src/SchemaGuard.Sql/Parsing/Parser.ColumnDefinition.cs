using System.Collections.Generic;
using System.Text;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Column definitions and data types.</summary>
    internal sealed partial class Parser
    {
        // column_name [data_type] [column attributes ...]
        //   attributes: [CONSTRAINT name] {NOT NULL | NULL | PRIMARY KEY | UNIQUE | CHECK (...) | REFERENCES ...}
        //     | DEFAULT [ON NULL] expr | IDENTITY [(seed, increment)] | AUTO_INCREMENT
        //     | GENERATED {ALWAYS | BY DEFAULT [ON NULL]} AS IDENTITY [(...)] | [GENERATED ALWAYS] AS (expr) [VIRTUAL | STORED | PERSISTED]
        //     | COLLATE c | CHARACTER SET cs | COMMENT 'x' | ON UPDATE expr | VISIBLE | INVISIBLE | SPARSE | ROWGUIDCOL ...
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-TABLE.html (column_definition)
        // https://www.postgresql.org/docs/current/sql-createtable.html
        // https://dev.mysql.com/doc/refman/8.0/en/create-table.html (column_definition)
        // https://learn.microsoft.com/sql/t-sql/statements/create-table-transact-sql (column_definition)

        /// <summary>Reads a column definition at the current identifier; null when there is none.</summary>
        private ColumnDefinition? ParseColumnDefinition()
        {
            int start = _pos;
            var name = ParseIdentifier();
            if (name == null) return null;
            DataType? dataType = null;
            if (!AtColumnDefinitionEnd() && !AtColumnAttributeStart()) dataType = ParseDataType();

            var column = new ColumnParts();
            while (!AtColumnDefinitionEnd())
            {
                int before = _pos;
                if (!TryParseColumnAttribute(column))
                {
                    SkipBalanced();
                }

                if (_pos == before) _pos++;
            }

            return new ColumnDefinition(
                SpanFrom(start), name, dataType, column.DefaultExpression, column.IsNullable,
                column.Constraints.Count == 0 ? (IReadOnlyList<ConstraintDefinition>)System.Array.Empty<ConstraintDefinition>() : column.Constraints.ToArray(),
                column.CharacterSet, column.Collation, column.Identity, column.GeneratedAs, column.GeneratedStorage, column.OnUpdate);
        }

        private sealed class ColumnParts
        {
            public readonly List<ConstraintDefinition> Constraints = new List<ConstraintDefinition>();
            public Expression? DefaultExpression;
            public bool? IsNullable;
            public OptionSetting? CharacterSet;
            public OptionSetting? Collation;
            public OptionClause? Identity;
            public Expression? GeneratedAs;
            public OptionClause? GeneratedStorage;
            public Expression? OnUpdate;
        }

        /// <summary>
        /// Where a column definition ends: a comma, a closing parenthesis, the statement's end, or (inside
        /// ALTER TABLE) the next action or a storage clause for the table.
        /// </summary>
        private bool AtColumnDefinitionEnd()
        {
            if (AtEnd || Is(SyntaxKind.Comma) || Is(SyntaxKind.CloseParen) || Is(SyntaxKind.Semicolon) || AtTableStatementBoundary()) return true;
            if (Current.Kind != SyntaxKind.Word) return false;
            if (IsWord("WITH") && Is(SyntaxKind.OpenParen, 1)) return true;
            if (IsAnyWord(TableWords.ColumnDefinitionEnd)) return true;
            return IsWord("LOB") && Is(SyntaxKind.OpenParen, 1);
        }

        /// <summary>Whether the word after a column name starts an attribute, so the column has no data type.</summary>
        private bool AtColumnAttributeStart() =>
            IsAnyWord(TableWords.ColumnAttributeStarts) ||
            (IsWord("WITH") && IsWord("OPTIONS", 1));

        private bool TryParseColumnAttribute(ColumnParts column)
        {
            if (Current.Kind != SyntaxKind.Word) return false;
            int s = _pos;

            if (IsWord("CONSTRAINT") || AtInlineConstraintStart())
            {
                var constraint = ParseConstraint(inline: true);
                if (constraint == null) return _pos > s;
                column.Constraints.Add(constraint);
                if (constraint.Kind == ConstraintKind.NotNull) column.IsNullable = false;
                else if (constraint.Kind == ConstraintKind.Null) column.IsNullable = true;
                return true;
            }

            if (IsWord("DEFAULT"))
            {
                _pos++;
                if (TryEatWords("ON", "NULL"))
                {
                    // Oracle 23: DEFAULT ON NULL [FOR INSERT ONLY | FOR INSERT AND UPDATE]
                    if (TryEatWords("FOR", "INSERT")) { if (!TryEatWord("ONLY")) TryEatWords("AND", "UPDATE"); }
                }

                column.DefaultExpression = ParseColumnExpression() ?? column.DefaultExpression;
                TryEatWords("WITH", "VALUES");
                return true;
            }

            if (IsWord("IDENTITY"))
            {
                _pos++;
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                column.Identity = new OptionClause(SpanFrom(s), "IDENTITY");
                return true;
            }

            if (IsWord("AUTO_INCREMENT") || IsWord("AUTOINCREMENT"))
            {
                _pos++;
                column.Identity = MakeOption(s);
                return true;
            }

            if (IsWord("GENERATED"))
            {
                return ParseGeneratedColumnClause(column);
            }

            if (IsWord("AS") && !IsWord("IDENTITY", 1))
            {
                // Oracle virtual column, MySQL generated column, SQL Server computed column.
                _pos++;
                column.GeneratedAs = Is(SyntaxKind.OpenParen) ? ParseParenthesizedRegion() : ParseColumnExpression();
                return true;
            }

            if (IsAnyWord(TableWords.GeneratedStorage))
            {
                _pos++;
                column.GeneratedStorage = MakeOption(s);
                return true;
            }

            if (IsWord("COLLATE"))
            {
                _pos++;
                column.Collation = ParseNamedValue(s, "COLLATE");
                return true;
            }

            if ((IsWord("CHARACTER") && IsWord("SET", 1)) || IsWord("CHARSET"))
            {
                int words = IsWord("CHARSET") ? 1 : 2;
                string name = words == 1 ? "CHARSET" : "CHARACTER SET";
                _pos += words;
                column.CharacterSet = ParseNamedValue(s, name);
                return true;
            }

            if (IsWord("ON") && IsWord("UPDATE", 1))
            {
                _pos += 2;
                column.OnUpdate = ParseColumnExpression();
                return true;
            }

            if (IsAnyWord(TableWords.ColumnValuedAttributes))
            {
                _pos++;
                TryEat(SyntaxKind.Equals);
                TryEatWord("IS");
                ReadOptionValue(out _, out _);
                return true;
            }

            if (IsAnyWord(TableWords.ColumnFlags))
            {
                _pos++;
                return true;
            }

            if (IsWord("NOT") && IsWord("FOR", 1) && IsWord("REPLICATION", 2)) return SkipWords(3);
            if (IsWord("NOT") && IsWord("SUBSTITUTABLE", 1)) return SkipWords(2);
            if (IsWord("WITH") && IsAnyWordAt(1, TableWords.WithColumnAttributes)) return SkipWords(2);
            if (IsWord("SERIAL") && IsWord("DEFAULT", 1) && IsWord("VALUE", 2)) return SkipWords(3);

            if (IsWord("ENCRYPT"))
            {
                // Oracle TDE: ENCRYPT [USING 'alg'] [IDENTIFIED BY pw] ['integrity'] [[NO] SALT]
                _pos++;
                while (IsAnyWord(TableWords.EncryptWords) || Is(SyntaxKind.StringLiteral))
                {
                    bool takesValue = IsWord("BY");
                    _pos++;
                    if (takesValue && !AtEnd) _pos++;
                }

                return true;
            }

            if ((IsWord("MASKED") || IsWord("ENCRYPTED")) && IsWord("WITH", 1) && Is(SyntaxKind.OpenParen, 2))
            {
                _pos += 2;
                SkipBalancedQuietly();
                return true;
            }

            if (IsWord("INDEX") && IsIdentifierKind(Peek(1).Kind))
            {
                // SQL Server inline column index: INDEX ix [CLUSTERED | NONCLUSTERED]
                _pos += 2;
                while (IsAnyWord(TableWords.ColumnIndexModifiers)) _pos++;
                return true;
            }

            return false;
        }

        /// <summary>Constraint keywords that may start an inline constraint without CONSTRAINT name.</summary>
        private bool AtInlineConstraintStart() =>
            (IsWord("NOT") && IsWord("NULL", 1)) ||
            IsWord("NULL") ||
            (IsWord("PRIMARY") && IsWord("KEY", 1)) ||
            IsWord("KEY") ||
            IsWord("UNIQUE") ||
            (IsWord("CHECK") && (Is(SyntaxKind.OpenParen, 1) || IsWord("NOT", 1))) ||
            IsWord("REFERENCES") ||
            (IsWord("FOREIGN") && IsWord("KEY", 1));

        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-TABLE.html (identity_clause, virtual_column_definition)
        // https://www.postgresql.org/docs/current/sql-createtable.html (GENERATED)
        /// <summary>
        /// <c>GENERATED {ALWAYS | BY DEFAULT [ON NULL]} AS IDENTITY [(options)]</c>,
        /// <c>GENERATED ALWAYS AS (expr) [VIRTUAL | STORED]</c>, SQL Server <c>GENERATED ALWAYS AS ROW {START | END} [HIDDEN]</c>.
        /// </summary>
        private bool ParseGeneratedColumnClause(ColumnParts column)
        {
            int s = _pos;
            _pos++;
            if (!TryEatWord("ALWAYS"))
            {
                TryEatWords("BY", "DEFAULT");
                TryEatWords("ON", "NULL");
            }

            if (!TryEatWord("AS"))
            {
                ReportExpected("AS");
                return true;
            }

            if (IsWord("IDENTITY"))
            {
                _pos++;
                string keyword = KeywordText(s, _pos);
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                else SkipIdentityOptions();
                column.Identity = new OptionClause(SpanFrom(s), keyword);
                return true;
            }

            if (IsWord("ROW") && (IsWord("START", 1) || IsWord("END", 1)))
            {
                _pos += 2;
                return true;
            }

            if (IsWord("TRANSACTION_ID") || IsWord("SEQUENCE_NUMBER"))
            {
                _pos++;
                TryEatWord("START");
                TryEatWord("END");
                return true;
            }

            if (Is(SyntaxKind.OpenParen)) column.GeneratedAs = ParseParenthesizedRegion();
            else ReportExpected("'('");
            return true;
        }

        /// <summary>
        /// Sequence options written without parentheses after AS IDENTITY, as Oracle's DBMS_METADATA writes them:
        /// <c>MINVALUE 1 MAXVALUE 999 INCREMENT BY 1 START WITH 1 CACHE 20 NOORDER NOCYCLE NOKEEP NOSCALE</c>.
        /// </summary>
        private void SkipIdentityOptions()
        {
            while (IsAnyWord(TableWords.IdentityOptions))
            {
                _pos++;
                if (IsAnyWord(TableWords.IdentityOptionLinks)) _pos++;
                if ((Is(SyntaxKind.Minus) || Is(SyntaxKind.Plus)) && Is(SyntaxKind.NumericLiteral, 1)) _pos += 2;
                else if (Is(SyntaxKind.NumericLiteral)) _pos++;
            }
        }

        // data_type: name [(args)] | multi-word built-in type | [schema.]user_type, then UNSIGNED / ZEROFILL / [] / ARRAY
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/Data-Types.html
        // https://www.postgresql.org/docs/current/datatype.html

        /// <summary>Reads a data type at the current token; null (consuming nothing) when no name is there.</summary>
        private DataType? ParseDataType()
        {
            int start = _pos;
            var arguments = new List<string>();
            string? name = Is(SyntaxKind.Word) ? TryReadMultiWordTypeName(arguments) : null;
            ObjectName? typeName = null;
            if (name == null)
            {
                var written = ParseObjectName();
                if (written == null) return null;
                name = JoinUpper(written);
                if (written.Parts.Count > 1 || !BuiltInTypeNames.Contains(name)) typeName = written;
                if (Is(SyntaxKind.OpenParen)) ReadTypeArguments(arguments);
            }

            bool isArray = false;
            bool isUnsigned = false;
            while (!AtEnd)
            {
                if (IsWord("UNSIGNED"))
                {
                    isUnsigned = true;
                    _pos++;
                }
                else if (IsAnyWord(TableWords.NumericModifiers))
                {
                    _pos++;
                }
                else if (Is(SyntaxKind.OpenBracket))
                {
                    isArray = true;
                    SkipBalancedQuietly();
                }
                else if (IsWord("ARRAY"))
                {
                    isArray = true;
                    _pos++;
                    if (Is(SyntaxKind.OpenBracket)) SkipBalancedQuietly();
                }
                else
                {
                    break;
                }
            }

            return new DataType(SpanFrom(start), name, typeName, arguments.Count == 0 ? (IReadOnlyList<string>)System.Array.Empty<string>() : arguments.ToArray(), isArray, isUnsigned);
        }

        /// <summary>
        /// Reads the built-in types spelled with several words (<c>LONG RAW</c>, <c>DOUBLE PRECISION</c>,
        /// <c>CHARACTER VARYING</c>, <c>NATIONAL CHAR VARYING</c>, <c>TIMESTAMP(6) WITH LOCAL TIME ZONE</c>,
        /// <c>INTERVAL DAY(2) TO SECOND(6)</c>, <c>BIT VARYING</c>); returns null, consuming nothing, for any other type.
        /// </summary>
        private string? TryReadMultiWordTypeName(List<string> arguments)
        {
            int start = _pos;
            if (IsWord("LONG") && IsAnyWordAt(1, TableWords.LongTypeSecondWords)) _pos += 2;
            else if (IsWord("DOUBLE") && IsWord("PRECISION", 1)) _pos += 2;
            else if (IsWord("NATIONAL") && IsAnyWordAt(1, TableWords.NationalTypeSecondWords))
            {
                _pos += 2;
                if (IsWord("VARYING")) _pos++;
            }
            else if (IsAnyWord(TableWords.VaryingTypeFirstWords) && IsWord("VARYING", 1)) _pos += 2;
            else if (IsAnyWord(TableWords.LargeObjectTypeFirstWords) && IsWord("LARGE", 1) && IsWord("OBJECT", 2)) _pos += 3;
            else if (IsWord("TIMESTAMP") || IsWord("TIME"))
            {
                int afterArgs = Is(SyntaxKind.OpenParen, 1) ? FindGroupEnd(_pos + 1) - _pos : 1;
                bool zone = (IsWord("WITH", afterArgs) && (IsWord("TIME", afterArgs + 1) || IsWord("LOCAL", afterArgs + 1))) ||
                            (IsWord("WITHOUT", afterArgs) && IsWord("TIME", afterArgs + 1));
                if (!zone) return null;
                var sb = new StringBuilder(UpperIdentifierText(_pos));
                _pos++;
                if (Is(SyntaxKind.OpenParen)) ReadTypeArguments(arguments);
                while (IsAnyWord(TableWords.TimeZoneWords))
                {
                    sb.Append(' ').Append(UpperIdentifierText(_pos));
                    _pos++;
                }

                return sb.ToString();
            }
            else if (IsWord("INTERVAL") && IsAnyWordAt(1, TableWords.IntervalFields))
            {
                var sb = new StringBuilder("INTERVAL");
                _pos++;
                while (IsAnyWord(TableWords.IntervalFieldsAndTo))
                {
                    sb.Append(' ').Append(UpperIdentifierText(_pos));
                    _pos++;
                    if (Is(SyntaxKind.OpenParen)) ReadTypeArguments(arguments);
                }

                return sb.ToString();
            }
            else
            {
                return null;
            }

            string name = KeywordText(start, _pos);
            if (Is(SyntaxKind.OpenParen)) ReadTypeArguments(arguments);
            return name;
        }

        /// <summary>Reads <c>(a, b)</c> after a type name: each argument's tokens single-spaced, words upper-cased (<c>20 BYTE</c>, <c>'a'</c>, <c>MAX</c>).</summary>
        private void ReadTypeArguments(List<string> arguments)
        {
            _pos++;
            var sb = new StringBuilder();
            int depth = 0;
            while (!AtEnd)
            {
                var kind = Current.Kind;
                if (depth == 0 && (kind == SyntaxKind.Comma || kind == SyntaxKind.CloseParen))
                {
                    arguments.Add(sb.ToString());
                    sb.Clear();
                    _pos++;
                    if (kind == SyntaxKind.CloseParen) return;
                    continue;
                }

                if (IsOpener(kind)) depth++;
                else if (IsCloser(kind)) depth--;
                bool afterSign = sb.Length == 1 && (sb[0] == '-' || sb[0] == '+');
                if (sb.Length > 0 && !afterSign) sb.Append(' ');

                // Keywords (MAX, BYTE, CHAR) are upper-cased like the type name; literals stay as written.
                sb.Append(kind == SyntaxKind.Word ? UpperIdentifierText(_pos) : _tokens.GetText(_pos));
                _pos++;
            }

            if (sb.Length > 0) arguments.Add(sb.ToString());
            ReportExpected("')'");
        }

        private static string JoinUpper(ObjectName name)
        {
            if (name.Parts.Count == 1) return name.Parts[0].Text.ToUpperInvariant();
            var sb = new StringBuilder();
            foreach (var part in name.Parts)
            {
                if (sb.Length > 0) sb.Append('.');
                sb.Append(part.Text.ToUpperInvariant());
            }

            return sb.ToString();
        }

        /// <summary>Type names every engine defines itself; any other name is a user-defined, domain or object type.</summary>
        private static readonly HashSet<string> BuiltInTypeNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "NUMBER", "NUMERIC", "DECIMAL", "DEC", "INT", "INTEGER", "SMALLINT", "TINYINT", "MEDIUMINT", "BIGINT", "INT1", "INT2", "INT3",
            "INT4", "INT8", "MIDDLEINT", "FLOAT", "FLOAT4", "FLOAT8", "REAL", "DOUBLE", "BINARY_FLOAT", "BINARY_DOUBLE", "MONEY", "SMALLMONEY",
            "BIT", "BOOLEAN", "BOOL", "CHAR", "CHARACTER", "NCHAR", "VARCHAR", "VARCHAR2", "NVARCHAR", "NVARCHAR2", "TEXT", "NTEXT",
            "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "CLOB", "NCLOB", "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BFILE", "RAW", "LONG",
            "BINARY", "VARBINARY", "IMAGE", "BYTEA", "DATE", "DATETIME", "DATETIME2", "SMALLDATETIME", "DATETIMEOFFSET", "TIME",
            "TIMESTAMP", "TIMESTAMPTZ", "TIMETZ", "INTERVAL", "YEAR", "ROWID", "UROWID", "XMLTYPE", "XML", "JSON", "JSONB", "UUID",
            "UNIQUEIDENTIFIER", "SERIAL", "SMALLSERIAL", "BIGSERIAL", "SERIAL2", "SERIAL4", "SERIAL8", "ENUM", "SET", "GEOMETRY",
            "GEOGRAPHY", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION",
            "HIERARCHYID", "SQL_VARIANT", "ROWVERSION", "CIDR", "INET", "MACADDR", "MACADDR8", "TSVECTOR", "TSQUERY", "VARBIT", "OID",
            "SYSNAME", "VECTOR", "LINE", "LSEG", "BOX", "PATH", "CIRCLE", "INT4RANGE", "INT8RANGE", "NUMRANGE", "TSRANGE", "TSTZRANGE",
            "DATERANGE", "TXID_SNAPSHOT", "PG_LSN", "REGCLASS", "NAME", "CITEXT", "HSTORE", "PLS_INTEGER", "BINARY_INTEGER",
            "SIGNTYPE", "NATURAL", "POSITIVE", "SIMPLE_INTEGER", "STRING",
        };
    }
}

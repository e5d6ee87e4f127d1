using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>CREATE INDEX and the index keys.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     CREATE [UNIQUE | BITMAP | MULTIVALUE] INDEX [schema.]i ON { [schema.]t [alias] ( key [ASC|DESC], ... )
        //               [FROM t, ... WHERE join_condition] | CLUSTER c }
        //               [LOCAL [(...)] | GLOBAL PARTITION BY ...] [TABLESPACE x] [LOGGING|NOLOGGING] [ONLINE]
        //               [COMPUTE STATISTICS] [PARALLEL n|NOPARALLEL] [COMPRESS n|NOCOMPRESS] [REVERSE] [VISIBLE|INVISIBLE]
        //               [UNUSABLE] [INDEXTYPE IS type [PARAMETERS ('...')]] [PCTFREE n] [STORAGE (...)]
        //             https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-INDEX.html
        // PostgreSQL: CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] t [USING method]
        //               ( { col | (expr) } [COLLATE c] [opclass [(params)]] [ASC|DESC] [NULLS {FIRST|LAST}], ... )
        //               [INCLUDE (cols)] [NULLS [NOT] DISTINCT] [WITH (param = value, ...)] [TABLESPACE x] [WHERE predicate]
        //             https://www.postgresql.org/docs/current/sql-createindex.html
        // MySQL:      CREATE [UNIQUE | FULLTEXT | SPATIAL] INDEX i [USING {BTREE|HASH}] ON t (key_part, ...)
        //               [USING {BTREE|HASH}] [KEY_BLOCK_SIZE [=] n] [COMMENT 'x'] [VISIBLE|INVISIBLE]
        //               [ALGORITHM [=] {DEFAULT|INPLACE|COPY}] [LOCK [=] {DEFAULT|NONE|SHARED|EXCLUSIVE}]
        //             https://dev.mysql.com/doc/refman/8.4/en/create-index.html (MariaDB adds OR REPLACE, IF NOT EXISTS, IGNORED)
        // SQL Server: CREATE [UNIQUE] [CLUSTERED|NONCLUSTERED] [COLUMNSTORE] INDEX i ON t [(col [ASC|DESC], ...)]
        //               [INCLUDE (cols)] [WHERE filter] [WITH (option = value, ...)] [ON {filegroup | scheme(col)}]
        //             https://learn.microsoft.com/sql/t-sql/statements/create-index-transact-sql
        private Statement ParseCreateIndex(int start)
        {
            var statement = new CreateIndexStatement(default);
            _pos = start + 1;
            TryEatWords("OR", "REPLACE");
            ParseCreateIndexModifiers(statement);
            if (!ExpectWord("INDEX")) return AbandonIndexStatement(start, "CREATE INDEX");
            statement.IndexKeywordSpan = _tokens[_pos - 1].Span;
            statement.Concurrently = TryParseOption("CONCURRENTLY");
            statement.IfNotExists = TryEatWords("IF", "NOT", "EXISTS");
            if (!IsWord("ON") && !IsWord("USING")) statement.Name = ParseObjectName();
            if (IsWord("USING")) statement.Using = ParseIndexMethod();
            if (!ExpectWord("ON")) return AbandonIndexStatement(start, "CREATE INDEX");
            if (IsWord("CLUSTER") && IsIdentifierKind(Peek(1).Kind)) statement.Cluster = TryParseOption("CLUSTER");
            if (IsWord("ONLY") && (IsIdentifierKind(Peek(1).Kind) || Peek(1).Kind == SyntaxKind.OpenParen)) statement.Only = TryParseOption("ONLY");
            var table = ExpectObjectName("a table name");
            if (table == null) return AbandonIndexStatement(start, "CREATE INDEX");
            statement.Table = table;

            // Oracle allows a table alias (used by bitmap join index keys); PostgreSQL's "*" means descendants.
            if (Is(SyntaxKind.Asterisk)) _pos++;
            if (AtIdentifier() && Is(SyntaxKind.OpenParen, 1) && !IsWord("USING") && !IsWord("ON")) _pos++;
            if (IsWord("USING") && !Is(SyntaxKind.OpenParen, 1)) statement.Using = ParseIndexMethod();
            if (Is(SyntaxKind.OpenParen)) statement.Columns = ParseIndexColumns();
            else if (statement.Columnstore == null && statement.Cluster == null) ReportExpected("'(' and the indexed columns");
            ParseCreateIndexOptions(statement);
            return statement;
        }

        /// <summary>The words between CREATE and INDEX.</summary>
        private void ParseCreateIndexModifiers(CreateIndexStatement statement)
        {
            while (!AtEnd && !IsWord("INDEX"))
            {
                if (IsWord("UNIQUE")) statement.Unique = TryParseOption("UNIQUE");
                else if (IsWord("BITMAP")) statement.Bitmap = TryParseOption("BITMAP");
                else if (IsWord("CLUSTERED")) statement.Clustered = TryParseOption("CLUSTERED");
                else if (IsWord("COLUMNSTORE")) statement.Columnstore = TryParseOption("COLUMNSTORE");
                else if (IsWord("ONLINE")) statement.Online = TryParseOption("ONLINE");
                else if (IsAnyWord("FULLTEXT", "SPATIAL", "MULTIVALUE", "SEARCH", "VECTOR", "XML", "HASH"))
                {
                    statement.IndexKind = TryParseOption(CurrentText);
                }
                else if (IsAnyWord("NONCLUSTERED", "OFFLINE")) _pos++;
                else return;
            }
        }

        /// <summary><c>USING method</c>: the method's name in upper case.</summary>
        private string? ParseIndexMethod()
        {
            _pos++;
            if (!AtIdentifier())
            {
                ReportExpected("an index method");
                return null;
            }

            string method = ParseIdentifier()!.Text.ToUpperInvariant();
            return method;
        }

        /// <summary>
        /// A statement whose table could not be found: reported, skipped and kept as an unread statement so that no
        /// rule sees an index without a table.
        /// </summary>
        private Statement AbandonIndexStatement(int start, string description)
        {
            while (!AtEnd && !Is(SyntaxKind.Semicolon) && !AtStatementBoundary()) SkipBalanced();
            _skippedInStatement = true;
            return new OtherStatement(StatementKind.Other, SpanFrom(start), description);
        }

        // ( key [, ...] ) where key := { col | col(length) | expr | (expr) } [COLLATE c] [opclass [(params)]] [ASC|DESC] [NULLS {FIRST|LAST}]
        private List<IndexColumn> ParseIndexColumns()
        {
            var columns = new List<IndexColumn>();
            _pos++;
            while (!AtEnd && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon))
            {
                int before = _pos;
                var column = ParseIndexColumn();
                if (column != null) columns.Add(column);
                else ReportExpected("an index key");
                if (TryEat(SyntaxKind.Comma)) continue;
                if (Is(SyntaxKind.CloseParen) || _pos == before) break;

                // Something after the key that it does not know: report it once, then skip to the next key.
                ReportExpected("',' or ')'");
                while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen) && !Is(SyntaxKind.Semicolon)) SkipBalanced();
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            ExpectExpressionCloseParen();
            return columns;
        }

        private IndexColumn? ParseIndexColumn()
        {
            int start = _pos;
            Identifier? column = null;
            int? prefixLength = null;
            Expression expression;
            if (AtIdentifier() && Is(SyntaxKind.OpenParen, 1) && Is(SyntaxKind.NumericLiteral, 2) && Is(SyntaxKind.CloseParen, 3))
            {
                // MySQL key prefix: name(10). A function of a literal is no useful index key, so this reading is safe.
                column = ParseIdentifier()!;
                expression = new NameExpression(new ObjectName(column.Span, new[] { column }, null));
                if (int.TryParse(TokenTextAhead(1), out int length)) prefixLength = length;
                _pos += 3;
            }
            else
            {
                expression = ParseExpression();
                if (_pos == start) return null;
                if (expression is NameExpression name) column = name.Name.Name;
            }

            if (TryEatWord("COLLATE")) ParseObjectName();

            // PostgreSQL operator class, with optional parameters: text_pattern_ops, gist_trgm_ops(siglen = 32).
            if (AtIdentifier() && !IsAnyWord("ASC", "DESC", "NULLS"))
            {
                ParseObjectName();
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            }

            var order = SortOrder.Unspecified;
            if (TryEatWord("ASC")) order = SortOrder.Asc;
            else if (TryEatWord("DESC")) order = SortOrder.Desc;
            if (TryEatWord("NULLS") && !TryEatWord("FIRST")) TryEatWord("LAST");
            return new IndexColumn(SpanFrom(start), column, expression, order, prefixLength);
        }

        private string TokenTextAhead(int ahead) => _pos + ahead < _end ? _tokens.GetText(_pos + ahead) : string.Empty;

        /// <summary>Everything after the key list, in any order, until the statement ends.</summary>
        private void ParseCreateIndexOptions(CreateIndexStatement statement)
        {
            var joinTables = new List<ObjectName>();
            while (!AtEnd && !Is(SyntaxKind.Semicolon) && (!AtStatementBoundary() || AtIndexWithOptions()))
            {
                int before = _pos;
                LoggingClause? logging;
                if ((logging = TryParseLogging()) != null) statement.Logging = logging;
                else if (IsWord("ONLINE")) statement.Online = TryParseOption("ONLINE");
                else if (IsWord("LOCAL")) ParseLocalIndexPartitioning(statement);
                else if (IsWord("GLOBAL") && IsWord("PARTITION", 1)) SkipGlobalIndexPartitioning();
                else if (IsWord("TABLESPACE")) statement.Tablespace = ParseIndexTablespace();
                else if (IsWord("INVISIBLE") || IsWord("IGNORED")) statement.Invisible = TryParseOption(CurrentText);
                else if (IsWord("NOT") && IsWord("IGNORED", 1)) _pos += 2;
                else if (IsWord("UNUSABLE")) statement.Unusable = TryParseOption("UNUSABLE");
                else if (IsWord("REVERSE")) statement.Reverse = TryParseOption("REVERSE");
                else if (IsWord("PARALLEL") || IsWord("NOPARALLEL")) statement.Parallel = ParseIndexParallel();
                else if (IsWord("INDEXTYPE") && IsWord("IS", 1))
                {
                    _pos += 2;
                    statement.IndexType = ParseObjectName();
                }
                else if (TrySkipOracleIndexAttribute()) { }
                else if (IsWord("FROM") && joinTables.Count == 0) ParseBitmapJoinTables(joinTables);
                else if (IsWord("WHERE"))
                {
                    _pos++;
                    if (joinTables.Count > 0 && statement.JoinCondition == null) statement.JoinCondition = ParseExpression();
                    else statement.Where = ParseExpression();
                }
                else if (IsWord("INCLUDE") && Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    statement.IncludeColumns = ParseParenthesizedIdentifierList();
                }
                else if (IsWord("WITH") && IsWord("PARSER", 1)) _pos += 3;
                else if (IsWord("WITH") && (Is(SyntaxKind.OpenParen, 1) || IsIdentifierAhead(1)))
                {
                    statement.WithOpenParenSpan = Is(SyntaxKind.OpenParen, 1) ? Peek(1).Span : (TextSpan?)null;
                    statement.WithOptions = ParseIndexWithSettings();
                }
                else if (IsWord("ON") && IsIdentifierAhead(1)) statement.Tablespace = ParseIndexFilegroup();
                else if (IsWord("USING") && IsIdentifierAhead(1)) statement.Using = ParseIndexMethod();
                else if (IsWord("ALGORITHM")) statement.Algorithm = ParseIndexKeywordSetting();
                else if (IsWord("LOCK")) statement.Lock = ParseIndexKeywordSetting();
                else if (IsWord("KEY_BLOCK_SIZE")) ParseIndexKeywordSetting();
                else if ((IsWord("COMMENT") || IsWord("FILESTREAM_ON")) && !Is(SyntaxKind.Semicolon, 1)) _pos += 2;
                else if (IsWord("NULLS") && (IsWord("DISTINCT", 1) || (IsWord("NOT", 1) && IsWord("DISTINCT", 2)))) _pos += IsWord("NOT", 1) ? 3 : 2;
                else if (IsWord("KEY") && IsWord("INDEX", 1)) { _pos += 2; ParseObjectName(); }
                else SkipUnexpectedOnce();
                if (_pos == before) SkipUnexpectedOnce();
            }

            statement.JoinTables = joinTables;
        }

        private bool IsIdentifierAhead(int ahead) => IsIdentifierKind(Peek(ahead).Kind);

        /// <summary>
        /// <c>WITH (</c> or <c>WITH name =</c>: index options, not a common table expression, even first on a line
        /// where T-SQL would otherwise start a new statement.
        /// </summary>
        private bool AtIndexWithOptions() =>
            IsWord("WITH") && (Is(SyntaxKind.OpenParen, 1) || (IsIdentifierAhead(1) && (Is(SyntaxKind.Equals, 2) || Is(SyntaxKind.Comma, 2))));

        /// <summary><c>TABLESPACE x</c> (also PostgreSQL's <c>SET TABLESPACE x</c> once SET is read).</summary>
        private Identifier? ParseIndexTablespace()
        {
            _pos++;
            return ExpectIdentifier("a tablespace name");
        }

        /// <summary>SQL Server <c>ON filegroup</c> or <c>ON partition_scheme (column)</c>.</summary>
        private Identifier? ParseIndexFilegroup()
        {
            _pos++;
            var name = ParseIdentifier();
            if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            return name;
        }

        // LOCAL [ ( PARTITION p [TABLESPACE x] [, ...] ) | STORE IN ( ... ) ]
        private void ParseLocalIndexPartitioning(CreateIndexStatement statement)
        {
            statement.Local = TryParseOption("LOCAL");
            if (IsWord("STORE") && IsWord("IN", 1)) _pos += 2;
            if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
        }

        // GLOBAL PARTITION BY { RANGE (cols) ( PARTITION ... ) | HASH (cols) { PARTITIONS n [STORE IN (...)] | ( ... ) } }
        private void SkipGlobalIndexPartitioning()
        {
            _pos += 2;
            TryEatWord("BY");
            if (IsWord("RANGE") || IsWord("HASH")) _pos++;
            if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            if (TryEatWord("PARTITIONS") && !AtEnd) _pos++;
            if (TryEatWords("STORE", "IN") && Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
        }

        // Oracle bitmap join index: FROM t [alias], ... (the WHERE that follows is the join condition)
        private void ParseBitmapJoinTables(List<ObjectName> tables)
        {
            _pos++;
            while (true)
            {
                var table = ExpectObjectName("a table name");
                if (table == null) return;
                tables.Add(table);
                if (AtIdentifier() && !IsWord("WHERE")) _pos++;
                if (!TryEat(SyntaxKind.Comma)) return;
            }
        }
    }
}

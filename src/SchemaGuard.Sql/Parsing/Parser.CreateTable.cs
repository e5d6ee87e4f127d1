using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>CREATE TABLE.</summary>
    internal sealed partial class Parser
    {
        /// <summary>The parts of a table body: columns, constraints, inline indexes and LIKE sources.</summary>
        private sealed class TableElements
        {
            public readonly List<ColumnDefinition> Columns = new List<ColumnDefinition>();
            public readonly List<ConstraintDefinition> Constraints = new List<ConstraintDefinition>();
            public readonly List<InlineIndexDefinition> Indexes = new List<InlineIndexDefinition>();
            public readonly List<ObjectName> Like = new List<ObjectName>();
        }

        /// <summary>What the clauses after the table body set.</summary>
        private sealed class TableClauses
        {
            public LoggingClause? Logging;
            public Identifier? Tablespace;
            public PartitioningClause? Partitioning;
            public QueryClause? AsQuery;
            public TableOrganization Organization;
            public ObjectName? Cluster;
            public OptionClause? OnCommit;
            public readonly List<OptionSetting> Options = new List<OptionSetting>();
            public readonly List<ObjectName> Inherits = new List<ObjectName>();
        }

        // Oracle:     CREATE [GLOBAL | PRIVATE] TEMPORARY | SHARDED | DUPLICATED | [IMMUTABLE] BLOCKCHAIN] TABLE [IF NOT EXISTS] [schema.]table
        //               { [(relational_properties)] | OF [schema.]object_type [(object_properties)] }
        //               [ON COMMIT {DELETE | PRESERVE} ROWS] [physical_properties] [table_properties] [AS subquery]
        // PostgreSQL: CREATE [[GLOBAL | LOCAL] {TEMPORARY | TEMP} | UNLOGGED] TABLE [IF NOT EXISTS] name
        //               { ( [column | constraint | LIKE source [options]] [, ...] ) | OF type [(...)] | PARTITION OF parent [(...)] {FOR VALUES ... | DEFAULT} }
        //               [INHERITS (parent, ...)] [PARTITION BY ...] [USING method] [WITH (...) | WITHOUT OIDS]
        //               [ON COMMIT {PRESERVE ROWS | DELETE ROWS | DROP}] [TABLESPACE ts] [AS query [WITH [NO] DATA]]
        // MySQL:      CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name { (create_definition, ...) [table_options] [partition_options]
        //               [[IGNORE | REPLACE] [AS] query] | LIKE old | (LIKE old) }
        // SQL Server: CREATE TABLE [db.][schema.]table [AS {FILETABLE | NODE | EDGE}] ( {column | computed column | constraint | INDEX ...} [, ...] )
        //               [ON {scheme (column) | filegroup | "default"}] [TEXTIMAGE_ON fg] [FILESTREAM_ON fg] [WITH (table_option, ...)]
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/CREATE-TABLE.html
        // https://www.postgresql.org/docs/current/sql-createtable.html
        // https://dev.mysql.com/doc/refman/8.0/en/create-table.html
        // https://learn.microsoft.com/sql/t-sql/statements/create-table-transact-sql

        private Statement ParseCreateTable(int start)
        {
            var outer = _tableLogging;
            _tableLogging = new List<LoggingClause>();
            try
            {
                return ParseCreateTableCore(start);
            }
            finally
            {
                _tableLogging = outer;
            }
        }

        private Statement ParseCreateTableCore(int start)
        {
            _pos = start + 1;
            TryEatWords("OR", "REPLACE");
            OptionClause? temporary = null;
            LoggingClause? unlogged = null;
            while (!AtEnd && Current.Kind == SyntaxKind.Word && !IsWord("TABLE"))
            {
                int s = _pos;
                if (IsAnyWord(TableWords.TemporaryScopes) && (IsWord("TEMPORARY", 1) || IsWord("TEMP", 1)))
                {
                    _pos += 2;
                    temporary = MakeOption(s);
                }
                else if (IsAnyWord(TableWords.TemporaryWords))
                {
                    _pos++;
                    temporary = MakeOption(s);
                }
                else if (IsWord("UNLOGGED"))
                {
                    _pos++;
                    temporary = MakeOption(s);
                    unlogged = new LoggingClause(temporary.Span, LoggingMode.NoLogging);
                    _tableLogging!.Add(unlogged);
                }
                else
                {
                    _pos++;
                }
            }

            ExpectWord("TABLE");
            bool ifNotExists = TryEatWords("IF", "NOT", "EXISTS");
            var name = ParseObjectName();
            if (name == null)
            {
                ReportExpected("a table name");
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "CREATE TABLE") { IsPartial = true };
            }

            var elements = new TableElements();
            var clauses = new TableClauses { Logging = unlogged };
            ObjectName? objectType = null;
            ObjectName? partitionOf = null;
            if (IsWord("PARTITION") && IsWord("OF", 1))
            {
                _pos += 2;
                partitionOf = ExpectObjectName("a parent table");
            }
            else if (IsWord("OF"))
            {
                _pos++;
                objectType = ExpectObjectName("a type name");
            }
            else if (IsWord("LIKE"))
            {
                _pos++;
                var like = ExpectObjectName("a table name");
                if (like != null) elements.Like.Add(like);
            }
            else if (IsWord("AS") && IsAnyWordAt(1, TableWords.SqlServerTableKinds))
            {
                _pos += 2;
            }

            if (Is(SyntaxKind.OpenParen) && !IsAnyWordAt(1, TableWords.QueryStarts)) ParseTableElements(elements);
            if (partitionOf != null) SkipPartitionBound();

            while (!AtEnd && !AtTableStatementBoundary())
            {
                int before = _pos;
                if (!TryParseCreateTableClause(clauses)) SkipBalanced();
                if (_pos == before) _pos++;
            }

            bool hashTemp = _dialect.SupportsHashTempNames && name.Name.Text.StartsWith("#", System.StringComparison.Ordinal);
            bool globalTemp = (temporary != null && temporary.Keyword.StartsWith("GLOBAL", System.StringComparison.Ordinal)) ||
                              (hashTemp && name.Name.Text.StartsWith("##", System.StringComparison.Ordinal));
            var all = _tableLogging!.ToArray();
            return new CreateTableStatement(SpanFrom(start), name)
            {
                IfNotExists = ifNotExists,
                Temporary = temporary,
                IsTemporary = hashTemp || (temporary != null && temporary.Keyword != "UNLOGGED"),
                IsGlobalTemporary = globalTemp,
                Organization = clauses.Organization,
                Cluster = clauses.Cluster,
                ObjectType = objectType,
                PartitionOf = partitionOf,
                LikeTables = elements.Like.ToArray(),
                Inherits = clauses.Inherits.ToArray(),
                Columns = elements.Columns.ToArray(),
                Constraints = elements.Constraints.ToArray(),
                Indexes = elements.Indexes.ToArray(),
                Logging = clauses.Logging,
                Tablespace = clauses.Tablespace,
                Partitioning = clauses.Partitioning,
                OnCommit = clauses.OnCommit,
                AsQuery = clauses.AsQuery,
                Options = clauses.Options.ToArray(),
                AllLoggingClauses = all,
                StorageLoggingClauses = UnownedLogging(all, clauses),
            };
        }

        /// <summary>The logging clauses that neither the table nor a partition holds: LOB, nested-table, subpartition and index storage.</summary>
        private static LoggingClause[] UnownedLogging(LoggingClause[] all, TableClauses clauses)
        {
            var owned = new HashSet<LoggingClause>();
            if (clauses.Logging != null) owned.Add(clauses.Logging);
            if (clauses.Partitioning != null)
            {
                foreach (var p in clauses.Partitioning.Partitions)
                {
                    if (p.Logging != null) owned.Add(p.Logging);
                }
            }

            var rest = new List<LoggingClause>();
            foreach (var l in all)
            {
                if (!owned.Contains(l)) rest.Add(l);
            }

            return rest.ToArray();
        }

        /// <summary>Reads <c>( element, ... )</c>: columns, constraints, inline indexes, LIKE sources.</summary>
        private void ParseTableElements(TableElements elements)
        {
            _pos++;
            while (!AtEnd && !Is(SyntaxKind.CloseParen))
            {
                ParseTableElement(elements);
                while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen)) SkipBalanced();
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            Expect(SyntaxKind.CloseParen, "')'");
        }

        private void ParseTableElement(TableElements elements)
        {
            if (_dialect.SupportsInlineIndexDefinitions && AtInlineIndexStart())
            {
                elements.Indexes.Add(ParseInlineIndex());
                return;
            }

            if (AtTableConstraintStart())
            {
                var constraint = ParseConstraint(inline: false);
                if (constraint != null) elements.Constraints.Add(constraint);
                return;
            }

            if (IsWord("LIKE") && IsIdentifierKind(Peek(1).Kind))
            {
                // PostgreSQL: LIKE source [{INCLUDING | EXCLUDING} {DEFAULTS | CONSTRAINTS | INDEXES | ALL ...}] ...
                _pos++;
                var source = ParseObjectName();
                if (source != null) elements.Like.Add(source);
                while (IsAnyWord(TableWords.LikeOptionVerbs) && IsIdentifierKind(Peek(1).Kind)) _pos += 2;
                return;
            }

            if ((IsWord("PERIOD") && IsWord("FOR", 1)) || (IsWord("SUPPLEMENTAL") && IsWord("LOG", 1)) ||
                (IsWord("SCOPE") && IsWord("FOR", 1)) || (IsWord("REF") && Is(SyntaxKind.OpenParen, 1)))
            {
                while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen)) SkipBalancedQuietly();
                return;
            }

            if (AtIdentifier())
            {
                var column = ParseColumnDefinition();
                if (column != null) elements.Columns.Add(column);
            }
        }

        /// <summary>MySQL <c>{INDEX|KEY}</c>, <c>{FULLTEXT|SPATIAL} [INDEX|KEY]</c>, <c>UNIQUE {INDEX|KEY}</c>; SQL Server <c>INDEX name</c>.</summary>
        private bool AtInlineIndexStart() =>
            ((IsWord("INDEX") || IsWord("KEY")) && !Is(SyntaxKind.Comma, 1) && !AtColumnTypeAfterIndexWord()) ||
            ((IsWord("FULLTEXT") || IsWord("SPATIAL")) && (IsIdentifierKind(Peek(1).Kind) || Is(SyntaxKind.OpenParen, 1))) ||
            (IsWord("UNIQUE") && (IsWord("INDEX", 1) || IsWord("KEY", 1)));

        /// <summary>A column named <c>key</c> or <c>index</c> with a data type (MySQL rejects it unquoted, but it costs little to allow).</summary>
        private bool AtColumnTypeAfterIndexWord() =>
            IsIdentifierKind(Peek(1).Kind) && BuiltInTypeNames.Contains(_tokens.GetText(_pos + 1)) && !Is(SyntaxKind.OpenParen, 2);

        // {INDEX | KEY} [name] [USING {BTREE | HASH}] (key_part, ...) [index_option] ...
        // {FULLTEXT | SPATIAL} [INDEX | KEY] [name] (key_part, ...) [index_option] ...
        // SQL Server: INDEX name [UNIQUE] [CLUSTERED | NONCLUSTERED] [COLUMNSTORE] [(column [ASC | DESC], ...)] [INCLUDE (...)] [WHERE ...] [WITH (...)] [ON ...]
        // https://dev.mysql.com/doc/refman/8.0/en/create-table.html (index_definition)
        // https://learn.microsoft.com/sql/t-sql/statements/create-table-transact-sql (table_index)
        private InlineIndexDefinition ParseInlineIndex()
        {
            int start = _pos;
            string category = "INDEX";
            bool unique = false;
            if (IsWord("FULLTEXT") || IsWord("SPATIAL"))
            {
                category = UpperIdentifierText(_pos);
                _pos++;
            }
            else if (IsWord("UNIQUE"))
            {
                unique = true;
                _pos++;
            }

            if (IsWord("INDEX") || IsWord("KEY")) _pos++;
            Identifier? name = null;
            if (AtIdentifier() && !IsAnyWord(TableWords.InlineIndexModifiers)) name = ParseIdentifier();
            while (!AtEnd && Current.Kind == SyntaxKind.Word)
            {
                if (IsWord("UNIQUE")) unique = true;
                else if (IsWord("COLUMNSTORE")) category = "COLUMNSTORE";
                else if (IsWord("CLUSTERED") && !IsWord("COLUMNSTORE", 1)) category = "CLUSTERED";
                else if (IsWord("USING") && IsIdentifierKind(Peek(1).Kind)) _pos++;
                else if (!IsWord("NONCLUSTERED")) break;
                _pos++;
            }

            IReadOnlyList<Identifier> columns = Is(SyntaxKind.OpenParen) ? ParseParenthesizedIdentifierList() : (IReadOnlyList<Identifier>)System.Array.Empty<Identifier>();

            // Index options: USING, COMMENT, KEY_BLOCK_SIZE, VISIBLE, WITH PARSER, INCLUDE (...), WHERE ..., WITH (...), ON fg.
            while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen)) SkipBalancedQuietly();
            return new InlineIndexDefinition(SpanFrom(start), name, unique, category, columns);
        }

        /// <summary>PostgreSQL partition bound: <c>FOR VALUES {IN (...) | FROM (...) TO (...) | WITH (MODULUS m, REMAINDER r)} | DEFAULT</c>.</summary>
        private void SkipPartitionBound()
        {
            if (TryEatWord("DEFAULT")) return;
            if (!TryEatWords("FOR", "VALUES"))
            {
                ReportExpected("FOR VALUES or DEFAULT");
                return;
            }

            while (IsAnyWord(TableWords.PartitionBoundWords))
            {
                _pos++;
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            }
        }

        /// <summary>Reads one clause after the table body; false when the current token starts none.</summary>
        private bool TryParseCreateTableClause(TableClauses clauses)
        {
            if (TryEat(SyntaxKind.Comma)) return true;
            int s = _pos;
            if (IsWord("AS") || AtQueryStart())
            {
                TryEatWord("AS");
                clauses.AsQuery = ParseQueryClause();
                return true;
            }

            if ((IsWord("IGNORE") || IsWord("REPLACE")) && (IsWord("AS", 1) || IsWord("SELECT", 1)))
            {
                _pos++;
                return true;
            }

            if (IsWord("ON") && IsWord("COMMIT", 1))
            {
                _pos += 2;
                if (IsAnyWord(TableWords.OnCommitVerbs) && IsAnyWordAt(1, TableWords.OnCommitObjects)) _pos += 2;
                else if (IsWord("DROP")) _pos += IsWord("DEFINITION", 1) ? 2 : 1;
                else ReportExpected("DELETE ROWS, PRESERVE ROWS or DROP");
                clauses.OnCommit = MakeOption(s);
                return true;
            }

            if (IsWord("ON") && (IsIdentifierKind(Peek(1).Kind) || Peek(1).Kind == SyntaxKind.StringLiteral))
            {
                // SQL Server: ON filegroup | ON "default" | ON scheme (column)
                _pos++;
                ReadOptionValue(out string? value, out var valueSpan);
                if (Is(SyntaxKind.OpenParen))
                {
                    var columns = ParseParenthesizedIdentifierList();
                    var scheme = new Identifier(valueSpan, value ?? string.Empty, _tokens[s + 1].Kind == SyntaxKind.QuotedIdentifier, NameNormalizer.Normalize(value ?? string.Empty, _tokens[s + 1].Kind == SyntaxKind.QuotedIdentifier, _dialect));
                    clauses.Partitioning = new PartitioningClause(SpanFrom(s), "SCHEME", columns, System.Array.Empty<PartitionDefinition>()) { Scheme = scheme };
                }
                else
                {
                    clauses.Options.Add(new OptionSetting(SpanFrom(s), "ON", value, valueSpan));
                }

                return true;
            }

            if (IsWord("TEXTIMAGE_ON") || IsWord("FILESTREAM_ON"))
            {
                string optionName = UpperIdentifierText(_pos);
                _pos++;
                clauses.Options.Add(ParseNamedValue(s, optionName));
                return true;
            }

            if (IsWord("WITH"))
            {
                if (Is(SyntaxKind.OpenParen, 1))
                {
                    _pos++;
                    clauses.Options.AddRange(ParseParenthesizedOptionSettings());
                    return true;
                }

                if (IsWord("OIDS", 1) || IsWord("DATA", 1)) return SkipWords(2);
                if (IsWord("NO", 1) && IsWord("DATA", 2)) return SkipWords(3);
                if (IsWord("SYSTEM", 1) && IsWord("VERSIONING", 2))
                {
                    _pos += 3;
                    clauses.Options.Add(new OptionSetting(SpanFrom(s), "WITH SYSTEM VERSIONING", null, new TextSpan(_tokens[_pos - 1].End, 0)));
                    return true;
                }

                return false;
            }

            if (IsWord("WITHOUT") && IsWord("OIDS", 1)) return SkipWords(2);
            if (IsWord("INHERITS") && Is(SyntaxKind.OpenParen, 1))
            {
                _pos += 2;
                while (!AtEnd && !Is(SyntaxKind.CloseParen))
                {
                    var parent = ParseObjectName();
                    if (parent != null) clauses.Inherits.Add(parent);
                    while (!AtEnd && !Is(SyntaxKind.Comma) && !Is(SyntaxKind.CloseParen)) SkipBalanced();
                    if (!TryEat(SyntaxKind.Comma)) break;
                }

                Expect(SyntaxKind.CloseParen, "')'");
                return true;
            }

            if (IsWord("PARTITION") && IsWord("BY", 1))
            {
                clauses.Partitioning = ParsePartitionBy();
                return true;
            }

            if (IsWord("USING") && IsIdentifierKind(Peek(1).Kind)) return SkipWords(2);
            if (IsWord("ORGANIZATION"))
            {
                _pos++;
                if (TryEatWord("INDEX")) clauses.Organization = TableOrganization.Index;
                else if (TryEatWord("EXTERNAL"))
                {
                    clauses.Organization = TableOrganization.External;
                    if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                }
                else if (TryEatWord("HEAP")) clauses.Organization = TableOrganization.Heap;
                else ReportExpected("HEAP, INDEX or EXTERNAL");
                return true;
            }

            if (IsWord("REJECT") && IsWord("LIMIT", 1)) return SkipWords(3);
            if (IsWord("CLUSTER") && IsIdentifierKind(Peek(1).Kind))
            {
                _pos++;
                clauses.Cluster = ParseObjectName();
                if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
                return true;
            }

            if (IsWord("NOT") && IsWord("SUBSTITUTABLE", 1))
            {
                // Oracle object tables: NOT SUBSTITUTABLE AT ALL LEVELS
                _pos += 2;
                while (IsAnyWord(TableWords.SubstitutableTail)) _pos++;
                return true;
            }

            if (IsWord("OBJECT") && IsWord("IDENTIFIER", 1) && IsWord("IS", 2))
            {
                _pos += 3;
                while (IsAnyWord(TableWords.ObjectIdentifierWords)) _pos++;
                return true;
            }

            if (IsWord("OIDINDEX"))
            {
                _pos++;
                if (AtIdentifier() && !Is(SyntaxKind.OpenParen)) _pos++;
                if (Is(SyntaxKind.OpenParen)) SkipCollectingLogging();
                return true;
            }

            var option = TryParseTableOptionSetting(alterOptions: false);
            if (option != null)
            {
                clauses.Options.Add(option);
                return true;
            }

            LoggingClause? logging = clauses.Logging;
            Identifier? tablespace = clauses.Tablespace;
            if (TryParsePhysicalAttribute(ref logging, ref tablespace))
            {
                clauses.Logging = logging;
                clauses.Tablespace = tablespace;
                return true;
            }

            return false;
        }

        /// <summary>Whether a query starts here without AS (MySQL <c>CREATE TABLE t SELECT ...</c>, <c>(SELECT ...)</c>, a CTE).</summary>
        private bool AtQueryStart()
        {
            if (IsWord("SELECT") || IsWord("VALUES")) return true;
            if (Is(SyntaxKind.OpenParen)) return IsAnyWordAt(1, TableWords.QueryStarts);
            return IsWord("WITH") && IsIdentifierKind(Peek(1).Kind) && !IsAnyWordAt(1, TableWords.WithNonQueryWords);
        }
    }
}

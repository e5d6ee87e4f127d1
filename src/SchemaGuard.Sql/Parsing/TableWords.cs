namespace SchemaGuard.Sql.Parsing
{
    /// <summary>
    /// Keyword lists the table parsers test with <c>IsAnyWord</c>, kept in static arrays so that testing a token against
    /// a list allocates nothing (a <c>params</c> call would allocate an array each time).
    /// </summary>
    internal static class TableWords
    {
        internal static readonly string[] PartitionOrSubpartition = { "PARTITION", "SUBPARTITION" };

        internal static readonly string[] PartitionsOrSubpartitions = { "PARTITIONS", "SUBPARTITIONS" };

        internal static readonly string[] AnyPartitionWord = { "PARTITION", "PARTITIONS", "SUBPARTITION", "SUBPARTITIONS" };

        internal static readonly string[] PartitionMaintenanceVerbs = { "REORGANIZE", "REBUILD", "OPTIMIZE", "REPAIR", "ANALYZE", "CHECK", "DISCARD", "IMPORT" };

        internal static readonly string[] AddOtherTargets = { "SUPPLEMENTAL", "PERIOD", "OVERFLOW", "VALUES", "SYSTEM", "ROWGUIDCOL" };

        internal static readonly string[] Select = { "SELECT" };

        internal static readonly string[] ModifyOtherTargets = { "LOB", "DEFAULT", "NESTED", "VARRAY", "OPAQUE", "ORGANIZATION" };

        internal static readonly string[] AlterOtherTargets = { "CONSTRAINT", "INDEX", "CHECK" };

        internal static readonly string[] AlterColumnVerbs = { "SET", "DROP", "ADD" };

        internal static readonly string[] AlterColumnOtherVerbs = { "RESET", "RESTART", "OPTIONS" };

        internal static readonly string[] AlterColumnFlags = { "SPARSE", "HIDDEN", "ROWGUIDCOL", "PERSISTED" };

        internal static readonly string[] DropOtherTargets = { "PERIOD", "SUPPLEMENTAL", "SYSTEM", "ROWGUIDCOL" };

        internal static readonly string[] DropColumnPropertyTargets = { "DEFAULT", "IDENTITY", "EXPRESSION" };

        internal static readonly string[] DropTrailerFlags = { "RESTRICT", "INVALIDATE", "ONLINE" };

        internal static readonly string[] RenameOtherTargets = { "CONSTRAINT", "PARTITION", "SUBPARTITION" };

        internal static readonly string[] PartitionNameListEnd = { "UPDATE", "INTO", "AT", "VALUES", "ONLINE", "DROP", "REUSE", "CASCADE" };

        internal static readonly string[] ColumnDefinitionEnd = { "ADD", "DROP", "MODIFY", "ALTER", "CHANGE", "RENAME", "MOVE", "NESTED", "VARRAY", "TABLESPACE", "LOGGING", "NOLOGGING" };

        internal static readonly string[] GeneratedStorage = { "VIRTUAL", "STORED", "PERSISTED" };

        internal static readonly string[] ColumnValuedAttributes = { "COMMENT", "COLUMN_FORMAT", "STORAGE", "COMPRESSION", "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE", "AFTER", "SCOPE", "SRID" };

        internal static readonly string[] WithColumnAttributes = { "VALUES", "OPTIONS", "ROWID" };

        internal static readonly string[] EncryptWords = { "USING", "IDENTIFIED", "BY", "SALT", "NO" };

        internal static readonly string[] ColumnIndexModifiers = { "CLUSTERED", "NONCLUSTERED", "UNIQUE" };

        internal static readonly string[] NumericModifiers = { "SIGNED", "ZEROFILL" };

        internal static readonly string[] LongTypeSecondWords = { "RAW", "VARCHAR", "VARBINARY" };

        internal static readonly string[] NationalTypeSecondWords = { "CHARACTER", "CHAR", "VARCHAR" };

        internal static readonly string[] VaryingTypeFirstWords = { "CHARACTER", "CHAR", "NCHAR", "BINARY", "BIT" };

        internal static readonly string[] LargeObjectTypeFirstWords = { "CHARACTER", "CHAR", "NCHAR", "BINARY" };

        internal static readonly string[] TimeZoneWords = { "WITH", "WITHOUT", "LOCAL", "TIME", "ZONE" };

        internal static readonly string[] IntervalFields = { "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND" };

        internal static readonly string[] IntervalFieldsAndTo = { "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "TO" };

        internal static readonly string[] UniqueIndexNameStop = { "USING", "CLUSTERED", "NONCLUSTERED" };

        internal static readonly string[] Clustering = { "CLUSTERED", "NONCLUSTERED" };

        internal static readonly string[] SortOrder = { "ASC", "DESC" };

        internal static readonly string[] ConstraintFlags = { "RELY", "NORELY", "ENFORCED", "VISIBLE", "INVISIBLE" };

        internal static readonly string[] OnNonFilegroupWords = { "DELETE", "UPDATE", "COMMIT" };

        internal static readonly string[] IndexFlags = { "REVERSE", "NOSORT", "SORT", "ONLINE" };

        internal static readonly string[] LocalOrGlobal = { "LOCAL", "GLOBAL" };

        internal static readonly string[] ConstraintStateWords = { "ENABLE", "DISABLE", "VALIDATE", "NOVALIDATE", "RELY", "NORELY", "DEFERRABLE", "INITIALLY", "EXCEPTIONS", "NOT" };

        internal static readonly string[] MatchTypes = { "FULL", "PARTIAL", "SIMPLE" };

        internal static readonly string[] TemporaryScopes = { "GLOBAL", "LOCAL", "PRIVATE" };

        internal static readonly string[] TemporaryWords = { "TEMPORARY", "TEMP" };

        internal static readonly string[] SqlServerTableKinds = { "NODE", "EDGE", "FILETABLE" };

        internal static readonly string[] QueryStarts = { "SELECT", "WITH", "VALUES" };

        internal static readonly string[] LikeOptionVerbs = { "INCLUDING", "EXCLUDING" };

        internal static readonly string[] InlineIndexModifiers = { "USING", "UNIQUE", "CLUSTERED", "NONCLUSTERED", "COLUMNSTORE" };

        internal static readonly string[] PartitionBoundWords = { "IN", "FROM", "TO", "WITH" };

        internal static readonly string[] OnCommitVerbs = { "DELETE", "PRESERVE" };

        internal static readonly string[] OnCommitObjects = { "ROWS", "DEFINITION" };

        internal static readonly string[] SubstitutableTail = { "AT", "ALL", "LEVELS" };

        internal static readonly string[] ObjectIdentifierWords = { "SYSTEM", "GENERATED", "PRIMARY", "KEY" };

        internal static readonly string[] WithNonQueryWords = { "OIDS", "DATA", "NO", "SYSTEM", "CHECK", "NOCHECK" };

        internal static readonly string[] PartitionMethods = { "RANGE", "LIST", "HASH", "KEY", "REFERENCE", "SYSTEM", "CONSISTENT", "DIRECTORY" };

        internal static readonly string[] OnOff = { "ON", "OFF" };

        internal static readonly string[] NestedQueryStarts = { "SELECT", "WITH", "VALUES", "TABLE" };

        internal static readonly string[] SetOperators = { "UNION", "INTERSECT", "EXCEPT", "MINUS" };

        internal static readonly string[] SetQuantifiers = { "ALL", "DISTINCT" };

        internal static readonly string[] CteSearchCycle = { "SEARCH", "CYCLE" };

        internal static readonly string[] MainQueryStarts = { "SELECT", "VALUES" };

        internal static readonly string[] FromItemModifiers = { "LATERAL", "ONLY" };

        internal static readonly string[] FromItemStop = { "WHERE", "GROUP", "ORDER", "UNION" };

        internal static readonly string[] OracleNoWords = { "NOCACHE", "NOCOMPRESS", "NOPARALLEL", "NOMONITORING", "NOROWDEPENDENCIES", "NOMAPPING" };

        internal static readonly string[] PercentAttributes = { "PCTFREE", "PCTUSED", "PCTTHRESHOLD", "PCTVERSION" };

        internal static readonly string[] CompressionLevels = { "BASIC", "ADVANCED" };

        internal static readonly string[] CompressionForWords = { "OLTP", "ALL", "DIRECT_LOAD", "OPERATIONS", "QUERY", "ARCHIVE", "LOW", "HIGH" };

        internal static readonly string[] SubstitutableWords = { "NOT", "IS", "SUBSTITUTABLE", "AT", "ALL", "LEVELS" };

        internal static readonly string[] LobStoreAsWords = { "SECUREFILE", "BASICFILE", "LOB", "OBJECT", "RELATIONAL", "CLOB", "BINARY", "XML" };

        internal static readonly string[] XmlSchemaStart = { "XMLSCHEMA", "ALLOW", "DISALLOW" };

        internal static readonly string[] XmlSchemaWords = { "XMLSCHEMA", "ELEMENT", "ALLOW", "DISALLOW", "NONSCHEMA", "ANYSCHEMA" };

        internal static readonly string[] XmlSchemaKeywords = { "XMLSCHEMA", "ELEMENT", "ALLOW", "DISALLOW" };

        internal static readonly string[] ReturnAsWords = { "LOCATOR", "VALUE" };

        internal static readonly string[] ColumnExpressionStops =
        {
            "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "COLLATE", "COMMENT", "AUTO_INCREMENT", "GENERATED",
            "IDENTITY", "ON", "WITH", "VISIBLE", "INVISIBLE", "ENABLE", "DISABLE", "NOVALIDATE", "SPARSE", "ROWGUIDCOL",
            "PERSISTED", "VIRTUAL", "STORED", "FIRST", "AFTER", "CHARSET", "KEY", "ENCRYPT", "MASKED", "HIDDEN", "RELY",
            "NORELY", "DEFERRABLE", "INITIALLY", "EXCEPTIONS", "COLUMN_FORMAT", "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE",
            "DEFAULT", "FOREIGN",
        };

        internal static readonly string[] TwoWordOtherActions =
        {
            "OWNER", "REPLICA", "CLUSTER", "INHERIT", "ATTACH", "DETACH", "SHRINK", "DEALLOCATE", "ALLOCATE", "READ", "UPGRADE",
            "RESET", "SWITCH", "NO", "OF", "NOT", "ORDER", "REMOVE", "ADD", "DROP", "SET", "RENAME", "ALTER", "MODIFY",
            "ENABLE", "DISABLE",
        };

        internal static readonly string[] ColumnAttributeStarts =
        {
            "CONSTRAINT", "NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "DEFAULT", "GENERATED", "AS", "IDENTITY",
            "VISIBLE", "INVISIBLE", "ENABLE", "DISABLE", "SORT", "ENCRYPT", "DECRYPT", "SUBSTITUTABLE", "SCOPE",
        };

        internal static readonly string[] ColumnFlags =
        {
            "VISIBLE", "INVISIBLE", "SPARSE", "ROWGUIDCOL", "FILESTREAM", "HIDDEN", "UNSIGNED", "SIGNED", "ZEROFILL", "BINARY",
            "SORT", "NOSORT", "FIRST", "DECRYPT", "SUBSTITUTABLE", "ENABLE", "DISABLE", "VALIDATE", "NOVALIDATE", "RELY",
            "NORELY",
        };

        internal static readonly string[] FromClauseEnd =
        {
            "WHERE", "GROUP", "HAVING", "ORDER", "UNION", "INTERSECT", "EXCEPT", "MINUS", "LIMIT", "OFFSET", "FETCH", "FOR",
            "WINDOW", "QUALIFY", "CONNECT", "START", "MODEL", "INTO", "OPTION",
        };

        internal static readonly string[] PhysicalAttributeStarts =
        {
            "TABLESPACE", "LOGGING", "NOLOGGING", "PCTFREE", "PCTUSED", "INITRANS", "MAXTRANS", "STORAGE", "COMPRESS",
            "NOCOMPRESS", "CACHE", "NOCACHE", "PARALLEL", "NOPARALLEL", "SEGMENT", "ENABLE", "DISABLE", "LOB",
            "FILESYSTEM_LIKE_LOGGING",
        };

        internal static readonly string[] IdentityOptions =
        {
            "START", "INCREMENT", "MAXVALUE", "NOMAXVALUE", "MINVALUE", "NOMINVALUE", "CYCLE", "NOCYCLE", "CACHE", "NOCACHE", "ORDER",
            "NOORDER", "KEEP", "NOKEEP", "SCALE", "NOSCALE", "LIMIT",
        };

        internal static readonly string[] IdentityOptionLinks = { "WITH", "BY", "VALUE", "EXTEND", "NOEXTEND" };
    }
}

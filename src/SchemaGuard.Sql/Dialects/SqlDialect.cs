using System;
using System.Collections.Generic;

namespace SchemaGuard.Sql.Dialects
{
    /// <summary>
    /// The lexical and syntactic capabilities of one SQL engine and its usual client. The lexer, splitter
    /// and parser only ever ask these questions; they never ask which engine it is (a convention test
    /// enforces this), so a new engine is a new set of answers, not a hunt through the front end.
    /// </summary>
    public sealed class SqlDialect
    {
        private SqlDialect(string name) => Name = name;

        /// <summary>The dialect's name as users write it in settings (<c>oracle</c>, <c>postgresql</c>, ...). For output only.</summary>
        public string Name { get; }

        // ---- Identifiers and names ----

        /// <summary>Unquoted names are folded to this case by the engine.</summary>
        public NameFolding FoldsUnquotedNamesTo { get; private set; }

        /// <summary>Whether the engine compares names ignoring case even when quoted (MySQL on most systems, SQL Server's default collation).</summary>
        public bool ComparesNamesIgnoringCase { get; private set; }

        /// <summary><c>"name"</c> quotes an identifier.</summary>
        public bool SupportsDoubleQuotedIdentifiers { get; private set; }

        /// <summary><c>`name`</c> quotes an identifier (MySQL).</summary>
        public bool SupportsBacktickIdentifiers { get; private set; }

        /// <summary><c>[name]</c> quotes an identifier, <c>]]</c> escaping a bracket (SQL Server).</summary>
        public bool SupportsBracketIdentifiers { get; private set; }

        /// <summary><c>$</c> and <c>#</c> may appear inside unquoted identifiers (Oracle, MySQL for $).</summary>
        public bool AllowsDollarInIdentifiers { get; private set; }

        /// <summary><c>#</c> may appear inside unquoted identifiers (Oracle).</summary>
        public bool AllowsHashInIdentifiers { get; private set; }

        /// <summary><c>#temp</c> and <c>##global</c> temporary table names (SQL Server).</summary>
        public bool SupportsHashTempNames { get; private set; }

        /// <summary>
        /// Index names are unique per table rather than per schema (MySQL, SQL Server), so a qualified index name in
        /// <c>DROP INDEX t.i</c> names the table first.
        /// </summary>
        public bool IndexNamesAreScopedToTables { get; private set; }

        // ---- String literals ----

        /// <summary>Backslash escapes inside ordinary <c>'...'</c> strings (MySQL).</summary>
        public bool BackslashEscapesInStrings { get; private set; }

        /// <summary><c>"..."</c> is a string, not an identifier (MySQL default sql_mode).</summary>
        public bool DoubleQuotedStrings { get; private set; }

        /// <summary>
        /// A <c>"..."</c> string found where the grammar needs a name is read as a quoted name. MySQL scripts written for
        /// <c>sql_mode=ANSI_QUOTES</c> quote names that way; the lexer cannot know the mode, so it lexes a string, and the
        /// parser takes it as a name only where no string could stand (<c>CREATE TABLE "t" ("id" INT)</c>).
        /// </summary>
        public bool DoubleQuotedStringsMayBeNames { get; private set; }

        /// <summary><c>N'...'</c> national strings.</summary>
        public bool SupportsNationalStrings { get; private set; }

        /// <summary>Oracle alternative quoting <c>q'[...]'</c> and <c>nq'[...]'</c>.</summary>
        public bool SupportsAlternativeQuoting { get; private set; }

        /// <summary>PostgreSQL <c>$$...$$</c> and <c>$tag$...$tag$</c>.</summary>
        public bool SupportsDollarQuotedStrings { get; private set; }

        /// <summary>PostgreSQL <c>E'...'</c> strings with backslash escapes.</summary>
        public bool SupportsEscapeStrings { get; private set; }

        /// <summary>PostgreSQL <c>U&amp;'...'</c> and <c>U&amp;"..."</c>.</summary>
        public bool SupportsUnicodeEscapeStrings { get; private set; }

        /// <summary><c>X'..'</c> hex and <c>B'..'</c> bit strings.</summary>
        public bool SupportsHexAndBitStrings { get; private set; }

        // ---- Comments ----

        /// <summary><c>/* /* */ */</c> nest (PostgreSQL).</summary>
        public bool SupportsNestedBlockComments { get; private set; }

        /// <summary><c># ...</c> line comments (MySQL).</summary>
        public bool SupportsHashComments { get; private set; }

        /// <summary><c>--</c> starts a comment only when followed by whitespace or a control character (MySQL).</summary>
        public bool DashCommentRequiresSpace { get; private set; }

        /// <summary><c>/*! ... */</c> and <c>/*!80013 ... */</c> hold code that is executed (MySQL).</summary>
        public bool SupportsExecutableComments { get; private set; }

        /// <summary><c>/*+ ... */</c> and <c>--+ ...</c> comments right after a DML keyword carry optimizer hints.</summary>
        public bool SupportsOptimizerHints { get; private set; }

        // ---- Parameters, variables, operators ----

        /// <summary>SQL*Plus <c>&amp;var</c> and <c>&amp;&amp;var</c> substitution variables.</summary>
        public bool SupportsSubstitutionVariables { get; private set; }

        /// <summary>
        /// sqlcmd scripting variables <c>$(name)</c>, which the client replaces before it sends the batch. They are lexed as
        /// <see cref="Lexing.SyntaxKind.SubstitutionVariable"/> tokens, so one can stand for a name part or a value.
        /// </summary>
        public bool SupportsScriptingVariables { get; private set; }

        /// <summary><c>@name</c> variables and parameters (SQL Server, MySQL user variables).</summary>
        public bool SupportsAtVariables { get; private set; }

        /// <summary><c>:name</c> and <c>:1</c> bind variables.</summary>
        public bool SupportsColonParameters { get; private set; }

        /// <summary><c>$1</c> positional parameters (PostgreSQL).</summary>
        public bool SupportsDollarParameters { get; private set; }

        /// <summary><c>::</c> casts (PostgreSQL).</summary>
        public bool SupportsDoubleColonCast { get; private set; }

        // ---- Scripts and clients ----

        /// <summary>
        /// The client (SQL*Plus, SQLcl) runs PL/SQL units up to a line holding only <c>/</c>, and a <c>/</c> line
        /// also runs a SQL statement that has no semicolon.
        /// </summary>
        public bool UsesSlashLineTerminator { get; private set; }

        /// <summary>
        /// Client commands that take a whole line and need no terminator (SQL*Plus <c>SET</c>, <c>PROMPT</c>, <c>@file</c>, ...),
        /// by their leading word, case-insensitively; the value says how the rest of the line is read.
        /// </summary>
        public IReadOnlyDictionary<string, ClientCommandLexing> ClientCommands { get; private set; } = EmptyCommands;

        /// <summary><c>@file</c> and <c>@@file</c> run another script (SQL*Plus).</summary>
        public bool SupportsAtScriptCommands { get; private set; }

        /// <summary>A batch separator word alone on a line, such as <c>GO</c> (with an optional count), or null.</summary>
        public string? BatchSeparator { get; private set; }

        /// <summary>The client's <c>DELIMITER</c> command changes the statement terminator (mysql client).</summary>
        public bool SupportsDelimiterCommand { get; private set; }

        /// <summary>Statements in one batch need not be separated by semicolons (T-SQL).</summary>
        public bool StatementTerminatorOptional { get; private set; }

        /// <summary>SQL-standard function bodies <c>BEGIN ATOMIC ... END</c> hold semicolons (PostgreSQL 14+).</summary>
        public bool SupportsBeginAtomicBodies { get; private set; }

        /// <summary>Anonymous blocks and stored units are PL/SQL-like (<c>DECLARE</c>/<c>BEGIN</c> blocks at top level).</summary>
        public bool SupportsPlSqlBlocks { get; private set; }

        /// <summary>
        /// Text that begins a client command read raw to the end of its line: psql <c>\</c> meta-commands, sqlcmd <c>:r</c>/<c>:setvar</c> and
        /// <c>!!</c>, SQL*Plus <c>$</c> and <c>!</c> host shortcuts. Where they count is <see cref="ClientCommandPrefixScope"/>.
        /// </summary>
        public IReadOnlyList<string> ClientCommandPrefixes { get; private set; } = Array.Empty<string>();

        /// <summary>Where the client recognises <see cref="ClientCommandPrefixes"/>.</summary>
        public ClientCommandPrefixScope ClientCommandPrefixScope { get; private set; }

        /// <summary>
        /// A hyphen at the end of a line continues the line on the next one, in client commands (SQL*Plus:
        /// <c>EXECUTE dbms_stats.gather_schema_stats( -</c>) and in SQL statements (<c>VALUES (1726-</c>, as Oracle's
        /// sample schemas write them), but not inside PL/SQL units, where the hyphen stays a minus.
        /// </summary>
        public bool SupportsHyphenLineContinuation { get; private set; }

        /// <summary>The client does not end a statement at a <c>;</c> inside parentheses (psql counts them).</summary>
        public bool IgnoresSemicolonsInsideParentheses { get; private set; }

        /// <summary>
        /// <c>CREATE [OR ALTER] PROCEDURE | FUNCTION | TRIGGER</c> (and <c>ALTER</c> of them) take the rest of their batch
        /// as the body, semicolons included (T-SQL: such a statement must be alone in its batch).
        /// </summary>
        public bool RoutineBodiesRunToBatchEnd { get; private set; }

        /// <summary>
        /// <c>COPY ... FROM STDIN;</c> is followed by data lines up to a line holding only <c>\.</c>, read by the
        /// client and never lexed as SQL (psql, pg_dump output).
        /// </summary>
        public bool SupportsCopyFromStdinData { get; private set; }

        /// <summary>
        /// A statement that is just <c>BEGIN</c> (or <c>BEGIN WORK</c>) starts a transaction (PostgreSQL, MySQL), and <c>END</c>
        /// commits it (PostgreSQL); otherwise a bare <c>BEGIN</c> opens a block (PL/SQL, T-SQL) and <c>END</c> closes one.
        /// </summary>
        public bool BeginStartsTransaction { get; private set; }

        // ---- Table definitions ----

        /// <summary>
        /// Index definitions inside CREATE TABLE and ALTER TABLE ADD: <c>KEY idx (c)</c>, <c>INDEX idx (c)</c>,
        /// <c>UNIQUE KEY</c>, <c>FULLTEXT KEY</c> (MySQL), <c>INDEX ix NONCLUSTERED (c)</c> (SQL Server). Elsewhere
        /// <c>key</c> and <c>index</c> are ordinary column names.
        /// </summary>
        public bool SupportsInlineIndexDefinitions { get; private set; }

        /// <summary>
        /// <c>ALTER TABLE t DROP name</c> without COLUMN or CONSTRAINT drops a constraint (SQL Server); elsewhere it drops a column.
        /// </summary>
        public bool AlterTableDropDefaultsToConstraint { get; private set; }

        private static readonly IReadOnlyDictionary<string, ClientCommandLexing> EmptyCommands =
            new Dictionary<string, ClientCommandLexing>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Oracle Database with SQL*Plus or SQLcl as the client.</summary>
        public static SqlDialect Oracle { get; } = new SqlDialect("oracle")
        {
            FoldsUnquotedNamesTo = NameFolding.Upper,
            SupportsDoubleQuotedIdentifiers = true,
            AllowsDollarInIdentifiers = true,
            AllowsHashInIdentifiers = true,
            SupportsNationalStrings = true,
            SupportsAlternativeQuoting = true,
            SupportsOptimizerHints = true,
            SupportsSubstitutionVariables = true,
            SupportsColonParameters = true,
            UsesSlashLineTerminator = true,
            SupportsAtScriptCommands = true,
            SupportsPlSqlBlocks = true,
            ClientCommands = SqlPlusCommands.Create(),
            ClientCommandPrefixes = new[] { "$", "!" },
            ClientCommandPrefixScope = ClientCommandPrefixScope.StatementStart,
            SupportsHyphenLineContinuation = true,
        };

        /// <summary>PostgreSQL with psql as the client.</summary>
        public static SqlDialect PostgreSql { get; } = new SqlDialect("postgresql")
        {
            FoldsUnquotedNamesTo = NameFolding.Lower,
            SupportsDoubleQuotedIdentifiers = true,
            AllowsDollarInIdentifiers = true,
            SupportsDollarQuotedStrings = true,
            SupportsEscapeStrings = true,
            SupportsUnicodeEscapeStrings = true,
            SupportsHexAndBitStrings = true,
            SupportsNestedBlockComments = true,
            SupportsColonParameters = false,
            SupportsDollarParameters = true,
            SupportsDoubleColonCast = true,
            SupportsBeginAtomicBodies = true,
            BeginStartsTransaction = true,
            ClientCommands = PsqlCommands.Create(),
            ClientCommandPrefixes = new[] { "\\" },
            ClientCommandPrefixScope = ClientCommandPrefixScope.Anywhere,
            IgnoresSemicolonsInsideParentheses = true,
            SupportsCopyFromStdinData = true,
        };

        /// <summary>MySQL with the mysql client.</summary>
        public static SqlDialect MySql { get; } = CreateMySqlFamily("mysql");

        /// <summary>MariaDB with the mariadb client: MySQL's lexical rules.</summary>
        public static SqlDialect MariaDb { get; } = CreateMySqlFamily("mariadb");

        /// <summary>SQL Server with sqlcmd or SSMS as the client.</summary>
        public static SqlDialect SqlServer { get; } = new SqlDialect("sqlserver")
        {
            ComparesNamesIgnoringCase = true,
            SupportsDoubleQuotedIdentifiers = true,
            SupportsBracketIdentifiers = true,
            SupportsHashTempNames = true,
            IndexNamesAreScopedToTables = true,
            SupportsNationalStrings = true,
            SupportsAtVariables = true,
            SupportsScriptingVariables = true,
            BatchSeparator = "GO",
            StatementTerminatorOptional = true,
            SupportsNestedBlockComments = true,
            ClientCommands = SqlCmdCommands.Create(),
            ClientCommandPrefixes = new[] { ":", "!!" },
            ClientCommandPrefixScope = ClientCommandPrefixScope.LineStart,
            RoutineBodiesRunToBatchEnd = true,
            SupportsInlineIndexDefinitions = true,
            AlterTableDropDefaultsToConstraint = true,
        };

        /// <summary>Every dialect SchemaGuard knows.</summary>
        public static IReadOnlyList<SqlDialect> All { get; } = new[] { Oracle, PostgreSql, MySql, MariaDb, SqlServer };

        /// <summary>Finds a dialect by the name users write (case-insensitive; a few common aliases are accepted).</summary>
        public static bool TryFromName(string? name, out SqlDialect dialect)
        {
            switch ((name ?? string.Empty).Trim().ToLowerInvariant())
            {
                case "oracle": case "plsql": dialect = Oracle; return true;
                case "postgresql": case "postgres": case "pg": case "npgsql": dialect = PostgreSql; return true;
                case "mysql": dialect = MySql; return true;
                case "mariadb": dialect = MariaDb; return true;
                case "sqlserver": case "mssql": case "tsql": case "sql-server": dialect = SqlServer; return true;
                default: dialect = Oracle; return false;
            }
        }

        /// <inheritdoc />
        public override string ToString() => Name;

        private static SqlDialect CreateMySqlFamily(string name) => new SqlDialect(name)
        {
            ComparesNamesIgnoringCase = true,
            IndexNamesAreScopedToTables = true,
            SupportsBacktickIdentifiers = true,
            AllowsDollarInIdentifiers = true,
            BackslashEscapesInStrings = true,
            DoubleQuotedStrings = true,
            DoubleQuotedStringsMayBeNames = true,
            SupportsNationalStrings = true,
            SupportsHexAndBitStrings = true,
            SupportsHashComments = true,
            DashCommentRequiresSpace = true,
            SupportsExecutableComments = true,
            SupportsOptimizerHints = true,
            SupportsAtVariables = true,
            SupportsDelimiterCommand = true,
            BeginStartsTransaction = true,
            ClientCommands = MySqlClientCommands.Create(),
            SupportsInlineIndexDefinitions = true,
        };
    }
}

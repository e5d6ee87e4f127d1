namespace SchemaGuard.Sql.Lexing
{
    /// <summary>The kind of a token.</summary>
    public enum SyntaxKind : ushort
    {
        /// <summary>Not a token.</summary>
        None = 0,

        /// <summary>The end of the text; its leading trivia holds the trailing comments and whitespace.</summary>
        EndOfFile,

        /// <summary>A character the dialect gives no meaning; reported and skipped by the parser.</summary>
        BadToken,

        /// <summary>An unquoted word: a keyword or an identifier. Keywords are not reserved here; the parser decides.</summary>
        Word,

        /// <summary><c>"name"</c>, <c>`name`</c> or <c>[name]</c>.</summary>
        QuotedIdentifier,

        /// <summary>Any string literal; <see cref="TokenFlags"/> say which form.</summary>
        StringLiteral,

        /// <summary>A number: integer, decimal or with an exponent.</summary>
        NumericLiteral,

        /// <summary>A bind parameter or variable: <c>:name</c>, <c>:1</c>, <c>$1</c>, <c>?</c>, <c>@name</c>.</summary>
        Parameter,

        /// <summary>
        /// A variable the client substitutes before sending the text: SQL*Plus <c>&amp;name</c> or <c>&amp;&amp;name</c> (including a
        /// trailing <c>.</c> that ends the name), sqlcmd <c>$(name)</c>.
        /// </summary>
        SubstitutionVariable,

        /// <summary>
        /// The free text of a client command line after its command word, such as a PROMPT message; with a SQL*Plus
        /// hyphen continuation it spans the continued lines.
        /// </summary>
        ClientCommandText,

        /// <summary>
        /// Data lines the client sends as they are, never SQL: the rows after psql's <c>COPY ... FROM stdin;</c>, up to
        /// and including the <c>\.</c> line. It belongs to no statement.
        /// </summary>
        InlineData,

        /// <summary>A statement delimiter set with the client's <c>DELIMITER</c> command (<c>$$</c>, <c>//</c>).</summary>
        CustomDelimiter,

        /// <summary><c>(</c></summary>
        OpenParen,

        /// <summary><c>)</c></summary>
        CloseParen,

        /// <summary><c>[</c> (where brackets do not quote identifiers)</summary>
        OpenBracket,

        /// <summary><c>]</c></summary>
        CloseBracket,

        /// <summary><c>{</c></summary>
        OpenBrace,

        /// <summary><c>}</c></summary>
        CloseBrace,

        /// <summary><c>,</c></summary>
        Comma,

        /// <summary><c>;</c></summary>
        Semicolon,

        /// <summary><c>.</c></summary>
        Dot,

        /// <summary><c>..</c> (PL/SQL ranges)</summary>
        DotDot,

        /// <summary><c>+</c></summary>
        Plus,

        /// <summary><c>-</c></summary>
        Minus,

        /// <summary><c>*</c></summary>
        Asterisk,

        /// <summary><c>/</c></summary>
        Slash,

        /// <summary><c>%</c></summary>
        Percent,

        /// <summary><c>=</c></summary>
        Equals,

        /// <summary><c>&lt;&gt;</c>, <c>!=</c>, <c>^=</c> or <c>~=</c></summary>
        NotEquals,

        /// <summary><c>&lt;</c></summary>
        LessThan,

        /// <summary><c>&lt;=</c></summary>
        LessOrEqual,

        /// <summary><c>&gt;</c></summary>
        GreaterThan,

        /// <summary><c>&gt;=</c></summary>
        GreaterOrEqual,

        /// <summary><c>||</c></summary>
        Concat,

        /// <summary><c>:</c></summary>
        Colon,

        /// <summary><c>::</c></summary>
        DoubleColon,

        /// <summary><c>:=</c></summary>
        Assign,

        /// <summary><c>=&gt;</c></summary>
        Arrow,

        /// <summary>Any other operator (<c>@&gt;</c>, <c>-&gt;&gt;</c>, <c>&amp;</c>, <c>|</c>, <c>^</c>, <c>~</c>, <c>!</c>, <c>&lt;&lt;</c>, ...).</summary>
        Operator,
    }
}

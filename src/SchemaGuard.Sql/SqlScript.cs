using System.Collections.Generic;
using SchemaGuard.Sql.Diagnostics;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Parsing;
using SchemaGuard.Sql.Splitting;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql
{
    /// <summary>
    /// A parsed script: its text, tokens, the statements in order and every diagnostic met on the way.
    /// The entry point of the front end: <see cref="Parse(SourceText, SqlDialect)"/>.
    /// </summary>
    public sealed class SqlScript
    {
        private SqlScript(SourceText source, SqlDialect dialect, TokenList tokens, IReadOnlyList<Statement> statements, IReadOnlyList<SqlDiagnostic> diagnostics)
        {
            Source = source;
            Dialect = dialect;
            Tokens = tokens;
            Statements = statements;
            Diagnostics = diagnostics;
        }

        /// <summary>The text.</summary>
        public SourceText Source { get; }

        /// <summary>The dialect it was read as.</summary>
        public SqlDialect Dialect { get; }

        /// <summary>All tokens with their trivia.</summary>
        public TokenList Tokens { get; }

        /// <summary>The statements in text order.</summary>
        public IReadOnlyList<Statement> Statements { get; }

        /// <summary>Lexical, encoding and syntax diagnostics, in the order they were found.</summary>
        public IReadOnlyList<SqlDiagnostic> Diagnostics { get; }

        /// <summary>Parses decoded text. Never throws for any content.</summary>
        public static SqlScript Parse(SourceText source, SqlDialect dialect) => Parse(source, dialect, new DiagnosticBag());

        /// <summary>Parses decoded text, adding to diagnostics already met (for example while decoding the file).</summary>
        public static SqlScript Parse(SourceText source, SqlDialect dialect, DiagnosticBag diagnostics)
        {
            var (tokens, ranges) = new ScriptSplitter(source, dialect, diagnostics).Split();
            var statements = new Parser(tokens, dialect, diagnostics).ParseRanges(ranges);
            return new SqlScript(source, dialect, tokens, statements, diagnostics);
        }

        /// <summary>Parses a string (a script given in code, or SQL taken from a C# literal).</summary>
        public static SqlScript Parse(string text, SqlDialect dialect, string path = "") => Parse(new SourceText(text, path), dialect);

        /// <summary>Decodes file bytes (see <see cref="SourceText.FromBytes"/>) and parses them.</summary>
        public static SqlScript ParseFile(byte[] bytes, string path, SqlDialect dialect)
        {
            var diagnostics = new DiagnosticBag();
            var source = SourceText.FromBytes(bytes, path, diagnostics);
            return Parse(source, dialect, diagnostics);
        }
    }
}

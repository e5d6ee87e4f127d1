using System;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Schema
{
    /// <summary>
    /// Where a schema fact was declared: the file, the exact span of the clause and its 1-based line, so a rule can say
    /// "declared at V3__orders.sql:12". Facts read from a schema snapshot (a DDL dump seeding the catalog) are marked as such.
    /// </summary>
    public sealed class SchemaSource : IEquatable<SchemaSource>
    {
        /// <summary>Creates a source location.</summary>
        /// <param name="filePath">The file as the user named it (relative or absolute).</param>
        /// <param name="span">The span of the statement or clause.</param>
        /// <param name="line">The 1-based line of the span's start.</param>
        /// <param name="isSnapshot">Whether the file is a schema snapshot rather than a migration.</param>
        public SchemaSource(string filePath, TextSpan span, int line, bool isSnapshot = false)
        {
            FilePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
            Span = span;
            Line = line;
            IsSnapshot = isSnapshot;
        }

        /// <summary>Creates a source location for a span of a parsed file, computing its line.</summary>
        public static SchemaSource FromText(SourceText text, TextSpan span, bool isSnapshot = false)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            return new SchemaSource(text.Path, span, text.GetPosition(span.Start).Line, isSnapshot);
        }

        /// <summary>The file path.</summary>
        public string FilePath { get; }

        /// <summary>The span of the declaring statement or clause.</summary>
        public TextSpan Span { get; }

        /// <summary>The 1-based line where the span starts.</summary>
        public int Line { get; }

        /// <summary>Whether the fact comes from a schema snapshot (it existed before the replayed migrations).</summary>
        public bool IsSnapshot { get; }

        /// <summary>The file name without its folders, for messages.</summary>
        public string FileName
        {
            get
            {
                int slash = Math.Max(FilePath.LastIndexOf('/'), FilePath.LastIndexOf('\\'));
                return slash < 0 ? FilePath : FilePath.Substring(slash + 1);
            }
        }

        /// <summary>The same file with another span (a clause inside the statement).</summary>
        public SchemaSource WithSpan(TextSpan span, int line) => new SchemaSource(FilePath, span, line, IsSnapshot);

        /// <summary>Whether this location is in <paramref name="filePath"/> (separators <c>/</c> and <c>\</c> are the same).</summary>
        public bool IsInFile(string filePath) => filePath != null && SamePath(FilePath, filePath);

        internal static bool SamePath(string a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                char x = a[i] == '\\' ? '/' : a[i];
                char y = b[i] == '\\' ? '/' : b[i];
                if (x != y) return false;
            }
            return true;
        }

        /// <inheritdoc />
        public bool Equals(SchemaSource? other) =>
            other != null && other.Span == Span && other.Line == Line && other.IsSnapshot == IsSnapshot && SamePath(FilePath, other.FilePath);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as SchemaSource);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Span.GetHashCode() * 397) ^ Line);

        /// <summary><c>file.sql:12</c>, the form messages use.</summary>
        public override string ToString() => FileName + ":" + Line;
    }
}

using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Folds identifiers the way the dialect's engine stores and compares them.</summary>
    internal static class NameNormalizer
    {
        internal static string Normalize(string text, bool quoted, SqlDialect dialect)
        {
            if (dialect.ComparesNamesIgnoringCase) return text.ToLowerInvariant();
            if (quoted) return text;
            switch (dialect.FoldsUnquotedNamesTo)
            {
                case NameFolding.Upper: return text.ToUpperInvariant();
                case NameFolding.Lower: return text.ToLowerInvariant();
                default: return text;
            }
        }
    }
}

using System;
using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema
{
    /// <summary>
    /// How names appear in the catalog's display names, messages and generated statements: as written, but without quotes
    /// that change nothing (PostgreSQL <c>"orders"</c> is <c>orders</c>, Oracle <c>"ORDERS"</c> is <c>ORDERS</c>), and with
    /// the dialect's own quotes where they matter (<c>"Orders"</c>, <c>`order`</c>, <c>[Order Lines]</c>), so that a name
    /// pasted from an alternative means the same object.
    /// </summary>
    public static class DisplayNames
    {
        /// <summary>The dotted name for display.</summary>
        public static string Of(ObjectName name, SqlDialect? dialect)
        {
            if (name == null) throw new ArgumentNullException(nameof(name));
            return string.Join(".", name.Parts.Select(p => Of(p, dialect)));
        }

        /// <summary>One name part for display.</summary>
        public static string Of(Identifier identifier, SqlDialect? dialect)
        {
            if (identifier == null) throw new ArgumentNullException(nameof(identifier));
            if (!identifier.IsQuoted) return identifier.Text;
            if (dialect == null) return "\"" + identifier.Text + "\"";
            if (IsPlain(identifier.Text) && string.Equals(Fold(identifier.Text, dialect), identifier.Normalized, StringComparison.Ordinal)) return identifier.Text;
            if (dialect.SupportsBracketIdentifiers) return "[" + identifier.Text.Replace("]", "]]") + "]";
            if (dialect.SupportsBacktickIdentifiers) return "`" + identifier.Text.Replace("`", "``") + "`";
            return "\"" + identifier.Text.Replace("\"", "\"\"") + "\"";
        }

        private static string Fold(string text, SqlDialect dialect)
        {
            if (dialect.ComparesNamesIgnoringCase) return text.ToLowerInvariant();
            switch (dialect.FoldsUnquotedNamesTo)
            {
                case NameFolding.Upper: return text.ToUpperInvariant();
                case NameFolding.Lower: return text.ToLowerInvariant();
                default: return text;
            }
        }

        /// <summary>Whether the text reads the same unquoted: a letter or underscore, then letters, digits, <c>_</c> and <c>$</c>.</summary>
        private static bool IsPlain(string text)
        {
            if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_')) return false;
            foreach (char c in text)
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '$')) return false;
            return true;
        }
    }
}

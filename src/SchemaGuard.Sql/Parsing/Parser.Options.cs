using System.Text;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>Helpers that build the small shared nodes: option keywords and logging clauses.</summary>
    internal sealed partial class Parser
    {
        /// <summary>Consumes the keyword sequence if it is next and returns it as an <see cref="OptionClause"/>; otherwise null.</summary>
        private OptionClause? TryParseOption(params string[] keywords)
        {
            for (int i = 0; i < keywords.Length; i++)
            {
                if (!IsWord(keywords[i], i)) return null;
            }

            int start = _pos;
            _pos += keywords.Length;
            return new OptionClause(SpanFrom(start), keywords.Length == 1 ? keywords[0].ToUpperInvariant() : JoinUpper(keywords));
        }

        /// <summary>Consumes LOGGING, NOLOGGING, UNRECOVERABLE or FILESYSTEM_LIKE_LOGGING if next.</summary>
        private LoggingClause? TryParseLogging()
        {
            LoggingMode mode;
            if (IsWord("LOGGING")) mode = LoggingMode.Logging;
            else if (IsWord("NOLOGGING")) mode = LoggingMode.NoLogging;
            else if (IsWord("UNRECOVERABLE")) mode = LoggingMode.Unrecoverable;
            else if (IsWord("FILESYSTEM_LIKE_LOGGING")) mode = LoggingMode.FilesystemLikeLogging;
            else return null;
            var span = CurrentSpan;
            _pos++;
            return new LoggingClause(span, mode);
        }

        private static string JoinUpper(string[] words)
        {
            var sb = new StringBuilder();
            foreach (var w in words)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(w.ToUpperInvariant());
            }

            return sb.ToString();
        }
    }
}

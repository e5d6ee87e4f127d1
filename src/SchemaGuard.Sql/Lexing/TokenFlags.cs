using System;

namespace SchemaGuard.Sql.Lexing
{
    /// <summary>Extra facts about a token, mostly which literal form it has.</summary>
    [Flags]
    public enum TokenFlags : ushort
    {
        /// <summary>Nothing special.</summary>
        None = 0,

        /// <summary>The string, quoted identifier or comment before it was never closed.</summary>
        Unterminated = 1 << 0,

        /// <summary><c>N'...'</c> (or <c>nq'...'</c>).</summary>
        National = 1 << 1,

        /// <summary>Oracle <c>q'[...]'</c>.</summary>
        AlternativeQuoted = 1 << 2,

        /// <summary>PostgreSQL <c>E'...'</c>.</summary>
        EscapeString = 1 << 3,

        /// <summary>PostgreSQL <c>U&amp;'...'</c> or <c>U&amp;"..."</c>.</summary>
        UnicodeEscape = 1 << 4,

        /// <summary>PostgreSQL <c>$tag$...$tag$</c>.</summary>
        DollarQuoted = 1 << 5,

        /// <summary><c>X'..'</c> or <c>0x..</c>.</summary>
        Hex = 1 << 6,

        /// <summary><c>B'..'</c> or <c>0b..</c>.</summary>
        Bit = 1 << 7,

        /// <summary>The token is the first non-trivia on its line.</summary>
        FirstOnLine = 1 << 8,

        /// <summary>The token lies inside a MySQL executable comment <c>/*! ... */</c>.</summary>
        InsideExecutableComment = 1 << 9,

        /// <summary>A <c>"..."</c> string in a dialect where double quotes make strings.</summary>
        DoubleQuotedString = 1 << 10,
    }
}

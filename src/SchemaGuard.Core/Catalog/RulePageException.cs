using System;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>A malformed rule page, located by file and line.</summary>
    public sealed class RulePageException : Exception
    {
        /// <summary>Creates the error.</summary>
        public RulePageException(string fileName, int line, string reason)
            : base(fileName + "(" + line + "): " + reason)
        {
            FileName = fileName;
            Line = line;
            Reason = reason;
        }

        /// <summary>The page's file name.</summary>
        public string FileName { get; }

        /// <summary>The 1-based page line.</summary>
        public int Line { get; }

        /// <summary>What is wrong, without the location.</summary>
        public string Reason { get; }
    }
}

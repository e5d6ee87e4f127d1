using System;

namespace SchemaGuard.Core.Settings
{
    /// <summary>The product edition, where it changes what is possible (online operations need Enterprise Edition in Oracle and SQL Server).</summary>
    public enum Edition
    {
        /// <summary>Not configured: rules assume the feature may be available and say when it needs Enterprise Edition.</summary>
        Unspecified,

        /// <summary>Standard Edition (and the other non-Enterprise editions).</summary>
        Standard,

        /// <summary>Enterprise Edition (SQL Server Developer Edition behaves the same).</summary>
        Enterprise,
    }

    /// <summary>The words users write for editions.</summary>
    public static class EditionNames
    {
        /// <summary>Reads <c>standard</c> or <c>enterprise</c>, ignoring case.</summary>
        public static bool TryParse(string? text, out Edition edition)
        {
            switch ((text ?? string.Empty).Trim().ToLowerInvariant())
            {
                case "standard": edition = Edition.Standard; return true;
                case "enterprise": edition = Edition.Enterprise; return true;
                default: edition = Edition.Unspecified; return false;
            }
        }

        /// <summary>The word for an edition.</summary>
        public static string ToName(Edition edition)
        {
            switch (edition)
            {
                case Edition.Standard: return "standard";
                case Edition.Enterprise: return "enterprise";
                case Edition.Unspecified: return "unspecified";
                default: throw new ArgumentOutOfRangeException(nameof(edition));
            }
        }
    }
}

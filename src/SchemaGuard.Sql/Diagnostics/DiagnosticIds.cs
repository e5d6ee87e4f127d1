namespace SchemaGuard.Sql.Diagnostics
{
    /// <summary>
    /// Ids of the diagnostics the SQL front end reports. They live in SchemaGuard's own SG9xxx range so that
    /// the rule engine, the CLI and the analyzers report them unchanged.
    /// </summary>
    public static class DiagnosticIds
    {
        /// <summary>A statement, or a part of one, the parser could not read.</summary>
        public const string UnreadableStatement = "SG9001";

        /// <summary>A string, quoted identifier or comment that is never closed.</summary>
        public const string UnterminatedToken = "SG9004";

        /// <summary>A file that is not valid UTF-8.</summary>
        public const string InvalidEncoding = "SG9005";

        /// <summary>A file that looks binary.</summary>
        public const string BinaryContent = "SG9006";

        /// <summary>Nesting deeper than the parser's limit; the nested part was skipped.</summary>
        public const string NestingTooDeep = "SG9007";
    }
}

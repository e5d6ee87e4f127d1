namespace SchemaGuard.Cli
{
    /// <summary>The exit codes of every schemaguard command.</summary>
    public static class ExitCodes
    {
        /// <summary>Done; nothing to report at or above the failing level.</summary>
        public const int Success = 0;

        /// <summary>Findings or syntax diagnostics were reported.</summary>
        public const int Findings = 1;

        /// <summary>Bad usage: unknown option or value, missing file, bad settings. The message says what.</summary>
        public const int BadUsage = 2;

        /// <summary>SchemaGuard itself failed; run again with --verbose for the stack trace.</summary>
        public const int InternalError = 3;
    }
}

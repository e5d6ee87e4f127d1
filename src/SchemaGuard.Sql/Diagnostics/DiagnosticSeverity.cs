namespace SchemaGuard.Sql.Diagnostics
{
    /// <summary>How serious a front-end diagnostic is.</summary>
    public enum DiagnosticSeverity
    {
        /// <summary>Informational.</summary>
        Info,

        /// <summary>Something was read with a guess or skipped; linting went on.</summary>
        Warning,

        /// <summary>Input that could not be read at all.</summary>
        Error,
    }
}

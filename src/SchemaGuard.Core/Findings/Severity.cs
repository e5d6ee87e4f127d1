namespace SchemaGuard.Core.Findings
{
    /// <summary>
    /// How serious a finding is. Ordered, so <c>severity &gt;= Severity.Warning</c> reads naturally (the CLI's
    /// <c>--fail-on</c>). <see cref="None"/> switches a rule off; no finding ever carries it.
    /// </summary>
    public enum Severity
    {
        /// <summary>The rule is off (<c>dotnet_diagnostic.SG1001.severity = none</c>).</summary>
        None = 0,

        /// <summary>Reported but not shown by default (<c>silent</c>).</summary>
        Hidden = 1,

        /// <summary>A suggestion (<c>suggestion</c>; <c>info</c> on rule pages).</summary>
        Info = 2,

        /// <summary>A warning.</summary>
        Warning = 3,

        /// <summary>An error.</summary>
        Error = 4,
    }
}

namespace SchemaGuard.Core.Findings
{
    /// <summary>How a finding was suppressed.</summary>
    public enum SuppressionKind
    {
        /// <summary>By a <c>schemaguard-disable...</c> comment in the SQL (SARIF <c>inSource</c>).</summary>
        Inline,

        /// <summary>By an entry of the baseline file (SARIF <c>external</c>).</summary>
        Baseline,
    }

    /// <summary>Why a finding is not counted: kept so reports can still show it as suppressed.</summary>
    public sealed class SuppressionInfo
    {
        /// <summary>Creates the record of a suppression.</summary>
        public SuppressionInfo(SuppressionKind kind, string? justification)
        {
            Kind = kind;
            Justification = string.IsNullOrWhiteSpace(justification) ? null : justification!.Trim();
        }

        /// <summary>Inline comment or baseline.</summary>
        public SuppressionKind Kind { get; }

        /// <summary>The reason written after <c>--</c> in the suppression comment, if any.</summary>
        public string? Justification { get; }

        /// <inheritdoc />
        public override string ToString() => Justification == null ? Kind.ToString() : Kind + ": " + Justification;
    }
}

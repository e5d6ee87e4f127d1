using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Diagnostics
{
    /// <summary>A problem the front end met while reading a script, located by span.</summary>
    public sealed class SqlDiagnostic
    {
        /// <summary>Creates a diagnostic.</summary>
        public SqlDiagnostic(string id, DiagnosticSeverity severity, string message, TextSpan span)
        {
            Id = id;
            Severity = severity;
            Message = message;
            Span = span;
        }

        /// <summary>The SG9xxx id, see <see cref="DiagnosticIds"/>.</summary>
        public string Id { get; }

        /// <summary>Severity.</summary>
        public DiagnosticSeverity Severity { get; }

        /// <summary>What went wrong, in words a user can act on.</summary>
        public string Message { get; }

        /// <summary>Where.</summary>
        public TextSpan Span { get; }

        /// <inheritdoc />
        public override string ToString() => Id + " " + Span + ": " + Message;
    }
}

using System.Collections;
using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Diagnostics
{
    /// <summary>Collects diagnostics while a script is read.</summary>
    public sealed class DiagnosticBag : IReadOnlyList<SqlDiagnostic>
    {
        private readonly List<SqlDiagnostic> _items = new List<SqlDiagnostic>();

        /// <inheritdoc />
        public int Count => _items.Count;

        /// <inheritdoc />
        public SqlDiagnostic this[int index] => _items[index];

        /// <summary>Adds a diagnostic.</summary>
        public void Add(SqlDiagnostic diagnostic) => _items.Add(diagnostic);

        /// <summary>Adds a diagnostic built from its parts.</summary>
        public void Add(string id, DiagnosticSeverity severity, string message, TextSpan span) =>
            _items.Add(new SqlDiagnostic(id, severity, message, span));

        /// <inheritdoc />
        public IEnumerator<SqlDiagnostic> GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

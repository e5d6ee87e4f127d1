using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.IndexUsage;
using SchemaGuard.Sql;

namespace SchemaGuard.Core.Engine
{
    /// <summary>
    /// Everything one lint run reads: the migration files in the order the migration tool applies them, and optionally a
    /// schema snapshot that existed before them and an index-usage export. One schema catalog is built for the run: the
    /// snapshot first, then each file's statements in order, so each rule sees what the earlier migrations left.
    /// </summary>
    public sealed class LintRequest
    {
        private static readonly IReadOnlyList<SqlScript> NoSnapshot = new SqlScript[0];

        /// <summary>Creates a request.</summary>
        /// <param name="files">The files to lint, in migration order (see <see cref="Migrations.MigrationOrder"/>); each with its own settings.</param>
        /// <param name="snapshot">
        /// DDL dumps of the schema as it was before the first file (for example from DBMS_METADATA, pg_dump --schema-only,
        /// mysqldump --no-data); replayed first, in order, and never linted. Objects they declare are marked
        /// <see cref="Schema.SchemaSource.IsSnapshot"/>.
        /// </param>
        /// <param name="indexUsage">An index-usage export (<see cref="IndexUsageReader"/>), or null.</param>
        /// <param name="defaultSchema">
        /// The normalized schema unqualified names live in (Oracle: the deploying user in upper case, PostgreSQL: <c>public</c>,
        /// SQL Server: <c>dbo</c>), or null when unknown; see <see cref="Schema.SchemaCatalog.DefaultSchema"/>.
        /// </param>
        public LintRequest(IEnumerable<LintFile> files, IEnumerable<SqlScript>? snapshot = null, IndexUsageData? indexUsage = null, string? defaultSchema = null)
        {
            if (files == null) throw new ArgumentNullException(nameof(files));
            Files = files.Where(f => f != null).ToList();
            Snapshot = snapshot?.Where(s => s != null).ToList() ?? NoSnapshot;
            IndexUsage = indexUsage;
            DefaultSchema = string.IsNullOrEmpty(defaultSchema) ? null : defaultSchema;
        }

        /// <summary>The files to lint, in migration order.</summary>
        public IReadOnlyList<LintFile> Files { get; }

        /// <summary>The schema snapshot's scripts, replayed before the files; empty when none.</summary>
        public IReadOnlyList<SqlScript> Snapshot { get; }

        /// <summary>The index-usage export, or null.</summary>
        public IndexUsageData? IndexUsage { get; }

        /// <summary>The normalized default schema, or null.</summary>
        public string? DefaultSchema { get; }
    }
}

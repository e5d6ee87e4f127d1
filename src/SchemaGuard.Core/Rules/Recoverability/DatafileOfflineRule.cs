using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.Recoverability
{
    /// <summary>SG3003: <c>ALTER DATABASE DATAFILE ... OFFLINE [FOR DROP]</c> needs media recovery to come back. See rules/SG3003.md.</summary>
    [Rule("SG3003")]
    public sealed class DatafileOfflineRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.AlterDatabase);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            if (!(context.Statement is AlterDatabaseStatement alter) || !(alter.Datafile is DatafileClause datafile)) return;

            // Temp files hold no data that recovery would need.
            if (datafile.IsTempfile) return;
            if (datafile.Action != DatafileAction.Offline && datafile.Action != DatafileAction.OfflineForDrop) return;

            var files = datafile.Files.Select(f => context.GetText(f)).ToList();
            string named = files.Count == 0 ? "the datafile" : (files.Count == 1 ? "datafile " : "datafiles ") + string.Join(", ", files);
            string message = datafile.Action == DatafileAction.OfflineForDrop
                ? "ALTER DATABASE DATAFILE ... OFFLINE FOR DROP takes " + named + " offline without a checkpoint: in NOARCHIVELOG mode its data is lost for good, " +
                  "and in ARCHIVELOG mode it cannot come back until media recovery has applied every archived log since. Every object with an extent in it is unreadable meanwhile."
                : "ALTER DATABASE DATAFILE ... OFFLINE takes " + named + " offline without a checkpoint: it cannot come back ONLINE until RECOVER DATAFILE has applied " +
                  "all the redo generated since, which needs every archived log from this moment. Every object with an extent in it is unreadable meanwhile.";
            context.Report(datafile.ActionClause, message, Alternative(context, files));
        }

        private static string Alternative(RuleContext context, IReadOnlyList<string> files)
        {
            string file = files.Count > 0 ? files[0] : "'<file>'";
            bool byNumber = file.Length > 0 && char.IsDigit(file[0]);
            string lookup = byNumber
                ? "SELECT tablespace_name FROM dba_data_files WHERE file_id = " + file + ";"
                : "SELECT tablespace_name FROM dba_data_files WHERE file_name = " + file + ";";
            string alternative =
                "Take the file's whole tablespace offline cleanly, which checkpoints it so it comes back without recovery:\n" +
                lookup + "  -- finds <tablespace_of_the_file>\n" +
                "ALTER TABLESPACE <tablespace_of_the_file> OFFLINE NORMAL;\n" +
                "-- maintenance\n" +
                "ALTER TABLESPACE <tablespace_of_the_file> ONLINE;";
            var version = context.TargetVersion;
            if (version == null || version.IsAtLeast("12.1"))
            {
                alternative += "\nTo move or rename the file, keep it online" + (version == null ? " (12c and later)" : string.Empty) +
                    ": ALTER DATABASE MOVE DATAFILE " + file + " TO '<new path>';";
            }

            return alternative;
        }
    }
}

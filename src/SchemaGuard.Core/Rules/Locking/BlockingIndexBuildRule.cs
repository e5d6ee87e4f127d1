using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Core.Settings;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Rules.Locking
{
    /// <summary>
    /// SG2001: an index build or rebuild that blocks writes. The alternative and the fix are the user's statement in its
    /// online form. See rules/SG2001.md.
    /// </summary>
    [Rule("SG2001")]
    public sealed class BlockingIndexBuildRule : SqlRule
    {
        private const string MaintenanceWindow = "run it in a maintenance window, when nothing writes to ";

        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } =
            KindsOf(StatementKind.CreateIndex, StatementKind.AlterIndex, StatementKind.AlterTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            // Without a clause the parser could not read, the absence of ONLINE proves nothing.
            if (context.Statement.IsPartial) return;
            switch (context.Statement)
            {
                case CreateIndexStatement create when !TableCreatedEarlier(context, create.Table):
                    AnalyzeCreate(context, create);
                    break;
                case AlterIndexStatement alter when alter.Action == AlterIndexAction.Rebuild && !IndexOnNewTable(context, alter):
                    AnalyzeRebuild(context, alter);
                    break;
                case AlterTableStatement table when IsMySqlFamily(context.Dialect) && !TableCreatedEarlier(context, table.Name):
                    AnalyzeMySqlAlterTable(context, table);
                    break;
            }
        }

        private static void AnalyzeCreate(RuleContext context, CreateIndexStatement create)
        {
            var dialect = context.Dialect;
            if (dialect == SqlDialect.Oracle) CreateOracle(context, create);
            else if (dialect == SqlDialect.PostgreSql) CreatePostgreSql(context, create);
            else if (dialect == SqlDialect.SqlServer) CreateSqlServer(context, create);
            else if (IsMySqlFamily(dialect)) CreateMySql(context, create);
        }

        private static void CreateOracle(RuleContext context, CreateIndexStatement create)
        {
            // An UNUSABLE index is only defined, not built; a cluster index must exist before the cluster holds rows; a
            // domain index (INDEXTYPE IS ..., such as Oracle Text) is built by its indextype and takes no index attributes.
            if (create.Online != null || create.Unusable != null || create.Cluster != null || create.IndexType != null) return;
            string what = Describe(context, create);
            string table = context.GetText(create.Table);
            string message = what + " without ONLINE locks " + table + " against INSERT, UPDATE and DELETE until the index is built.";
            if (create.JoinTables.Count > 0)
            {
                context.Report(Head(create), message + " A bitmap join index cannot be built online.",
                    "Build it in a maintenance window, when nothing writes to " + table + " or the tables it joins.");
                return;
            }

            var fix = new[] { new TextEdit(new TextSpan(create.Span.End, 0), " ONLINE") };
            ReportWithEdition(context, Head(create), message, "Oracle", RuleText.RewriteStatement(context, create, fix), fix, table);
        }

        private static void CreatePostgreSql(RuleContext context, CreateIndexStatement create)
        {
            // CREATE INDEX ... ON ONLY parent only defines an invalid index on a partitioned parent: quick, and CONCURRENTLY is not allowed.
            if (create.Concurrently != null || create.Only != null) return;

            string table = context.GetText(create.Table);
            string message = Describe(context, create) + " without CONCURRENTLY takes a SHARE lock on " + table +
                ": every INSERT, UPDATE and DELETE on it waits until the index is built.";
            var fix = new[] { new TextEdit(new TextSpan(create.IndexKeywordSpan.End, 0), " CONCURRENTLY") };
            string alternative = RuleText.RewriteStatement(context, create, fix) +
                "\n-- CREATE INDEX CONCURRENTLY cannot run inside a transaction block: run it on its own, and switch off the migration tool's" +
                " per-file transaction for this migration. If it fails it leaves an INVALID index: drop it (DROP INDEX CONCURRENTLY) and run it again." +
                "\n-- On a partitioned table, build it CONCURRENTLY on each partition, then CREATE INDEX ... ON ONLY the parent and ALTER INDEX ... ATTACH PARTITION each one.";
            var transaction = OpenTransactionBefore(context, create.Span.Start);
            if (transaction != null)
            {
                int line = RuleText.LineOf(context, transaction.Span.Start);
                context.Report(Head(create), message + " This file opens a transaction at line " + line +
                    " that is still open here; CONCURRENTLY cannot run inside it.",
                    "Move the statement out of the transaction that begins at line " + line + " and add CONCURRENTLY: " + alternative);
                return;
            }

            context.Report(Head(create), message, alternative, fix);
        }

        private static void CreateSqlServer(RuleContext context, CreateIndexStatement create)
        {
            var online = FindOnline(create.WithOptions);
            if (online != null && online.ValueIs("ON")) return;
            string table = context.GetText(create.Table);
            string lockWord = create.Clustered != null ? "blocks reads and writes on " : "blocks writes to ";
            string message = Describe(context, create) + (online != null ? " WITH (ONLINE = OFF)" : " without ONLINE = ON") +
                " builds offline: it " + lockWord + table + " until the index is built.";
            if (create.IndexKind != null)
            {
                context.Report(Head(create), message + " A " + create.IndexKind.Keyword + " index cannot be built online.",
                    "Build it in a maintenance window, when nothing writes to " + table + ".");
                return;
            }

            var fix = SqlServerOnlineEdits(create.WithOptions, create.WithOpenParenSpan != null, online, InsertionPointForWith(context, create));
            string note = create.Columnstore != null ? "\n-- Columnstore indexes build online from SQL Server 2017 (nonclustered) and 2019 (clustered)." : string.Empty;
            ReportWithEdition(context, Head(create), message, "SQL Server", fix == null ? null : RuleText.RewriteStatement(context, create, fix) + note, fix, table);
        }

        private static void CreateMySql(RuleContext context, CreateIndexStatement create)
        {
            var forcing = ForcingOption(create.Algorithm, create.Lock);
            if (forcing == null) return;
            bool lockNoneImpossible = create.IndexKind != null;
            ReportMySql(context, create, forcing, Describe(context, create), context.GetText(create.Table), create.Algorithm, create.Lock, lockNoneImpossible);
        }

        private static void AnalyzeMySqlAlterTable(RuleContext context, AlterTableStatement table)
        {
            var added = table.Actions.Where(a => a is AddIndexAction || (a is AddConstraintAction c && c.Constraint.Kind == ConstraintKind.Unique)).ToList();
            if (added.Count == 0) return;
            var algorithm = table.FindOption("ALGORITHM");
            var lockOption = table.FindOption("LOCK");
            var forcing = ForcingOption(algorithm, lockOption);
            if (forcing == null) return;
            bool lockNoneImpossible = added.OfType<AddIndexAction>().Any(a => a.Category != "INDEX");
            string what = "ALTER TABLE " + context.GetText(table.Name) + " ADD " + string.Join(", ", added.Select(a => IndexName(a)));
            ReportMySql(context, table, forcing, what, context.GetText(table.Name), algorithm, lockOption, lockNoneImpossible);
        }

        private static void ReportMySql(
            RuleContext context, Statement statement, OptionSetting forcing, string what, string table, OptionSetting? algorithm, OptionSetting? lockOption, bool lockNoneImpossible)
        {
            string effect = forcing.ValueIs("COPY")
                ? "copies " + table + " row by row and blocks writes to it for the whole copy"
                : forcing.ValueIs("EXCLUSIVE") ? "blocks reads and writes on " + table + " until the index is built" : "blocks writes to " + table + " until the index is built";
            string message = what + " with " + context.GetText(forcing) + " " + effect + ".";
            if (lockNoneImpossible)
            {
                context.Report(forcing, message + " FULLTEXT and SPATIAL indexes cannot be built with LOCK=NONE.",
                    "Use an online schema-change tool (pt-online-schema-change, gh-ost), or " + MaintenanceWindow + table + ".");
                return;
            }

            var edits = new List<TextEdit>();
            if (algorithm != null && algorithm.ValueIs("COPY")) edits.Add(new TextEdit(algorithm.ValueSpan, "INPLACE"));
            if (lockOption != null && !lockOption.ValueIs("NONE") && !lockOption.ValueIs("DEFAULT")) edits.Add(new TextEdit(lockOption.ValueSpan, "NONE"));

            // An explicit LOCK=NONE makes the server refuse, rather than silently block, should it not manage an online build.
            if (lockOption == null && algorithm != null)
            {
                edits.Add(new TextEdit(new TextSpan(algorithm.Span.End, 0), statement is AlterTableStatement ? ", LOCK=NONE" : " LOCK=NONE"));
            }

            context.Report(forcing, message, "Let InnoDB build the index in place without blocking writes: " + RuleText.RewriteStatement(context, statement, edits));
        }

        private static void AnalyzeRebuild(RuleContext context, AlterIndexStatement alter)
        {
            var at = alter.Rebuild?.Span ?? alter.ActionClause?.Span ?? alter.Span;
            string index = context.GetText(alter.Name);
            if (context.Dialect == SqlDialect.Oracle)
            {
                if (alter.Online != null) return;
                string message = "ALTER INDEX " + index + " REBUILD without ONLINE blocks INSERT, UPDATE and DELETE on the index's table until the rebuild ends.";
                var fix = new[] { new TextEdit(new TextSpan(alter.Span.End, 0), " ONLINE") };
                ReportWithEdition(context, at, message, "Oracle", RuleText.RewriteStatement(context, alter, fix), fix, "the table");
            }
            else if (context.Dialect == SqlDialect.SqlServer)
            {
                var online = FindOnline(alter.WithOptions);
                if (online != null && online.ValueIs("ON")) return;
                string table = alter.Table != null ? context.GetText(alter.Table) : "the table";
                string message = "ALTER INDEX " + index + (alter.Table != null ? " ON " + table : string.Empty) + " REBUILD" +
                    (online != null ? " WITH (ONLINE = OFF)" : " without ONLINE = ON") + " rebuilds offline and blocks writes to " + table + " until it ends.";
                // ALTER INDEX takes its WITH options in parentheses only.
                var fix = SqlServerOnlineEdits(alter.WithOptions, parenthesized: true, online, alter.Span.End);
                ReportWithEdition(context, at, message, "SQL Server", fix == null ? null : RuleText.RewriteStatement(context, alter, fix), fix, table);
            }
        }

        /// <summary>Reports with the online form as alternative and fix, unless the edition has no online index builds.</summary>
        private static void ReportWithEdition(RuleContext context, TextSpan at, string message, string product, string? online, IReadOnlyList<TextEdit>? fix, string table)
        {
            if (context.Edition == Edition.Standard)
            {
                context.Report(at, message + " " + product + " Standard Edition cannot build indexes online.",
                    "Schedule the statement for a maintenance window, when nothing writes to " + table + ".");
                return;
            }

            if (online == null)
            {
                context.Report(at, message, "Write the WITH clause in its parenthesized form and add ONLINE = ON: WITH (ONLINE = ON, ...).");
                return;
            }

            string alternative = context.Edition == Edition.Enterprise
                ? online
                : online + "\n-- Online index builds need " + product + " Enterprise Edition; on other editions, " + MaintenanceWindow + table + ".";
            context.Report(at, message, alternative, fix);
        }

        /// <summary>
        /// The edits that make a SQL Server index statement online: ONLINE = OFF becomes ON; ONLINE = ON joins an existing
        /// WITH (...) list; otherwise WITH (ONLINE = ON) is inserted at <paramref name="insertAt"/>. Null when the WITH
        /// list is the old form without parentheses (not <paramref name="parenthesized"/>), which cannot take ONLINE.
        /// </summary>
        private static IReadOnlyList<TextEdit>? SqlServerOnlineEdits(IReadOnlyList<OptionSetting> options, bool parenthesized, OptionSetting? online, int insertAt)
        {
            if (online != null) return new[] { new TextEdit(online.ValueSpan, "ON") };
            if (options.Count == 0) return new[] { new TextEdit(new TextSpan(insertAt, 0), " WITH (ONLINE = ON)") };
            if (!parenthesized) return null;
            return new[] { new TextEdit(new TextSpan(options[0].Span.Start, 0), "ONLINE = ON, ") };
        }

        /// <summary>
        /// Where WITH (...) goes in a SQL Server CREATE INDEX that has none: before ON filegroup or FILESTREAM_ON (right
        /// after the token before it, so the inserted " WITH (...)" keeps the user's spacing), else at the end.
        /// </summary>
        private static int InsertionPointForWith(RuleContext context, CreateIndexStatement create)
        {
            var script = context.Script;
            if (create.Tablespace != null)
            {
                var on = SourceTokens.WordBefore(script, create.Tablespace.Span.Start, "ON");
                if (on != null) return SourceTokens.EndOfTokenBefore(script, on.Value.Start);
            }

            // The parser skips FILESTREAM_ON and its filegroup: no rule needs them but this insertion point.
            var filestream = SourceTokens.FindWord(script, create.Span, "FILESTREAM_ON");
            return filestream != null ? SourceTokens.EndOfTokenBefore(script, filestream.Value.Start) : create.Span.End;
        }

        private static OptionSetting? FindOnline(IReadOnlyList<OptionSetting> options) =>
            options.FirstOrDefault(o => string.Equals(o.Name, "ONLINE", StringComparison.OrdinalIgnoreCase));

        /// <summary>The option that forces a blocking MySQL build: ALGORITHM=COPY, else LOCK=SHARED or EXCLUSIVE; null when neither.</summary>
        private static OptionSetting? ForcingOption(OptionSetting? algorithm, OptionSetting? lockOption)
        {
            if (algorithm != null && algorithm.ValueIs("COPY")) return algorithm;
            if (lockOption != null && (lockOption.ValueIs("SHARED") || lockOption.ValueIs("EXCLUSIVE"))) return lockOption;
            return null;
        }

        /// <summary>The statement head a finding points at: <c>CREATE [UNIQUE] INDEX name ON table</c>.</summary>
        private static TextSpan Head(CreateIndexStatement create) => TextSpan.FromBounds(create.Span.Start, create.Table.Span.End);

        private static string Describe(RuleContext context, CreateIndexStatement create)
        {
            var kinds = new[] { create.Unique, create.Bitmap, create.Clustered, create.Columnstore, create.IndexKind }.Where(k => k != null).Select(k => k!.Keyword + " ");
            return "CREATE " + string.Concat(kinds) + "INDEX " + (create.Name != null ? context.GetText(create.Name) : "(unnamed)") + " ON " + context.GetText(create.Table);
        }

        private static string IndexName(AlterTableAction action)
        {
            switch (action)
            {
                case AddIndexAction index: return (index.Unique ? "UNIQUE " : index.Category == "INDEX" ? "INDEX " : index.Category + " INDEX ") + (index.Name?.Text ?? "(unnamed)");
                case AddConstraintAction constraint: return "UNIQUE " + (constraint.Constraint.Name?.Text ?? "(unnamed)");
                default: return "INDEX";
            }
        }

        private static bool IsMySqlFamily(SqlDialect dialect) => dialect == SqlDialect.MySql || dialect == SqlDialect.MariaDb;

        /// <summary>
        /// Whether nobody else can be using the table: it was created earlier in this file (at top level, or in the block or
        /// procedure the statement sits in; under another name when renamed since), or it is a SQL Server #temporary table, private to its session.
        /// </summary>
        private static bool TableCreatedEarlier(RuleContext context, ObjectName table)
        {
            if (TableNameMatch.IsSessionLocal(context.Dialect, table)) return true;
            int offset = context.Statement.Span.Start;
            if (TableNameMatch.IsCreatedBefore(context.Script.Statements, table, offset)) return true;

            // A table created in this file and renamed since: the replayed schema keeps where it was created.
            if (context.IsCreatedInFile(table)) return true;
            var enclosing = context.EnclosingStatement;
            return enclosing != null && TableNameMatch.IsCreatedBefore(enclosing.DescendantsAndSelf().OfType<Statement>().ToList(), table, offset);
        }

        /// <summary>Whether the rebuilt index belongs to a table created earlier in this file (SQL Server names it; Oracle through its CREATE INDEX).</summary>
        private static bool IndexOnNewTable(RuleContext context, AlterIndexStatement alter)
        {
            if (alter.Table != null) return TableCreatedEarlier(context, alter.Table);
            foreach (var statement in context.Script.Statements)
            {
                if (statement.Span.Start >= alter.Span.Start) break;
                if (statement is CreateIndexStatement create && create.Name != null && TableNameMatch.Same(create.Name, alter.Name))
                {
                    return TableNameMatch.IsCreatedBefore(context.Script.Statements, create.Table, create.Span.Start);
                }
            }

            return false;
        }

        /// <summary>A BEGIN earlier in the file with no COMMIT, ROLLBACK or END after it before <paramref name="offset"/>.</summary>
        private static Statement? OpenTransactionBefore(RuleContext context, int offset)
        {
            Statement? open = null;
            foreach (var statement in context.Script.Statements)
            {
                if (statement.Span.Start >= offset) break;
                if (!(statement is TransactionStatement transaction)) continue;
                if (transaction.Action == TransactionAction.Begin) open = transaction;
                else if (transaction.Action == TransactionAction.Commit || transaction.Action == TransactionAction.End ||
                         (transaction.Action == TransactionAction.Rollback && !transaction.IsRollbackToSavepoint)) open = null;
            }

            return open;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema.Replay.FromSyntax
{
    // CREATE TABLE, DROP TABLE, RENAME and SQL Server's sp_rename.
    public sealed partial class StatementToChanges
    {
        private void AddCreateTable(CreateTableStatement create)
        {
            if (IsRemote(create.Name)) return;

            var columns = new List<ColumnSpec>();
            var constraints = new List<ConstraintSpec>();

            // LIKE, PARTITION OF and INHERITS take their columns from the other table, as far as the catalog knows it.
            foreach (ObjectName source in create.LikeTables.Concat(create.Inherits).Concat(create.PartitionOf == null ? new ObjectName[0] : new[] { create.PartitionOf }))
            {
                TableInfo? copied = _catalog?.FindTable(Key(source));
                if (copied == null) continue;
                foreach (ColumnInfo column in copied.Columns)
                {
                    if (columns.Any(c => c.Name == column.Name)) continue;
                    columns.Add(new ColumnSpec(column.Name, column.DataType, column.IsNullable, null, column.DisplayName));
                }
            }

            foreach (ColumnDefinition column in create.Columns)
            {
                columns.RemoveAll(c => c.Name == column.Name.Normalized);
                columns.Add(ToColumnSpec(column));
                foreach (ConstraintDefinition inline in column.Constraints)
                {
                    ConstraintSpec? spec = ToConstraintSpec(inline, column.Name);
                    if (spec != null) constraints.Add(spec);
                }
            }

            foreach (ConstraintDefinition constraint in create.Constraints)
            {
                ConstraintSpec? spec = ToConstraintSpec(constraint, null);
                if (spec != null) constraints.Add(spec);
            }

            var indexes = create.Indexes.Select(ToIndexSpec).ToList();

            TableKind kind = TableKinds.FromDefinition(
                isTemporary: create.IsTemporary,
                isGlobalTemporary: create.IsGlobalTemporary,
                isObjectTable: create.ObjectType != null,
                isClustered: create.Cluster != null,
                isExternal: create.Organization == TableOrganization.External,
                isIndexOrganized: create.Organization == TableOrganization.Index);

            _changes.Add(new CreateTableChange(
                _source,
                Key(create.Name),
                Display(create.Name),
                kind,
                columns,
                constraints,
                indexes,
                ToTableLogging(create.Logging),
                create.Logging == null ? null : At(create.Logging.Span),
                create.Partitioning != null,
                create.IfNotExists));
        }

        private IndexSpec ToIndexSpec(InlineIndexDefinition index) =>
            new IndexSpec(
                index.Columns.Select(c => IndexKeyColumn.Column(c.Normalized)).ToList(),
                index.Name == null ? null : new SchemaObjectName(null, index.Name.Normalized),
                index.Unique,
                declaredAt: At(index.Span),
                displayName: index.Name == null ? null : Show(index.Name),
                kind: IndexKindOf(index.Category));

        /// <summary>An inline or ALTER TABLE index's category as a catalog kind: ordinary and clustered B-trees are null.</summary>
        private static string? IndexKindOf(string category)
        {
            if (string.IsNullOrEmpty(category)) return null;
            string upper = category.ToUpperInvariant();
            return upper == "INDEX" || upper == "KEY" || upper == "CLUSTERED" || upper == "NONCLUSTERED" ? null : upper;
        }

        private static TableLogging ToTableLogging(LoggingClause? logging)
        {
            if (logging == null) return TableLogging.Unspecified;
            switch (logging.Mode)
            {
                case LoggingMode.Logging: return TableLogging.Logging;
                case LoggingMode.NoLogging:
                case LoggingMode.Unrecoverable: return TableLogging.NoLogging;
                default: return TableLogging.Unspecified;
            }
        }

        private void AddDropTable(DropTableStatement drop)
        {
            foreach (ObjectName table in drop.Tables)
            {
                if (IsRemote(table)) continue;
                _changes.Add(new DropTableChange(_source, Key(table), drop.IfExists));
            }
        }

        private void AddRename(RenameStatement rename)
        {
            foreach (RenamePair pair in rename.Pairs)
            {
                if (IsRemote(pair.From) || IsRemote(pair.To)) continue;
                _changes.Add(new RenameTableChange(_source, Key(pair.From), Key(pair.To), Display(pair.To)));
            }
        }

        // EXEC sp_rename 'schema.table', 'new_name' [, 'OBJECT' | 'COLUMN' | 'INDEX']
        // https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-rename-transact-sql
        private void AddCall(CallStatement call)
        {
            if (call.Procedure.Parts.Count == 0 || !string.Equals(call.Procedure.Name.Text, "sp_rename", StringComparison.OrdinalIgnoreCase)) return;
            string? from = StringArgument(call.FindArgument("@objname", 0));
            string? to = StringArgument(call.FindArgument("@newname", 1));
            string type = StringArgument(call.FindArgument("@objtype", 2))?.ToUpperInvariant() ?? "OBJECT";
            if (from == null || to == null) return;

            List<NamePart> parts = SplitQuotedName(from);
            NamePart? newName = SplitQuotedName(to).LastOrDefault();
            if (parts.Count == 0 || newName == null) return;

            if (type == "OBJECT")
            {
                var table = new SchemaObjectName(parts.Count >= 2 ? parts[parts.Count - 2].Normalized : null, parts[parts.Count - 1].Normalized);
                _changes.Add(new RenameTableChange(_source, table, new SchemaObjectName(null, newName.Normalized), newName.Text));
                return;
            }

            if (parts.Count < 2) return;
            var owner = new SchemaObjectName(parts.Count >= 3 ? parts[parts.Count - 3].Normalized : null, parts[parts.Count - 2].Normalized);
            string own = parts[parts.Count - 1].Normalized;
            if (type == "COLUMN")
                _changes.Add(new RenameColumnChange(_source, owner, own, newName.Normalized, newName.Text));
            else if (type == "INDEX")
                _changes.Add(new RenameIndexChange(_source, new SchemaObjectName(null, own), newName.Normalized, owner, newName.Text));
        }

        private static string? StringArgument(CallArgument? argument) =>
            argument?.Value is LiteralExpression literal && literal.Kind == LiteralKind.String ? literal.Value : null;

        private sealed class NamePart
        {
            internal NamePart(string text, string normalized)
            {
                Text = text;
                Normalized = normalized;
            }

            internal string Text { get; }

            internal string Normalized { get; }
        }

        /// <summary>
        /// Splits a dotted name given as a string (<c>'[dbo].[orders]'</c>, <c>'dbo.orders'</c>) into its parts, brackets
        /// and double quotes removed, each normalized the way the dialect compares names.
        /// </summary>
        private List<NamePart> SplitQuotedName(string name)
        {
            var parts = new List<NamePart>();
            int i = 0;
            while (i < name.Length)
            {
                char close = name[i] == '[' ? ']' : name[i] == '"' ? '"' : '\0';
                string text;
                int after;
                if (close != '\0')
                {
                    int end = name.IndexOf(close, i + 1);
                    if (end < 0) end = name.Length;
                    text = name.Substring(i + 1, end - i - 1);
                    after = Math.Min(end + 1, name.Length);
                }
                else
                {
                    int end = name.IndexOf('.', i);
                    if (end < 0) end = name.Length;
                    text = name.Substring(i, end - i).Trim();
                    after = end;
                }

                parts.Add(new NamePart(text, NormalizeName(text, quoted: close != '\0')));
                int dot = name.IndexOf('.', after);
                if (dot < 0) break;
                i = dot + 1;
            }

            return parts.Where(p => p.Text.Length > 0).ToList();
        }

        private string NormalizeName(string text, bool quoted)
        {
            if (_dialect == null) return text;
            if (_dialect.ComparesNamesIgnoringCase) return text.ToLowerInvariant();
            if (quoted) return text;
            switch (_dialect.FoldsUnquotedNamesTo)
            {
                case Sql.Dialects.NameFolding.Upper: return text.ToUpperInvariant();
                case Sql.Dialects.NameFolding.Lower: return text.ToLowerInvariant();
                default: return text;
            }
        }
    }
}

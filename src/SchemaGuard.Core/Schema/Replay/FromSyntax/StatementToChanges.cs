using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Core.Schema.Replay.FromSyntax
{
    /// <summary>
    /// Translates one parsed statement into the <see cref="SchemaChange"/>s it makes: CREATE/ALTER/DROP TABLE, RENAME,
    /// CREATE/ALTER/DROP INDEX, materialized views and their logs, SQL Server <c>sp_rename</c>. Statements that change no
    /// table, index or view (DML, grants, PL/SQL) give none. One file per statement family.
    /// </summary>
    /// <remarks>
    /// Keys are the identifiers' <c>Normalized</c> forms, so <c>orders</c>, <c>ORDERS</c> and <c>"ORDERS"</c> meet in Oracle
    /// and <c>"Orders"</c> does not; display names are the written forms. A name with an Oracle database link names a remote
    /// object and is left out. Never throws for a statement the parser produced, partial ones included: what was read is
    /// translated.
    /// </remarks>
    public sealed partial class StatementToChanges
    {
        private readonly SchemaSource _source;
        private readonly SourceText? _text;
        private readonly SqlDialect? _dialect;
        private readonly SchemaCatalog? _catalog;
        private readonly List<SchemaChange> _changes = new List<SchemaChange>();

        private StatementToChanges(SchemaSource source, SourceText? text, SqlDialect? dialect, SchemaCatalog? catalog)
        {
            _source = source;
            _text = text;
            _dialect = dialect;
            _catalog = catalog;
        }

        /// <summary>The changes a statement makes, in the order they apply.</summary>
        /// <param name="statement">The statement.</param>
        /// <param name="source">Where it is: objects it creates are "created in" this file and span.</param>
        /// <param name="script">
        /// The script the statement was parsed from, when at hand: clauses then get their own lines (a foreign key declared
        /// on line 12 of a CREATE TABLE that starts on line 3), and function-based index keys can be compared by their text.
        /// </param>
        /// <param name="catalog">
        /// The catalog as it is before the statement, for the few statements whose effect depends on it: <c>CREATE TABLE t
        /// (LIKE s)</c> copies the columns of <c>s</c>, Oracle <c>DROP UNIQUE (cols)</c> names a constraint by its columns,
        /// PostgreSQL <c>ADD CONSTRAINT ... USING INDEX i</c> turns an index into a constraint.
        /// </param>
        public static IReadOnlyList<SchemaChange> Translate(Statement statement, SchemaSource source, SqlScript? script = null, SchemaCatalog? catalog = null)
        {
            if (statement == null) throw new ArgumentNullException(nameof(statement));
            if (source == null) throw new ArgumentNullException(nameof(source));
            return Translate(statement, source, script?.Source, script?.Dialect, catalog);
        }

        /// <summary>
        /// The changes of a statement parsed from other text than <paramref name="source"/>'s file (the string of an
        /// EXECUTE IMMEDIATE): names are read with <paramref name="dialect"/>, every clause is located at <paramref name="source"/>.
        /// </summary>
        internal static IReadOnlyList<SchemaChange> Translate(Statement statement, SchemaSource source, SourceText? text, SqlDialect? dialect, SchemaCatalog? catalog)
        {
            var translator = new StatementToChanges(source, text, dialect, catalog);
            translator.Add(statement);
            return translator._changes;
        }

        private void Add(Statement statement)
        {
            switch (statement)
            {
                case CreateTableStatement create:
                    AddCreateTable(create);
                    break;
                case AlterTableStatement alter:
                    AddAlterTable(alter);
                    break;
                case DropTableStatement drop:
                    AddDropTable(drop);
                    break;
                case RenameStatement rename:
                    AddRename(rename);
                    break;
                case CreateIndexStatement create:
                    AddCreateIndex(create);
                    break;
                case AlterIndexStatement alter:
                    AddAlterIndex(alter);
                    break;
                case DropIndexStatement drop:
                    AddDropIndex(drop);
                    break;
                case CreateMaterializedViewStatement view:
                    AddCreateMaterializedView(view);
                    break;
                case CreateMaterializedViewLogStatement log:
                    AddCreateMaterializedViewLog(log);
                    break;
                case DropMaterializedViewStatement drop:
                    AddDropMaterializedView(drop);
                    break;
                case CallStatement call:
                    AddCall(call);
                    break;
            }
        }

        // ---- shared helpers ----

        /// <summary>The location of a clause of the statement: its own line when the text is known, else the statement's.</summary>
        private SchemaSource At(TextSpan span)
        {
            if (_text == null || span.End > _text.Length || span.Start < _source.Span.Start || span.End > _source.Span.End) return _source;
            return _source.WithSpan(span, _text.GetPosition(span.Start).Line);
        }

        private static bool IsRemote(ObjectName name) => name.DatabaseLink != null;

        private static SchemaObjectName Key(ObjectName name) => SchemaObjectName.From(name);

        private string Display(ObjectName name) => DisplayNames.Of(name, _dialect);

        private string Show(Identifier identifier) => DisplayNames.Of(identifier, _dialect);

        private static IReadOnlyList<string> Names(IEnumerable<Identifier> identifiers) => identifiers.Select(i => i.Normalized).ToList();

        private static DeleteRule ToDeleteRule(ReferentialActionClause? clause)
        {
            if (clause == null) return DeleteRule.NoAction;
            switch (clause.Action)
            {
                case ReferentialAction.Cascade: return DeleteRule.Cascade;
                case ReferentialAction.SetNull: return DeleteRule.SetNull;
                case ReferentialAction.SetDefault: return DeleteRule.SetDefault;
                case ReferentialAction.Restrict: return DeleteRule.Restrict;
                default: return DeleteRule.NoAction;
            }
        }

        private static ConstraintType? ToConstraintType(ConstraintKind? kind)
        {
            switch (kind)
            {
                case ConstraintKind.PrimaryKey: return ConstraintType.PrimaryKey;
                case ConstraintKind.Unique: return ConstraintType.Unique;
                case ConstraintKind.ForeignKey: return ConstraintType.ForeignKey;
                case ConstraintKind.Check: return ConstraintType.Check;
                default: return null;
            }
        }

        /// <summary>
        /// The catalog's view of a constraint: the key, unique, foreign key and check constraints; null for NOT NULL, DEFAULT,
        /// EXCLUDE and the like, and for a foreign key to a remote table. <paramref name="column"/> is the column an inline
        /// constraint is written on.
        /// </summary>
        private ConstraintSpec? ToConstraintSpec(ConstraintDefinition constraint, Identifier? column)
        {
            ConstraintType? type = ToConstraintType(constraint.Kind);
            if (type == null) return null;
            IReadOnlyList<string> columns = column != null && constraint.Columns.Count == 0
                ? new[] { column.Normalized }
                : Names(constraint.Columns);
            if (type == ConstraintType.Check && constraint.IsInline) columns = new string[0];
            string? name = constraint.Name?.Normalized;
            string? display = constraint.Name == null ? null : Show(constraint.Name);
            SchemaSource at = At(constraint.Span);

            if (type != ConstraintType.ForeignKey) return new ConstraintSpec(type.Value, columns, name, declaredAt: at, displayName: display);

            ForeignKeyReference? references = constraint.References;
            if (references == null || IsRemote(references.Table)) return null;
            return ConstraintSpec.ForeignKey(
                columns,
                Key(references.Table),
                ToDeleteRule(references.OnDelete),
                Names(references.Columns),
                name,
                at,
                display);
        }

        private ColumnSpec ToColumnSpec(ColumnDefinition column, bool? isNullable = null) =>
            new ColumnSpec(
                column.Name.Normalized,
                column.DataType?.Name,
                isNullable ?? column.IsNullable,
                At(column.Span),
                Show(column.Name));

        /// <summary>
        /// The text of a function-based index key, in a form two spellings of the same expression share: white space
        /// removed and letters folded the way the dialect folds names, except inside quotes.
        /// </summary>
        private string ExpressionKey(Expression expression)
        {
            if (_text == null || expression.Span.End > _text.Length) return "expression@" + expression.Span.Start;
            string raw = _text.GetText(expression.Span);
            bool upper = _dialect == null || _dialect.FoldsUnquotedNamesTo != NameFolding.Lower;
            var builder = new StringBuilder(raw.Length);
            char quote = '\0';
            foreach (char c in raw)
            {
                if (quote != '\0')
                {
                    builder.Append(c);
                    if (c == quote) quote = '\0';
                    continue;
                }

                if (c == '\'' || c == '"' || c == '`')
                {
                    quote = c;
                    builder.Append(c);
                    continue;
                }

                if (char.IsWhiteSpace(c)) continue;
                builder.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }
    }
}

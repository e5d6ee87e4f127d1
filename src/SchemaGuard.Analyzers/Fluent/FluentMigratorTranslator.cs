using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SchemaGuard.Analyzers.Strings;
using SchemaGuard.Sql.Dialects;
using TextSpan = Microsoft.CodeAnalysis.Text.TextSpan;

namespace SchemaGuard.Analyzers.Fluent
{
    /// <summary>
    /// FluentMigrator: <c>Create.ForeignKey(...).FromTable(...).ForeignColumn(...).ToTable(...).PrimaryColumn(...)
    /// .OnDelete(Rule.Cascade)</c> (or <c>OnDeleteOrUpdate</c>) is the constraint it creates; the chain's constant names are
    /// collected and the <c>ON DELETE CASCADE</c> is mapped to the <c>Rule.Cascade</c> argument. Recognised by metadata
    /// names: a method of a type in a <c>FluentMigrator</c> namespace taking <c>System.Data.Rule</c>.
    /// </summary>
    internal static class FluentMigratorTranslator
    {
        internal static SqlStringMap? Translate(IInvocationOperation call, SqlDialect dialect)
        {
            var method = call.TargetMethod;
            if ((method.Name != "OnDelete" && method.Name != "OnDeleteOrUpdate") || call.Arguments.Length != 1) return null;
            if (!InFluentMigrator(method.ContainingType)) return null;
            var argument = call.Arguments[0];
            if (argument.Parameter?.Type.ToDisplayString() != "System.Data.Rule") return null;
            var value = argument.Value;
            while (value is IConversionOperation conversion && conversion.IsImplicit) value = conversion.Operand;
            if (!(value is IFieldReferenceOperation field) || field.Field.Name != "Cascade") return null;

            var names = new Dictionary<string, string>();
            for (var receiver = call.Instance; receiver is IInvocationOperation link; receiver = link.Instance)
            {
                if (link.Arguments.Length >= 1 && link.Arguments[0].Value.ConstantValue.Value is string text && !names.ContainsKey(link.TargetMethod.Name))
                {
                    names[link.TargetMethod.Name] = text;
                }
            }

            string Name(string key, string fallback) => Quote(dialect, names.TryGetValue(key, out var n) ? n : fallback);
            var tree = call.Syntax.SyntaxTree;
            var methodSpan = call.Syntax is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.Span : call.Syntax.Span;
            var map = new SqlStringMap();
            map.AppendMapped(
                "ALTER TABLE " + Name("FromTable", "dependent") + " ADD CONSTRAINT " + Name("ForeignKey", "fk") +
                " FOREIGN KEY (" + Name("ForeignColumn", "id") + ") REFERENCES " + Name("ToTable", "principal") + " (" + Name("PrimaryColumn", "id") + ")",
                tree,
                methodSpan);
            map.AppendMapped(" ON DELETE CASCADE", tree, argument.Syntax.Span);
            return map;
        }

        /// <summary>
        /// <c>Create.Index("ix").OnTable("t").OnColumn("c").Ascending()...</c>, a whole expression statement: the CREATE INDEX it
        /// runs, online when the chain says <c>.WithOptions().Online()</c> (SQL Server) or <c>.AsConcurrently()</c>
        /// (PostgreSQL). Null when the statement is not such a chain or its names are not constants.
        /// </summary>
        internal static SqlStringMap? TranslateCreateIndex(IExpressionStatementOperation statement, SqlDialect dialect)
        {
            var links = new List<IInvocationOperation>();
            IOperation? current = statement.Operation;
            while (current is IInvocationOperation link)
            {
                links.Add(link);
                current = link.Instance ?? (link.TargetMethod.IsExtensionMethod && link.Arguments.Length > 0 ? link.Arguments[0].Value : null);
                while (current is IConversionOperation conversion && conversion.IsImplicit) current = conversion.Operand;
            }

            if (links.Count < 2) return null;
            var root = links[links.Count - 1];
            if (root.TargetMethod.Name != "Index" || root.TargetMethod.ContainingType?.ToDisplayString() != "FluentMigrator.Builders.Create.ICreateExpressionRoot") return null;
            if (root.Arguments.Length != 1 || !(root.Arguments[0].Value.ConstantValue.Value is string indexName)) return null;

            string? table = null, schema = null;
            TextSpan tableSpan = default;
            var columns = new List<string>();
            TextSpan? columnSpan = null, online = null;
            bool unique = false;
            TextSpan uniqueSpan = default;
            for (int i = links.Count - 2; i >= 0; i--)
            {
                var link = links[i];
                var span = NameSpan(link);
                string? text = ArgumentText(link);
                switch (link.TargetMethod.Name)
                {
                    case "OnTable": table = text; tableSpan = TextSpan.FromBounds(span.Start, link.Syntax.Span.End); break;
                    case "InSchema": schema = text; break;
                    case "OnColumn":
                        if (text == null) return null;
                        columns.Add(text);
                        var whole = TextSpan.FromBounds(span.Start, link.Syntax.Span.End);
                        columnSpan = columnSpan == null ? whole : TextSpan.FromBounds(Math.Min(columnSpan.Value.Start, whole.Start), Math.Max(columnSpan.Value.End, whole.End));
                        break;
                    case "Unique": unique = true; uniqueSpan = span; break;
                    case "Online":
                    case "AsConcurrently":
                        if (!(link.Arguments.Length > 1 && link.Arguments[1].Value.ConstantValue.Value is false)) online = TextSpan.FromBounds(span.Start, link.Syntax.Span.End);
                        break;
                }
            }

            if (table == null || columns.Count == 0) return null;
            var tree = statement.Syntax.SyntaxTree;
            var map = new SqlStringMap();
            var indexSpan = TextSpan.FromBounds(NameSpan(root).Start, root.Syntax.Span.End);
            map.AppendMapped("CREATE ", tree, NameSpan(root));
            if (unique) map.AppendMapped("UNIQUE ", tree, uniqueSpan);
            map.AppendMapped("INDEX ", tree, NameSpan(root));
            if (online != null && dialect.SupportsDollarQuotedStrings) map.AppendMapped("CONCURRENTLY ", tree, online.Value);
            map.AppendMapped(Quote(dialect, indexName), tree, indexSpan);
            map.AppendMapped(" ON " + (schema == null ? string.Empty : Quote(dialect, schema) + ".") + Quote(dialect, table), tree, tableSpan);
            map.AppendMapped(" (" + string.Join(", ", columns.ConvertAll(c => Quote(dialect, c))) + ")", tree, columnSpan!.Value);
            if (online != null && dialect.SupportsBracketIdentifiers) map.AppendMapped(" WITH (ONLINE = ON)", tree, online.Value);
            else if (online != null && dialect.SupportsAlternativeQuoting) map.AppendMapped(" ONLINE", tree, online.Value);
            return map;
        }

        /// <summary>
        /// One FluentMigrator expression statement: <c>Create.Index(...)</c> (see <see cref="TranslateCreateIndex"/>),
        /// <c>Delete.Column("c").FromTable("t")</c> or <c>Alter.Column("c").OnTable("t").AsXxx()</c>.
        /// </summary>
        internal static SqlStringMap? TranslateStatement(IExpressionStatementOperation statement, SqlDialect dialect) =>
            TranslateCreateIndex(statement, dialect) ?? TranslateColumn(statement, dialect);

        /// <summary>
        /// <c>Delete.Column("c")[.Column("d")].FromTable("t")[.InSchema("s")]</c>: ALTER TABLE t DROP COLUMN c (one action per
        /// column). <c>Alter.Column("c").OnTable("t")[.InSchema("s")].AsXxx(...)[.NotNullable()]</c>: the new definition in the
        /// vendor's form, as for EF's AlterColumn. Only the types whose SQL is plain are translated (<c>AsCustom</c>, the
        /// integers, strings and decimals); any other makes the chain untranslated rather than guessed.
        /// https://fluentmigrator.github.io/api/v3.x/FluentMigrator.Builders.Delete.IDeleteExpressionRoot.html
        /// </summary>
        internal static SqlStringMap? TranslateColumn(IExpressionStatementOperation statement, SqlDialect dialect)
        {
            var links = new List<IInvocationOperation>();
            IOperation? current = statement.Operation;
            while (current is IInvocationOperation link)
            {
                links.Add(link);
                current = link.Instance ?? (link.TargetMethod.IsExtensionMethod && link.Arguments.Length > 0 ? link.Arguments[0].Value : null);
                while (current is IConversionOperation conversion && conversion.IsImplicit) current = conversion.Operand;
            }

            if (links.Count < 2) return null;
            var root = links[links.Count - 1];
            string? rootType = root.TargetMethod.ContainingType?.ToDisplayString();
            bool delete = rootType == "FluentMigrator.Builders.Delete.IDeleteExpressionRoot";
            if (root.TargetMethod.Name != "Column" || (!delete && rootType != "FluentMigrator.Builders.Alter.IAlterExpressionRoot")) return null;

            var columns = new List<(string Name, TextSpan Span)>();
            string? table = null, schema = null, type = null;
            TextSpan tableSpan = default, typeSpan = default, notNullSpan = default;
            bool notNull = false;
            for (int i = links.Count - 1; i >= 0; i--)
            {
                var link = links[i];
                var span = NameSpan(link);
                var whole = TextSpan.FromBounds(span.Start, link.Syntax.Span.End);
                string? text = ArgumentText(link);
                string name = link.TargetMethod.Name;
                switch (name)
                {
                    case "Column":
                        if (text == null) return null;
                        columns.Add((text, whole));
                        break;
                    case "FromTable":
                    case "OnTable":
                        table = text;
                        tableSpan = whole;
                        break;
                    case "InSchema": schema = text; break;
                    case "NotNullable": notNull = true; notNullSpan = whole; break;
                    case "Nullable": notNull = false; break;
                    default:
                        if (delete || !name.StartsWith("As", StringComparison.Ordinal)) break;
                        type = TypeName(link, dialect);
                        if (type == null) return null;
                        typeSpan = whole;
                        break;
                }
            }

            if (table == null || columns.Count == 0 || (!delete && type == null)) return null;
            var tree = statement.Syntax.SyntaxTree;
            var map = new SqlStringMap();
            map.AppendMapped("ALTER TABLE " + (schema == null ? string.Empty : Quote(dialect, schema) + ".") + Quote(dialect, table), tree, tableSpan);
            if (delete)
            {
                for (int i = 0; i < columns.Count; i++) map.AppendMapped((i == 0 ? " DROP COLUMN " : ", DROP COLUMN ") + Quote(dialect, columns[i].Name), tree, columns[i].Span);
                return map;
            }

            var column = columns[0];
            string suffix = notNull ? " NOT NULL" : string.Empty;
            if (dialect.SupportsAlternativeQuoting)
            {
                map.AppendMapped(" MODIFY (" + Quote(dialect, column.Name), tree, column.Span);
                map.AppendMapped(" " + type, tree, typeSpan);
                if (notNull) map.AppendMapped(suffix, tree, notNullSpan);
                map.AppendMapped(")", tree, typeSpan);
            }
            else if (dialect.SupportsBacktickIdentifiers || dialect.SupportsBracketIdentifiers)
            {
                map.AppendMapped((dialect.SupportsBacktickIdentifiers ? " MODIFY COLUMN " : " ALTER COLUMN ") + Quote(dialect, column.Name), tree, column.Span);
                map.AppendMapped(" " + type, tree, typeSpan);
                if (notNull) map.AppendMapped(suffix, tree, notNullSpan);
            }
            else
            {
                map.AppendMapped(" ALTER COLUMN " + Quote(dialect, column.Name), tree, column.Span);
                map.AppendMapped(" TYPE " + type, tree, typeSpan);
                if (notNull) map.AppendMapped(", ALTER COLUMN " + Quote(dialect, column.Name) + " SET NOT NULL", tree, notNullSpan);
            }

            return map;
        }

        /// <summary>The SQL type of an <c>AsXxx(...)</c> link with constant arguments, or null when it is not a plain one.</summary>
        private static string? TypeName(IInvocationOperation link, SqlDialect dialect)
        {
            var values = new List<object?>();
            foreach (var argument in link.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
                if (!argument.Value.ConstantValue.HasValue) return null;
                values.Add(argument.Value.ConstantValue.Value);
            }

            bool oracle = dialect.SupportsAlternativeQuoting;
            switch (link.TargetMethod.Name)
            {
                case "AsCustom": return values.Count == 1 ? values[0] as string : null;
                case "AsInt16": return oracle ? "NUMBER(5)" : "SMALLINT";
                case "AsInt32": return oracle ? "NUMBER(10)" : "INTEGER";
                case "AsInt64": return oracle ? "NUMBER(19)" : "BIGINT";
                case "AsString": return values.Count == 1 && values[0] is int n ? (oracle ? "NVARCHAR2(" : "NVARCHAR(") + n + ")" : null;
                case "AsAnsiString": return values.Count == 1 && values[0] is int a ? (oracle ? "VARCHAR2(" : "VARCHAR(") + a + ")" : null;
                case "AsDecimal": return values.Count == 2 && values[0] is int p && values[1] is int s ? (oracle ? "NUMBER(" : "DECIMAL(") + p + "," + s + ")" : null;
                default: return null;
            }
        }

        private static TextSpan NameSpan(IInvocationOperation call) =>
            call.Syntax is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.Span : call.Syntax.Span;

        private static string? ArgumentText(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Ordinal == (call.TargetMethod.IsExtensionMethod ? 1 : 0)) return argument.Value.ConstantValue.Value as string;
            }

            return null;
        }

        private static bool InFluentMigrator(INamedTypeSymbol? type)
        {
            for (var ns = type?.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (ns.ContainingNamespace != null && ns.ContainingNamespace.IsGlobalNamespace) return ns.Name == "FluentMigrator";
            }

            return false;
        }

        private static string Quote(SqlDialect dialect, string name)
        {
            if (dialect.SupportsBracketIdentifiers) return "[" + name + "]";
            if (dialect.SupportsBacktickIdentifiers) return "`" + name + "`";
            return "\"" + name + "\"";
        }
    }
}

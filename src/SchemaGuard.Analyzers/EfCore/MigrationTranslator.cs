using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SchemaGuard.Analyzers.Strings;
using SchemaGuard.Sql.Dialects;
using TextSpan = Microsoft.CodeAnalysis.Text.TextSpan;

namespace SchemaGuard.Analyzers.EfCore
{
    /// <summary>
    /// Turns the <c>MigrationBuilder</c> calls of one method body (an EF Core migration's <c>Up</c>) into one SQL script,
    /// in source order, so the rules see them as the database will: <c>Sql(...)</c> strings as written, and
    /// <c>CreateTable</c>, <c>CreateIndex</c> and <c>AddForeignKey</c> as the statements they produce, each piece mapped
    /// to the argument it comes from (the <c>ON DELETE CASCADE</c> to <c>onDelete: ReferentialAction.Cascade</c>). A
    /// table created earlier in the body is new, so an index on it blocks nobody.
    /// </summary>
    internal sealed class MigrationTranslator
    {
        internal const string MigrationBuilderName = "Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder";

        private readonly INamedTypeSymbol _builder;

        private MigrationTranslator(INamedTypeSymbol builder) => _builder = builder;

        internal static MigrationTranslator? Create(Compilation compilation)
        {
            var builder = compilation.GetTypeByMetadataName(MigrationBuilderName);
            return builder == null ? null : new MigrationTranslator(builder);
        }

        internal bool IsBuilderCall(IInvocationOperation invocation) =>
            SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType?.OriginalDefinition, _builder);

        /// <summary>
        /// The script of one body's MigrationBuilder calls (in any order; they are sorted by position), or null when none
        /// carries SQL.
        /// </summary>
        internal SqlStringMap? Translate(IEnumerable<IInvocationOperation> builderCalls, SqlDialect dialect, CancellationToken cancellationToken)
        {
            var calls = builderCalls.OrderBy(i => i.Syntax.SpanStart).ToList();
            if (calls.Count == 0) return null;
            var script = new SqlStringMap();
            bool any = false;
            foreach (var call in calls)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var piece = new SqlStringMap();
                var writer = new Writer(piece, call.Syntax.SyntaxTree, dialect);
                bool translated;
                switch (call.TargetMethod.Name)
                {
                    case "Sql":
                        var value = Argument(call, "sql");
                        var map = value == null ? null : SqlStringExtractor.Extract(value, cancellationToken);
                        translated = map != null && map.Length > 0;
                        if (translated) piece.Append(map!);
                        break;
                    case "CreateIndex":
                        translated = CreateIndex(call, writer, dialect);
                        break;
                    case "AddForeignKey":
                        translated = AddForeignKey(call, writer);
                        break;
                    case "CreateTable":
                        translated = CreateTable(call, writer);
                        break;
                    case "DropIndex":
                        translated = DropIndex(call, writer, dialect);
                        break;
                    case "DropTable":
                        translated = Drop(call, writer, "DROP TABLE ");
                        break;
                    case "DropForeignKey":
                        translated = DropForeignKey(call, writer, dialect);
                        break;
                    case "AddColumn":
                        translated = AddColumn(call, writer);
                        break;
                    case "DropColumn":
                        translated = DropColumn(call, writer);
                        break;
                    case "AlterColumn":
                        translated = AlterColumn(call, writer, dialect);
                        break;
                    case "RenameColumn":
                        translated = RenameColumn(call, writer, dialect);
                        break;
                    case "RenameTable":
                        translated = RenameTable(call, writer, dialect);
                        break;
                    case "RenameIndex":
                        translated = RenameIndex(call, writer, dialect);
                        break;
                    default:
                        translated = false;
                        break;
                }

                if (!translated) continue;
                any = true;
                script.Append(piece);

                // The statement ends with the call; the terminator maps to the call's closing parenthesis.
                var end = call.Syntax.Span.End;
                script.AppendMapped(";\n", call.Syntax.SyntaxTree, new TextSpan(Math.Max(call.Syntax.SpanStart, end - 1), end > call.Syntax.SpanStart ? 1 : 0));
            }

            return any ? script : null;
        }

        // migrationBuilder.CreateIndex(name, table, column | columns, schema, unique, filter, descending)
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.createindex
        private static bool CreateIndex(IInvocationOperation call, Writer w, SqlDialect dialect)
        {
            var name = Argument(call, "name");
            var table = Argument(call, "table");
            var columns = Argument(call, "columns") ?? Argument(call, "column");
            if (!(ConstantString(name) is string indexName) || !(ConstantString(table) is string tableName) || !(Strings(columns) is List<string> columnNames)) return false;
            var online = OnlineAnnotation(call);
            var method = MethodName(call);
            w.Add("CREATE ", method);
            if (ConstantBool(Argument(call, "unique")) == true) w.Add("UNIQUE ", Argument(call, "unique")!.Syntax.Span);
            w.Add("INDEX ", method);
            if (online != null && dialect.SupportsDollarQuotedStrings) w.Add("CONCURRENTLY ", online.Value);
            w.Add(w.Quote(indexName), name!.Syntax.Span);
            w.Add(" ON ", table!.Syntax.Span);
            w.AddName(Argument(call, "schema"), tableName, table.Syntax.Span);
            w.Add(" (" + string.Join(", ", columnNames.Select(w.Quote)) + ")", columns!.Syntax.Span);
            if (online != null)
            {
                if (dialect.SupportsBracketIdentifiers) w.Add(" WITH (ONLINE = ON)", online.Value);
                else if (dialect.SupportsAlternativeQuoting) w.Add(" ONLINE", online.Value);
            }

            return true;
        }

        // migrationBuilder.AddForeignKey(name, table, column | columns, schema, principalTable, principalSchema,
        //     principalColumn | principalColumns, onUpdate, onDelete)
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.addforeignkey
        private static bool AddForeignKey(IInvocationOperation call, Writer w)
        {
            var name = Argument(call, "name");
            var table = Argument(call, "table");
            var columns = Argument(call, "columns") ?? Argument(call, "column");
            var principal = Argument(call, "principalTable");
            var principalColumns = Argument(call, "principalColumns") ?? Argument(call, "principalColumn");
            if (!(ConstantString(name) is string fkName) || !(ConstantString(table) is string tableName) || !(Strings(columns) is List<string> columnNames)
                || !(ConstantString(principal) is string principalName)) return false;
            var method = MethodName(call);
            w.Add("ALTER TABLE ", method);
            w.AddName(Argument(call, "schema"), tableName, table!.Syntax.Span);
            w.Add(" ADD CONSTRAINT ", method);
            w.Add(w.Quote(fkName), name!.Syntax.Span);
            w.Add(" FOREIGN KEY (" + string.Join(", ", columnNames.Select(w.Quote)) + ")", columns!.Syntax.Span);
            w.Add(" REFERENCES " + w.Name(ConstantString(Argument(call, "principalSchema")), principalName), principal!.Syntax.Span);
            if (Strings(principalColumns) is List<string> referenced) w.Add(" (" + string.Join(", ", referenced.Select(w.Quote)) + ")", principalColumns!.Syntax.Span);
            OnDelete(Argument(call, "onDelete"), w);
            return true;
        }

        // migrationBuilder.CreateTable(name, columns: table => new { Id = table.Column<int>(...) }, schema,
        //     constraints: table => { table.PrimaryKey(...); table.ForeignKey(...); }, comment)
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.createtable
        private static bool CreateTable(IInvocationOperation call, Writer w)
        {
            var name = Argument(call, "name");
            var columnsArgument = Argument(call, "columns");
            if (!(ConstantString(name) is string tableName) || columnsArgument == null) return false;
            var creation = columnsArgument.Descendants().OfType<IAnonymousObjectCreationOperation>().FirstOrDefault();
            if (creation == null) return false;

            var columnNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var method = MethodName(call);
            w.Add("CREATE TABLE ", method);
            w.AddName(Argument(call, "schema"), tableName, name!.Syntax.Span);
            w.Add(" (", columnsArgument.Syntax.Span);
            bool first = true;
            foreach (var assignment in creation.Initializers.OfType<ISimpleAssignmentOperation>())
            {
                if (!(assignment.Target is IPropertyReferenceOperation property) || !(assignment.Value is IInvocationOperation column)) continue;
                string columnName = ConstantString(Argument(column, "name")) ?? property.Property.Name;
                columnNames[property.Property.Name] = columnName;
                string type = ConstantString(Argument(column, "type")) ?? "int";
                string definition = (first ? string.Empty : ", ") + w.Quote(columnName) + " " + type + (ConstantBool(Argument(column, "nullable")) == false ? " NOT NULL" : string.Empty);
                w.Add(definition, assignment.Syntax.Span);
                first = false;
            }

            if (first) return false;
            var constraints = Argument(call, "constraints");
            if (constraints != null)
            {
                foreach (var constraint in constraints.Descendants().OfType<IInvocationOperation>().OrderBy(c => c.Syntax.SpanStart))
                {
                    var constraintName = ConstantString(Argument(constraint, "name"));
                    var keyColumns = Properties(Argument(constraint, "columns") ?? Argument(constraint, "column"), columnNames);
                    if (constraintName == null || keyColumns == null) continue;
                    string prefix = ", CONSTRAINT " + w.Quote(constraintName);
                    string list = " (" + string.Join(", ", keyColumns.Select(w.Quote)) + ")";
                    switch (constraint.TargetMethod.Name)
                    {
                        case "PrimaryKey":
                            w.Add(prefix + " PRIMARY KEY" + list, constraint.Syntax.Span);
                            break;
                        case "ForeignKey":
                            var principal = Argument(constraint, "principalTable");
                            if (!(ConstantString(principal) is string principalName)) continue;
                            w.Add(prefix + " FOREIGN KEY" + list, MethodName(constraint));
                            w.Add(" REFERENCES " + w.Name(ConstantString(Argument(constraint, "principalSchema")), principalName), principal!.Syntax.Span);
                            var principalColumns = Argument(constraint, "principalColumns") ?? Argument(constraint, "principalColumn");
                            if (Strings(principalColumns) is List<string> referenced) w.Add(" (" + string.Join(", ", referenced.Select(w.Quote)) + ")", principalColumns!.Syntax.Span);
                            OnDelete(Argument(constraint, "onDelete"), w);
                            break;
                        case "UniqueConstraint":
                            w.Add(prefix + " UNIQUE" + list, constraint.Syntax.Span);
                            break;
                    }
                }
            }

            var close = call.Syntax.Span.End - 1;
            w.Add(")", new TextSpan(close, 1));
            return true;
        }

        // migrationBuilder.DropIndex(name, table, schema): DROP INDEX name [ON table] where index names belong to tables.
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.dropindex
        private static bool DropIndex(IInvocationOperation call, Writer w, SqlDialect dialect)
        {
            var name = Argument(call, "name");
            var table = Argument(call, "table");
            if (!(ConstantString(name) is string indexName)) return false;
            var method = MethodName(call);
            w.Add("DROP INDEX ", method);
            if (dialect.IndexNamesAreScopedToTables)
            {
                if (!(ConstantString(table) is string tableName)) return false;
                w.Add(w.Quote(indexName), name!.Syntax.Span);
                w.Add(" ON ", method);
                w.AddName(Argument(call, "schema"), tableName, table!.Syntax.Span);
            }
            else
            {
                w.AddName(Argument(call, "schema"), indexName, name!.Syntax.Span);
            }

            return true;
        }

        // migrationBuilder.DropTable(name, schema)
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.droptable
        private static bool Drop(IInvocationOperation call, Writer w, string keywords)
        {
            var name = Argument(call, "name");
            if (!(ConstantString(name) is string tableName)) return false;
            w.Add(keywords, MethodName(call));
            w.AddName(Argument(call, "schema"), tableName, name!.Syntax.Span);
            return true;
        }

        // migrationBuilder.DropForeignKey(name, table, schema): MySQL says DROP FOREIGN KEY, the others DROP CONSTRAINT.
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.dropforeignkey
        private static bool DropForeignKey(IInvocationOperation call, Writer w, SqlDialect dialect)
        {
            var name = Argument(call, "name");
            var table = Argument(call, "table");
            if (!(ConstantString(name) is string fkName) || !(ConstantString(table) is string tableName)) return false;
            var method = MethodName(call);
            w.Add("ALTER TABLE ", method);
            w.AddName(Argument(call, "schema"), tableName, table!.Syntax.Span);
            w.Add(dialect.SupportsBacktickIdentifiers ? " DROP FOREIGN KEY " : " DROP CONSTRAINT ", method);
            w.Add(w.Quote(fkName), name!.Syntax.Span);
            return true;
        }

        // migrationBuilder.AddColumn<T>(name, table, type, nullable, schema, ..., defaultValue, defaultValueSql):
        // ALTER TABLE t ADD c type [DEFAULT ...] [NOT NULL], which every dialect reads. Without a constant type it is skipped.
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.addcolumn
        private static bool AddColumn(IInvocationOperation call, Writer w)
        {
            var name = Argument(call, "name");
            var table = Argument(call, "table");
            var type = Argument(call, "type");
            if (!(ConstantString(name) is string column) || !(ConstantString(table) is string tableName) || !(ConstantString(type) is string typeName)) return false;
            var method = MethodName(call);
            w.Add("ALTER TABLE ", method);
            w.AddName(Argument(call, "schema"), tableName, table!.Syntax.Span);
            w.Add(" ADD ", method);
            w.Add(w.Quote(column), name!.Syntax.Span);
            w.Add(" " + typeName, type!.Syntax.Span);
            var defaultSql = Argument(call, "defaultValueSql");
            if (ConstantString(defaultSql) is string sql) w.Add(" DEFAULT " + sql, defaultSql!.Syntax.Span);
            if (ConstantBool(Argument(call, "nullable")) == false) w.Add(" NOT NULL", Argument(call, "nullable")!.Syntax.Span);
            return true;
        }

        // migrationBuilder.DropColumn(name, table, schema)
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.dropcolumn
        private static bool DropColumn(IInvocationOperation call, Writer w)
        {
            var name = Argument(call, "name");
            var table = Argument(call, "table");
            if (!(ConstantString(name) is string column) || !(ConstantString(table) is string tableName)) return false;
            var method = MethodName(call);
            w.Add("ALTER TABLE ", method);
            w.AddName(Argument(call, "schema"), tableName, table!.Syntax.Span);
            w.Add(" DROP COLUMN ", method);
            w.Add(w.Quote(column), name!.Syntax.Span);
            return true;
        }

        // migrationBuilder.AlterColumn<T>(name, table, type, ..., nullable, ..., oldClrType, oldType, ...): the new definition
        // in each vendor's form, as the migration SQL generators write it: Oracle ALTER TABLE t MODIFY (c type [NOT NULL]),
        // MySQL MODIFY COLUMN c type [NOT NULL], SQL Server ALTER COLUMN c type [NOT NULL], PostgreSQL
        // ALTER COLUMN c TYPE type [, ALTER COLUMN c SET NOT NULL]. The old* arguments only describe the rollback; without a
        // constant type it is skipped.
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.altercolumn
        private static bool AlterColumn(IInvocationOperation call, Writer w, SqlDialect dialect)
        {
            var name = Argument(call, "name");
            var table = Argument(call, "table");
            var type = Argument(call, "type");
            if (!(ConstantString(name) is string column) || !(ConstantString(table) is string tableName) || !(ConstantString(type) is string typeName)) return false;
            var nullable = Argument(call, "nullable");
            bool notNull = ConstantBool(nullable) == false;
            var method = MethodName(call);
            w.Add("ALTER TABLE ", method);
            w.AddName(Argument(call, "schema"), tableName, table!.Syntax.Span);
            if (dialect.SupportsAlternativeQuoting)
            {
                w.Add(" MODIFY (", method);
                w.Add(w.Quote(column), name!.Syntax.Span);
                w.Add(" " + typeName, type!.Syntax.Span);
                if (notNull) w.Add(" NOT NULL", nullable!.Syntax.Span);
                w.Add(")", method);
            }
            else if (dialect.SupportsBacktickIdentifiers || dialect.SupportsBracketIdentifiers)
            {
                w.Add(dialect.SupportsBacktickIdentifiers ? " MODIFY COLUMN " : " ALTER COLUMN ", method);
                w.Add(w.Quote(column), name!.Syntax.Span);
                w.Add(" " + typeName, type!.Syntax.Span);
                if (notNull) w.Add(" NOT NULL", nullable!.Syntax.Span);
            }
            else
            {
                w.Add(" ALTER COLUMN ", method);
                w.Add(w.Quote(column), name!.Syntax.Span);
                w.Add(" TYPE " + typeName, type!.Syntax.Span);
                if (notNull)
                {
                    w.Add(", ALTER COLUMN " + w.Quote(column), name.Syntax.Span);
                    w.Add(" SET NOT NULL", nullable!.Syntax.Span);
                }
            }

            return true;
        }

        // migrationBuilder.RenameColumn(name, table, newName, schema): ALTER TABLE t RENAME COLUMN a TO b; on SQL Server what EF
        // emits there, EXEC sp_rename N'[schema].[table].[column]', N'new', N'COLUMN', which the replay follows.
        private static bool RenameColumn(IInvocationOperation call, Writer w, SqlDialect dialect)
        {
            var name = Argument(call, "name");
            var table = Argument(call, "table");
            var newName = Argument(call, "newName");
            if (!(ConstantString(name) is string column) || !(ConstantString(table) is string tableName) || !(ConstantString(newName) is string renamed)) return false;
            var method = MethodName(call);
            if (dialect.SupportsBracketIdentifiers)
            {
                string from = w.Name(ConstantString(Argument(call, "schema")), tableName) + "." + w.Quote(column);
                w.Add("EXEC sp_rename ", method);
                w.Add(StringLiteral(from), name!.Syntax.Span);
                w.Add(", ", method);
                w.Add(StringLiteral(renamed), newName!.Syntax.Span);
                w.Add(", N'COLUMN'", method);
                return true;
            }

            w.Add("ALTER TABLE ", method);
            w.AddName(Argument(call, "schema"), tableName, table!.Syntax.Span);
            w.Add(" RENAME COLUMN ", method);
            w.Add(w.Quote(column), name!.Syntax.Span);
            w.Add(" TO ", method);
            w.Add(w.Quote(renamed), newName!.Syntax.Span);
            return true;
        }

        // migrationBuilder.RenameTable(name, schema, newName, newSchema): ALTER TABLE t RENAME TO n; on SQL Server
        // EXEC sp_rename N'[schema].[table]', N'new', as EF emits (a move to another schema, ALTER SCHEMA ... TRANSFER, is not followed).
        private static bool RenameTable(IInvocationOperation call, Writer w, SqlDialect dialect)
        {
            var name = Argument(call, "name");
            var newName = Argument(call, "newName");
            if (!(ConstantString(name) is string tableName) || !(ConstantString(newName) is string renamed)) return false;
            var method = MethodName(call);
            if (dialect.SupportsBracketIdentifiers)
            {
                w.Add("EXEC sp_rename ", method);
                w.Add(StringLiteral(w.Name(ConstantString(Argument(call, "schema")), tableName)), name!.Syntax.Span);
                w.Add(", ", method);
                w.Add(StringLiteral(renamed), newName!.Syntax.Span);
                return true;
            }

            w.Add("ALTER TABLE ", method);
            w.AddName(Argument(call, "schema"), tableName, name!.Syntax.Span);
            w.Add(" RENAME TO ", method);
            w.Add(w.Quote(renamed), newName!.Syntax.Span);
            return true;
        }

        // migrationBuilder.RenameIndex(name, newName, table, schema): ALTER INDEX i RENAME TO n, or ALTER TABLE t RENAME INDEX i
        // TO n where index names belong to tables (MySQL); not on SQL Server (sp_rename, not done yet).
        // https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.migrations.migrationbuilder.renameindex
        private static bool RenameIndex(IInvocationOperation call, Writer w, SqlDialect dialect)
        {
            if (dialect.SupportsBracketIdentifiers) return false;
            var name = Argument(call, "name");
            var newName = Argument(call, "newName");
            var table = Argument(call, "table");
            if (!(ConstantString(name) is string indexName) || !(ConstantString(newName) is string renamed)) return false;
            var method = MethodName(call);
            if (dialect.IndexNamesAreScopedToTables)
            {
                if (!(ConstantString(table) is string tableName)) return false;
                w.Add("ALTER TABLE ", method);
                w.AddName(Argument(call, "schema"), tableName, table!.Syntax.Span);
                w.Add(" RENAME INDEX ", method);
                w.Add(w.Quote(indexName), name!.Syntax.Span);
            }
            else
            {
                w.Add("ALTER INDEX ", method);
                w.AddName(Argument(call, "schema"), indexName, name!.Syntax.Span);
            }

            w.Add(dialect.IndexNamesAreScopedToTables ? " TO " : " RENAME TO ", method);
            w.Add(w.Quote(renamed), newName!.Syntax.Span);
            return true;
        }

        /// <summary>A T-SQL Unicode string literal, quotes doubled.</summary>
        private static string StringLiteral(string text) => "N'" + text.Replace("'", "''") + "'";

        /// <summary>EF's <c>ReferentialAction</c>: only the actions that change rows are written.</summary>
        private static void OnDelete(IOperation? onDelete, Writer w)
        {
            if (onDelete == null || onDelete.Syntax == null) return;
            var value = onDelete.ConstantValue;
            if (!value.HasValue || !(value.Value is int action)) return;
            var span = onDelete.Parent is IArgumentOperation argument ? argument.Syntax.Span : onDelete.Syntax.Span;
            switch (action)
            {
                case 2: w.Add(" ON DELETE CASCADE", span); break;
                case 3: w.Add(" ON DELETE SET NULL", span); break;
            }
        }

        /// <summary>The span of <c>.Annotation("SqlServer:Online", true)</c> or <c>("Npgsql:CreatedConcurrently", true)</c> chained on the call.</summary>
        private static TextSpan? OnlineAnnotation(IInvocationOperation call)
        {
            SyntaxNode node = call.Syntax;
            while (node.Parent is MemberAccessExpressionSyntax access && access.Parent is InvocationExpressionSyntax outer)
            {
                if (access.Name.Identifier.Text == "Annotation" && outer.ArgumentList.Arguments.Count == 2)
                {
                    var model = call.SemanticModel!;
                    var key = model.GetConstantValue(outer.ArgumentList.Arguments[0].Expression).Value as string;
                    var on = model.GetConstantValue(outer.ArgumentList.Arguments[1].Expression).Value;
                    if ((key == "SqlServer:Online" || key == "Npgsql:CreatedConcurrently") && on is bool b && b) return TextSpan.FromBounds(access.Name.SpanStart, outer.Span.End);
                }

                node = outer;
            }

            return null;
        }

        private static TextSpan MethodName(IInvocationOperation call) =>
            call.Syntax is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.Span : call.Syntax.Span;

        private static IOperation? Argument(IInvocationOperation call, string parameter)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue) return argument.Value;
            }

            return null;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion && conversion.IsImplicit) operation = conversion.Operand;
            return operation;
        }

        private static string? ConstantString(IOperation? operation) => operation != null && operation.ConstantValue.HasValue ? operation.ConstantValue.Value as string : null;

        private static bool? ConstantBool(IOperation? operation) => operation != null && operation.ConstantValue.HasValue && operation.ConstantValue.Value is bool b ? b : (bool?)null;

        /// <summary>A constant string, or an array of constant strings.</summary>
        private static List<string>? Strings(IOperation? operation)
        {
            if (operation == null) return null;
            if (ConstantString(operation) is string single) return new List<string> { single };
            if (Unwrap(operation) is IArrayCreationOperation array && array.Initializer != null)
            {
                var result = new List<string>();
                foreach (var element in array.Initializer.ElementValues)
                {
                    if (!(ConstantString(element) is string s)) return null;
                    result.Add(s);
                }

                return result.Count > 0 ? result : null;
            }

            return null;
        }

        /// <summary>The columns a key lambda names: <c>x =&gt; x.Id</c> or <c>x =&gt; new { x.A, x.B }</c>.</summary>
        private static List<string>? Properties(IOperation? operation, Dictionary<string, string> columnNames)
        {
            if (operation == null) return null;
            if (Strings(operation) is List<string> names) return names;
            var result = new List<string>();
            foreach (var reference in operation.Descendants().OfType<IPropertyReferenceOperation>().Where(r => r.Instance is IParameterReferenceOperation))
            {
                string property = reference.Property.Name;
                result.Add(columnNames.TryGetValue(property, out var column) ? column : property);
            }

            return result.Count > 0 ? result : null;
        }

        /// <summary>Appends translated text, each piece mapped to the C# it comes from.</summary>
        private sealed class Writer
        {
            private readonly SqlStringMap _map;
            private readonly SyntaxTree _tree;
            private readonly SqlDialect _dialect;

            internal Writer(SqlStringMap map, SyntaxTree tree, SqlDialect dialect)
            {
                _map = map;
                _tree = tree;
                _dialect = dialect;
            }

            internal void Add(string text, TextSpan source) => _map.AppendMapped(text, _tree, source);

            /// <summary>EF Core quotes every name, so the translation does too, the dialect's way.</summary>
            internal string Quote(string name)
            {
                if (_dialect.SupportsBracketIdentifiers) return "[" + name.Replace("]", "]]") + "]";
                if (_dialect.SupportsBacktickIdentifiers) return "`" + name.Replace("`", "``") + "`";
                return "\"" + name.Replace("\"", "\"\"") + "\"";
            }

            internal string Name(string? schema, string name) => schema == null ? Quote(name) : Quote(schema) + "." + Quote(name);

            /// <summary>A possibly schema-qualified name, the schema mapped to its own argument.</summary>
            internal void AddName(IOperation? schema, string name, TextSpan nameSource)
            {
                if (ConstantString(schema) is string schemaName) Add(Quote(schemaName) + ".", schema!.Syntax.Span);
                Add(Quote(name), nameSource);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SchemaGuard.Analyzers
{
    /// <summary>
    /// The places SQL is handed to a database, identified by symbol (containing type's metadata name, method, parameter)
    /// so that a same-named method on another type is not mistaken for one. Types the compilation does not reference
    /// are simply absent.
    /// </summary>
    internal sealed class SqlSinks
    {
        private readonly List<MethodSink> _methods = new List<MethodSink>();
        private readonly INamedTypeSymbol? _dbCommand;
        private readonly INamedTypeSymbol? _idbCommand;

        private SqlSinks(Compilation compilation)
        {
            // MigrationBuilder.Sql is read with the other MigrationBuilder calls of its method (EfCore.MigrationTranslator).
            Add(compilation, "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "sql", false,
                "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSql", "ExecuteSqlAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync", "SqlQueryRaw", "SqlQuery");
            Add(compilation, "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions", "sql", false, "FromSqlRaw", "FromSql", "FromSqlInterpolated");
            Add(compilation, "FluentMigrator.Builders.Execute.IExecuteExpressionRoot", "sqlStatement", true, "Sql");
            var dapper = compilation.GetTypeByMetadataName("Dapper.SqlMapper");
            if (dapper != null) _methods.Add(new MethodSink(dapper, "sql", false, IsDapperQueryMethod));
            _dbCommand = compilation.GetTypeByMetadataName("System.Data.Common.DbCommand");
            _idbCommand = compilation.GetTypeByMetadataName("System.Data.IDbCommand");
        }

        internal bool IsEmpty => _methods.Count == 0 && _dbCommand == null && _idbCommand == null;

        internal static SqlSinks Create(Compilation compilation) => new SqlSinks(compilation);

        /// <summary>Dapper's SqlMapper methods that run their <c>sql</c> argument.</summary>
        internal static bool IsDapperQueryMethod(string name) =>
            name == "Execute" || name == "ExecuteAsync"
            || name.StartsWith("ExecuteScalar", StringComparison.Ordinal)
            || name.StartsWith("ExecuteReader", StringComparison.Ordinal)
            || name.StartsWith("Query", StringComparison.Ordinal);

        /// <summary>The value passed as SQL to the invoked method, when it is a sink.</summary>
        internal IOperation? FindSqlArgument(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            foreach (var sink in _methods)
            {
                if (!sink.Matches(method)) continue;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter != null && argument.Parameter.Name == sink.Parameter && argument.ArgumentKind != ArgumentKind.DefaultValue) return argument.Value;
                }
            }

            return null;
        }

        /// <summary>Whether the property is <c>CommandText</c> of <c>DbCommand</c>, <c>IDbCommand</c> or a type deriving from them.</summary>
        internal bool IsCommandText(IPropertySymbol property) =>
            property.Name == "CommandText" && IsCommandType(property.ContainingType);

        /// <summary>The command text passed to the constructor of a command type (<c>new SqlCommand(sql, connection)</c>).</summary>
        internal IOperation? FindCommandTextArgument(IObjectCreationOperation creation)
        {
            if (creation.Constructor == null || !IsCommandType(creation.Constructor.ContainingType)) return null;
            foreach (var argument in creation.Arguments)
            {
                var parameter = argument.Parameter;
                if (parameter == null || parameter.Type.SpecialType != SpecialType.System_String || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
                if (parameter.Name == "cmdText" || parameter.Name == "commandText" || parameter.Name == "sql") return argument.Value;
            }

            return null;
        }

        private bool IsCommandType(INamedTypeSymbol? type)
        {
            if (type == null) return false;
            if (_idbCommand != null && (SymbolEqualityComparer.Default.Equals(type, _idbCommand) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, _idbCommand)))) return true;
            for (var t = type; t != null && _dbCommand != null; t = t.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(t, _dbCommand)) return true;
            }

            return false;
        }

        private void Add(Compilation compilation, string metadataName, string parameter, bool includeImplementations, params string[] methods)
        {
            var type = compilation.GetTypeByMetadataName(metadataName);
            if (type == null) return;
            var names = new HashSet<string>(methods, StringComparer.Ordinal);
            _methods.Add(new MethodSink(type, parameter, includeImplementations, names.Contains));
        }

        private sealed class MethodSink
        {
            private readonly INamedTypeSymbol _type;
            private readonly bool _includeImplementations;
            private readonly Func<string, bool> _name;

            internal MethodSink(INamedTypeSymbol type, string parameter, bool includeImplementations, Func<string, bool> name)
            {
                _type = type;
                Parameter = parameter;
                _includeImplementations = includeImplementations;
                _name = name;
            }

            internal string Parameter { get; }

            internal bool Matches(IMethodSymbol method)
            {
                if (!_name(method.Name)) return false;
                var containing = method.ContainingType;
                if (containing == null) return false;
                if (SymbolEqualityComparer.Default.Equals(containing.OriginalDefinition, _type)) return true;
                if (!_includeImplementations) return false;
                if (containing.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, _type))) return true;
                for (var t = containing.BaseType; t != null; t = t.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, _type)) return true;
                }

                return false;
            }
        }
    }
}

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SchemaGuard.Analyzers.Strings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Analyzers.EfCore
{
    /// <summary>
    /// EF Core model configuration: <c>.OnDelete(DeleteBehavior.Cascade)</c> (and <c>ClientCascade</c>, which cascades
    /// the tracked entities the same way) on a relationship, in <c>OnModelCreating</c> or an
    /// <c>IEntityTypeConfiguration&lt;T&gt;</c>, is the foreign key EF will create. It is translated into that
    /// constraint, named after the entity types, with its <c>ON DELETE CASCADE</c> mapped to the argument.
    /// </summary>
    internal sealed class ModelConfigurationTranslator
    {
        private static readonly string[] BuilderNames =
        {
            "Microsoft.EntityFrameworkCore.Metadata.Builders.ReferenceCollectionBuilder`2",
            "Microsoft.EntityFrameworkCore.Metadata.Builders.ReferenceCollectionBuilder",
            "Microsoft.EntityFrameworkCore.Metadata.Builders.ReferenceReferenceBuilder`2",
            "Microsoft.EntityFrameworkCore.Metadata.Builders.ReferenceReferenceBuilder",
        };

        private readonly INamedTypeSymbol[] _builders;

        private ModelConfigurationTranslator(INamedTypeSymbol[] builders) => _builders = builders;

        internal static ModelConfigurationTranslator? Create(Compilation compilation)
        {
            var builders = BuilderNames.Select(compilation.GetTypeByMetadataName).Where(t => t != null).Cast<INamedTypeSymbol>().ToArray();
            return builders.Length == 0 ? null : new ModelConfigurationTranslator(builders);
        }

        /// <summary>The constraint an <c>OnDelete(...)</c> call declares, when it cascades; otherwise null.</summary>
        internal SqlStringMap? Translate(IInvocationOperation call, SqlDialect dialect)
        {
            var method = call.TargetMethod;
            if (method.Name != "OnDelete" || call.Arguments.Length != 1) return null;
            var containing = method.ContainingType?.OriginalDefinition;
            if (containing == null || !_builders.Any(b => SymbolEqualityComparer.Default.Equals(b, containing))) return null;

            var argument = call.Arguments[0];
            var behavior = argument.Value;
            while (behavior is IConversionOperation conversion && conversion.IsImplicit) behavior = conversion.Operand;
            string? name = behavior is IFieldReferenceOperation field ? field.Field.Name : null;
            if (name != "Cascade" && name != "ClientCascade") return null;

            var types = method.ContainingType!.TypeArguments;
            bool oneToMany = containing.Name == "ReferenceCollectionBuilder";
            string principal = types.Length == 2 ? types[oneToMany ? 0 : 1].Name : "principal";
            string dependent = types.Length == 2 ? types[oneToMany ? 1 : 0].Name : "dependent";

            var tree = call.Syntax.SyntaxTree;
            var methodSpan = call.Syntax is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.Span : call.Syntax.Span;
            var map = new SqlStringMap();
            map.AppendMapped(
                "ALTER TABLE " + Quote(dialect, dependent) + " ADD CONSTRAINT " + Quote(dialect, "FK_" + dependent + "_" + principal) +
                " FOREIGN KEY (" + Quote(dialect, principal + "Id") + ") REFERENCES " + Quote(dialect, principal) + " (" + Quote(dialect, "Id") + ")",
                tree,
                methodSpan);
            map.AppendMapped(" ON DELETE CASCADE", tree, argument.Syntax.Span);
            return map;
        }

        private static string Quote(SqlDialect dialect, string name)
        {
            if (dialect.SupportsBracketIdentifiers) return "[" + name + "]";
            if (dialect.SupportsBacktickIdentifiers) return "`" + name + "`";
            return "\"" + name + "\"";
        }
    }
}

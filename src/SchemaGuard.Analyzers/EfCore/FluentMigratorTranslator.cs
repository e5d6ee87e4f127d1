using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SchemaGuard.Analyzers.Strings;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Analyzers.EfCore
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

using System;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// Marks a node property that gathers nodes already reachable through other properties (such as
    /// <see cref="CreateTableStatement.AllLoggingClauses"/>), so <see cref="SyntaxNode.ChildNodes"/> does not yield them twice.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = true)]
    internal sealed class DerivedViewAttribute : Attribute
    {
    }
}

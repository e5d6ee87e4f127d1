using System;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema
{
    /// <summary>
    /// A table, index or view name as the schema model keys it: an optional schema (owner) and the object's own name,
    /// both already normalized the way the dialect compares names (see <c>Identifier.Normalized</c>), compared ordinally.
    /// </summary>
    public sealed class SchemaObjectName : IEquatable<SchemaObjectName>
    {
        /// <summary>Creates a name from its normalized parts.</summary>
        /// <param name="schema">The normalized schema (owner), or null when not written.</param>
        /// <param name="name">The normalized object name.</param>
        public SchemaObjectName(string? schema, string name)
        {
            if (name == null) throw new ArgumentNullException(nameof(name));
            Schema = string.IsNullOrEmpty(schema) ? null : schema;
            Name = name;
        }

        /// <summary>The normalized schema (owner), or null when the name was written without one.</summary>
        public string? Schema { get; }

        /// <summary>The normalized object name.</summary>
        public string Name { get; }

        /// <summary>Whether a schema is part of the name.</summary>
        public bool IsQualified => Schema != null;

        /// <summary>
        /// Reads the dotted form <c>ObjectName.Normalized</c> produces: the last part is the name, the one before it the
        /// schema; a database part in front is dropped. Names that themselves contain dots must use the constructor.
        /// </summary>
        public static SchemaObjectName Parse(string dotted)
        {
            if (dotted == null) throw new ArgumentNullException(nameof(dotted));
            int last = dotted.LastIndexOf('.');
            if (last < 0) return new SchemaObjectName(null, dotted);
            int previous = last == 0 ? -1 : dotted.LastIndexOf('.', last - 1);
            return new SchemaObjectName(dotted.Substring(previous + 1, last - previous - 1), dotted.Substring(last + 1));
        }

        /// <summary>The key for a parsed name: its schema part (when written) and its own name, both normalized; a database part and a database link are dropped.</summary>
        public static SchemaObjectName From(ObjectName name)
        {
            if (name == null) throw new ArgumentNullException(nameof(name));
            return new SchemaObjectName(name.Schema?.Normalized, name.Name.Normalized);
        }

        /// <summary>The same name in another schema.</summary>
        public SchemaObjectName WithSchema(string? schema) => new SchemaObjectName(schema, Name);

        /// <inheritdoc />
        public bool Equals(SchemaObjectName? other) =>
            other != null && string.Equals(Schema, other.Schema, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as SchemaObjectName);

        /// <inheritdoc />
        public override int GetHashCode() =>
            unchecked(((Schema == null ? 0 : StringComparer.Ordinal.GetHashCode(Schema)) * 397) ^ StringComparer.Ordinal.GetHashCode(Name));

        /// <summary>Equality.</summary>
        public static bool operator ==(SchemaObjectName? left, SchemaObjectName? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(SchemaObjectName? left, SchemaObjectName? right) => !(left == right);

        /// <summary>The dotted form, <c>schema.name</c> or <c>name</c>.</summary>
        public override string ToString() => Schema == null ? Name : Schema + "." + Name;
    }
}

using System;
using System.Text;

namespace SchemaGuard.Core.Schema
{
    /// <summary>A column as the replayed migrations left it.</summary>
    public sealed class ColumnInfo
    {
        internal ColumnInfo(string name, string displayName, string? dataType, bool isNullable, SchemaSource declaredAt)
        {
            Name = name;
            DisplayName = displayName;
            DataType = dataType;
            IsNullable = isNullable;
            DeclaredAt = declaredAt;
        }

        /// <summary>The normalized name.</summary>
        public string Name { get; }

        /// <summary>The name as written where it was declared.</summary>
        public string DisplayName { get; }

        /// <summary>
        /// The data type's name in upper case with single spaces (<c>VARCHAR2</c>, <c>LONG RAW</c>, <c>TIMESTAMP WITH TIME ZONE</c>),
        /// without length or precision; null when not declared (CREATE TABLE AS SELECT, virtual columns).
        /// </summary>
        public string? DataType { get; }

        /// <summary>Whether the column accepts nulls: false after NOT NULL or when it belongs to the primary key.</summary>
        public bool IsNullable { get; }

        /// <summary>Where the column was declared (or last modified).</summary>
        public SchemaSource DeclaredAt { get; }

        /// <summary>Whether the type is Oracle's <c>LONG</c> or <c>LONG RAW</c>.</summary>
        public bool IsLong => DataType == "LONG" || DataType == "LONG RAW";

        /// <summary>Whether the data type is one of <paramref name="typeNames"/> (given in upper case).</summary>
        public bool HasType(params string[] typeNames)
        {
            if (DataType == null) return false;
            foreach (string type in typeNames)
                if (string.Equals(DataType, type, StringComparison.Ordinal)) return true;
            return false;
        }

        internal ColumnInfo With(string? name = null, string? displayName = null, string? dataType = null, bool? isNullable = null, SchemaSource? declaredAt = null) =>
            new ColumnInfo(name ?? Name, displayName ?? DisplayName, dataType ?? DataType, isNullable ?? IsNullable, declaredAt ?? DeclaredAt);

        /// <summary>Upper-cases a type name and collapses its white space, so <c>long  raw</c> and <c>LONG RAW</c> meet.</summary>
        public static string? NormalizeTypeName(string? typeName)
        {
            if (typeName == null) return null;
            var builder = new StringBuilder(typeName.Length);
            bool pendingSpace = false;
            foreach (char c in typeName)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }
                if (pendingSpace) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToUpperInvariant(c));
            }
            return builder.Length == 0 ? null : builder.ToString();
        }

        /// <inheritdoc />
        public override string ToString() => DataType == null ? DisplayName : DisplayName + " " + DataType;
    }
}

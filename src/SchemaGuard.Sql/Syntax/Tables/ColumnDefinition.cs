using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// A column as written in CREATE TABLE or in ALTER TABLE ADD/MODIFY/CHANGE: its name, type, default,
    /// nullability, inline constraints and identity.
    /// </summary>
    public sealed class ColumnDefinition : SyntaxNode
    {
        internal ColumnDefinition(
            TextSpan span,
            Identifier name,
            DataType? dataType,
            Expression? defaultExpression,
            bool? isNullable,
            IReadOnlyList<ConstraintDefinition> constraints,
            OptionSetting? characterSet,
            OptionSetting? collation,
            OptionClause? identity,
            Expression? generatedAs,
            OptionClause? generatedStorage,
            Expression? onUpdate)
            : base(span)
        {
            Name = name;
            DataType = dataType;
            DefaultExpression = defaultExpression;
            IsNullable = isNullable;
            Constraints = constraints;
            CharacterSet = characterSet;
            Collation = collation;
            Identity = identity;
            GeneratedAs = generatedAs;
            GeneratedStorage = generatedStorage;
            OnUpdate = onUpdate;
        }

        /// <summary>The column name.</summary>
        public Identifier Name { get; }

        /// <summary>
        /// The type, or null when none is written (Oracle virtual columns and object-table columns, SQL Server
        /// computed columns, PostgreSQL <c>PARTITION OF</c> column options, column lists before AS SELECT).
        /// </summary>
        public DataType? DataType { get; }

        /// <summary>
        /// The expression of a <c>DEFAULT</c> clause written on the column itself. Null when there is none, and when the
        /// default is a named constraint (SQL Server <c>CONSTRAINT df DEFAULT 0</c>), whose expression its constraint holds.
        /// </summary>
        public Expression? DefaultExpression { get; }

        /// <summary>
        /// The DEFAULT value, if any, however written: <see cref="DefaultExpression"/>, else the expression of a named
        /// default constraint in <see cref="Constraints"/>. A view of nodes held there.
        /// </summary>
        [DerivedView]
        public Expression? Default
        {
            get
            {
                if (DefaultExpression != null) return DefaultExpression;
                foreach (var constraint in Constraints)
                {
                    if (constraint.Kind == ConstraintKind.Default) return constraint.Expression;
                }

                return null;
            }
        }

        /// <summary>
        /// False for NOT NULL, true for NULL, null when nullability is not written. A PRIMARY KEY makes the column
        /// NOT NULL in the engine, but that is the catalog's conclusion, not stated here.
        /// </summary>
        public bool? IsNullable { get; }

        /// <summary>Inline constraints in order, NOT NULL and NULL included (each with its span).</summary>
        public IReadOnlyList<ConstraintDefinition> Constraints { get; }

        /// <summary>MySQL <c>CHARACTER SET utf8</c> or <c>CHARSET utf8</c> on the column.</summary>
        public OptionSetting? CharacterSet { get; }

        /// <summary><c>COLLATE x</c> on the column.</summary>
        public OptionSetting? Collation { get; }

        /// <summary>
        /// <c>IDENTITY(1,1)</c>, <c>AUTO_INCREMENT</c>, or <c>GENERATED {ALWAYS | BY DEFAULT [ON NULL]} AS IDENTITY [(...)]</c>;
        /// the keyword holds the words without arguments. PostgreSQL SERIAL types are data types, not identities.
        /// </summary>
        public OptionClause? Identity { get; }

        /// <summary>The expression of a virtual, generated or computed column (<c>GENERATED ALWAYS AS (expr)</c>, <c>AS (expr)</c>).</summary>
        public Expression? GeneratedAs { get; }

        /// <summary><c>VIRTUAL</c>, <c>STORED</c> or <c>PERSISTED</c> after a generated column's expression.</summary>
        public OptionClause? GeneratedStorage { get; }

        /// <summary>MySQL <c>ON UPDATE CURRENT_TIMESTAMP</c>: the value after ON UPDATE.</summary>
        public Expression? OnUpdate { get; }
    }

    /// <summary>A column's data type as written.</summary>
    public sealed class DataType : SyntaxNode
    {
        internal DataType(TextSpan span, string name, ObjectName? typeName, IReadOnlyList<string> arguments, bool isArray, bool isUnsigned)
            : base(span)
        {
            Name = name;
            TypeName = typeName;
            Arguments = arguments;
            IsArray = isArray;
            IsUnsigned = isUnsigned;
        }

        /// <summary>
        /// The type name in upper case, multi-word names single-spaced and without their arguments
        /// (<c>LONG RAW</c>, <c>DOUBLE PRECISION</c>, <c>CHARACTER VARYING</c>, <c>TIMESTAMP WITH TIME ZONE</c>,
        /// <c>INTERVAL DAY TO SECOND</c>, <c>NVARCHAR</c>); qualified names are joined with dots (<c>MDSYS.SDO_GEOMETRY</c>).
        /// </summary>
        public string Name { get; }

        /// <summary>The name as written when it is not a built-in type: a user-defined, object, domain or qualified type.</summary>
        public ObjectName? TypeName { get; }

        /// <summary>
        /// The arguments in parentheses, one string per argument, tokens single-spaced and keywords upper-cased:
        /// <c>["255"]</c>, <c>["10", "2"]</c>, <c>["MAX"]</c>, <c>["20 BYTE"]</c>, <c>["'a'", "'b'"]</c> for ENUM.
        /// </summary>
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>PostgreSQL array types: <c>int[]</c>, <c>text[][]</c>, <c>integer ARRAY</c>.</summary>
        public bool IsArray { get; }

        /// <summary>MySQL <c>UNSIGNED</c>.</summary>
        public bool IsUnsigned { get; }

        /// <summary>Whether <see cref="Name"/> equals <paramref name="name"/> ignoring case.</summary>
        public bool NameIs(string name) => string.Equals(Name, name, System.StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc />
        public override string ToString() => Arguments.Count == 0 ? Name : Name + "(" + string.Join(",", Arguments) + ")";
    }
}

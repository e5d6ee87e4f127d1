using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>What a stored program unit is.</summary>
    public enum ProgramUnitKind
    {
        /// <summary><c>PROCEDURE</c> (T-SQL also <c>PROC</c>).</summary>
        Procedure,

        /// <summary><c>FUNCTION</c>.</summary>
        Function,

        /// <summary>A package specification: <c>PACKAGE</c>.</summary>
        Package,

        /// <summary><c>PACKAGE BODY</c>.</summary>
        PackageBody,

        /// <summary><c>TRIGGER</c>.</summary>
        Trigger,

        /// <summary>A type specification: <c>TYPE</c>.</summary>
        Type,

        /// <summary><c>TYPE BODY</c>.</summary>
        TypeBody,

        /// <summary><c>LIBRARY</c>.</summary>
        Library,

        /// <summary><c>JAVA SOURCE|RESOURCE|CLASS</c>.</summary>
        Java,

        /// <summary>Anything else.</summary>
        Other,
    }

    /// <summary>
    /// CREATE [OR REPLACE] PROCEDURE, FUNCTION, PACKAGE [BODY], TRIGGER, TYPE [BODY], LIBRARY or JAVA, in any dialect.
    /// PL/SQL bodies are read down to their statements; MySQL <c>BEGIN ... END</c> bodies and T-SQL bodies likewise;
    /// PostgreSQL's dollar-quoted bodies are strings and are not read. Specifications (package, type) keep only their
    /// kind and name.
    /// </summary>
    public sealed class CreateProgramUnitStatement : Statement
    {
        internal CreateProgramUnitStatement(
            TextSpan span,
            ProgramUnitKind unitKind,
            ObjectName name,
            OptionClause? orReplace,
            IReadOnlyList<PlSqlBlock> bodies,
            ObjectName? triggerTable)
            : base(StatementKind.CreateProgramUnit, span)
        {
            UnitKind = unitKind;
            Name = name;
            OrReplace = orReplace;
            Bodies = bodies;
            TriggerTable = triggerTable;
        }

        /// <summary>What kind of unit.</summary>
        public ProgramUnitKind UnitKind { get; }

        /// <summary>The unit's name.</summary>
        public ObjectName Name { get; }

        /// <summary><c>OR REPLACE</c> (T-SQL <c>OR ALTER</c>), if written.</summary>
        public OptionClause? OrReplace { get; }

        /// <summary>
        /// The executable bodies read: the body of a procedure, function or trigger; for a package or type body, the
        /// body of every subprogram and then the initialisation section, in text order; for a compound trigger, each
        /// timing-point section. Subprograms nested inside these are in their <see cref="PlSqlBlock.Subprograms"/>.
        /// Empty for specifications and for bodies kept as strings (PostgreSQL).
        /// </summary>
        public IReadOnlyList<PlSqlBlock> Bodies { get; }

        /// <summary>For a trigger, the table (or view) it is defined on (<c>... ON t</c>); null for schema and database triggers.</summary>
        public ObjectName? TriggerTable { get; }
    }
}

using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>ALTER TABLE with its actions in order.</summary>
    public sealed class AlterTableStatement : Statement
    {
        internal AlterTableStatement(TextSpan span, ObjectName name, bool ifExists, bool only, IReadOnlyList<AlterTableAction> actions)
            : base(StatementKind.AlterTable, span)
        {
            Name = name;
            IfExists = ifExists;
            Only = only;
            Actions = actions;
            Options = actions.SelectMany(OptionsOf).ToArray();
            AllLoggingClauses = actions.SelectMany(a => a.DescendantsAndSelf().OfType<LoggingClause>()).ToArray();
        }

        /// <summary>The table.</summary>
        public ObjectName Name { get; }

        /// <summary><c>IF EXISTS</c>.</summary>
        public bool IfExists { get; }

        /// <summary>PostgreSQL <c>ONLY</c>: descendant tables are not altered.</summary>
        public bool Only { get; }

        /// <summary>The actions in order.</summary>
        public IReadOnlyList<AlterTableAction> Actions { get; }

        /// <summary>
        /// Every <c>name = value</c> option of the statement, wherever it was written: MySQL <c>ALGORITHM=INSTANT</c>
        /// and <c>LOCK=NONE</c>, SQL Server <c>WITH (ONLINE = ON)</c> after an action, table options, CONVERT TO's
        /// character set, and the index options of added constraints (<c>ADD CONSTRAINT pk PRIMARY KEY (id) WITH (ONLINE = ON)</c>).
        /// Column-level character sets and collations are not included. A view over nodes held by the actions.
        /// </summary>
        [DerivedView]
        public IReadOnlyList<OptionSetting> Options { get; }

        /// <summary>Every logging clause in the actions (table, partition, LOB storage). A view over nodes held by the actions.</summary>
        [DerivedView]
        public IReadOnlyList<LoggingClause> AllLoggingClauses { get; }

        /// <summary>The option named <paramref name="name"/> (ignoring case), or null.</summary>
        public OptionSetting? FindOption(string name) =>
            Options.FirstOrDefault(o => string.Equals(o.Name, name, System.StringComparison.OrdinalIgnoreCase));

        private static IEnumerable<OptionSetting> OptionsOf(AlterTableAction action)
        {
            switch (action)
            {
                case TableOptionsAction t: return t.Options;
                case ConvertCharsetAction c: return c.Collation == null ? new[] { c.CharacterSet } : new[] { c.CharacterSet, c.Collation };
                case AddConstraintAction a: return a.Constraint.Options;
                default: return System.Array.Empty<OptionSetting>();
            }
        }
    }

    /// <summary>One action of an ALTER TABLE statement; its span covers the action's words.</summary>
    public abstract class AlterTableAction : SyntaxNode
    {
        /// <summary>Creates an action.</summary>
        protected AlterTableAction(TextSpan span)
            : base(span)
        {
        }
    }

    /// <summary><c>ADD [COLUMN] c type ...</c>, Oracle <c>ADD (c1 ..., c2 ...)</c>, SQL Server <c>ADD c1 type, c2 type</c>.</summary>
    public sealed class AddColumnsAction : AlterTableAction
    {
        internal AddColumnsAction(TextSpan span, IReadOnlyList<ColumnDefinition> columns, bool ifNotExists)
            : base(span)
        {
            Columns = columns;
            IfNotExists = ifNotExists;
        }

        /// <summary>The added columns.</summary>
        public IReadOnlyList<ColumnDefinition> Columns { get; }

        /// <summary>PostgreSQL/MariaDB <c>IF NOT EXISTS</c>.</summary>
        public bool IfNotExists { get; }
    }

    /// <summary>Oracle <c>MODIFY (c ...)</c>, MySQL <c>MODIFY [COLUMN] c ...</c> and <c>CHANGE [COLUMN] old new ...</c>.</summary>
    public sealed class ModifyColumnsAction : AlterTableAction
    {
        internal ModifyColumnsAction(TextSpan span, IReadOnlyList<ColumnDefinition> columns, Identifier? oldName)
            : base(span)
        {
            Columns = columns;
            OldName = oldName;
        }

        /// <summary>The columns' new definitions (an Oracle MODIFY may give only what changes, such as <c>NOT NULL</c>).</summary>
        public IReadOnlyList<ColumnDefinition> Columns { get; }

        /// <summary>MySQL CHANGE: the column's old name (the new one is the column definition's name).</summary>
        public Identifier? OldName { get; }
    }

    /// <summary>PostgreSQL, SQL Server and MySQL <c>ALTER [COLUMN] c ...</c>.</summary>
    public sealed class AlterColumnAction : AlterTableAction
    {
        internal AlterColumnAction(TextSpan span, Identifier column, string change)
            : base(span)
        {
            Column = column;
            Change = change;
        }

        /// <summary>The column.</summary>
        public Identifier Column { get; }

        /// <summary>
        /// What changes, in upper case: <c>TYPE</c> (PostgreSQL <c>[SET DATA] TYPE</c>, SQL Server <c>ALTER COLUMN c type</c>),
        /// <c>SET DEFAULT</c>, <c>DROP DEFAULT</c>, <c>SET NOT NULL</c>, <c>DROP NOT NULL</c>, <c>ADD GENERATED</c>,
        /// <c>DROP IDENTITY</c>, <c>SET STATISTICS</c>, <c>SET STORAGE</c>, <c>SET VISIBLE</c>, <c>ADD ROWGUIDCOL</c>, ...
        /// </summary>
        public string Change { get; }

        /// <summary>The new type for a TYPE change.</summary>
        public DataType? NewType { get; internal set; }

        /// <summary>SQL Server <c>ALTER COLUMN c type [NOT] NULL</c>: false for NOT NULL, true for NULL, null when not written.</summary>
        public bool? IsNullable { get; internal set; }

        /// <summary>The value of SET DEFAULT.</summary>
        public Expression? Default { get; internal set; }

        /// <summary>PostgreSQL <c>TYPE t USING expr</c>: the conversion expression.</summary>
        public Expression? Using { get; internal set; }
    }

    /// <summary><c>DROP [COLUMN] c</c>, Oracle <c>DROP (c1, c2)</c>, SQL Server <c>DROP COLUMN c1, c2</c>.</summary>
    public sealed class DropColumnsAction : AlterTableAction
    {
        internal DropColumnsAction(TextSpan span, IReadOnlyList<Identifier> columns, bool ifExists, OptionClause? cascade)
            : base(span)
        {
            Columns = columns;
            IfExists = ifExists;
            Cascade = cascade;
        }

        /// <summary>The dropped columns.</summary>
        public IReadOnlyList<Identifier> Columns { get; }

        /// <summary><c>IF EXISTS</c>.</summary>
        public bool IfExists { get; }

        /// <summary><c>CASCADE</c> or Oracle <c>CASCADE CONSTRAINTS</c>.</summary>
        public OptionClause? Cascade { get; }
    }

    /// <summary><c>RENAME [COLUMN] a TO b</c>.</summary>
    public sealed class RenameColumnAction : AlterTableAction
    {
        internal RenameColumnAction(TextSpan span, Identifier from, Identifier to)
            : base(span)
        {
            From = from;
            To = to;
        }

        /// <summary>The old name.</summary>
        public Identifier From { get; }

        /// <summary>The new name.</summary>
        public Identifier To { get; }
    }

    /// <summary><c>RENAME TO new</c> (MySQL also <c>RENAME [AS] new</c>).</summary>
    public sealed class RenameTableAction : AlterTableAction
    {
        internal RenameTableAction(TextSpan span, ObjectName newName)
            : base(span) => NewName = newName;

        /// <summary>The new name.</summary>
        public ObjectName NewName { get; }
    }

    /// <summary>MySQL <c>RENAME {INDEX | KEY} a TO b</c>.</summary>
    public sealed class RenameIndexAction : AlterTableAction
    {
        internal RenameIndexAction(TextSpan span, Identifier from, Identifier to)
            : base(span)
        {
            From = from;
            To = to;
        }

        /// <summary>The old name.</summary>
        public Identifier From { get; }

        /// <summary>The new name.</summary>
        public Identifier To { get; }
    }

    /// <summary><c>ADD [CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK | DEFAULT ...</c>.</summary>
    public sealed class AddConstraintAction : AlterTableAction
    {
        internal AddConstraintAction(TextSpan span, OptionClause? existingRowsCheck, ConstraintDefinition constraint)
            : base(span)
        {
            ExistingRowsCheck = existingRowsCheck;
            Constraint = constraint;
        }

        /// <summary>
        /// SQL Server <c>WITH CHECK</c> or <c>WITH NOCHECK</c> written before ADD. It applies to every constraint of the
        /// ADD, but is written once: the first constraint's action holds it (and its span starts there), and every
        /// constraint shows it as <see cref="ConstraintDefinition.WithCheck"/> or <see cref="ConstraintDefinition.NoCheck"/>.
        /// </summary>
        public OptionClause? ExistingRowsCheck { get; }

        /// <summary>The added constraint (its <see cref="ConstraintDefinition.NotValid"/> or <see cref="ConstraintDefinition.NoCheck"/> tell whether existing rows are checked).</summary>
        public ConstraintDefinition Constraint { get; }
    }

    /// <summary>
    /// <c>DROP CONSTRAINT c</c>, <c>DROP PRIMARY KEY</c>, Oracle <c>DROP UNIQUE (cols)</c>, MySQL <c>DROP FOREIGN KEY fk</c> and <c>DROP CHECK c</c>.
    /// </summary>
    public sealed class DropConstraintAction : AlterTableAction
    {
        internal DropConstraintAction(TextSpan span, Identifier? name, ConstraintKind? kind, bool ifExists, OptionClause? cascade)
            : base(span)
        {
            Name = name;
            Kind = kind;
            IfExists = ifExists;
            Cascade = cascade;
        }

        /// <summary>The constraint's name (null for DROP PRIMARY KEY and DROP UNIQUE (cols)).</summary>
        public Identifier? Name { get; }

        /// <summary>The kind when the syntax names it (PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK); null for DROP CONSTRAINT.</summary>
        public ConstraintKind? Kind { get; }

        /// <summary><c>IF EXISTS</c>.</summary>
        public bool IfExists { get; }

        /// <summary><c>CASCADE</c>: dependent constraints go too.</summary>
        public OptionClause? Cascade { get; }

        /// <summary>Oracle <c>DROP UNIQUE (cols)</c>: the columns.</summary>
        public IReadOnlyList<Identifier> Columns { get; internal set; } = System.Array.Empty<Identifier>();
    }

    /// <summary>
    /// Turning constraint checking on or off: Oracle <c>ENABLE|DISABLE [VALIDATE|NOVALIDATE] CONSTRAINT c</c> and
    /// <c>MODIFY CONSTRAINT c ...</c>, PostgreSQL <c>VALIDATE CONSTRAINT c</c>, SQL Server
    /// <c>[WITH CHECK|NOCHECK] CHECK|NOCHECK CONSTRAINT {ALL | c, ...}</c>.
    /// </summary>
    public sealed class ConstraintStateAction : AlterTableAction
    {
        internal ConstraintStateAction(TextSpan span, OptionClause state, IReadOnlyList<Identifier> constraints, bool allConstraints, ConstraintKind? kind, OptionClause? validation)
            : base(span)
        {
            State = state;
            Constraints = constraints;
            AllConstraints = allConstraints;
            Kind = kind;
            Validation = validation;
        }

        /// <summary>The verb: <c>ENABLE</c>, <c>DISABLE</c>, <c>VALIDATE</c>, <c>CHECK</c>, <c>NOCHECK</c>, <c>MODIFY</c>.</summary>
        public OptionClause State { get; }

        /// <summary>The constraints named.</summary>
        public IReadOnlyList<Identifier> Constraints { get; }

        /// <summary>SQL Server <c>CONSTRAINT ALL</c>.</summary>
        public bool AllConstraints { get; }

        /// <summary>Oracle <c>ENABLE PRIMARY KEY</c> or <c>ENABLE UNIQUE (cols)</c>: the kind instead of a name.</summary>
        public ConstraintKind? Kind { get; }

        /// <summary>Oracle <c>VALIDATE</c>/<c>NOVALIDATE</c>, SQL Server <c>WITH CHECK</c>/<c>WITH NOCHECK</c>.</summary>
        public OptionClause? Validation { get; }
    }

    /// <summary>MySQL <c>ADD {INDEX | KEY | UNIQUE [INDEX|KEY] | FULLTEXT | SPATIAL} [name] (cols)</c>.</summary>
    public sealed class AddIndexAction : AlterTableAction
    {
        internal AddIndexAction(TextSpan span, Identifier? name, bool unique, string category, IReadOnlyList<Identifier> columns)
            : base(span)
        {
            Name = name;
            Unique = unique;
            Category = category;
            Columns = columns;
        }

        /// <summary>The index name, if written.</summary>
        public Identifier? Name { get; }

        /// <summary>Whether it is unique.</summary>
        public bool Unique { get; }

        /// <summary><c>INDEX</c>, <c>FULLTEXT</c> or <c>SPATIAL</c>.</summary>
        public string Category { get; }

        /// <summary>The indexed columns (expression key parts are left out).</summary>
        public IReadOnlyList<Identifier> Columns { get; }
    }

    /// <summary>MySQL <c>DROP {INDEX | KEY} name</c>.</summary>
    public sealed class DropIndexAction : AlterTableAction
    {
        internal DropIndexAction(TextSpan span, Identifier name)
            : base(span) => Name = name;

        /// <summary>The index.</summary>
        public Identifier Name { get; }
    }

    /// <summary>
    /// Oracle <c>MOVE [PARTITION p] [ONLINE] [TABLESPACE x] [NOLOGGING] [LOB (...) STORE AS (...)] [UPDATE INDEXES]</c>,
    /// and PostgreSQL <c>SET TABLESPACE x</c>, which rewrites the table the same way.
    /// </summary>
    public sealed class MoveAction : AlterTableAction
    {
        internal MoveAction(TextSpan span, OptionClause? online, LoggingClause? logging, Identifier? tablespace, Identifier? partition, OptionClause? updateIndexes)
            : base(span)
        {
            Online = online;
            Logging = logging;
            Tablespace = tablespace;
            Partition = partition;
            UpdateIndexes = updateIndexes;
        }

        /// <summary>The <c>MOVE</c> keyword; for PostgreSQL, <c>SET TABLESPACE</c>.</summary>
        public TextSpan KeywordSpan { get; internal set; }

        /// <summary><c>ONLINE</c> (Oracle 12.2+).</summary>
        public OptionClause? Online { get; }

        /// <summary>The segment's LOGGING or NOLOGGING.</summary>
        public LoggingClause? Logging { get; }

        /// <summary>The target tablespace.</summary>
        public Identifier? Tablespace { get; }

        /// <summary>The partition or subpartition moved, if any.</summary>
        public Identifier? Partition { get; }

        /// <summary><c>UPDATE [GLOBAL] INDEXES</c>: indexes stay usable.</summary>
        public OptionClause? UpdateIndexes { get; }

        /// <summary>Logging clauses of LOB storage moved along (<c>LOB (c) STORE AS (NOLOGGING)</c>).</summary>
        public IReadOnlyList<LoggingClause> LobLogging { get; internal set; } = System.Array.Empty<LoggingClause>();
    }

    /// <summary>
    /// <c>ALTER TABLE t NOLOGGING</c> or <c>LOGGING</c>, also <c>MODIFY PARTITION p NOLOGGING</c> and
    /// <c>MODIFY LOB (c) (NOLOGGING)</c>; PostgreSQL <c>SET UNLOGGED</c> (reported as NOLOGGING) and <c>SET LOGGED</c>.
    /// </summary>
    public sealed class LoggingAction : AlterTableAction
    {
        internal LoggingAction(TextSpan span, LoggingClause logging, Identifier? partition)
            : base(span)
        {
            Logging = logging;
            Partition = partition;
        }

        /// <summary>The logging clause.</summary>
        public LoggingClause Logging { get; }

        /// <summary>The partition it applies to, if any.</summary>
        public Identifier? Partition { get; }
    }

    /// <summary><c>EXCHANGE PARTITION p WITH TABLE t [INCLUDING|EXCLUDING INDEXES] [WITH|WITHOUT VALIDATION]</c>.</summary>
    public sealed class ExchangePartitionAction : AlterTableAction
    {
        internal ExchangePartitionAction(TextSpan span, Identifier partition, ObjectName table)
            : base(span)
        {
            Partition = partition;
            Table = table;
        }

        /// <summary>The partition (or subpartition).</summary>
        public Identifier Partition { get; }

        /// <summary>The table exchanged with.</summary>
        public ObjectName Table { get; }

        /// <summary><c>WITHOUT VALIDATION</c>.</summary>
        public OptionClause? WithoutValidation { get; internal set; }

        /// <summary><c>WITH VALIDATION</c>.</summary>
        public OptionClause? WithValidation { get; internal set; }

        /// <summary><c>INCLUDING INDEXES</c>.</summary>
        public OptionClause? IncludingIndexes { get; internal set; }

        /// <summary><c>EXCLUDING INDEXES</c>.</summary>
        public OptionClause? ExcludingIndexes { get; internal set; }

        /// <summary><c>UPDATE [GLOBAL] INDEXES</c>.</summary>
        public OptionClause? UpdateIndexes { get; internal set; }
    }

    /// <summary>Oracle 12.2 <c>MODIFY PARTITION BY ... [ONLINE] [UPDATE INDEXES (...)]</c>, MySQL <c>PARTITION BY ...</c> in ALTER TABLE.</summary>
    public sealed class ModifyPartitioningAction : AlterTableAction
    {
        internal ModifyPartitioningAction(TextSpan span, PartitioningClause partitioning, OptionClause? online, OptionClause? updateIndexes)
            : base(span)
        {
            Partitioning = partitioning;
            Online = online;
            UpdateIndexes = updateIndexes;
        }

        /// <summary>The keywords <c>MODIFY PARTITION BY</c> (MySQL: <c>PARTITION BY</c>).</summary>
        public TextSpan KeywordSpan { get; internal set; }

        /// <summary>The new partitioning.</summary>
        public PartitioningClause Partitioning { get; }

        /// <summary><c>ONLINE</c>.</summary>
        public OptionClause? Online { get; }

        /// <summary><c>UPDATE INDEXES</c>.</summary>
        public OptionClause? UpdateIndexes { get; }
    }

    /// <summary>
    /// Partition maintenance other than MOVE, EXCHANGE and MODIFY PARTITION BY: Oracle and MySQL
    /// <c>ADD</c>, <c>DROP</c>, <c>TRUNCATE</c>, <c>SPLIT</c>, <c>MERGE</c>, <c>COALESCE</c>, <c>MODIFY</c>,
    /// <c>REORGANIZE</c>, <c>REBUILD</c> ... <c>PARTITION</c>.
    /// </summary>
    public sealed class PartitionMaintenanceAction : AlterTableAction
    {
        internal PartitionMaintenanceAction(TextSpan span, string operation, IReadOnlyList<Identifier> partitions, OptionClause? updateIndexes, OptionClause? online)
            : base(span)
        {
            Operation = operation;
            Partitions = partitions;
            UpdateIndexes = updateIndexes;
            Online = online;
        }

        /// <summary>The verb in upper case (<c>DROP</c>, <c>TRUNCATE</c>, ...).</summary>
        public string Operation { get; }

        /// <summary>The partitions named (new ones for ADD).</summary>
        public IReadOnlyList<Identifier> Partitions { get; }

        /// <summary><c>UPDATE [GLOBAL] INDEXES</c>: global indexes stay usable.</summary>
        public OptionClause? UpdateIndexes { get; }

        /// <summary><c>ONLINE</c>.</summary>
        public OptionClause? Online { get; }
    }

    /// <summary>Oracle <c>SET UNUSED (c1, c2)</c> and <c>SET UNUSED COLUMN c</c>.</summary>
    public sealed class SetUnusedAction : AlterTableAction
    {
        internal SetUnusedAction(TextSpan span, IReadOnlyList<Identifier> columns, OptionClause? online)
            : base(span)
        {
            Columns = columns;
            Online = online;
        }

        /// <summary>The columns.</summary>
        public IReadOnlyList<Identifier> Columns { get; }

        /// <summary><c>ONLINE</c>.</summary>
        public OptionClause? Online { get; }
    }

    /// <summary>MySQL <c>CONVERT TO CHARACTER SET cs [COLLATE c]</c>, which rewrites every text column.</summary>
    public sealed class ConvertCharsetAction : AlterTableAction
    {
        internal ConvertCharsetAction(TextSpan span, OptionSetting characterSet, OptionSetting? collation)
            : base(span)
        {
            CharacterSet = characterSet;
            Collation = collation;
        }

        /// <summary>The character set (name <c>CHARACTER SET</c> or <c>CHARSET</c>).</summary>
        public OptionSetting CharacterSet { get; }

        /// <summary>The collation, if given.</summary>
        public OptionSetting? Collation { get; }
    }

    /// <summary>
    /// <c>name = value</c> options: MySQL <c>ALGORITHM=INSTANT</c>, <c>LOCK=NONE</c>, <c>ENGINE=</c>, <c>DEFAULT CHARSET=</c>;
    /// SQL Server <c>WITH (ONLINE = ON)</c> and <c>SET (LOCK_ESCALATION = ...)</c>; PostgreSQL <c>SET (fillfactor = 70)</c>.
    /// </summary>
    public sealed class TableOptionsAction : AlterTableAction
    {
        internal TableOptionsAction(TextSpan span, IReadOnlyList<OptionSetting> options)
            : base(span) => Options = options;

        /// <summary>The options.</summary>
        public IReadOnlyList<OptionSetting> Options { get; }
    }

    /// <summary>An action read only as far as its leading words (owner changes, triggers, storage attributes, ...).</summary>
    public sealed class OtherTableAction : AlterTableAction
    {
        internal OtherTableAction(TextSpan span, string description)
            : base(span) => Description = description;

        /// <summary>The leading keywords in upper case (<c>OWNER TO</c>, <c>ENABLE ROW MOVEMENT</c>, <c>FORCE</c>, <c>SHRINK SPACE</c>).</summary>
        public string Description { get; }
    }
}

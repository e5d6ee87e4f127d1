using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>DROP TABLE.</summary>
    public sealed class DropTableStatement : Statement
    {
        internal DropTableStatement(TextSpan span, IReadOnlyList<ObjectName> tables)
            : base(StatementKind.DropTable, span) => Tables = tables;

        /// <summary>The tables, in order.</summary>
        public IReadOnlyList<ObjectName> Tables { get; }

        /// <summary><c>IF EXISTS</c>.</summary>
        public bool IfExists { get; internal set; }

        /// <summary>MySQL <c>DROP TEMPORARY TABLE</c>.</summary>
        public OptionClause? Temporary { get; internal set; }

        /// <summary>Oracle <c>CASCADE CONSTRAINTS</c>: foreign keys of other tables pointing here are dropped.</summary>
        public OptionClause? CascadeConstraints { get; internal set; }

        /// <summary>PostgreSQL/MySQL <c>CASCADE</c>: dependent objects (views, foreign keys) are dropped.</summary>
        public OptionClause? Cascade { get; internal set; }

        /// <summary><c>RESTRICT</c>.</summary>
        public OptionClause? Restrict { get; internal set; }

        /// <summary>Oracle <c>PURGE</c>: the table skips the recycle bin and cannot be flashed back.</summary>
        public OptionClause? Purge { get; internal set; }
    }

    /// <summary>Oracle <c>RENAME a TO b</c>, MySQL <c>RENAME TABLE a TO b, c TO d</c>.</summary>
    public sealed class RenameStatement : Statement
    {
        internal RenameStatement(TextSpan span, IReadOnlyList<RenamePair> pairs)
            : base(StatementKind.Rename, span) => Pairs = pairs;

        /// <summary>The renames, in order.</summary>
        public IReadOnlyList<RenamePair> Pairs { get; }
    }

    /// <summary>One <c>old TO new</c> of a RENAME statement.</summary>
    public sealed class RenamePair : SyntaxNode
    {
        internal RenamePair(TextSpan span, ObjectName from, ObjectName to)
            : base(span)
        {
            From = from;
            To = to;
        }

        /// <summary>The old name.</summary>
        public ObjectName From { get; }

        /// <summary>The new name.</summary>
        public ObjectName To { get; }
    }

    /// <summary><c>COMMENT ON kind target IS 'text'</c>.</summary>
    public sealed class CommentStatement : Statement
    {
        internal CommentStatement(TextSpan span, string targetKind, ObjectName target, ObjectName? parent, Expression? text)
            : base(StatementKind.Comment, span)
        {
            TargetKind = targetKind;
            Target = target;
            Parent = parent;
            Text = text;
        }

        /// <summary>What is commented, in upper case: <c>TABLE</c>, <c>COLUMN</c>, <c>INDEX</c>, <c>MATERIALIZED VIEW</c>, ...</summary>
        public string TargetKind { get; }

        /// <summary>The object (for COLUMN, <c>table.column</c>).</summary>
        public ObjectName Target { get; }

        /// <summary>PostgreSQL <c>COMMENT ON CONSTRAINT c ON t</c> (also TRIGGER, POLICY, RULE): the table.</summary>
        public ObjectName? Parent { get; }

        /// <summary>The comment text (a string literal, or NULL to remove it).</summary>
        public Expression? Text { get; }
    }
}

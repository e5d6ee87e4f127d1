using System.Collections.Generic;
using System.Linq;

namespace SchemaGuard.Core.Schema
{
    /// <summary>
    /// A table reached from a deleted table through foreign keys, with the chain of foreign keys that leads there, from
    /// the deleted table's child down to this table.
    /// </summary>
    public sealed class CascadePath
    {
        // Chains share their prefixes (each step points at the step before), so a deep cascade costs linear, not quadratic, space.
        private readonly CascadePath? _previous;
        private readonly ConstraintInfo _foreignKey;
        private IReadOnlyList<ConstraintInfo>? _foreignKeys;

        internal CascadePath(TableInfo table, ConstraintInfo foreignKey, CascadePath? previous, DeleteRule effect)
        {
            Table = table;
            _foreignKey = foreignKey;
            _previous = previous;
            Effect = effect;
            Depth = previous == null ? 1 : previous.Depth + 1;
        }

        /// <summary>The table that loses rows (or has rows updated).</summary>
        public TableInfo Table { get; }

        /// <summary>The foreign keys followed, in order: the first references the deleted table, the last belongs to <see cref="Table"/>.</summary>
        public IReadOnlyList<ConstraintInfo> ForeignKeys => _foreignKeys ??= Collect();

        /// <summary><see cref="DeleteRule.Cascade"/> when rows are deleted; <see cref="DeleteRule.SetNull"/> or <see cref="DeleteRule.SetDefault"/> when rows are updated.</summary>
        public DeleteRule Effect { get; }

        /// <summary>How many foreign keys away from the deleted table (1 for a direct child).</summary>
        public int Depth { get; }

        /// <summary>The chain as text: <c>orders -&gt; order_items (fk_items_order) -&gt; item_notes (fk_notes_item)</c>.</summary>
        public string Describe(string rootName)
        {
            IEnumerable<string> steps = ForeignKeys.Select(fk => fk.Table.ToString() + " (" + fk.DisplayName + ")");
            return rootName + " -> " + string.Join(" -> ", steps);
        }

        private ConstraintInfo[] Collect()
        {
            var chain = new ConstraintInfo[Depth];
            CascadePath? step = this;
            for (int i = Depth - 1; i >= 0 && step != null; i--, step = step._previous) chain[i] = step._foreignKey;
            return chain;
        }

        /// <inheritdoc />
        public override string ToString() => Table.DisplayName;
    }

    /// <summary>What deleting rows of a table does to other tables through ON DELETE actions, transitively.</summary>
    public sealed class CascadeResult
    {
        private static readonly IReadOnlyList<CascadePath> None = new CascadePath[0];

        internal CascadeResult(SchemaObjectName root, IReadOnlyList<CascadePath>? deleted, IReadOnlyList<CascadePath>? updated, bool isSelfCascading)
        {
            Root = root;
            Deleted = deleted ?? None;
            Updated = updated ?? None;
            IsSelfCascading = isSelfCascading;
        }

        /// <summary>The table whose rows are deleted.</summary>
        public SchemaObjectName Root { get; }

        /// <summary>
        /// Every other table that loses rows, through ON DELETE CASCADE foreign keys followed transitively, nearest first;
        /// each table once, with the shortest chain that reaches it.
        /// </summary>
        public IReadOnlyList<CascadePath> Deleted { get; }

        /// <summary>
        /// Tables whose rows are updated rather than deleted: children, by ON DELETE SET NULL or SET DEFAULT, of the deleted
        /// table or of any table in <see cref="Deleted"/> (tables already losing rows are not repeated here).
        /// </summary>
        public IReadOnlyList<CascadePath> Updated { get; }

        /// <summary>Whether a table on the way references itself ON DELETE CASCADE (deleting one row deletes its subtree), the root included.</summary>
        public bool IsSelfCascading { get; }

        /// <summary>Whether the delete reaches no other table.</summary>
        public bool IsEmpty => Deleted.Count == 0 && Updated.Count == 0;
    }
}

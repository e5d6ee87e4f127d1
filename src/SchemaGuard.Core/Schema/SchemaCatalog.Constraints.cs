using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Schema.Replay;

namespace SchemaGuard.Core.Schema
{
    public sealed partial class SchemaCatalog
    {
        internal string? AddConstraint(SchemaObjectName tableName, ConstraintSpec spec, SchemaSource source)
        {
            TableInfo table = GetOrInfer(tableName);
            SchemaObjectName? referenced = null;
            if (spec.Kind == ConstraintType.ForeignKey && spec.ReferencedTable != null)
            {
                // A parent no replayed statement created still gets an entry, so its children's cascades are known.
                referenced = ResolveTableKey(spec.ReferencedTable) ?? GetOrInfer(spec.ReferencedTable).Name;
                table = _tables[table.Name];
            }

            var constraint = new ConstraintInfo(
                spec.Name, table.Name, spec.Kind, spec.Columns, referenced, spec.ReferencedColumns, spec.OnDelete, spec.DeclaredAt ?? source, spec.DisplayName);

            string? note = null;
            List<ConstraintInfo> constraints = table.Constraints.ToList();
            int existing = spec.Name == null ? -1 : constraints.FindIndex(c => string.Equals(c.Name, spec.Name, StringComparison.Ordinal));
            if (existing < 0 && spec.Kind == ConstraintType.PrimaryKey)
                existing = constraints.FindIndex(c => c.Kind == ConstraintType.PrimaryKey);
            if (existing >= 0)
            {
                note = "ADD CONSTRAINT " + constraint.DisplayName + " on " + table.DisplayName + ": "
                    + (constraints[existing].Kind == ConstraintType.PrimaryKey && spec.Kind == ConstraintType.PrimaryKey
                        ? "the table already has a primary key"
                        : "a constraint of that name already exists")
                    + " (declared at " + constraints[existing].DeclaredAt + "); the new one replaces it.";
                constraints[existing] = constraint;
            }
            else
            {
                constraints.Add(constraint);
            }

            table = table.WithConstraints(constraints);
            if (spec.Kind == ConstraintType.PrimaryKey)
                table = table.WithColumns(table.Columns.Select(c => spec.Columns.Contains(c.Name) ? c.With(isNullable: false) : c).ToList());
            Replace(table);
            return note;
        }

        internal string? DropConstraint(SchemaObjectName tableName, string? name, ConstraintType? kind, SchemaSource source, bool ifExists)
        {
            SchemaObjectName? key = ResolveTableKey(tableName);
            if (key == null)
                return ifExists ? null : "DROP CONSTRAINT " + (name ?? kind.ToString()) + " on " + tableName + ": no replayed statement created this table.";

            TableInfo table = _tables[key];
            int index = -1;
            for (int i = 0; i < table.Constraints.Count && index < 0; i++)
            {
                ConstraintInfo c = table.Constraints[i];
                bool nameMatches = name == null || string.Equals(c.Name, name, StringComparison.Ordinal);
                bool kindMatches = kind == null || c.Kind == kind;
                if (nameMatches && kindMatches) index = i;
            }

            if (index >= 0)
            {
                Replace(table.WithConstraints(table.Constraints.Where((c, i) => i != index).ToList()));
                return null;
            }

            // MySQL unique keys are indexes, and PostgreSQL names a constraint's index after it.
            if (name != null && table.FindIndex(name) != null)
            {
                Replace(table.WithIndexes(table.Indexes.Where(i => i.Name.Name != name).ToList()));
                return null;
            }

            return ifExists || table.IsInferred
                ? null
                : "DROP CONSTRAINT " + (name ?? kind.ToString()) + " on " + table.DisplayName + ": no replayed statement declared this constraint.";
        }

        internal string? RenameConstraint(SchemaObjectName tableName, string name, string newName, string? newDisplayName, SchemaSource source)
        {
            SchemaObjectName? key = ResolveTableKey(tableName);
            if (key == null) return "RENAME CONSTRAINT " + name + " on " + tableName + ": no replayed statement created this table.";
            TableInfo table = _tables[key];
            if (table.FindConstraint(name) == null)
            {
                return table.IsInferred
                    ? null
                    : "RENAME CONSTRAINT " + name + " on " + table.DisplayName + ": no replayed statement declared this constraint.";
            }
            Replace(table.WithConstraints(table.Constraints
                .Select(c => string.Equals(c.Name, name, StringComparison.Ordinal) ? c.With(name: newName, writtenName: newDisplayName) : c).ToList()));
            return null;
        }
    }
}

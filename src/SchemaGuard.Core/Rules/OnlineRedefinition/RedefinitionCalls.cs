using System;
using System.Collections.Generic;
using SchemaGuard.Core.Schema;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.OnlineRedefinition
{
    /// <summary>The DBMS_REDEFINITION procedures the rules tell apart.</summary>
    internal enum RedefinitionProcedure
    {
        /// <summary>Any other procedure of the package (<c>REDEF_TABLE</c>, <c>COPY_TABLE_DEPENDENTS</c>'s helpers, ...).</summary>
        Other,

        /// <summary><c>CAN_REDEF_TABLE(uname, tname, options_flag, part_name)</c>.</summary>
        CanRedefTable,

        /// <summary><c>START_REDEF_TABLE(uname, orig_table, int_table, col_mapping, options_flag, ...)</c>.</summary>
        StartRedefTable,

        /// <summary><c>COPY_TABLE_DEPENDENTS(uname, orig_table, int_table, ...)</c>.</summary>
        CopyTableDependents,

        /// <summary><c>REGISTER_DEPENDENT_OBJECT(uname, orig_table, int_table, dep_type, ...)</c>: an explicit copy made known to the package.</summary>
        RegisterDependentObject,

        /// <summary><c>SYNC_INTERIM_TABLE(uname, orig_table, int_table, ...)</c>.</summary>
        SyncInterimTable,

        /// <summary><c>FINISH_REDEF_TABLE(uname, orig_table, int_table, ...)</c>.</summary>
        FinishRedefTable,

        /// <summary><c>ABORT_REDEF_TABLE(uname, orig_table, int_table, ...)</c>.</summary>
        AbortRedefTable,
    }

    /// <summary>
    /// A recognized call of a DBMS_REDEFINITION procedure (in a PL/SQL block, a SQL*Plus EXEC line or a CALL), with its
    /// owner, table and interim table arguments read by name or by position. Shared by the online redefinition rules
    /// (SG3002, SG4002, SG4003) so that they recognize the same calls the same way.
    /// </summary>
    internal sealed class RedefinitionCall
    {
        private RedefinitionCall(CallStatement call, RedefinitionProcedure procedure, Expression? owner, Expression? table, Expression? interim)
        {
            Call = call;
            Procedure = procedure;
            Owner = owner;
            Table = table;
            Interim = interim;
            OwnerKey = KeyOf(owner);
            TableKey = KeyOf(table);
            InterimKey = KeyOf(interim);
        }

        /// <summary>The call statement.</summary>
        internal CallStatement Call { get; }

        /// <summary>Which procedure it calls.</summary>
        internal RedefinitionProcedure Procedure { get; }

        /// <summary>The <c>uname</c> argument, or null when not passed.</summary>
        internal Expression? Owner { get; }

        /// <summary>The redefined table: <c>tname</c> of CAN_REDEF_TABLE, <c>orig_table</c> of the others; null when not passed.</summary>
        internal Expression? Table { get; }

        /// <summary>The <c>int_table</c> argument (none for CAN_REDEF_TABLE).</summary>
        internal Expression? Interim { get; }

        /// <summary>A comparison key for <see cref="Owner"/>; null when it cannot be compared (see <see cref="KeyOf"/>).</summary>
        internal string? OwnerKey { get; }

        /// <summary>A comparison key for <see cref="Table"/>.</summary>
        internal string? TableKey { get; }

        /// <summary>A comparison key for <see cref="Interim"/>.</summary>
        internal string? InterimKey { get; }

        /// <summary>The owner as a name (string literal content), or null when it is not a literal.</summary>
        internal string? OwnerName => LiteralText(Owner);

        /// <summary>The table as a name (string literal content), or null when it is not a literal.</summary>
        internal string? TableName => LiteralText(Table);

        /// <summary>The interim table as a name (string literal content), or null when it is not a literal.</summary>
        internal string? InterimName => LiteralText(Interim);

        /// <summary>
        /// The owner argument as Oracle reads a name in a string: without its double quotes when quoted, else in upper case;
        /// null when it is not a literal or is empty.
        /// </summary>
        internal string? OwnerKeyForCatalog => FoldName(OwnerName);

        /// <summary>
        /// The catalog name of a table argument (<see cref="Table"/> or <see cref="Interim"/>), with the owner argument as
        /// its schema when that is a literal too; null when the table argument is not a string literal.
        /// </summary>
        internal SchemaObjectName? CatalogName(Expression? table)
        {
            string? name = FoldName(LiteralText(table));
            return name == null ? null : new SchemaObjectName(OwnerKeyForCatalog, name);
        }

        /// <summary>Recognizes a call of <c>[SYS.]DBMS_REDEFINITION.procedure</c>, in any case; null for any other statement.</summary>
        internal static RedefinitionCall? TryRead(Statement statement)
        {
            if (!(statement is CallStatement call)) return null;
            var parts = call.Procedure.Parts;
            if (parts.Count < 2 || parts.Count > 3 || call.Procedure.DatabaseLink != null) return null;
            if (!NameIs(parts[parts.Count - 2], "DBMS_REDEFINITION")) return null;
            if (parts.Count == 3 && !NameIs(parts[0], "SYS")) return null;

            var procedure = ProcedureOf(parts[parts.Count - 1]);
            var owner = call.FindArgument("uname", 0)?.Value;
            if (procedure == RedefinitionProcedure.CanRedefTable)
            {
                return new RedefinitionCall(call, procedure, owner, call.FindArgument("tname", 1)?.Value, null);
            }

            return new RedefinitionCall(call, procedure, owner, call.FindArgument("orig_table", 1)?.Value, call.FindArgument("int_table", 2)?.Value);
        }

        /// <summary>Every DBMS_REDEFINITION call among <paramref name="statements"/>, in their order.</summary>
        internal static List<RedefinitionCall> All(IEnumerable<Statement> statements)
        {
            var calls = new List<RedefinitionCall>();
            foreach (var statement in statements)
            {
                var call = TryRead(statement);
                if (call != null) calls.Add(call);
            }

            return calls;
        }

        /// <summary>
        /// Whether two calls may concern the same table: their tables match, and so do their owners when both are known.
        /// An argument that cannot be compared (an expression, a missing argument) matches anything, so a rule that
        /// looks for a step is not misled into reporting it missing.
        /// </summary>
        internal bool SameTableAs(RedefinitionCall other) =>
            Matches(TableKey, other.TableKey) && Matches(OwnerKey, other.OwnerKey);

        /// <inheritdoc />
        public override string ToString() => Procedure + "(" + (OwnerName ?? "?") + "." + (TableName ?? "?") + ")";

        /// <summary>
        /// The key two arguments are compared by: a string literal's content in upper case, without the double quotes a
        /// case-sensitive name may carry (DBMS_REDEFINITION folds unquoted names as SQL does, and the rule errs towards
        /// "same"); a variable's normalized name prefixed with <c>:</c>; null for anything else.
        /// </summary>
        private static string? KeyOf(Expression? value)
        {
            switch (value)
            {
                case LiteralExpression literal when literal.Kind == LiteralKind.String:
                    return literal.Value.Trim().Trim('"').ToUpperInvariant();
                case NameExpression name:
                    return ":" + name.Name.Normalized;
                case ParameterExpression parameter:
                    return ":" + parameter.Text.ToUpperInvariant();
                default:
                    return null;
            }
        }

        private static string? FoldName(string? literal)
        {
            if (literal == null) return null;
            string text = literal.Trim();
            if (text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"') return text.Length == 2 ? null : text.Substring(1, text.Length - 2);
            return text.Length == 0 ? null : text.ToUpperInvariant();
        }

        private static bool Matches(string? a, string? b) => a == null || b == null || a == b;

        private static string? LiteralText(Expression? value) =>
            value is LiteralExpression literal && literal.Kind == LiteralKind.String ? literal.Value : null;

        private static bool NameIs(Identifier identifier, string upperName) =>
            string.Equals(identifier.Normalized, upperName, StringComparison.OrdinalIgnoreCase) &&
            (!identifier.IsQuoted || identifier.Text == upperName);

        private static RedefinitionProcedure ProcedureOf(Identifier name)
        {
            if (name.IsQuoted && name.Text != name.Text.ToUpperInvariant()) return RedefinitionProcedure.Other;
            switch (name.Text.ToUpperInvariant())
            {
                case "CAN_REDEF_TABLE": return RedefinitionProcedure.CanRedefTable;
                case "START_REDEF_TABLE": return RedefinitionProcedure.StartRedefTable;
                case "COPY_TABLE_DEPENDENTS": return RedefinitionProcedure.CopyTableDependents;
                case "REGISTER_DEPENDENT_OBJECT": return RedefinitionProcedure.RegisterDependentObject;
                case "SYNC_INTERIM_TABLE": return RedefinitionProcedure.SyncInterimTable;
                case "FINISH_REDEF_TABLE": return RedefinitionProcedure.FinishRedefTable;
                case "ABORT_REDEF_TABLE": return RedefinitionProcedure.AbortRedefTable;
                default: return RedefinitionProcedure.Other;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Schema.Replay.FromSyntax;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Schema.Replay
{
    // Replaying parsed statements: the translation to changes is StatementToChanges'; this part decides which statements
    // run when a script runs and reads the DDL of dynamic SQL given as a literal.
    public sealed partial class SchemaReplayer
    {
        /// <summary>
        /// Applies what one statement changes. Clauses are located at the statement (use the overload taking the script
        /// to locate each clause on its own line). Statements that change no schema object are ignored.
        /// </summary>
        public void Apply(Statement statement, SchemaSource source)
        {
            if (statement == null) throw new ArgumentNullException(nameof(statement));
            if (source == null) throw new ArgumentNullException(nameof(source));
            ApplyStatement(statement, source, null);
        }

        /// <summary>
        /// Applies what one statement of <paramref name="script"/> changes (only that statement, not the ones nested in it),
        /// each declared object located at its own clause. PL/SQL <c>EXECUTE IMMEDIATE</c> of a string literal applies the
        /// DDL in the string.
        /// </summary>
        /// <param name="script">The parsed file the statement belongs to.</param>
        /// <param name="statement">A top-level or nested statement of the script.</param>
        /// <param name="isSnapshot">Whether the file is a schema snapshot rather than a migration.</param>
        public void Apply(SqlScript script, Statement statement, bool isSnapshot = false)
        {
            if (script == null) throw new ArgumentNullException(nameof(script));
            if (statement == null) throw new ArgumentNullException(nameof(statement));
            ApplyStatement(statement, SchemaSource.FromText(script.Source, statement.Span, isSnapshot), script);
        }

        /// <summary>
        /// Applies a whole file: every statement that runs when the file runs, in text order (see <see cref="RunsWithScript"/>).
        /// </summary>
        public void ApplyScript(SqlScript script, bool isSnapshot = false)
        {
            if (script == null) throw new ArgumentNullException(nameof(script));
            foreach (Statement top in script.Statements)
            {
                foreach (Statement statement in StatementsThatRun(top))
                    Apply(script, statement, isSnapshot);
            }
        }

        /// <summary>
        /// Whether a statement runs when its script runs, given the statements it is nested in (innermost first): a
        /// statement inside an anonymous block does, one inside the body of a procedure, function, package or trigger
        /// only runs when that unit is called, so it changes nothing at deployment.
        /// </summary>
        public static bool RunsWithScript(IEnumerable<Statement> enclosing)
        {
            if (enclosing == null) throw new ArgumentNullException(nameof(enclosing));
            return !enclosing.Any(s => s.Kind == StatementKind.CreateProgramUnit);
        }

        /// <summary><paramref name="top"/> and the statements nested in it that run with it, in text order.</summary>
        private static IEnumerable<Statement> StatementsThatRun(Statement top)
        {
            var found = new List<Statement>();
            var stack = new Stack<SyntaxNode>();
            stack.Push(top);
            while (stack.Count > 0)
            {
                SyntaxNode node = stack.Pop();
                if (node is Statement statement)
                {
                    found.Add(statement);
                    if (statement.Kind == StatementKind.CreateProgramUnit) continue;
                }

                foreach (SyntaxNode child in node.ChildNodes()) stack.Push(child);
            }

            return found.OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.Length);
        }

        private void ApplyStatement(Statement statement, SchemaSource source, SqlScript? script)
        {
            if (statement is ExecuteImmediateStatement dynamic)
            {
                ApplyDynamic(dynamic, source, script);
                return;
            }

            foreach (SchemaChange change in StatementToChanges.Translate(statement, source, script, Catalog)) Apply(change);
        }

        /// <summary>
        /// <c>EXECUTE IMMEDIATE 'CREATE TABLE ...'</c>: the usual way Oracle migrations make DDL idempotent. The string is
        /// parsed with the script's dialect; what it creates is located at the EXECUTE IMMEDIATE statement.
        /// </summary>
        private void ApplyDynamic(ExecuteImmediateStatement dynamic, SchemaSource source, SqlScript? script)
        {
            if (script == null || string.IsNullOrWhiteSpace(dynamic.SqlText)) return;
            SqlScript inner = SqlScript.Parse(dynamic.SqlText!, script.Dialect, script.Source.Path);
            foreach (Statement top in inner.Statements)
            {
                foreach (Statement statement in StatementsThatRun(top))
                {
                    if (statement is ExecuteImmediateStatement) continue;
                    foreach (SchemaChange change in StatementToChanges.Translate(statement, source, null, script.Dialect, Catalog)) Apply(change);
                }
            }
        }
    }
}

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>What a statement is; rules dispatch on it.</summary>
    public enum StatementKind
    {
        /// <summary>The leading words matched no statement the parser knows; reported as SG9001.</summary>
        Unknown = 0,

        /// <summary>A known statement that no rule needs read in detail (GRANT, CREATE VIEW, SELECT, ...); see <see cref="OtherStatement.Description"/>.</summary>
        Other,

        /// <summary>A client command such as SQL*Plus <c>SET</c>/<c>PROMPT</c>/<c>@file</c>, sqlcmd <c>GO</c> or mysql <c>DELIMITER</c>.</summary>
        ClientCommand,

        // Tables
        /// <summary>CREATE TABLE.</summary>
        CreateTable,
        /// <summary>ALTER TABLE.</summary>
        AlterTable,
        /// <summary>DROP TABLE.</summary>
        DropTable,
        /// <summary>Oracle RENAME old TO new.</summary>
        Rename,
        /// <summary>COMMENT ON.</summary>
        Comment,

        // Indexes
        /// <summary>CREATE INDEX.</summary>
        CreateIndex,
        /// <summary>ALTER INDEX.</summary>
        AlterIndex,
        /// <summary>DROP INDEX.</summary>
        DropIndex,

        // Data
        /// <summary>SELECT or WITH ... SELECT.</summary>
        Select,
        /// <summary>INSERT (and MySQL REPLACE).</summary>
        Insert,
        /// <summary>UPDATE.</summary>
        Update,
        /// <summary>DELETE.</summary>
        Delete,
        /// <summary>MERGE.</summary>
        Merge,
        /// <summary>TRUNCATE TABLE.</summary>
        Truncate,

        // Procedural
        /// <summary>An anonymous PL/SQL block (DECLARE/BEGIN ... END) or a T-SQL/PostgreSQL DO block.</summary>
        Block,
        /// <summary>CREATE PROCEDURE/FUNCTION/PACKAGE [BODY]/TRIGGER/TYPE [BODY].</summary>
        CreateProgramUnit,
        /// <summary>A procedure call: SQL*Plus EXEC, CALL, T-SQL EXEC.</summary>
        Call,

        // Administration
        /// <summary>ALTER SYSTEM.</summary>
        AlterSystem,
        /// <summary>ALTER SESSION.</summary>
        AlterSession,
        /// <summary>ALTER DATABASE.</summary>
        AlterDatabase,
        /// <summary>ALTER TABLESPACE.</summary>
        AlterTablespace,
        /// <summary>SHUTDOWN.</summary>
        Shutdown,
        /// <summary>STARTUP.</summary>
        Startup,
        /// <summary>CREATE MATERIALIZED VIEW.</summary>
        CreateMaterializedView,
        /// <summary>CREATE MATERIALIZED VIEW LOG.</summary>
        CreateMaterializedViewLog,
        /// <summary>SET (session settings, transaction modes).</summary>
        Set,
        /// <summary>BEGIN/START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT.</summary>
        Transaction,

        // Inside blocks
        /// <summary>A PL/SQL assignment <c>x := value;</c> inside a block.</summary>
        Assignment,
        /// <summary>Dynamic SQL: PL/SQL <c>EXECUTE IMMEDIATE</c>, T-SQL <c>EXEC ('...')</c>.</summary>
        ExecuteImmediate,

        /// <summary>DROP MATERIALIZED VIEW, or DROP MATERIALIZED VIEW LOG ON a table.</summary>
        DropMaterializedView,
    }
}

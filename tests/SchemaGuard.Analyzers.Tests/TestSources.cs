namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>C# snippets the tests compile around their own code.</summary>
    internal static class TestSources
    {
        internal const string FakeCommand = @"
namespace App
{
    using System.Data;
    using System.Data.Common;
    public sealed class FakeCommand : DbCommand
    {
        public FakeCommand() { }
        public FakeCommand(string cmdText) { CommandText = cmdText; }
        public override string CommandText { get; set; } = """";
        public override int CommandTimeout { get; set; }
        public override CommandType CommandType { get; set; }
        public override bool DesignTimeVisible { get; set; }
        public override UpdateRowSource UpdatedRowSource { get; set; }
        protected override DbConnection? DbConnection { get; set; }
        protected override DbParameterCollection DbParameterCollection => null!;
        protected override DbTransaction? DbTransaction { get; set; }
        public override void Cancel() { }
        public override int ExecuteNonQuery() => 0;
        public override object? ExecuteScalar() => null;
        public override void Prepare() { }
        protected override DbParameter CreateDbParameter() => null!;
        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => null!;
    }
}";

        /// <summary>Stand-ins for FluentMigrator's types (the package is not in our mirror), in its namespaces.</summary>
        internal const string FluentMigrator = @"
namespace FluentMigrator.Builders.Execute
{
    public interface IExecuteExpressionRoot { void Sql(string sqlStatement); void Script(string pathToSqlScript); }
}
namespace FluentMigrator.Builders.IfDatabase
{
    public interface IIfDatabaseExpressionRoot { FluentMigrator.Builders.Execute.IExecuteExpressionRoot Execute { get; } }
}
namespace FluentMigrator.Builders.Create.ForeignKey
{
    public interface ICreateForeignKeyFromTableSyntax { ICreateForeignKeyForeignColumnOrInSchemaSyntax FromTable(string table); }
    public interface ICreateForeignKeyForeignColumnOrInSchemaSyntax { ICreateForeignKeyToTableSyntax ForeignColumn(string column); }
    public interface ICreateForeignKeyToTableSyntax { ICreateForeignKeyPrimaryColumnOrInSchemaSyntax ToTable(string table); }
    public interface ICreateForeignKeyPrimaryColumnOrInSchemaSyntax { ICreateForeignKeyCascadeSyntax PrimaryColumn(string column); }
    public interface ICreateForeignKeyCascadeSyntax
    {
        ICreateForeignKeyCascadeSyntax OnDelete(System.Data.Rule rule);
        ICreateForeignKeyCascadeSyntax OnUpdate(System.Data.Rule rule);
        void OnDeleteOrUpdate(System.Data.Rule rule);
    }
}
namespace FluentMigrator.Builders.Create.Index
{
    public interface ICreateIndexForTableSyntax { ICreateIndexOnColumnOrInSchemaSyntax OnTable(string tableName); }
    public interface ICreateIndexOnColumnOrInSchemaSyntax : ICreateIndexOnColumnSyntax { ICreateIndexOnColumnSyntax InSchema(string schemaName); }
    public interface ICreateIndexOnColumnSyntax { ICreateIndexColumnOptionsSyntax OnColumn(string columnName); ICreateIndexOptionsSyntax WithOptions(); }
    public interface ICreateIndexColumnOptionsSyntax { ICreateIndexOnColumnSyntax Ascending(); ICreateIndexOnColumnSyntax Descending(); ICreateIndexOnColumnSyntax Unique(); }
    public interface ICreateIndexOptionsSyntax { ICreateIndexOnColumnSyntax Unique(); ICreateIndexOnColumnSyntax NonClustered(); }
}
namespace FluentMigrator.SqlServer
{
    public static class SqlServerExtensions
    {
        public static FluentMigrator.Builders.Create.Index.ICreateIndexOptionsSyntax Online(this FluentMigrator.Builders.Create.Index.ICreateIndexOptionsSyntax options, bool isOnline = true) => options;
    }
}
namespace FluentMigrator.Postgres
{
    public static class PostgresExtensions
    {
        public static FluentMigrator.Builders.Create.Index.ICreateIndexOptionsSyntax AsConcurrently(this FluentMigrator.Builders.Create.Index.ICreateIndexOptionsSyntax options, bool isConcurrently = true) => options;
    }
}
namespace FluentMigrator.Builders.Create
{
    public interface ICreateExpressionRoot
    {
        FluentMigrator.Builders.Create.ForeignKey.ICreateForeignKeyFromTableSyntax ForeignKey(string foreignKeyName);
        FluentMigrator.Builders.Create.Index.ICreateIndexForTableSyntax Index(string indexName);
    }
}
namespace FluentMigrator.Builders
{
    public interface IInSchemaSyntax { void InSchema(string schemaName); }
}
namespace FluentMigrator.Builders.Delete.Column
{
    public interface IDeleteColumnFromTableSyntax
    {
        IDeleteColumnFromTableSyntax Column(string columnName);
        FluentMigrator.Builders.IInSchemaSyntax FromTable(string tableName);
    }
}
namespace FluentMigrator.Builders.Delete
{
    public interface IDeleteExpressionRoot { FluentMigrator.Builders.Delete.Column.IDeleteColumnFromTableSyntax Column(string columnName); }
}
namespace FluentMigrator.Builders.Alter.Column
{
    public interface IAlterColumnOnTableSyntax { IAlterColumnAsTypeOrInSchemaSyntax OnTable(string name); }
    public interface IAlterColumnAsTypeSyntax
    {
        IAlterColumnOptionSyntax AsCustom(string customType);
        IAlterColumnOptionSyntax AsInt64();
        IAlterColumnOptionSyntax AsString(int size);
        IAlterColumnOptionSyntax AsXml();
    }
    public interface IAlterColumnAsTypeOrInSchemaSyntax : IAlterColumnAsTypeSyntax { IAlterColumnAsTypeSyntax InSchema(string schemaName); }
    public interface IAlterColumnOptionSyntax
    {
        IAlterColumnOptionSyntax NotNullable();
        IAlterColumnOptionSyntax Nullable();
    }
}
namespace FluentMigrator.Builders.Alter
{
    public interface IAlterExpressionRoot { FluentMigrator.Builders.Alter.Column.IAlterColumnOnTableSyntax Column(string columnName); }
}
namespace FluentMigrator
{
    public abstract class Migration
    {
        public FluentMigrator.Builders.Delete.IDeleteExpressionRoot Delete => null!;
        public FluentMigrator.Builders.Alter.IAlterExpressionRoot Alter => null!;
        public FluentMigrator.Builders.Create.ICreateExpressionRoot Create => null!;
        public FluentMigrator.Builders.Execute.IExecuteExpressionRoot Execute => null!;
        public FluentMigrator.Builders.IfDatabase.IIfDatabaseExpressionRoot IfDatabase(params string[] databaseTypes) => null!;
        public abstract void Up();
    }
}";
    }
}

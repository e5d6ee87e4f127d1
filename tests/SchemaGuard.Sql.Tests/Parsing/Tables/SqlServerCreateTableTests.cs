using System.Linq;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using Xunit;

namespace SchemaGuard.Sql.Tests.Parsing.Tables
{
    public class SqlServerCreateTableTests
    {
        private static readonly SqlDialect SqlServer = SqlDialect.SqlServer;

        [Fact]
        public void A_sqlcmd_variable_can_stand_for_the_schema()
        {
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE $(Schema).audit_log (id INT, msg NVARCHAR(100))", SqlServer);

            Assert.Equal(new[] { "$(Schema)", "audit_log" }, create.Name.Parts.Names());
            Assert.Equal("$(Schema).audit_log", script.Text(create.Name));
            Assert.Equal(2, create.Columns.Count);
        }

        [Fact]
        public void Named_default_constraint_gives_the_column_its_default_once()
        {
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(
                "CREATE TABLE t (a INT CONSTRAINT df_a DEFAULT (0) NOT NULL, b INT DEFAULT 1)", SqlServer);

            var a = create.Columns[0];
            Assert.Null(a.DefaultExpression);
            Assert.Same(a.Constraints[0].Expression, a.Default);
            Assert.Equal("(0)", script.Text(a.Default!));
            var b = create.Columns[1];
            Assert.Equal("1", script.Text(b.DefaultExpression!));
            Assert.Same(b.DefaultExpression, b.Default);
            Assert.Single(a.DescendantsAndSelf(), n => ReferenceEquals(n, a.Default));
        }

        [Fact]
        public void Reads_an_ssms_scripted_table()
        {
            const string sql = @"CREATE TABLE [dbo].[Orders](
	[OrderId] [int] IDENTITY(1,1) NOT NULL,
	[CustomerId] [int] NOT NULL,
	[Note] [nvarchar](max) NULL,
	[Total] [decimal](18, 2) NOT NULL CONSTRAINT [DF_Orders_Total] DEFAULT ((0)),
	[RowGuid] uniqueidentifier ROWGUIDCOL NOT NULL,
	[Double] AS ([Total] * 2) PERSISTED,
 CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED 
(
	[OrderId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY],
 CONSTRAINT [FK_Orders_Customers] FOREIGN KEY ([CustomerId]) REFERENCES [dbo].[Customers] ([Id]) ON DELETE CASCADE NOT FOR REPLICATION,
 INDEX [IX_Orders_Customer] NONCLUSTERED ([CustomerId] DESC)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
WITH (DATA_COMPRESSION = PAGE)";
            var (script, create) = TableParsing.ParseSingle<CreateTableStatement>(sql, SqlServer);

            Assert.Equal("dbo.orders", create.Name.Normalized);
            var orderId = create.Columns[0];
            Assert.Equal("INT", orderId.DataType!.Name);
            Assert.Null(orderId.DataType.TypeName);
            Assert.Equal("IDENTITY", orderId.Identity!.Keyword);
            Assert.Equal("IDENTITY(1,1)", script.Text(orderId.Identity));
            Assert.False(orderId.IsNullable);

            Assert.Equal("NVARCHAR", create.Columns[2].DataType!.Name);
            Assert.Equal(new[] { "MAX" }, create.Columns[2].DataType!.Arguments);
            Assert.True(create.Columns[2].IsNullable);

            var total = create.Columns[3];
            Assert.Equal(new[] { "18", "2" }, total.DataType!.Arguments);
            Assert.Equal("((0))", script.Text(total.Default!));
            var df = total.Constraints.Single(c => c.Kind == ConstraintKind.Default);
            Assert.Equal("DF_Orders_Total", df.Name!.Text);

            var computed = create.Columns[5];
            Assert.Null(computed.DataType);
            Assert.Equal("([Total] * 2)", script.Text(computed.GeneratedAs!));
            Assert.Equal("PERSISTED", computed.GeneratedStorage!.Keyword);

            var pk = create.Constraints[0];
            Assert.Equal(ConstraintKind.PrimaryKey, pk.Kind);
            Assert.Equal("CLUSTERED", pk.Clustering!.Keyword);
            Assert.Equal(new[] { "OrderId" }, pk.Columns.Names());
            Assert.Equal(new[] { "PAD_INDEX", "STATISTICS_NORECOMPUTE", "IGNORE_DUP_KEY", "ON" }, pk.Options.Select(o => o.Name));

            var fk = create.Constraints[1];
            Assert.Equal("dbo.customers", fk.References!.Table.Normalized);
            Assert.Equal("ON DELETE CASCADE", script.Text(fk.References.OnDelete!));

            var index = Assert.Single(create.Indexes);
            Assert.Equal("IX_Orders_Customer", index.Name!.Text);
            Assert.Equal(new[] { "CustomerId" }, index.Columns.Names());

            Assert.Equal(new[] { "ON", "TEXTIMAGE_ON", "DATA_COMPRESSION" }, create.Options.Select(o => o.Name));
            Assert.Equal(new[] { "PRIMARY", "PRIMARY", "PAGE" }, create.Options.Select(o => o.Value));
        }

        [Fact]
        public void Hash_names_are_temporary_tables()
        {
            var (_, local) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE #work (id int)", SqlServer);
            Assert.True(local.IsTemporary);
            Assert.False(local.IsGlobalTemporary);
            Assert.Null(local.Temporary);

            var (_, global) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE ##shared (id int)", SqlServer);
            Assert.True(global.IsTemporary);
            Assert.True(global.IsGlobalTemporary);
        }

        [Fact]
        public void Partition_scheme_is_reported_as_partitioning()
        {
            var (_, create) = TableParsing.ParseSingle<CreateTableStatement>("CREATE TABLE dbo.Sales (SaleDate date NOT NULL) ON psSales (SaleDate)", SqlServer);
            Assert.Equal("SCHEME", create.Partitioning!.Method);
            Assert.Equal("psSales", create.Partitioning.Scheme!.Text);
            Assert.Equal(new[] { "SaleDate" }, create.Partitioning.Columns.Names());
        }

        [Fact]
        public void Statements_without_semicolons_end_at_the_next_statement()
        {
            const string sql = "CREATE TABLE a (id int)\nWITH (DATA_COMPRESSION = ROW)\nCREATE TABLE b (id int NOT NULL)\nALTER TABLE b ADD CONSTRAINT pk_b PRIMARY KEY (id)\nDROP TABLE a";
            var script = SqlScript.Parse(sql, SqlServer);

            Assert.Empty(script.Diagnostics);
            Assert.Equal(new[] { StatementKind.CreateTable, StatementKind.CreateTable, StatementKind.AlterTable, StatementKind.DropTable }, script.Statements.Select(s => s.Kind));
            Assert.All(script.Statements, s => Assert.False(s.IsPartial));
            Assert.Equal("DATA_COMPRESSION", Assert.Single(((CreateTableStatement)script.Statements[0]).Options).Name);
        }
    }
}

using System.Linq;
using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>Dapper, EF Core raw SQL, ADO.NET and FluentMigrator sinks, found by symbol.</summary>
    public class SinkTests
    {
        [Fact]
        public void Dapper_execute_with_delete_without_where()
        {
            AnalyzerHarness.CSharp(@"
using System.Data;
using Dapper;
public class Repo
{
    public void Purge(IDbConnection connection)
    {
        connection.Execute(""{|SG1004:DELETE FROM orders|}"");
    }
}").Verify();
        }

        [Fact]
        public void Dapper_query_family_with_named_sql_argument_and_async()
        {
            AnalyzerHarness.CSharp(@"
using System.Data;
using System.Threading.Tasks;
using Dapper;
public class Repo
{
    public async Task Run(IDbConnection connection)
    {
        connection.Query<int>(param: null, sql: ""{|SG1004:UPDATE orders SET|} status = 'x'"");
        await connection.ExecuteAsync(""{|SG1004:DELETE FROM orders|}"");
        connection.QueryFirstOrDefault<int>(""SELECT 1 FROM orders WHERE id = @id"", new { id = 1 });
        await connection.ExecuteScalarAsync<int>(""{|SG1004:DELETE FROM order_items|}"");
    }
}").Verify();
        }

        [Fact]
        public void Ef_core_raw_sql_on_database_facade_and_from_sql_raw()
        {
            AnalyzerHarness.CSharp(@"
using System.Linq;
using Microsoft.EntityFrameworkCore;
public class Order { public int Id { get; set; } }
public class Shop
{
    public void Run(DbContext db)
    {
        db.Database.ExecuteSqlRaw(""{|SG1004:DELETE FROM orders|}"");
        db.Database.ExecuteSql($""{|SG1004:DELETE FROM orders|}"");
        db.Set<Order>().FromSqlRaw(""SELECT * FROM orders"").ToList();
    }
}").Verify();
        }

        [Fact]
        public void Command_text_assignment_object_initializer_and_constructor()
        {
            AnalyzerHarness.CSharp(@"
using System.Data;
using System.Data.Common;
using App;
public class Repo
{
    public void Run(DbConnection connection, IDbCommand plain)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = ""{|SG1004:DELETE FROM orders|}"";
        plain.CommandText = ""{|SG1004:DELETE FROM order_items|}"";
        var initialized = new FakeCommand { CommandText = ""{|SG1004:DELETE FROM customers|}"" };
        var constructed = new FakeCommand(""{|SG1004:DELETE FROM invoices|}"");
    }
}" + TestSources.FakeCommand).Verify();
        }

        [Fact]
        public void Fluent_migrator_execute_sql_also_after_if_database()
        {
            AnalyzerHarness.CSharp(@"
public class AddIndex : FluentMigrator.Migration
{
    public override void Up()
    {
        Execute.Sql(""{|SG2001:CREATE INDEX ix_orders_customer ON orders|} (customer_id)"");
        IfDatabase(""postgres"").Execute.Sql(""{|SG1004:DELETE FROM orders|}"");
        Execute.Script(""DELETE FROM orders"");
    }
}" + TestSources.FluentMigrator).Verify();
        }

        [Fact]
        public void Fluent_migrator_foreign_key_on_delete_cascade()
        {
            var diagnostics = AnalyzerHarness.CSharp(@"
using System.Data;
public class AddForeignKey : FluentMigrator.Migration
{
    public override void Up()
    {
        Create.ForeignKey(""fk_orders_customers"").FromTable(""orders"").ForeignColumn(""customer_id"").ToTable(""customers"").PrimaryColumn(""id"")
            .OnDelete({|SG1001:Rule.Cascade|});
        Create.ForeignKey(""fk_orders_shops"").FromTable(""orders"").ForeignColumn(""shop_id"").ToTable(""shops"").PrimaryColumn(""id"")
            .OnDeleteOrUpdate({|SG1001:Rule.Cascade|});
        Create.ForeignKey(""fk_orders_regions"").FromTable(""orders"").ForeignColumn(""region_id"").ToTable(""regions"").PrimaryColumn(""id"")
            .OnDelete(Rule.SetNull).OnUpdate(Rule.Cascade);
    }
}" + TestSources.FluentMigrator).Verify();
            Assert.Contains(diagnostics, d => d.GetMessage().Contains("customers", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("postgresql", "using FluentMigrator.Postgres;", ".WithOptions().AsConcurrently()")]
        [InlineData("sqlserver", "using FluentMigrator.SqlServer;", ".WithOptions().Online()")]
        public void Fluent_migrator_create_index_without_its_online_option(string dialect, string usingLine, string online)
        {
            AnalyzerHarness.CSharp(usingLine + @"
public class AddIndex : FluentMigrator.Migration
{
    public override void Up()
    {
        Create.{|SG2001:Index(""ix_orders_customer"").OnTable(""orders"")|}.OnColumn(""customer_id"").Ascending();
        Create.Index(""ix_orders_status"").OnTable(""orders"").OnColumn(""status"").Ascending()" + online + @";
    }
}" + TestSources.FluentMigrator, dialect).Verify();
        }

        [Fact]
        public void Fluent_migrator_alter_column_to_long_is_reported_on_the_type()
        {
            AnalyzerHarness.CSharp(@"
public class AlterNote : FluentMigrator.Migration
{
    public override void Up()
    {
        Alter.Column(""note"").OnTable(""orders"").{|SG4001:AsCustom(""LONG"")|}.Nullable();
        Alter.Column(""total"").OnTable(""orders"").AsInt64().NotNullable();
        Alter.Column(""body"").OnTable(""orders"").AsXml();
    }
}" + TestSources.FluentMigrator, "oracle").Verify();
        }

        [Fact]
        public void Fluent_migrator_delete_column_is_a_drop_column()
        {
            // MySQL 8.0.29-8.0.31 make DROP COLUMN an INSTANT change with known corruption bugs (SG6001): it reads the drop.
            var harness = AnalyzerHarness.CSharp(@"
public class DropNote : FluentMigrator.Migration
{
    public override void Up()
    {
        Delete.Column(""note"").Column(""memo"").FromTable(""orders"");
    }
}" + TestSources.FluentMigrator, "mysql");
            harness.EditorConfig = "root = true\n\n[*.cs]\nschemaguard.target_version = 8.0.30\n";
            var diagnostics = harness.Run();
            Assert.Contains(diagnostics, d => d.Id == "SG6001");
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("SG9", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Same_named_methods_on_unrelated_types_are_not_sinks()
        {
            AnalyzerHarness.CSharp(@"
public class Other
{
    public void Sql(string sql) { }
    public int Execute(string sql) => 0;
    public string CommandText { get; set; } = """";
}
public class Repo
{
    public void Run(Other other)
    {
        other.Sql(""CREATE INDEX ix_orders_customer ON orders (customer_id)"");
        other.Execute(""DELETE FROM orders"");
        other.CommandText = ""DELETE FROM orders"";
    }
}").Verify();
        }

        [Fact]
        public void Non_constant_values_give_nothing()
        {
            AnalyzerHarness.CSharp(@"
using System.Data;
using Dapper;
public class Repo
{
    public void Run(IDbConnection connection, string table)
    {
        string sql = ""DELETE FROM orders"";
        connection.Execute(sql);
        connection.Execute(""DELETE FROM "" + table);
        connection.Execute(string.Concat(""DELETE FROM "", ""orders""));
    }
}").Verify();
        }

        [Fact]
        public void Pragma_warning_disable_suppresses()
        {
            AnalyzerHarness.CSharp(@"
using System.Data;
using Dapper;
public class Repo
{
    public void Run(IDbConnection connection)
    {
#pragma warning disable SG1004
        connection.Execute(""DELETE FROM orders"");
#pragma warning restore SG1004
        connection.Execute(""{|SG1004:DELETE FROM order_items|}"");
    }
}").Verify();
        }

        [Fact]
        public void Suppress_message_attribute_suppresses()
        {
            AnalyzerHarness.CSharp(@"
using System.Data;
using System.Diagnostics.CodeAnalysis;
using Dapper;
public class Repo
{
    [SuppressMessage(""SchemaGuard"", ""SG1004:unbounded-dml"", Justification = ""Test data reset"")]
    public void Reset(IDbConnection connection) => connection.Execute(""DELETE FROM orders"");

    public void Run(IDbConnection connection) => connection.Execute(""{|SG1004:DELETE FROM order_items|}"");
}").Verify();
        }

        [Fact]
        public void Inline_schemaguard_comment_in_the_string_suppresses()
        {
            AnalyzerHarness.CSharp(@"
using System.Data;
using Dapper;
public class Repo
{
    public void Run(IDbConnection connection)
    {
        connection.Execute(""-- schemaguard-disable-next-line unbounded-dml\nDELETE FROM orders"");
    }
}").Verify();
        }

        [Fact]
        public void Editorconfig_severity_none_and_error()
        {
            var harness = AnalyzerHarness.CSharp(@"
using System.Data;
using Dapper;
using Microsoft.EntityFrameworkCore.Migrations;
public class Repo
{
    public void Run(IDbConnection connection, MigrationBuilder migrationBuilder)
    {
        connection.Execute(""DELETE FROM orders"");
        migrationBuilder.Sql(""{|SG2001:CREATE INDEX ix_orders_customer ON orders|} (customer_id)"");
    }
}");
            harness.EditorConfig = "root = true\n\n[*.cs]\ndotnet_diagnostic.SG1004.severity = none\ndotnet_diagnostic.SG2001.severity = error\n";
            var diagnostics = harness.Verify();
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostics.Single(d => d.Id == "SG2001").Severity);
        }

        [Fact]
        public void Editorconfig_dialect_overrides_the_project_property()
        {
            var harness = AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore.Migrations;
public class Repo
{
    public void Run(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(""CREATE INDEX ix_orders_customer ON orders (customer_id) ONLINE"");
        migrationBuilder.Sql(""{|SG2001:CREATE INDEX ix_orders_status ON orders|} (status)"");
    }
}", dialect: "postgresql");
            harness.EditorConfig = "root = true\n\n[*.cs]\nschemaguard.dialect = oracle\n";
            var diagnostic = harness.Verify().Single();
            Assert.Contains("ONLINE", diagnostic.GetMessage(), System.StringComparison.Ordinal);
            Assert.DoesNotContain("CONCURRENTLY", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        }
    }
}

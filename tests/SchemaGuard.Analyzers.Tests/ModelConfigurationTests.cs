using Xunit;

namespace SchemaGuard.Analyzers.Tests
{
    /// <summary>EF Core model configuration: OnDelete(DeleteBehavior.Cascade) raises fk-on-delete-cascade at the argument.</summary>
    public class ModelConfigurationTests
    {
        private const string Entities = @"
public class Customer { public int Id { get; set; } public System.Collections.Generic.List<Order> Orders { get; set; } = new(); }
public class Order { public int Id { get; set; } public int CustomerId { get; set; } public Customer Customer { get; set; } = null!; }
";

        [Fact]
        public void On_delete_cascade_in_on_model_creating()
        {
            AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore;
public class Shop : DbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>().HasOne(o => o.Customer).WithMany(c => c.Orders).OnDelete({|SG1001:DeleteBehavior.Cascade|});
        modelBuilder.Entity<Customer>().HasMany(c => c.Orders).WithOne(o => o.Customer).OnDelete({|SG1001:DeleteBehavior.ClientCascade|});
        modelBuilder.Entity<Order>().HasOne(o => o.Customer).WithMany(c => c.Orders).OnDelete(DeleteBehavior.Restrict);
    }
}" + Entities).Verify();
        }

        [Fact]
        public void On_delete_cascade_in_an_entity_type_configuration()
        {
            var diagnostics = AnalyzerHarness.CSharp(@"
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
public class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder) =>
        builder.HasOne(o => o.Customer).WithMany(c => c.Orders).HasForeignKey(o => o.CustomerId).OnDelete({|SG1001:DeleteBehavior.Cascade|});
}" + Entities).Verify();
            Assert.Contains("Order", Assert.Single(diagnostics).GetMessage(), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Same_named_on_delete_elsewhere_is_not_configuration()
        {
            AnalyzerHarness.CSharp(@"
public enum DeleteBehavior { Cascade }
public class Builder { public Builder OnDelete(DeleteBehavior behavior) => this; }
public class Use { public void Run(Builder b) => b.OnDelete(DeleteBehavior.Cascade); }").Verify();
        }
    }
}

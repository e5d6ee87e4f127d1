using SchemaGuard.Core.Schema;
using Xunit;

namespace SchemaGuard.Core.Tests.Schema
{
    public class TableKindsTests
    {
        [Fact]
        public void A_plain_definition_is_a_heap()
        {
            Assert.Equal(TableKind.Heap, TableKinds.FromDefinition());
        }

        [Fact]
        public void Each_fact_maps_to_its_kind()
        {
            Assert.Equal(TableKind.Temporary, TableKinds.FromDefinition(isTemporary: true));
            Assert.Equal(TableKind.GlobalTemporary, TableKinds.FromDefinition(isGlobalTemporary: true));
            Assert.Equal(TableKind.Object, TableKinds.FromDefinition(isObjectTable: true));
            Assert.Equal(TableKind.Clustered, TableKinds.FromDefinition(isClustered: true));
            Assert.Equal(TableKind.External, TableKinds.FromDefinition(isExternal: true));
            Assert.Equal(TableKind.IndexOrganized, TableKinds.FromDefinition(isIndexOrganized: true));
        }

        [Fact]
        public void An_index_organized_object_table_is_an_object_table()
        {
            Assert.Equal(TableKind.Object, TableKinds.FromDefinition(isObjectTable: true, isIndexOrganized: true));
            Assert.Equal(TableKind.GlobalTemporary, TableKinds.FromDefinition(isTemporary: true, isGlobalTemporary: true));
        }
    }
}

namespace SchemaGuard.Core.Schema
{
    /// <summary>Derives a <see cref="TableKind"/> from the facts a CREATE TABLE states.</summary>
    public static class TableKinds
    {
        /// <summary>
        /// The kind for a table definition. When several facts hold (an index-organized object table), the one that
        /// matters most to the rules wins: temporary first (no redo, no redefinition), then object, clustered,
        /// external and index-organized.
        /// </summary>
        public static TableKind FromDefinition(
            bool isTemporary = false,
            bool isGlobalTemporary = false,
            bool isObjectTable = false,
            bool isClustered = false,
            bool isExternal = false,
            bool isIndexOrganized = false)
        {
            if (isGlobalTemporary) return TableKind.GlobalTemporary;
            if (isTemporary) return TableKind.Temporary;
            if (isObjectTable) return TableKind.Object;
            if (isClustered) return TableKind.Clustered;
            if (isExternal) return TableKind.External;
            if (isIndexOrganized) return TableKind.IndexOrganized;
            return TableKind.Heap;
        }
    }
}

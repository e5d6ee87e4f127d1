namespace SchemaGuard.Sql.Dialects
{
    /// <summary>What an engine does to the case of unquoted identifiers.</summary>
    public enum NameFolding
    {
        /// <summary>Keeps them as written (comparison may still ignore case).</summary>
        None,

        /// <summary>Folds to upper case (Oracle).</summary>
        Upper,

        /// <summary>Folds to lower case (PostgreSQL).</summary>
        Lower,
    }
}

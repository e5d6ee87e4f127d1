namespace SchemaGuard.Sql.Text
{
    /// <summary>A 1-based line and 1-based column (in UTF-16 code units), computed only for output.</summary>
    public readonly struct LinePosition
    {
        /// <summary>Creates a position.</summary>
        public LinePosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        /// <summary>1-based line number.</summary>
        public int Line { get; }

        /// <summary>1-based column, counted in UTF-16 code units.</summary>
        public int Column { get; }

        /// <inheritdoc />
        public override string ToString() => Line + ":" + Column;
    }
}

namespace SchemaGuard.Core.Schema.Replay
{
    /// <summary>
    /// Something the replay noticed while applying a change that did not fit what the catalog knew: a table no replayed
    /// statement created, an object created twice. Usually a sign of partial history; never an error.
    /// </summary>
    public sealed class ReplayNote
    {
        internal ReplayNote(SchemaSource source, string message)
        {
            Source = source;
            Message = message;
        }

        /// <summary>The statement whose change raised the note.</summary>
        public SchemaSource Source { get; }

        /// <summary>What happened, naming the objects.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() => Source + ": " + Message;
    }
}

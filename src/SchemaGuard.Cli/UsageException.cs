using System;

namespace SchemaGuard.Cli
{
    /// <summary>Thrown by a command when the user asked for something that cannot be done as asked; exits with <see cref="ExitCodes.BadUsage"/>.</summary>
    public sealed class UsageException : Exception
    {
        /// <summary>Creates the exception with a message that tells the user what to change.</summary>
        public UsageException(string message)
            : base(message)
        {
        }
    }
}

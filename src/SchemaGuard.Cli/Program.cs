namespace SchemaGuard.Cli
{
    /// <summary>Entry point of the schemaguard tool.</summary>
    public static class Program
    {
        /// <summary>Runs the command line and returns its exit code (see <see cref="ExitCodes"/>).</summary>
        public static int Main(string[] args) => CliApp.Run(args, CliEnvironment.FromConsole());
    }
}

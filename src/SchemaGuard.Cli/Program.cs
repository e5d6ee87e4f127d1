namespace SchemaGuard.Cli
{
    /// <summary>Entry point of the schemaguard tool.</summary>
    public static class Program
    {
        /// <summary>Runs the tool.</summary>
        public static int Main(string[] args)
        {
            System.Console.Error.WriteLine("schemaguard: commands are being built; see README.md.");
            return args.Length == 0 ? 2 : 2;
        }
    }
}

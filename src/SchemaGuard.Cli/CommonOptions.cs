using System;
using System.CommandLine;
using System.Linq;
using SchemaGuard.Sql.Dialects;

namespace SchemaGuard.Cli
{
    /// <summary>Options several commands share, defined once so they read and behave the same everywhere.</summary>
    public static class CommonOptions
    {
        /// <summary>The dialect names users write, as listed in help and error messages.</summary>
        public static string DialectNames => string.Join(", ", SqlDialect.All.Select(d => d.Name));

        /// <summary><c>--dialect</c>/<c>-d</c>: which SQL dialect the input is written in.</summary>
        public static Option<string> CreateDialectOption() => new Option<string>("--dialect", "-d")
        {
            Description = "SQL dialect of the input: " + DialectNames + ".",
            Required = true,
            HelpName = "dialect",
        };

        /// <summary><c>--verbose</c>: show stack traces of internal errors. Applies to every command.</summary>
        public static Option<bool> CreateVerboseOption() => new Option<bool>("--verbose")
        {
            Description = "Show details of internal errors, such as stack traces.",
            Recursive = true,
        };

        /// <summary>Resolves a dialect name (aliases such as <c>postgres</c> or <c>mssql</c> are accepted), or throws a usage error naming the choices.</summary>
        public static SqlDialect ResolveDialect(string? name)
        {
            if (SqlDialect.TryFromName(name, out var dialect)) return dialect;
            throw new UsageException("Unknown dialect '" + name + "'. Use one of: " + DialectNames + ".");
        }
    }
}

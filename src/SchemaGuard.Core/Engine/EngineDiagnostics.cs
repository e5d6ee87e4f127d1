using System;
using System.Collections.Generic;
using SchemaGuard.Sql.Diagnostics;

namespace SchemaGuard.Core.Engine
{
    /// <summary>
    /// SchemaGuard's own diagnostics (SG9xxx). They have pages like every rule but no <see cref="Rules.SqlRule"/> class:
    /// the front end, the settings reader, the suppression reader and the engine report them.
    /// </summary>
    public static class EngineDiagnostics
    {
        /// <summary>A statement, or part of one, the parser could not read (from the front end).</summary>
        public const string UnreadableStatement = DiagnosticIds.UnreadableStatement;

        /// <summary>A suppression comment naming a rule that does not exist, or a misspelled directive.</summary>
        public const string UnknownRuleInSuppression = "SG9002";

        /// <summary>An invalid setting in <c>.editorconfig</c>.</summary>
        public const string InvalidSetting = "SG9003";

        /// <summary>A string, quoted identifier or comment never closed (from the front end).</summary>
        public const string UnterminatedLiteral = DiagnosticIds.UnterminatedToken;

        /// <summary>A file that is not valid UTF-8 (from the front end).</summary>
        public const string InvalidEncoding = DiagnosticIds.InvalidEncoding;

        /// <summary>A file that looks binary (from the front end).</summary>
        public const string BinaryFile = DiagnosticIds.BinaryContent;

        /// <summary>Nesting deeper than the parser's limit (from the front end).</summary>
        public const string NestingTooDeep = DiagnosticIds.NestingTooDeep;

        /// <summary>A file that could not be read at all (permissions, a folder named like a file, an I/O error); reported by the CLI.</summary>
        public const string UnreadableFile = "SG9008";

        /// <summary>A rule (or the engine) threw; the statement or file was not fully checked.</summary>
        public const string RuleFailed = "SG9009";

        /// <summary>SQL was found but no dialect is configured or inferable; reported by the analyzers.</summary>
        public const string DialectNotConfigured = "SG9010";

        /// <summary>Every engine-reported id.</summary>
        public static IReadOnlyCollection<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
        {
            UnreadableStatement, UnknownRuleInSuppression, InvalidSetting, UnterminatedLiteral, InvalidEncoding, BinaryFile, NestingTooDeep, UnreadableFile, RuleFailed, DialectNotConfigured,
        };

        /// <summary>Whether the id is reported by the engine rather than by a rule class.</summary>
        public static bool IsEngineReported(string? id) => id != null && ((HashSet<string>)All).Contains(id);
    }
}

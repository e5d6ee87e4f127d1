using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using SchemaGuard.Sql.Tests.Infrastructure;

namespace SchemaGuard.Cli.Tests
{
    /// <summary>
    /// Validates SARIF against the official OASIS schema (shared/schemas/sarif-schema-2.1.0.json beside the checkout) with
    /// a real JSON-schema validator: Python's jsonschema (Debian's python3-jsonschema, installed by .ci/run), run as a
    /// process. <see cref="Find"/> says why it cannot run when it cannot.
    /// </summary>
    internal sealed class SarifValidator
    {
        private const string Script =
            "import json, sys\n" +
            "import jsonschema\n" +
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n" +
            "document = json.load(open(sys.argv[2], encoding='utf-8'))\n" +
            "validator = jsonschema.validators.validator_for(schema)(schema)\n" +
            "errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))\n" +
            "for e in errors:\n" +
            "    print('/'.join(str(p) for p in e.absolute_path) + ': ' + e.message)\n" +
            "sys.exit(1 if errors else 0)\n";

        private SarifValidator(string python, string schema)
        {
            Python = python;
            SchemaPath = schema;
        }

        public string Python { get; }

        public string SchemaPath { get; }

        /// <summary>The validator, or null with the reason (no schema found, no Python with jsonschema).</summary>
        public static SarifValidator? Find(out string reason)
        {
            string? schema = FindSchema();
            if (schema == null)
            {
                reason = "shared/schemas/sarif-schema-2.1.0.json was not found in any folder above " + RepoPaths.RepositoryRoot + ".";
                return null;
            }

            foreach (string python in new[] { "python3", "/usr/bin/python3", "python" })
            {
                var (exit, _, _) = Run(python, "-c", "import jsonschema");
                if (exit == 0)
                {
                    reason = string.Empty;
                    return new SarifValidator(python, schema);
                }
            }

            reason = "no Python with the jsonschema module was found (install it with: apt-get install -y python3-jsonschema; .ci/run does).";
            return null;
        }

        /// <summary>Validates a SARIF file; returns the validator's messages, empty when valid.</summary>
        public string Validate(string sarifPath)
        {
            var (exit, output, error) = Run(Python, "-c", Script, SchemaPath, sarifPath);
            return exit == 0 ? string.Empty : "exit " + exit + "\n" + output + error;
        }

        private static string? FindSchema()
        {
            for (var dir = new DirectoryInfo(RepoPaths.RepositoryRoot); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "schemas", "sarif-schema-2.1.0.json");
                if (File.Exists(candidate)) return candidate;
            }

            return null;
        }

        private static (int Exit, string Output, string Error) Run(string program, params string[] args)
        {
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in args) start.ArgumentList.Add(arg);
            try
            {
                using var process = Process.Start(start)!;
                var error = process.StandardError.ReadToEndAsync();
                string output = process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(120_000))
                {
                    process.Kill(entireProcessTree: true);
                    return (-1, output, "timed out");
                }

                return (process.ExitCode, output, error.Result);
            }
            catch (Win32Exception ex)
            {
                return (-1, string.Empty, ex.Message);
            }
        }
    }
}

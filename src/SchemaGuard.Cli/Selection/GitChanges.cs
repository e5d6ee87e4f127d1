using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace SchemaGuard.Cli.Selection
{
    /// <summary>
    /// The files changed since a git ref, for <c>--changed-since</c>: committed changes since the merge base
    /// (<c>git diff --name-only REF...</c>, what a pull request changes), uncommitted changes to tracked files
    /// (<c>git diff --name-only HEAD</c>) and untracked files not ignored (<c>git ls-files --others --exclude-standard</c>).
    /// git runs as a process in the repository that holds <c>workingDirectory</c>; any failure is a usage error that
    /// says what git answered.
    /// </summary>
    public static class GitChanges
    {
        /// <summary>The absolute paths of the changed files (deleted ones included; they simply match nothing).</summary>
        public static ISet<string> ChangedSince(string gitRef, string workingDirectory)
        {
            if (string.IsNullOrWhiteSpace(gitRef)) throw new UsageException("--changed-since needs a git ref, such as origin/main.");
            if (gitRef.StartsWith("-", StringComparison.Ordinal)) throw new UsageException("--changed-since: '" + gitRef + "' is not a git ref.");
            string top = Run(workingDirectory, "rev-parse", "--show-toplevel").Trim();
            if (top.Length == 0) throw new UsageException("--changed-since: " + workingDirectory + " is not inside a git repository.");

            var changed = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            AddAll(changed, top, Run(top, "diff", "--name-only", "-z", "--no-renames", gitRef + "...", "--"));
            AddAll(changed, top, Run(top, "diff", "--name-only", "-z", "--no-renames", "HEAD", "--"));
            AddAll(changed, top, Run(top, "ls-files", "-z", "--others", "--exclude-standard"));
            return changed;
        }

        private static void AddAll(HashSet<string> set, string top, string nulSeparated)
        {
            foreach (string name in nulSeparated.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(Path.GetFullPath(Path.Combine(top, name)));
            }
        }

        private static string Run(string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in args) start.ArgumentList.Add(arg);

            // git answers in the user's language otherwise; the message is shown as is.
            start.Environment["LC_ALL"] = "C";
            start.Environment["GIT_TERMINAL_PROMPT"] = "0";

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new UsageException("--changed-since: git could not be started.");
            }
            catch (Win32Exception ex)
            {
                throw new UsageException("--changed-since needs git on the PATH: " + ex.Message);
            }

            using (process)
            {
                var error = process.StandardError.ReadToEndAsync();
                string output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new UsageException("--changed-since: 'git " + string.Join(" ", args) + "' failed in " + workingDirectory + ": " + error.Result.Trim());
                }

                return output;
            }
        }
    }
}

using System;
using System.Collections.Generic;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>
    /// The rule categories and the id range each owns: the first digit of an id says what kind of harm the rule is
    /// about, so a user reading <c>SG1xxx</c> knows data can be lost.
    /// </summary>
    public sealed class RuleCategory
    {
        private RuleCategory(string name, int firstId, string title)
        {
            Name = name;
            FirstId = firstId;
            Title = title;
        }

        /// <summary>The name pages write in <c>category:</c> (kebab-case).</summary>
        public string Name { get; }

        /// <summary>The first number of the range (1000 for SG1000-SG1999).</summary>
        public int FirstId { get; }

        /// <summary>The last number of the range.</summary>
        public int LastId => FirstId + 999;

        /// <summary>A heading for documentation.</summary>
        public string Title { get; }

        /// <summary>Whether the number of an id (<c>1005</c> for SG1005) lies in this category's range.</summary>
        public bool Owns(int number) => number >= FirstId && number <= LastId;

        /// <summary>Data loss and cascades (SG1xxx).</summary>
        public static RuleCategory DataLoss { get; } = new RuleCategory("data-loss", 1000, "Data loss and cascades");

        /// <summary>Locking and availability (SG2xxx).</summary>
        public static RuleCategory Locking { get; } = new RuleCategory("locking", 2000, "Locking and availability");

        /// <summary>Recoverability: redo, undo, flashback, instance recovery (SG3xxx).</summary>
        public static RuleCategory Recoverability { get; } = new RuleCategory("recoverability", 3000, "Recoverability");

        /// <summary>Online redefinition (SG4xxx).</summary>
        public static RuleCategory OnlineRedefinition { get; } = new RuleCategory("online-redefinition", 4000, "Online redefinition");

        /// <summary>Indexes (SG5xxx).</summary>
        public static RuleCategory Indexes { get; } = new RuleCategory("indexes", 5000, "Indexes");

        /// <summary>Engine-version hazards (SG6xxx).</summary>
        public static RuleCategory EngineVersion { get; } = new RuleCategory("engine-version", 6000, "Engine-version hazards");

        /// <summary>Concerns only SQL written in C# has (SG7xxx).</summary>
        public static RuleCategory CSharp { get; } = new RuleCategory("csharp", 7000, "SQL in C#");

        /// <summary>SchemaGuard's own diagnostics (SG9xxx).</summary>
        public static RuleCategory SchemaGuard { get; } = new RuleCategory("schemaguard", 9000, "SchemaGuard's own diagnostics");

        /// <summary>Every category, in id order.</summary>
        public static IReadOnlyList<RuleCategory> All { get; } = new[] { DataLoss, Locking, Recoverability, OnlineRedefinition, Indexes, EngineVersion, CSharp, SchemaGuard };

        /// <summary>Finds a category by its name (exact, lower case).</summary>
        public static bool TryFromName(string? name, out RuleCategory category)
        {
            foreach (var c in All)
            {
                if (string.Equals(c.Name, name, StringComparison.Ordinal))
                {
                    category = c;
                    return true;
                }
            }

            category = null!;
            return false;
        }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Core.Findings;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.EngineVersions
{
    /// <summary>
    /// SG6002: <c>utf8</c> / <c>utf8mb3</c> as a table's default, a column's or a CONVERT TO character set (or a
    /// utf8mb3 collation standing alone, which implies the character set). See rules/SG6002.md.
    /// </summary>
    [Rule("SG6002")]
    public sealed class MySqlUtf8mb3Rule : SqlRule
    {
        private const string Why =
            "utf8mb3 stores at most three bytes per character, so emoji and other characters outside the Basic Multilingual Plane are rejected or silently truncated, " +
            "and it is deprecated";

        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.CreateTable, StatementKind.AlterTable);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            var found = new List<Hit>();
            switch (context.Statement)
            {
                case CreateTableStatement create:
                    string table = context.GetText(create.Name);
                    AddTableOptions(found, create.Options, "Table " + table + " gets the default character set ");
                    foreach (var column in create.Columns) AddColumn(found, column, table);
                    break;
                case AlterTableStatement alter:
                    Collect(found, alter, context.GetText(alter.Name));
                    break;
            }

            if (found.Count == 0) return;
            var edits = found.SelectMany(f => f.Companion != null ? new[] { f.Option, f.Companion } : new[] { f.Option })
                .Distinct()
                .Select(o => new TextEdit(o.ValueSpan, Utf8mb4(context.GetText(o.ValueSpan), o)))
                .ToList();
            string rewritten = RuleText.RewriteStatement(context, context.Statement, edits);
            bool converts = context.Statement is AlterTableStatement a && a.Actions.OfType<ConvertCharsetAction>().Any(c => found.Any(f => f.Option == c.CharacterSet || f.Option == c.Collation));
            string alternative = converts
                ? rewritten + "\n-- Still a full table rebuild: run it with an online schema-change tool (pt-online-schema-change, gh-ost) or in a maintenance window, " +
                  "and check indexes on long VARCHAR columns against the 3072-byte key limit first."
                : rewritten;
            foreach (var hit in found) context.Report(hit.Option.ValueSpan, hit.Message + ": " + Why + ".", alternative);
        }

        private static void Collect(List<Hit> found, AlterTableStatement alter, string table)
        {
            foreach (var action in alter.Actions)
            {
                switch (action)
                {
                    case ConvertCharsetAction convert:
                        if (IsUtf8mb3Charset(convert.CharacterSet))
                        {
                            found.Add(new Hit(convert.CharacterSet, "ALTER TABLE " + table + " CONVERT TO CHARACTER SET " + convert.CharacterSet.Value +
                                " rewrites the whole table (a full copy, with the locks that implies) and leaves every text column in utf8mb3", Utf8mb3Only(convert.Collation)));
                        }
                        else if (convert.Collation != null && IsUtf8mb3Collation(convert.Collation))
                        {
                            found.Add(new Hit(convert.Collation, "ALTER TABLE " + table + " CONVERT TO ... COLLATE " + convert.Collation.Value +
                                " rewrites the whole table (a full copy, with the locks that implies) with a utf8mb3 collation", null));
                        }

                        break;
                    case TableOptionsAction options:
                        AddTableOptions(found, options.Options, "ALTER TABLE " + table + " sets the default character set for columns added later (existing columns keep theirs) to ");
                        break;
                    case AddColumnsAction add:
                        foreach (var column in add.Columns) AddColumn(found, column, table);
                        break;
                    case ModifyColumnsAction modify:
                        foreach (var column in modify.Columns) AddColumn(found, column, table);
                        break;
                }
            }
        }

        private static void AddTableOptions(List<Hit> found, IReadOnlyList<OptionSetting> options, string prefix)
        {
            bool hasCharset = false;
            var collation = Utf8mb3Only(options.LastOrDefault(IsCollationOption));
            foreach (var option in options.Where(IsCharsetOption))
            {
                hasCharset = true;
                if (IsUtf8mb3Charset(option)) found.Add(new Hit(option, prefix + Spell(option.Value!), collation));
            }

            if (hasCharset) return;
            foreach (var option in options.Where(IsCollationOption))
            {
                if (IsUtf8mb3Collation(option)) found.Add(new Hit(option, prefix + "utf8mb3 through its collation " + option.Value, null));
            }
        }

        private static void AddColumn(List<Hit> found, ColumnDefinition column, string table)
        {
            if (column.CharacterSet != null)
            {
                if (IsUtf8mb3Charset(column.CharacterSet))
                {
                    found.Add(new Hit(column.CharacterSet, "Column " + column.Name.Text + " of " + table + " uses the character set " + Spell(column.CharacterSet.Value!), Utf8mb3Only(column.Collation)));
                }
            }
            else if (column.Collation != null && IsUtf8mb3Collation(column.Collation))
            {
                found.Add(new Hit(column.Collation, "Column " + column.Name.Text + " of " + table + " uses utf8mb3 through its collation " + column.Collation.Value, null));
            }
        }

        /// <summary>The collation when it is a utf8mb3 one (it must change along with the character set), else null.</summary>
        private static OptionSetting? Utf8mb3Only(OptionSetting? collation) => collation != null && IsUtf8mb3Collation(collation) ? collation : null;

        private static string Spell(string value) =>
            string.Equals(value, "utf8mb3", StringComparison.OrdinalIgnoreCase) ? value : value + " (utf8mb3)";

        private static bool IsCharsetOption(OptionSetting option) =>
            option.Name.IndexOf("CHARSET", StringComparison.OrdinalIgnoreCase) >= 0 || option.Name.IndexOf("CHARACTER SET", StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool IsCollationOption(OptionSetting option) => option.Name.IndexOf("COLLATE", StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool IsUtf8mb3Charset(OptionSetting option) => option.ValueIs("utf8") || option.ValueIs("utf8mb3");

        private static bool IsUtf8mb3Collation(OptionSetting option) => Utf8mb3CollationPrefix(option.Value) > 0;

        /// <summary>The length of the <c>utf8_</c> or <c>utf8mb3_</c> prefix of a collation name, or 0.</summary>
        private static int Utf8mb3CollationPrefix(string? collation)
        {
            if (collation == null) return 0;
            if (collation.StartsWith("utf8mb3_", StringComparison.OrdinalIgnoreCase)) return "utf8mb3".Length;
            if (collation.StartsWith("utf8_", StringComparison.OrdinalIgnoreCase)) return "utf8".Length;
            return 0;
        }

        /// <summary>The value as written (quotes kept, case followed) with utf8mb4 in place of utf8/utf8mb3.</summary>
        private static string Utf8mb4(string written, OptionSetting option)
        {
            string value = option.Value ?? string.Empty;
            int prefix = IsCharsetOption(option) ? value.Length : Utf8mb3CollationPrefix(value);
            bool upper = value.Length > 0 && value.ToUpperInvariant() == value;
            string replaced = (upper ? "UTF8MB4" : "utf8mb4") + value.Substring(prefix);
            int at = written.IndexOf(value, StringComparison.Ordinal);
            return at < 0 ? replaced : written.Substring(0, at) + replaced + written.Substring(at + value.Length);
        }

        /// <summary>One utf8mb3 value to report, and the collation that has to change with it in the alternative.</summary>
        private sealed class Hit
        {
            internal Hit(OptionSetting option, string message, OptionSetting? companion)
            {
                Option = option;
                Message = message;
                Companion = companion;
            }

            internal OptionSetting Option { get; }

            internal string Message { get; }

            internal OptionSetting? Companion { get; }
        }
    }
}

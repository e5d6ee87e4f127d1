using System.Collections.Generic;
using SchemaGuard.Core.Settings;

namespace SchemaGuard.Core.Catalog
{
    /// <summary>What an example block is for, from its info string.</summary>
    public enum ExampleRole
    {
        /// <summary><c>bad</c>: the rule must fire, on the marked lines.</summary>
        Bad,

        /// <summary><c>good</c>: the rule must stay quiet.</summary>
        Good,

        /// <summary><c>fixed</c>: the previous bad block after applying the rule's fix.</summary>
        Fixed,

        /// <summary><c>setup</c>: an earlier migration the following examples need.</summary>
        Setup,

        /// <summary><c>usage</c>: an index-usage export (CSV) for the following examples.</summary>
        Usage,
    }

    /// <summary>A fenced block of an example: setup, usage data or fixed text.</summary>
    public sealed class ExampleBlock
    {
        internal ExampleBlock(ExampleRole role, string language, string infoString, string code, int line, int lineCount, string? dialect)
        {
            Role = role;
            Language = language;
            InfoString = infoString;
            Code = code;
            Line = line;
            LineCount = lineCount;
            Dialect = dialect;
        }

        /// <summary>The role.</summary>
        public ExampleRole Role { get; }

        /// <summary>The block's language (<c>sql</c>, <c>csv</c>, <c>editorconfig</c>).</summary>
        public string Language { get; }

        /// <summary>The fence's info string as written.</summary>
        public string InfoString { get; }

        /// <summary>The block's text, each line ending with <c>\n</c>.</summary>
        public string Code { get; }

        /// <summary>The page line of the block's first code line.</summary>
        public int Line { get; }

        /// <summary>Number of code lines.</summary>
        public int LineCount { get; }

        /// <summary>The dialect name for SQL blocks (<c>oracle</c>), null for others.</summary>
        public string? Dialect { get; }

        /// <inheritdoc />
        public override string ToString() => "```" + InfoString + " (line " + Line + ")";
    }

    /// <summary>
    /// A bad or good example of a rule page with everything needed to run it: its code, dialect, version, edition and
    /// options, the lines the finding must be on, the setup migrations and usage data that precede it, and its fixed text.
    /// </summary>
    public sealed class RuleExample
    {
        internal RuleExample(
            int index,
            ExampleBlock block,
            EngineVersion? version,
            Edition? edition,
            IReadOnlyDictionary<string, string> options,
            IReadOnlyList<int> expectedLines,
            IReadOnlyList<ExampleBlock> setup,
            ExampleBlock? usage)
        {
            Index = index;
            Block = block;
            Version = version;
            Edition = edition;
            Options = options;
            ExpectedLines = expectedLines;
            Setup = setup;
            Usage = usage;
        }

        /// <summary>0-based position among the page's bad and good examples.</summary>
        public int Index { get; }

        /// <summary>The block itself.</summary>
        public ExampleBlock Block { get; }

        /// <summary>Bad or good.</summary>
        public ExampleRole Role => Block.Role;

        /// <summary>The block's language: <c>sql</c>, or <c>editorconfig</c> for setting examples.</summary>
        public string Language => Block.Language;

        /// <summary>The code.</summary>
        public string Code => Block.Code;

        /// <summary>The page line of the first code line.</summary>
        public int Line => Block.Line;

        /// <summary>The dialect name (<c>oracle</c>); null for <c>editorconfig</c> examples.</summary>
        public string? Dialect => Block.Dialect;

        /// <summary>The target version (<c>version=19</c>), or null.</summary>
        public EngineVersion? Version { get; }

        /// <summary>The edition (<c>edition=enterprise</c>), or null.</summary>
        public Edition? Edition { get; }

        /// <summary>Rule options (<c>options=min_seconds:900</c>).</summary>
        public IReadOnlyDictionary<string, string> Options { get; }

        /// <summary>
        /// For a bad example, the 1-based lines within the block that must carry a finding (<c>line=3,5</c>). Empty
        /// when not written: the finding must then be on the first line of the block's last statement.
        /// </summary>
        public IReadOnlyList<int> ExpectedLines { get; }

        /// <summary>Earlier migrations (<c>setup</c> blocks) to replay before the example, in order.</summary>
        public IReadOnlyList<ExampleBlock> Setup { get; }

        /// <summary>The index-usage export in effect (<c>csv usage</c>), or null.</summary>
        public ExampleBlock? Usage { get; }

        /// <summary>For a bad example, the text after applying the rule's fix (<c>fixed</c> block), or null.</summary>
        public ExampleBlock? Fixed { get; internal set; }

        /// <inheritdoc />
        public override string ToString() => Block.ToString();
    }
}

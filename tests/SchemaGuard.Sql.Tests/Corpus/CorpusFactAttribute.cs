using Xunit;

namespace SchemaGuard.Sql.Tests.Corpus
{
    /// <summary>A fact that is skipped, with the reason shown, when the corpus is missing outside CI.</summary>
    public sealed class CorpusFactAttribute : FactAttribute
    {
        public CorpusFactAttribute()
        {
            if (CorpusRun.SkipReason != null) Skip = CorpusRun.SkipReason;
        }
    }

    /// <summary>A theory that is skipped, with the reason shown, when the corpus is missing outside CI.</summary>
    public sealed class CorpusTheoryAttribute : TheoryAttribute
    {
        public CorpusTheoryAttribute()
        {
            if (CorpusRun.SkipReason != null) Skip = CorpusRun.SkipReason;
        }
    }
}

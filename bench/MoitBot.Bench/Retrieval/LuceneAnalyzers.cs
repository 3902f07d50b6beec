using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace MoitBot.Bench.Retrieval;

/// <summary>The peer analyzers, as in shared/eval/alqac2024/PEER-BASELINE.md.</summary>
internal static class LuceneAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A: StandardAnalyzer without stop words (it has no Vietnamese list anyway).</summary>
    public static Analyzer Standard() => new StandardAnalyzer(Version, CharArraySet.Empty);

    /// <summary>B: StandardTokenizer + ICU folding (case, tones, đ -> d, Unicode normalisation).</summary>
    public static Analyzer IcuFolding() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
    });

    /// <summary>C: B plus syllable bigrams (shingles of two, unigrams kept).</summary>
    public static Analyzer IcuFoldingBigrams() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new ShingleFilter(new ICUFoldingFilter(tokenizer), 2, 2));
    });
}

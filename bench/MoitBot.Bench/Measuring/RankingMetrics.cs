namespace MoitBot.Bench.Measuring;

/// <summary>Binary-relevance ranking metrics of one query (the ranking is best first).</summary>
internal static class RankingMetrics
{
    /// <summary>Share of the relevant documents found in the first k results.</summary>
    public static double RecallAt(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant, int k)
    {
        if (relevant.Count == 0)
        {
            return 0;
        }

        var found = ranking.Take(k).Count(relevant.Contains);
        return (double)found / relevant.Count;
    }

    /// <summary>1 / rank of the first relevant result within the first k, else 0.</summary>
    public static double ReciprocalRankAt(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant, int k)
    {
        for (var i = 0; i < Math.Min(k, ranking.Count); i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>DCG of the first k results (gain 1 / log2(rank + 1)) over the ideal DCG.</summary>
    public static double NdcgAt(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant, int k)
    {
        if (relevant.Count == 0)
        {
            return 0;
        }

        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranking.Count); i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                dcg += 1.0 / Math.Log2(i + 2);
            }
        }

        var ideal = 0.0;
        for (var i = 0; i < Math.Min(k, relevant.Count); i++)
        {
            ideal += 1.0 / Math.Log2(i + 2);
        }

        return dcg / ideal;
    }
}

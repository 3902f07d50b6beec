namespace MoitBot.Knowledge.Retrieval;

/// <summary>Weighted reciprocal rank fusion: score = sum of weight / (k + rank).</summary>
public static class ReciprocalRankFusion
{
    public static List<(T Item, double Score)> Fuse<T>(IReadOnlyList<(IReadOnlyList<T> Ranking, double Weight)> rankings, int k, int top)
        where T : notnull
    {
        var scores = new Dictionary<T, double>();
        var order = new List<T>();
        foreach (var (ranking, weight) in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var item = ranking[rank];
                if (!scores.ContainsKey(item))
                {
                    order.Add(item);
                }

                scores[item] = scores.GetValueOrDefault(item) + (weight / (k + rank + 1));
            }
        }

        // Stable on ties: the item seen first (from the first ranking) wins.
        return order
            .Select((item, index) => (item, index, score: scores[item]))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Take(top)
            .Select(x => (x.item, x.score))
            .ToList();
    }
}

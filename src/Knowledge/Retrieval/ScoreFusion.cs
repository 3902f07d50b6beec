namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// Relative score fusion: each ranking's scores are min-max scaled over its candidates, then
/// summed with weights. Unlike RRF it keeps the margin a strong lexical match has over the rest.
/// </summary>
public static class ScoreFusion
{
    public static List<(T Item, double Score)> Fuse<T>(IReadOnlyList<(IReadOnlyList<(T Item, double Score)> Ranking, double Weight)> rankings, int top)
        where T : notnull
    {
        var scores = new Dictionary<T, double>();
        var order = new List<T>();
        foreach (var (ranking, weight) in rankings)
        {
            if (ranking.Count == 0)
            {
                continue;
            }

            var max = ranking.Max(r => r.Score);
            var min = ranking.Min(r => r.Score);
            var span = max - min;
            foreach (var (item, score) in ranking)
            {
                if (!scores.ContainsKey(item))
                {
                    order.Add(item);
                }

                var scaled = span <= 1e-12 ? 1.0 : (score - min) / span;
                scores[item] = scores.GetValueOrDefault(item) + (weight * scaled);
            }
        }

        return order
            .Select((item, index) => (item, index, score: scores[item]))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .Take(top)
            .Select(x => (x.item, x.score))
            .ToList();
    }
}

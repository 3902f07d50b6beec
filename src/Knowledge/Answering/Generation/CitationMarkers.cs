using System.Globalization;
using System.Text.RegularExpressions;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>The [n], [n, m] and [n-m] markers a model writes after a statement to cite numbered sources.</summary>
public static partial class CitationMarkers
{
    private const int MaxRange = 20;

    /// <summary>Every source number cited, in order of first appearance (duplicates removed).</summary>
    public static IReadOnlyList<int> Find(string text) =>
        Marker().Matches(text).SelectMany(m => Numbers(m.Groups["list"].Value)).Distinct().ToList();

    /// <summary>Rewrites each cited number with the map, keeping the marker's place in the text.</summary>
    public static string Renumber(string text, IReadOnlyDictionary<int, int> map) =>
        Marker().Replace(text, m =>
        {
            var numbers = Numbers(m.Groups["list"].Value).Select(n => map.TryGetValue(n, out var to) ? to : n).Distinct().Order();
            return $"[{string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)))}]";
        });

    private static IEnumerable<int> Numbers(string list)
    {
        foreach (var part in list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split(['-', '–'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => int.Parse(p, CultureInfo.InvariantCulture))
                .ToArray();
            if (bounds.Length == 2 && bounds[1] >= bounds[0] && bounds[1] - bounds[0] <= MaxRange)
            {
                for (var n = bounds[0]; n <= bounds[1]; n++)
                {
                    yield return n;
                }
            }
            else
            {
                foreach (var n in bounds)
                {
                    yield return n;
                }
            }
        }
    }

    [GeneratedRegex(@"\[\s*(?<list>\d{1,4}(?:\s*[,;\-–]\s*\d{1,4})*)\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}

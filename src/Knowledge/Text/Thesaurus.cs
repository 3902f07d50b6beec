using System.Text.RegularExpressions;

namespace MoitBot.Knowledge.Text;

/// <summary>
/// Synonym sets compiled for matching: a phrase matches a text when its folded syllables occur
/// there in a row, so "giay to" finds "giấy tờ". Immutable; a change builds a new one. A phrase
/// in two sets (overlapping sets) matches both, and the result is only ever one level deep: the
/// phrases a match brings in are never matched again, so A~B and B~C cannot loop.
/// </summary>
public sealed partial class Thesaurus
{
    private readonly Dictionary<string, List<(string[] Syllables, int Set, int Member)>> _byFirstSyllable = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<IReadOnlyList<Term>>> _memberTerms = [];

    public Thesaurus(IEnumerable<SynonymSet> sets)
    {
        Sets = sets.ToList();
        for (var s = 0; s < Sets.Count; s++)
        {
            var members = Sets[s].Members;
            _memberTerms.Add(members.Select(m => (IReadOnlyList<Term>)TextAnalyzer.Analyze(m).Where(t => t.Kind is TermKind.Word or TermKind.Bigram).ToList()).ToList());
            for (var m = 0; m < members.Count; m++)
            {
                var syllables = Syllables(members[m]);
                if (syllables.Length == 0)
                {
                    continue;
                }

                if (!_byFirstSyllable.TryGetValue(syllables[0], out var list))
                {
                    _byFirstSyllable[syllables[0]] = list = [];
                }

                list.Add((syllables, s, m));
            }
        }
    }

    public static Thesaurus Empty { get; } = new([]);

    public IReadOnlyList<SynonymSet> Sets { get; }

    /// <summary>The sets with a phrase in the text, each with the terms of its phrases the text does not contain.</summary>
    public IReadOnlyList<SynonymMatch> Match(string? text)
    {
        var syllables = Syllables(text);
        var matched = new SortedDictionary<int, (HashSet<string> Syllables, HashSet<int> Members)>();
        for (var i = 0; i < syllables.Length; i++)
        {
            if (!_byFirstSyllable.TryGetValue(syllables[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, set, member) in candidates)
            {
                if (i + phrase.Length > syllables.Length || !syllables.AsSpan(i, phrase.Length).SequenceEqual(phrase))
                {
                    continue;
                }

                if (!matched.TryGetValue(set, out var hit))
                {
                    matched[set] = hit = ([], []);
                }

                hit.Syllables.UnionWith(phrase);
                hit.Members.Add(member);
            }
        }

        return matched.Select(x => new SynonymMatch(
                Sets[x.Key],
                x.Value.Syllables,
                _memberTerms[x.Key].Where((_, m) => !x.Value.Members.Contains(m)).ToList()))
            .ToList();
    }

    /// <summary>The folded syllables of a text, function words included: phrases are matched as written.</summary>
    public static string[] Syllables(string? text) =>
        SyllablePattern().Matches(VietnameseText.Fold(text)).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex SyllablePattern();
}

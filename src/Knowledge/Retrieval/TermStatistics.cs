using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// Document frequencies of the approved bank, kept by the bank itself so that confidence is
/// computed the same way whichever index implementation ranks the results.
/// </summary>
public sealed class TermStatistics
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _frequencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _termsByEntry = new(StringComparer.Ordinal);

    public int DocumentCount
    {
        get
        {
            lock (_gate)
            {
                return _termsByEntry.Count;
            }
        }
    }

    private const string TypedPrefix = "\u0001";

    /// <param name="typedWords">The entry's words with their diacritics ("chợ"), so a word typed with
    /// diacritics is weighed by its own rarity rather than that of its folded form ("cho").</param>
    public void Set(string entryId, IEnumerable<Term> terms, IEnumerable<string>? typedWords = null)
    {
        var distinct = terms.Select(t => t.Value).Concat((typedWords ?? []).Select(w => TypedPrefix + w)).ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            RemoveLocked(entryId);
            _termsByEntry[entryId] = distinct;
            foreach (var term in distinct)
            {
                _frequencies[term] = _frequencies.GetValueOrDefault(term) + 1;
            }
        }
    }

    public void Remove(string entryId)
    {
        lock (_gate)
        {
            RemoveLocked(entryId);
        }
    }

    /// <summary>Inverse document frequency; a term the bank has never seen gets the highest value.</summary>
    public double Idf(string term)
    {
        lock (_gate)
        {
            var n = _termsByEntry.Count;
            var df = _frequencies.GetValueOrDefault(term);
            return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
        }
    }

    /// <summary>At most the share of entries holding all these terms: that of the rarest one (0 for an empty bank).</summary>
    public double Share(IEnumerable<string> terms)
    {
        lock (_gate)
        {
            var n = _termsByEntry.Count;
            return n == 0 ? 0 : terms.Select(t => _frequencies.GetValueOrDefault(t)).DefaultIfEmpty(0).Min() / (double)n;
        }
    }

    /// <summary>Inverse document frequency of a word as typed, diacritics included.</summary>
    public double TypedIdf(string typedWord) => Idf(TypedPrefix + typedWord);

    private void RemoveLocked(string entryId)
    {
        if (!_termsByEntry.Remove(entryId, out var old))
        {
            return;
        }

        foreach (var term in old)
        {
            if (--_frequencies[term] == 0)
            {
                _frequencies.Remove(term);
            }
        }
    }
}

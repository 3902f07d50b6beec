using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// In-memory BM25F over analysed terms (title weighted above body), with a one-edit fuzzy
/// fallback for query words the index has never seen ("giay phep ban le ruuo"). Not thread-safe:
/// the owner serialises writers against readers.
/// </summary>
internal sealed class LexicalIndex(RetrievalOptions options)
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<Postings> _postings = [];
    private readonly List<int> _documentFrequency = [];
    private readonly Dictionary<string, List<int>> _deletions = new(StringComparer.Ordinal);
    private readonly List<string> _termValues = [];
    private readonly List<TermKind> _termKinds = [];
    private readonly List<float> _lengths = [];
    private readonly List<(int[] Ids, float[] Frequencies)> _documentTerms = [];
    private readonly List<bool> _live = [];
    private double _totalLength;
    private int _liveCount;
    private Norms? _norms;

    public int Add(IReadOnlyList<Term> titleTerms, IReadOnlyList<Term> bodyTerms)
    {
        var frequencies = new Dictionary<int, float>();
        var titleWeight = (float)options.TitleWeight;
        foreach (var term in titleTerms)
        {
            var id = TermId(term.Value, term.Kind, create: true);
            frequencies[id] = frequencies.GetValueOrDefault(id) + titleWeight;
        }

        foreach (var term in bodyTerms)
        {
            var id = TermId(term.Value, term.Kind, create: true);
            frequencies[id] = frequencies.GetValueOrDefault(id) + 1f;
        }

        var length = (titleTerms.Count * titleWeight) + bodyTerms.Count;
        return AddCore([.. frequencies.Keys], [.. frequencies.Values], length);
    }

    /// <summary>A new index holding only these documents, renumbered in the given order.</summary>
    public LexicalIndex Compact(IEnumerable<int> ordinals)
    {
        var compacted = new LexicalIndex(options);
        foreach (var ordinal in ordinals)
        {
            var (ids, frequencies) = _documentTerms[ordinal];
            var mapped = ids.Select(id => compacted.TermId(_termValues[id], _termKinds[id], create: true)).ToArray();
            compacted.AddCore(mapped, frequencies, _lengths[ordinal]);
        }

        return compacted;
    }

    private int AddCore(int[] ids, float[] frequencies, float length)
    {
        var ordinal = _lengths.Count;
        for (var i = 0; i < ids.Length; i++)
        {
            _postings[ids[i]].Add(ordinal, frequencies[i]);
            _documentFrequency[ids[i]]++;
        }

        _documentTerms.Add((ids, frequencies));
        _lengths.Add(length);
        _norms = null;
        _live.Add(true);
        _totalLength += length;
        _liveCount++;
        return ordinal;
    }

    public void Remove(int ordinal)
    {
        if (!_live[ordinal])
        {
            return;
        }

        _live[ordinal] = false;
        _liveCount--;
        _totalLength -= _lengths[ordinal];
        _norms = null;
        foreach (var id in _documentTerms[ordinal].Ids)
        {
            _documentFrequency[id]--;
        }
    }

    public List<(int Ordinal, double Score)> Search(IReadOnlyList<Term> query, Func<int, bool> allowed, int top)
    {
        var weights = WeightQuery(query);
        var results = new List<(int, double)>();
        if (weights.Count == 0 || _liveCount == 0)
        {
            return results;
        }

        var accumulator = Accumulator.For(_lengths.Count);
        var norms = DocumentNorms();
        var k1 = options.K1;
        try
        {
            foreach (var (id, weight) in weights)
            {
                var scale = weight * Idf(id) * (k1 + 1);
                var postings = _postings[id];
                var documents = postings.Documents.AsSpan(0, postings.Count);
                var frequencies = postings.Frequencies.AsSpan(0, postings.Count);
                for (var i = 0; i < documents.Length; i++)
                {
                    var ordinal = documents[i];
                    var tf = frequencies[i];
                    accumulator.Add(ordinal, scale * tf / (tf + norms[ordinal]));
                }
            }

            var heap = new PriorityQueue<int, double>(top + 1);
            foreach (var ordinal in accumulator.Touched)
            {
                var score = accumulator.Scores[ordinal];
                if (heap.Count >= top && heap.TryPeek(out _, out var lowest) && score <= lowest)
                {
                    continue;
                }

                if (!allowed(ordinal))
                {
                    continue;
                }

                if (heap.Count < top)
                {
                    heap.Enqueue(ordinal, score);
                }
                else
                {
                    heap.DequeueEnqueue(ordinal, score);
                }
            }

            while (heap.TryDequeue(out var ordinal, out var score))
            {
                results.Add((ordinal, score));
            }
        }
        finally
        {
            accumulator.Clear();
        }

        results.Reverse();
        return results;
    }

    private Dictionary<int, double> WeightQuery(IReadOnlyList<Term> query)
    {
        var weights = new Dictionary<int, double>();
        foreach (var term in query)
        {
            var kindWeight = options.QueryWeight(term.Kind);
            var id = TermId(term.Value, term.Kind, create: false);
            if (id >= 0 && _documentFrequency[id] > 0)
            {
                weights[id] = weights.GetValueOrDefault(id) + kindWeight;
                continue;
            }

            if (term.Kind == TermKind.Word && term.Value.Length >= 3)
            {
                foreach (var candidate in FuzzyCandidates(term.Value))
                {
                    weights[candidate] = weights.GetValueOrDefault(candidate) + (kindWeight * options.FuzzyWeight);
                }
            }
        }

        return weights;
    }

    /// <summary>
    /// k1 * (1 - b + b * length / average length) per document, infinite for removed ones (so
    /// they score 0). Rebuilt after writes; readers may race to build it, which is harmless.
    /// </summary>
    private float[] DocumentNorms()
    {
        if (_norms is { } cached && cached.Values.Length == _lengths.Count)
        {
            return cached.Values;
        }

        var averageLength = Math.Max(1.0, _totalLength / Math.Max(1, _liveCount));
        var k1 = options.K1;
        var b = options.B;
        var values = new float[_lengths.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _live[i] ? (float)(k1 * (1 - b + (b * _lengths[i] / averageLength))) : float.PositiveInfinity;
        }

        _norms = new Norms(values);
        return values;
    }

    private double Idf(int id)
    {
        var df = _documentFrequency[id];
        return Math.Log(1 + ((_liveCount - df + 0.5) / (df + 0.5)));
    }

    /// <summary>The most frequent known word one insertion, deletion or substitution away.</summary>
    private IEnumerable<int> FuzzyCandidates(string word)
    {
        var best = -1;
        foreach (var key in DeletesOf(word).Append(word))
        {
            if (!_deletions.TryGetValue(key, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                if (_documentFrequency[id] > 0 && (best < 0 || _documentFrequency[id] > _documentFrequency[best]))
                {
                    best = id;
                }
            }
        }

        return best < 0 ? [] : [best];
    }

    private int TermId(string value, TermKind kind, bool create)
    {
        if (_termIds.TryGetValue(value, out var id))
        {
            return id;
        }

        if (!create)
        {
            return -1;
        }

        id = _postings.Count;
        _termIds.Add(value, id);
        _termValues.Add(value);
        _termKinds.Add(kind);
        _postings.Add(new Postings());
        _documentFrequency.Add(0);
        if (kind == TermKind.Word && value.Length >= 3)
        {
            foreach (var key in DeletesOf(value).Append(value))
            {
                if (!_deletions.TryGetValue(key, out var list))
                {
                    _deletions[key] = list = [];
                }

                list.Add(id);
            }
        }

        return id;
    }

    private static IEnumerable<string> DeletesOf(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    private sealed record Norms(float[] Values);
}

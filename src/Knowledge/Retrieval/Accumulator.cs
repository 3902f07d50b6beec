using System.Runtime.InteropServices;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// Per-thread score array for term-at-a-time BM25: adding is an array write instead of a hash
/// lookup, and only the touched slots are visited and reset afterwards, so a query costs what
/// its postings cost, not what the index size costs. Readers search in parallel, so each
/// thread has its own; it is always handed back clean.
/// </summary>
internal sealed class Accumulator
{
    [ThreadStatic]
    private static Accumulator? _current;

    private double[] _scores = [];
    private readonly List<int> _touched = [];

    public double[] Scores => _scores;

    public ReadOnlySpan<int> Touched => CollectionsMarshal.AsSpan(_touched);

    public static Accumulator For(int documents)
    {
        var accumulator = _current ??= new Accumulator();
        if (accumulator._scores.Length < documents)
        {
            accumulator._scores = new double[Math.Max(documents, accumulator._scores.Length * 2)];
        }

        return accumulator;
    }

    public void Add(int ordinal, double value)
    {
        if (value <= 0)
        {
            return;
        }

        ref var slot = ref _scores[ordinal];
        if (slot == 0)
        {
            _touched.Add(ordinal);
        }

        slot += value;
    }

    public void Clear()
    {
        foreach (var ordinal in CollectionsMarshal.AsSpan(_touched))
        {
            _scores[ordinal] = 0;
        }

        _touched.Clear();
    }
}

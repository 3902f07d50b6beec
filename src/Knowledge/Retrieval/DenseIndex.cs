using System.Numerics.Tensors;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// Exact cosine search over L2-normalised vectors kept in one contiguous array. A brute-force
/// scan of 100,000 x 384 floats is memory-bound at a few milliseconds on two cores, which is
/// fine for a ministry's bank; Qdrant takes over beyond that. Not thread-safe on its own.
/// </summary>
internal sealed class DenseIndex
{
    private float[] _data = [];
    private readonly List<bool> _live = [];
    private int _dimensions;

    public int Count => _live.Count;

    public void Add(int ordinal, float[] vector)
    {
        if (ordinal != _live.Count)
        {
            throw new InvalidOperationException("Dense ordinals must be appended in order.");
        }

        if (_dimensions == 0)
        {
            _dimensions = vector.Length;
        }
        else if (vector.Length != _dimensions)
        {
            throw new InvalidOperationException($"Vector has {vector.Length} dimensions; the index holds {_dimensions}.");
        }

        var needed = (ordinal + 1) * _dimensions;
        if (_data.Length < needed)
        {
            Array.Resize(ref _data, Math.Max(needed, _data.Length * 2));
        }

        var target = _data.AsSpan(ordinal * _dimensions, _dimensions);
        vector.CopyTo(target);
        var norm = TensorPrimitives.Norm(target);
        if (norm > 0)
        {
            TensorPrimitives.Divide(target, norm, target);
        }

        _live.Add(true);
    }

    public void Remove(int ordinal) => _live[ordinal] = false;

    public List<(int Ordinal, double Score)> Search(float[] query, Func<int, bool> allowed, int top)
    {
        var results = new List<(int, double)>();
        if (_dimensions == 0 || query.Length != _dimensions)
        {
            return results;
        }

        var normalized = query.ToArray();
        var norm = TensorPrimitives.Norm(normalized);
        if (norm <= 0)
        {
            return results;
        }

        TensorPrimitives.Divide(normalized, norm, normalized);
        var heap = new PriorityQueue<int, float>();
        var data = _data.AsSpan();
        for (var ordinal = 0; ordinal < _live.Count; ordinal++)
        {
            if (!_live[ordinal])
            {
                continue;
            }

            var score = TensorPrimitives.Dot(normalized, data.Slice(ordinal * _dimensions, _dimensions));
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

        results.Reverse();
        return results;
    }
}

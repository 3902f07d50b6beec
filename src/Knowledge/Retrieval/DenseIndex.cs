using System.Buffers;
using System.Numerics.Tensors;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// Exact cosine search over L2-normalised vectors, stored one column per dimension. A query
/// only reads the columns where it is non-zero (the offline hashing embedder gives sparse
/// queries, about a fifth of the dimensions), so a scan of 100,000 entries reads a fraction of
/// the 150 MB a row-wise scan would. Blocks of entries are scored with SIMD multiply-adds in a
/// cache-sized buffer and spread over the cores. Exact, no approximation; Qdrant takes over
/// beyond a few hundred thousand entries. Not thread-safe for writers.
/// </summary>
internal sealed class DenseIndex
{
    private const int BlockSize = 4096;
    private const int ParallelThreshold = 3 * BlockSize;

    private float[][] _columns = [];
    private readonly List<bool> _live = [];
    private int _dimensions;
    private int _capacity;

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
            _columns = new float[_dimensions][];
            Array.Fill(_columns, []);
        }
        else if (vector.Length != _dimensions)
        {
            throw new InvalidOperationException($"Vector has {vector.Length} dimensions; the index holds {_dimensions}.");
        }

        if (ordinal >= _capacity)
        {
            _capacity = Math.Max(1024, _capacity * 2);
            for (var d = 0; d < _dimensions; d++)
            {
                Array.Resize(ref _columns[d], _capacity);
            }
        }

        var norm = TensorPrimitives.Norm(vector);
        var scale = norm > 0 ? 1 / norm : 0;
        for (var d = 0; d < _dimensions; d++)
        {
            _columns[d][ordinal] = vector[d] * scale;
        }

        _live.Add(true);
    }

    public void Remove(int ordinal) => _live[ordinal] = false;

    /// <summary>A new index holding only these vectors, renumbered in the given order.</summary>
    public DenseIndex Compact(IEnumerable<int> ordinals)
    {
        var compacted = new DenseIndex();
        var vector = new float[_dimensions];
        foreach (var ordinal in ordinals)
        {
            for (var d = 0; d < _dimensions; d++)
            {
                vector[d] = _columns[d][ordinal];
            }

            compacted.Add(compacted.Count, vector);
        }

        return compacted;
    }

    public List<(int Ordinal, double Score)> Search(float[] query, Func<int, bool> allowed, int top)
    {
        if (_dimensions == 0 || query.Length != _dimensions || top <= 0)
        {
            return [];
        }

        var norm = TensorPrimitives.Norm(query);
        if (norm <= 0)
        {
            return [];
        }

        var weights = new List<(float[] Column, float Weight)>();
        for (var d = 0; d < _dimensions; d++)
        {
            if (query[d] != 0)
            {
                weights.Add((_columns[d], query[d] / norm));
            }
        }

        var count = _live.Count;
        var blocks = (count + BlockSize - 1) / BlockSize;
        var partitions = count < ParallelThreshold ? 1 : Math.Min(Environment.ProcessorCount, blocks);
        var found = new List<(int Ordinal, double Score)>[partitions];
        var perPartition = (blocks + partitions - 1) / partitions;
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, p =>
        {
            var start = p * perPartition * BlockSize;
            var end = Math.Min(count, (p + 1) * perPartition * BlockSize);
            found[p] = SearchRange(weights, start, end, allowed, top);
        });

        return found
            .SelectMany(x => x)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Ordinal)
            .Take(top)
            .ToList();
    }

    private List<(int Ordinal, double Score)> SearchRange(List<(float[] Column, float Weight)> weights, int start, int end, Func<int, bool> allowed, int top)
    {
        var heap = new PriorityQueue<int, float>(top + 1);
        var buffer = ArrayPool<float>.Shared.Rent(BlockSize);
        try
        {
            for (var blockStart = start; blockStart < end; blockStart += BlockSize)
            {
                var length = Math.Min(BlockSize, end - blockStart);
                var scores = buffer.AsSpan(0, length);
                scores.Clear();
                foreach (var (column, weight) in weights)
                {
                    TensorPrimitives.MultiplyAdd(column.AsSpan(blockStart, length), weight, scores, scores);
                }

                for (var i = 0; i < length; i++)
                {
                    var score = scores[i];
                    if (heap.Count >= top && heap.TryPeek(out _, out var lowest) && score <= lowest)
                    {
                        continue;
                    }

                    var ordinal = blockStart + i;
                    if (!_live[ordinal] || !allowed(ordinal))
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
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }

        var results = new List<(int Ordinal, double Score)>(heap.Count);
        while (heap.TryDequeue(out var ordinal, out var score))
        {
            results.Add((ordinal, score));
        }

        return results;
    }
}

using Microsoft.Extensions.AI;

namespace MoitBot.Ingest.Tests;

/// <summary>Counts what reaches the real embedder; can fail the first calls to exercise retries.</summary>
public sealed class CountingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, int failFirstCalls = 0)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private int _calls;

    public int Calls => _calls;

    public List<string> Texts { get; } = [];

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var batch = values.ToList();
        if (Interlocked.Increment(ref _calls) <= failFirstCalls)
        {
            throw new HttpRequestException("simulated 503 from the embedding endpoint");
        }

        lock (Texts)
        {
            Texts.AddRange(batch);
        }

        return await base.GenerateAsync(batch, options, cancellationToken);
    }

    public void Reset()
    {
        _calls = 0;
        lock (Texts)
        {
            Texts.Clear();
        }
    }
}

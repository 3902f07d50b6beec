using Microsoft.Extensions.AI;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Embeddings;

/// <summary>
/// The offline embedder: no model file, no network, deterministic across machines. It hashes
/// folded syllables, syllable bigrams, document numbers and character trigrams of each syllable
/// into a fixed-size signed vector (the "hashing trick"). What it captures: shared words and
/// phrases, and spelling variants through the trigrams (a typo or a missing diacritic still
/// shares most trigrams). What it does not: meaning. "cấp phép" and "giấy phép" are near,
/// "rượu" and "đồ uống có cồn" are not. A real multilingual model is configured through
/// Embeddings__Endpoint for that.
/// </summary>
public sealed class HashingEmbeddingGenerator(int dimensions = HashingEmbeddingGenerator.DefaultDimensions) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int DefaultDimensions = 384;
    public const string ModelId = "moitbot-hashing-v2";

    private const float WordWeight = 1.0f;
    private const float BigramWeight = 0.8f;
    private const float DocumentWeight = 1.5f;
    private const float TrigramWeight = 0.3f;

    private readonly EmbeddingGeneratorMetadata _metadata = new("moitbot-offline", null, ModelId, dimensions);

    public int Dimensions => dimensions;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }

        return Task.FromResult(result);
    }

    public float[] Embed(string? text) => Embed(TextAnalyzer.Analyze(text));

    public float[] Embed(IReadOnlyList<Term> terms)
    {
        var vector = new float[dimensions];
        Span<char> buffer = stackalloc char[3];
        foreach (var term in terms)
        {
            switch (term.Kind)
            {
                case TermKind.Bigram:
                    AddFeature(vector, "b", term.Value, BigramWeight);
                    break;
                case TermKind.DocumentNumber:
                    AddFeature(vector, "d", term.Value, DocumentWeight);
                    break;
                case TermKind.Accented:
                    // Trigrams of the folded word already place accent variants near each other.
                    break;
                default:
                    AddFeature(vector, "w", term.Value, WordWeight);
                    var padded = $"^{term.Value}$";
                    for (var i = 0; i + 3 <= padded.Length; i++)
                    {
                        padded.AsSpan(i, 3).CopyTo(buffer);
                        AddFeature(vector, "t", new string(buffer), TrigramWeight);
                    }

                    break;
            }
        }

        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(_metadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private void AddFeature(float[] vector, string prefix, string value, float weight)
    {
        var hash = Fnv1a(prefix, value);
        var index = (int)(hash % (ulong)dimensions);
        vector[index] += (hash >> 63) == 0 ? weight : -weight;
    }

    private static ulong Fnv1a(string prefix, string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in prefix)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash = (hash ^ ':') * 1099511628211UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // Final avalanche so that nearby strings spread over the whole vector.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }
}

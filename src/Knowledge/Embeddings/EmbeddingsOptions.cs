using System.ComponentModel.DataAnnotations;

namespace MoitBot.Knowledge.Embeddings;

/// <summary>Embeddings__Endpoint empty = the offline hashing embedder.</summary>
public sealed class EmbeddingsOptions
{
    public const string Section = "Embeddings";

    public Uri? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    [Range(16, 8192)]
    public int Dimensions { get; set; } = HashingEmbeddingGenerator.DefaultDimensions;

    /// <summary>Texts per request to a remote endpoint.</summary>
    [Range(1, 2048)]
    public int BatchSize { get; set; } = 64;

    public bool IsRemote => Endpoint is not null;

    /// <summary>Cache key for stored vectors: a model change means re-embedding.</summary>
    public string CacheKey => IsRemote ? $"{Endpoint}|{Model}" : $"{HashingEmbeddingGenerator.ModelId}|{Dimensions}";
}

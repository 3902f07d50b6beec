using System.Numerics.Tensors;
using MoitBot.Knowledge.Embeddings;

namespace MoitBot.Knowledge.Escalation;

/// <summary>
/// Decides whether two escalated questions ask the same thing, so a department answers once.
/// Uses the offline embedder (spelling- and diacritic-insensitive) whatever embedder is configured,
/// so the threshold means the same everywhere.
/// </summary>
public static class DuplicateDetector
{
    public const double DefaultThreshold = 0.8;

    private static readonly HashingEmbeddingGenerator Embedder = new();

    public static double Similarity(string a, string b) => TensorPrimitives.CosineSimilarity(Embedder.Embed(a), Embedder.Embed(b));

    public static bool AreDuplicates(string a, string b, double threshold = DefaultThreshold) => Similarity(a, b) >= threshold;
}

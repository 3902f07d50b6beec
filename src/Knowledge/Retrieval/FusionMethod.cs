namespace MoitBot.Knowledge.Retrieval;

public enum FusionMethod
{
    /// <summary>Each retriever's scores scaled to [0, 1] by its best candidate, then a weighted sum: keeps how much better the best is.</summary>
    Score,

    /// <summary>Weighted reciprocal rank fusion: only ranks count (what Qdrant offers server-side).</summary>
    Rrf,
}
